package org.crdash.event;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading dated, sourced events. */
@Service
@Transactional(readOnly = true)
public class EventService {

    private final EventRepository repository;

    EventService(EventRepository repository) {
        this.repository = repository;
    }

    public long count() {
        return repository.count();
    }

    public List<Event> findAll() {
        return repository.findAll();
    }

    public Optional<Event> findById(long id) {
        return repository.findById(id);
    }

    public List<Event> ofSource(long sourceId) {
        return repository.ofSource(sourceId);
    }

    /** Events matching the filter, one page ({@code page} is zero-based). */
    public List<Event> find(EventFilter filter, int page, int size) {
        return repository.find(filter, (long) page * size, size);
    }

    public long count(EventFilter filter) {
        return repository.count(filter);
    }
}
