package org.crdash.series;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading series and their observations. */
@Service
@Transactional(readOnly = true)
public class SeriesService {

    private final SeriesRepository repository;

    SeriesService(SeriesRepository repository) {
        this.repository = repository;
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

    /** A series with its counts and covered span. */
    public Optional<SeriesSummary> summary(String key) {
        return repository.summary(key);
    }

    public boolean seriesExists(String key) {
        return repository.findByKey(key).isPresent();
    }

    /** Observations matching the filter, one page ({@code page} is zero-based). */
    public List<Observation> findObservations(ObservationFilter filter, int page, int size) {
        return repository.findObservations(filter, (long) page * size, size);
    }

    public long countObservations(ObservationFilter filter) {
        return repository.countObservations(filter);
    }
}
