package org.crdash.series;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading series and their observations. */
@Service
@Transactional(readOnly = true)
public class SeriesService {

    private final SeriesRepository repository;
    private final ObservationRangeRepository ranges;

    SeriesService(SeriesRepository repository, ObservationRangeRepository ranges) {
        this.repository = repository;
        this.ranges = ranges;
    }

    public long countSeries() {
        return repository.countSeries();
    }

    public long countObservations() {
        return repository.countObservations();
    }

    public List<SeriesSummary> summaries() {
        return repository.summaries();
    }

    public Optional<Series> findByKey(String key) {
        return repository.findByKey(key);
    }

    public Optional<Series> findById(long id) {
        return repository.findById(id);
    }

    public List<Observation> observations(long seriesId) {
        return repository.observationsOf(seriesId);
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
    public List<Observation> observationsInRange(long seriesId, LocalDate from, LocalDate to) {
        return ranges.inRange(seriesId, from, to);
    }

    /** These observations, oldest period first; ids that do not exist are left out. */
    public List<Observation> observationsByIds(Collection<Long> ids) {
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

    public Optional<Observation> findObservation(long id) {
        return repository.findObservation(id);
    }

    public List<Observation> observationsOfSource(long sourceId) {
        return repository.observationsOfSource(sourceId);
    }

    /** Other sources' values for the same series and period ("also stated by ..."). */
    public List<Observation> samePeriod(Observation o) {
        return repository.samePeriod(o.seriesId(), o.id(), o.period().start(), o.period().end());
    }
}
