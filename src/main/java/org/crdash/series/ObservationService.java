package org.crdash.series;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.crdash.base.AuditEntry;
import org.crdash.base.AuditLog;
import org.crdash.base.AuditLog.Entity;
import org.crdash.base.ConflictException;
import org.crdash.base.FieldError;
import org.crdash.base.Keyset;
import org.crdash.base.Origin;
import org.crdash.base.RowTotal;
import org.crdash.base.ValidationException;
import org.crdash.base.security.CurrentUser;
import org.crdash.base.write.Columns;
import org.crdash.base.write.TableService;
import org.crdash.base.write.VersionedWrites;
import org.jspecify.annotations.Nullable;
import org.crdash.series.ObservationValidator.ObservationDraft;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading observations (sourced values of a series); adding, editing, deleting and restoring them (editors only).
 * Every write is checked by {@link ObservationValidator} and goes through {@link VersionedWrites}.
 */
@Service
@Transactional(readOnly = true)
public class ObservationService extends TableService<ObservationInput, Observation> {

    private final ObservationRepository repository;
    private final ObservationRangeRepository ranges;
    private final ObservationValidator validator;
    private final VersionedWrites writes;
    private final AuditLog audit;
    private final ObjectProvider<ObservationWarnings> warnings;

    ObservationService(ObservationRepository repository, ObservationRangeRepository ranges,
                       ObservationValidator validator, VersionedWrites writes, AuditLog audit,
                       ObjectProvider<ObservationWarnings> warnings) {
        super(writes, ObservationTable.TABLE);
        this.repository = repository;
        this.ranges = ranges;
        this.validator = validator;
        this.writes = writes;
        this.audit = audit;
        this.warnings = warnings;
    }

    /** What an editor is to confirm before saving {@code input} as observation {@code id} (null: new). */
    public List<String> warnings(ObservationInput input, @Nullable Long id) {
        return warnings.orderedStream().flatMap(w -> w.warnings(input, id).stream()).toList();
    }

    /** Live observations. */
    public long count() {
        return repository.count();
    }

    public long count(ObservationFilter filter) {
        return repository.count(filter);
    }

    /** How many observations match: exact up to {@link RowTotal#EXACT_UP_TO}, else the planner's estimate. */
    public RowTotal total(ObservationFilter filter) {
        return repository.total(filter);
    }

    /**
     * At most {@code limit} observations matching the filter, in list order (series, period, source, id), after
     * {@code after} ({@code null}: from the first) and then {@code offset} more.
     */
    public List<Observation> find(ObservationFilter filter, @Nullable Keyset after, long offset, int limit) {
        return repository.find(filter, after, offset, limit);
    }

    /** An observation's place in list order, for {@link #find}'s {@code after}. */
    public static Keyset keyOf(Observation o) {
        return ObservationRepository.keyOf(o);
    }

    /** Also a deleted one. */
    @Override
    public Optional<Observation> findById(long id) {
        return repository.findById(id);
    }

    /** The live observations of a series, oldest period first. */
    public List<Observation> ofSeries(long seriesId) {
        return repository.ofSeries(seriesId);
    }

    public List<Observation> ofSource(long sourceId) {
        return repository.ofSource(sourceId);
    }

    /** Other sources' values for the same series and period ("also stated by ..."). */
    public List<Observation> samePeriod(Observation o) {
        return repository.samePeriod(o.seriesId(), o.id(), o.period().start(), o.period().end());
    }

    /** Soft-deleted observations, most recently deleted first. */
    public List<Observation> deleted() {
        return repository.deleted();
    }

    /** Who changed an observation and how, oldest first. */
    public List<AuditEntry> history(long id) {
        return audit.history(Entity.observation, id);
    }

    // Reads over a time range that stay cheap for very long series (charts); see ObservationRangeRepository.

    /** The earliest period start and latest period end of the series' live values; empty if it has none. */
    public Optional<SeriesExtent> extent(long seriesId) {
        return ranges.extent(seriesId);
    }

    /** How many live values have a period overlapping [from, to], counting no further than {@code cap}. */
    public long countInRange(long seriesId, LocalDate from, LocalDate to, long cap) {
        return ranges.countInRange(seriesId, from, to, cap);
    }

    /** The live values whose period overlaps [from, to], oldest period first. */
    public List<Observation> inRange(long seriesId, LocalDate from, LocalDate to) {
        return ranges.inRange(seriesId, from, to);
    }

    /** These observations, oldest period first; ids that do not exist are left out. */
    public List<Observation> byIds(Collection<Long> ids) {
        return ranges.byIds(ids);
    }

    /** How many distinct sources the series' live values are quoted from, counting no further than {@code cap}. */
    public int countSources(long seriesId, int cap) {
        return ranges.countSources(seriesId, cap);
    }

    /** The live values overlapping [from, to] in equal time buckets, each reduced to its extreme rows. */
    public List<ObservationBucket> buckets(long seriesId, LocalDate from, LocalDate to, int buckets,
                                           boolean perSource) {
        return ranges.buckets(seriesId, from, to, buckets, perSource);
    }

    /** The ids of the first and last live value overlapping [from, to] by period start (of each source). */
    public List<Long> firstAndLast(long seriesId, LocalDate from, LocalDate to, boolean perSource) {
        return ranges.ends(seriesId, from, to, perSource);
    }

    /** The checks {@link #add} / {@link #update} make, without writing. */
    @Override
    public List<FieldError> validate(ObservationInput input, @Nullable Long exceptId) {
        return validator.validate(input, exceptId);
    }

    /**
     * Adds an observation (origin 'user').
     *
     * @throws ValidationException with every problem, each on its field; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Observation add(ObservationInput input) {
        String actor = CurrentUser.require();
        ObservationDraft d = validator.check(input, null).orThrow();
        long id = writes.insert(ObservationTable.TABLE, ObservationTable.columns(d), Origin.USER, actor);
        return repository.findById(id).orElseThrow();
    }

    /** An observation's columns, checked by {@link ObservationValidator}. */
    @Override
    protected Columns changed(long id, ObservationInput input) {
        return ObservationTable.columns(validator.check(input, id).orThrow());
    }

    /** A restored observation may not duplicate a live one (same series, period, source and passage). */
    @Override
    protected void checkRestore(long id) {
        Observation o = repository.findById(id).orElseThrow();
        repository.findDuplicate(o.seriesId(), o.period(), o.sourceId(), o.passageStart(), o.passageEnd(), id)
                .ifPresent(twin -> {
                    throw new ConflictException(ObservationTable.TABLE.what(id) + " cannot be restored: "
                            + "observation #" + twin.id() + " with the same series, period and passage was "
                            + "added since. Delete or change that one first.");
                });
    }
}
