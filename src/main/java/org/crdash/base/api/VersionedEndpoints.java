package org.crdash.base.api;

import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.springframework.http.ResponseEntity;

/**
 * The one way the write endpoints answer a change of a versioned row (observations, events, sources, series):
 * the version the client loaded comes from {@code If-Match} (or a body's {@code version}), the service writes
 * through the one write path, and the answer carries the row's new version as its ETag — 200 with the row for a
 * change or a restore, 204 for a delete. Conflicts (409), missing versions (428) and invalid input (422) are
 * {@link ApiProblemHandler}'s.
 *
 * @param <T> the row as the service returns it
 * @param <J> the row as the API shows it
 */
public final class VersionedEndpoints<T, J> {

    private final ToIntFunction<T> version;
    private final Function<T, J> json;

    /**
     * @param version the row's version
     * @param json    the row as the API shows it
     */
    public VersionedEndpoints(ToIntFunction<T> version, Function<T, J> json) {
        this.version = version;
        this.json = json;
    }

    /** 200 with the row and its ETag. */
    public ResponseEntity<J> ok(T row) {
        return ResponseEntity.ok().eTag(Versions.etag(version.applyAsInt(row))).body(json.apply(row));
    }

    /**
     * A PUT: {@code write} gets the version the client loaded.
     *
     * @param what the resource for messages, e.g. {@code "event #12"}
     */
    public ResponseEntity<J> change(String what, String ifMatch, String bodyVersion, IntFunction<T> write) {
        return ok(write.apply(Versions.expected(ifMatch, bodyVersion, what)));
    }

    /** A DELETE (soft): 204 with the deleted row's new ETag, for an immediate restore. */
    public ResponseEntity<Void> delete(String what, String ifMatch, IntFunction<T> write) {
        T deleted = write.apply(Versions.expected(ifMatch, null, what));
        return ResponseEntity.noContent().eTag(Versions.etag(version.applyAsInt(deleted))).build();
    }

    /** A POST …/restore, with the version in {@code If-Match} or a body {@code {"version": 4}}. */
    public ResponseEntity<J> restore(String what, String ifMatch, ApiDocs.VersionBody body, IntFunction<T> write) {
        return ok(write.apply(Versions.expected(ifMatch, body == null ? null : body.version(), what)));
    }
}
