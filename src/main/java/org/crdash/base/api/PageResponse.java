package org.crdash.base.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.crdash.base.Keyset;
import org.crdash.base.RowTotal;

/** One page of a list endpoint: the items, where the next page starts, and how many there are in all. */
public record PageResponse<T>(List<T> items, PageMetadata page) {

    /**
     * {@code number} is the zero-based page asked for with {@code page} (null when the page was asked for with
     * {@code after}); {@code next} is the {@code after} token of the following page (null on the last one).
     */
    public record PageMetadata(
            @Schema(types = {"integer", "null"}, description = "zero-based page number; null when read with after")
            Integer number,
            int size,
            @Schema(description = "rows in the whole list: exact up to 10,000, above that PostgreSQL's estimate "
                    + "(see totalExact)") long totalElements,
            @Schema(description = "false when totalElements is an estimate") boolean totalExact,
            long totalPages,
            @Schema(types = {"string", "null"}, description = "send as after= for the next page (constant cost at "
                    + "any depth); null on the last page") String next) {
    }

    /**
     * A page from {@code rows}, read with a limit of {@code size + 1}: the extra row only says there is a next
     * page, whose token is the key of the last row shown.
     */
    public static <S, T> PageResponse<T> of(List<S> rows, Integer page, int size, RowTotal total,
                                            Function<S, Keyset> key, Function<S, T> mapper) {
        boolean more = rows.size() > size;
        List<S> shown = more ? rows.subList(0, size) : rows;
        long pages = total.value() == 0 ? 0 : (total.value() + size - 1) / size;
        String next = more ? key.apply(shown.getLast()).token() : null;
        return new PageResponse<>(shown.stream().map(mapper).toList(),
                new PageMetadata(page, size, total.value(), total.exact(), pages, next));
    }
}
