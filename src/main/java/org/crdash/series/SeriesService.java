package org.crdash.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crdash.base.AuditEntry;
import org.crdash.base.AuditLog;
import org.crdash.base.AuditLog.Entity;
import org.crdash.base.Checked;
import org.crdash.base.FieldError;
import org.crdash.base.NotFoundException;
import org.crdash.base.Origin;
import org.crdash.base.ValidationException;
import org.crdash.base.security.CurrentUser;
import org.crdash.base.write.Columns;
import org.crdash.base.write.DependedOnService;
import org.crdash.base.write.Dependents;
import org.crdash.base.write.VersionedWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading series (the metrics observations are values of) and their vocabularies; creating, editing, deleting
 * and restoring series (editors only), checked by {@link SeriesValidator} and written through
 * {@link VersionedWrites}. The values themselves
 * are {@link ObservationService}'s.
 */
@Service
@Transactional(readOnly = true)
public class SeriesService extends DependedOnService<SeriesInput, Series> {

    private final SeriesRepository repository;
    private final SeriesValidator validator;
    private final VersionedWrites writes;
    private final AuditLog audit;
    private final Dependents observations = new LiveObservations();

    SeriesService(SeriesRepository repository, SeriesValidator validator, VersionedWrites writes, AuditLog audit) {
        super(writes, SeriesTable.TABLE);
        this.repository = repository;
        this.validator = validator;
        this.writes = writes;
        this.audit = audit;
    }

    public long count() {
        return repository.count();
    }

    /** Every series with its counts and covered span, by category. */
    public List<SeriesSummary> summaries() {
        return repository.summaries();
    }

    /** A series with its counts and covered span. */
    public Optional<SeriesSummary> summary(String key) {
        return repository.summary(key);
    }

    public Optional<Series> findByKey(String key) {
        return repository.findByKey(key);
    }

    @Override
    public Optional<Series> findById(long id) {
        return repository.findById(id);
    }

    public boolean exists(String key) {
        return repository.findByKey(key).isPresent();
    }

    /** Every series, by name. */
    public List<Series> findAll() {
        return repository.findAll();
    }

    public List<Unit> units() {
        return new ArrayList<>(repository.units().values());
    }

    public List<SeriesCategory> categories() {
        return repository.categories();
    }

    @Override
    public List<FieldError> validate(SeriesInput input, @Nullable Long id) {
        return id == null ? validator.check(input).errors() : checkChange(id, input).errors();
    }

    /**
     * Creates a series (origin 'user').
     *
     * @throws ValidationException with every problem, each on its field; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Series add(SeriesInput input) {
        SeriesInput s = validator.check(input).orThrow();
        long id = writes.insert(SeriesTable.TABLE, SeriesTable.columns(s), Origin.USER, CurrentUser.require());
        return repository.findById(id).orElseThrow();
    }

    /** Soft-deleted series, most recently deleted first. */
    public List<Series> deleted() {
        return repository.deleted();
    }

    /** Who changed a series and how, oldest first. */
    public List<AuditEntry> history(long id) {
        return audit.history(Entity.series, id);
    }

    /**
     * A series' name, unit, category or description. The key never changes; the unit only while no live
     * observation is in it.
     */
    @Override
    protected Columns changed(long id, SeriesInput input) {
        return SeriesTable.metadata(checkChange(id, input).orThrow());
    }

    private Checked<SeriesInput> checkChange(long id, SeriesInput input) {
        Series now = repository.findById(id).orElseThrow(() -> new NotFoundException(SeriesTable.TABLE.what(id)
                + " does not exist."));
        // the key is the series' name in URLs: a change need not repeat it
        SeriesInput in = input.key() == null || input.key().isBlank() ? new SeriesInput(now.key(), input.name(),
                input.unit(), input.category(), input.description()) : input;
        Checked<SeriesInput> checked = validator.check(in, id);
        List<FieldError> errors = new ArrayList<>(checked.errors());
        if (!in.key().strip().equals(now.key())) {
            errors.add(new FieldError("key", "A series' key never changes (links, exports and imports use it); "
                    + "it stays '" + now.key() + "'. Create a new series for a new key."));
        }
        int quoted = repository.liveObservations(id).size();
        if (checked.ok() && !checked.value().unit().equals(now.unit()) && quoted > 0) {
            errors.add(new FieldError("unit", quoted + " observation(s) of this series are in '" + now.unit()
                    + "'; changing the unit would change what they say. Create a series in '"
                    + checked.value().unit() + "' instead."));
        }
        return errors.isEmpty() ? checked : Checked.failed(errors);
    }

    @Override
    protected List<Dependents> dependents() {
        return List.of(observations);
    }

    @Override
    protected String refusal(Series s, List<String> counts, long total) {
        String them = total == 1 ? "it" : "them";
        return "Series " + s.key() + " has " + counts.getFirst() + "; nothing was deleted. Delete " + them
                + " first, or delete the series together with " + them + ".";
    }

    /** A series' live observations, deleted with it when the editor asks for both. */
    private final class LiveObservations implements Dependents {

        @Override
        public int count(long seriesId) {
            return repository.liveObservations(seriesId).size();
        }

        @Override
        public String describe(int count) {
            return count + " live observation" + (count == 1 ? "" : "s");
        }

        @Override
        public void deleteAll(long seriesId, String actor) {
            repository.liveObservations(seriesId)
                    .forEach(o -> writes.delete(ObservationTable.TABLE, o[0], (int) o[1], actor));
        }
    }

}
