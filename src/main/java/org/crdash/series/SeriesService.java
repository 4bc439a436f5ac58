package org.crdash.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crdash.base.FieldError;
import org.crdash.base.Origin;
import org.crdash.base.ValidationException;
import org.crdash.base.security.CurrentUser;
import org.crdash.base.write.VersionedWrites;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading series (the metrics observations are values of) and their vocabularies; creating series (editors
 * only), checked by {@link SeriesValidator} and written through {@link VersionedWrites}. The values themselves
 * are {@link ObservationService}'s.
 */
@Service
@Transactional(readOnly = true)
public class SeriesService {

    private final SeriesRepository repository;
    private final SeriesValidator validator;
    private final VersionedWrites writes;

    SeriesService(SeriesRepository repository, SeriesValidator validator, VersionedWrites writes) {
        this.repository = repository;
        this.validator = validator;
        this.writes = writes;
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

    /** The checks {@link #create} makes, without writing. */
    public List<FieldError> validate(SeriesInput input) {
        return validator.check(input).errors();
    }

    /**
     * Creates a series (origin 'user').
     *
     * @throws ValidationException with every problem, each on its field; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Series create(SeriesInput input) {
        SeriesInput s = validator.check(input).orThrow();
        long id = writes.insert(SeriesTable.TABLE, SeriesTable.columns(s), Origin.USER, CurrentUser.require());
        return repository.findById(id).orElseThrow();
    }
}
