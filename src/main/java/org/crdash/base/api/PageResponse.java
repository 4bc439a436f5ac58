package org.crdash.base.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list endpoint: the items and where they are in the whole result. */
public record PageResponse<T>(List<T> items, PageMetadata page) {

    /** Zero-based page {@code number} of {@code size} items, out of {@code totalElements} in {@code totalPages}. */
    public record PageMetadata(int number, int size, long totalElements, long totalPages) {
    }

    public static <S, T> PageResponse<T> of(List<S> items, int page, int size, long total, Function<S, T> mapper) {
        long pages = total == 0 ? 0 : (total + size - 1) / size;
        return new PageResponse<>(items.stream().map(mapper).toList(), new PageMetadata(page, size, total, pages));
    }
}
