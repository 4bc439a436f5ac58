package org.crdash.base.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crdash.base.Keyset;
import org.crdash.base.RowTotal;
import org.jspecify.annotations.Nullable;

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

    /** What a list reads: at most {@code limit} rows after {@code after} ({@code null}: from the first), then offset. */
    @FunctionalInterface
    public interface Rows<S> {
        List<S> find(@Nullable Keyset after, long offset, int limit);
    }

    /**
     * The page a list's {@code after} (a token of {@code keyParts} values) or {@code page}, and {@code size}
     * parameters ask for. It reads {@code size + 1} rows: the extra one only says there is a next page, whose token is
     * the key of the last row shown.
     */
    public static <S, T> PageResponse<T> read(@Nullable String after, @Nullable String page, @Nullable String size,
                                              int keyParts, Rows<S> rows, Supplier<RowTotal> total,
                                              Function<S, Keyset> key, Function<S, T> mapper) {
        Keyset start = Params.after(after, page, keyParts);
        Integer number = start == null ? Params.page(page) : null;
        int n = Params.size(size);
        List<S> found = rows.find(start, number == null ? 0 : (long) number * n, n + 1);
        boolean more = found.size() > n;
        List<S> shown = more ? found.subList(0, n) : found;
        RowTotal all = total.get();
        long pages = all.value() == 0 ? 0 : (all.value() + n - 1) / n;
        String next = more ? key.apply(shown.getLast()).token() : null;
        return new PageResponse<>(shown.stream().map(mapper).toList(),
                new PageMetadata(number, n, all.value(), all.exact(), pages, next));
    }
}
