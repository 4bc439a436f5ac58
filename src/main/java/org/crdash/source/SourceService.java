package org.crdash.source;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading sources and their texts. */
@Service
@Transactional(readOnly = true)
public class SourceService {

    private final SourceRepository repository;

    SourceService(SourceRepository repository) {
        this.repository = repository;
    }

    public List<Source> findAll() {
        return repository.findAll();
    }

    public List<SourceStats> stats() {
        return repository.stats();
    }

    public Optional<Source> findById(long id) {
        return repository.findById(id);
    }

    public Optional<Source> findByKey(String key) {
        return repository.findByKey(key);
    }

    /** The full text of a source; offsets of passages index into this string. */
    public String text(long sourceId) {
        return repository.text(sourceId)
                .orElseThrow(() -> new IllegalArgumentException("no source with id " + sourceId));
    }

    /** A source (also a deleted one) with its counts and text length, without the text. */
    public Optional<SourceStats> statsOf(String key) {
        return repository.statsOf(key);
    }

    public boolean sourceExists(String key) {
        return repository.findByKey(key).isPresent();
    }
}
