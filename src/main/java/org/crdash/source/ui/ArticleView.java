package org.crdash.source.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.crdash.source.Highlight;
import org.crdash.source.RenderedText;
import org.crdash.source.TextOffsets;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A source text rendered as its author wrote it, with highlights: the article of the reader and of the passage
 * picker. Hovering a highlight shows what is quoted there (from {@link #setItems}); clicking one (or Enter on it)
 * tells the {@linkplain #addOpenListener open listeners} its ids; footnote markers jump to their endnotes and back.
 * The scripts {@code scripts/text-view.js} and {@code text-selection.js} do the client side; the server never
 * re-renders for hover or the current item.
 */
@NamedInterface("ui")
@JavaScript("context://scripts/text-selection.js")
@JavaScript("context://scripts/text-view.js")
@StyleSheet("context://styles/reader.css")
public class ArticleView extends Div {

    /** What a highlight's tooltip says about one item. */
    public record Item(String kind, String label, String value) {
        public Item {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(label);
            Objects.requireNonNull(value);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Consumer<List<String>>> openListeners = new ArrayList<>();
    private RenderedText text;
    private List<Highlight> highlights = List.of();
    private String items = "{}";
    private String current;

    public ArticleView() {
        setId("article-text");
        addClassName("rendered-text");
        getElement().setAttribute("lang", "en");
    }

    public void show(RenderedText text, List<Highlight> highlights) {
        this.text = text;
        this.highlights = List.copyOf(highlights);
        getElement().setProperty("innerHTML", text.html(this.highlights));
        current = null;
        if (isAttached()) {
            init();
        }
    }

    public RenderedText text() {
        return text;
    }

    public List<Highlight> highlights() {
        return highlights;
    }

    /** The tooltip of each highlight id. */
    public void setItems(Map<String, Item> byId) {
        ObjectNode node = JSON.createObjectNode();
        byId.forEach((id, item) -> node.putObject(id).put("kind", item.kind()).put("label", item.label())
                .put("value", item.value()));
        items = node.toString();
        if (isAttached()) {
            getElement().executeJs("window.crdashText.items(this, $0)", items);
        }
    }

    /** Called with the ids under a clicked highlight (several where passages overlap). */
    public void addOpenListener(Consumer<List<String>> listener) {
        openListeners.add(listener);
    }

    /** Marks the highlight pieces of {@code id} as current (or none) and optionally scrolls the first into view. */
    public void setCurrent(String id, boolean scroll) {
        current = id;
        getElement().executeJs("window.crdashText.setCurrent(this, $0, $1)", id, scroll);
    }

    public String current() {
        return current;
    }

    /** Scrolls the first piece of a highlight into view. */
    public void scrollTo(String id) {
        getElement().executeJs("window.crdashText.scrollTo(this, $0)", id);
    }

    /**
     * The raw range of the text the user last selected in this article, in stored offsets, widened to the markup
     * at its edges ({@link RenderedText#snapToMarkup}) and without white space at either end; empty if nothing is
     * selected.
     */
    public CompletableFuture<int[]> selection() {
        return getElement().executeJs("const r = window.crdashText.lastSelection(this); return r ? r.join('-') : ''")
                .toCompletableFuture(String.class).thenApply(this::toRange);
    }

    /** "start-end" in {@code String} indices (from the script) to the stored range, or null. */
    int[] toRange(String indices) {
        if (indices == null || !indices.matches("\\d{1,9}-\\d{1,9}")) {
            return null;
        }
        String[] parts = indices.split("-");
        return toRange(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
    }

    int[] toRange(int[] indices) {
        if (indices == null || indices.length != 2 || text == null) {
            return null;
        }
        String raw = text.raw();
        int a = Math.max(0, Math.min(indices[0], raw.length()));
        int b = Math.max(a, Math.min(indices[1], raw.length()));
        while (a < b && Character.isWhitespace(raw.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(raw.charAt(b - 1))) {
            b--;
        }
        if (a == b) {
            return null;
        }
        return text.snapToMarkup(TextOffsets.offset(raw, a), TextOffsets.offset(raw, b));
    }

    @ClientCallable
    private void open(String ids) {
        List<String> list = List.of(ids.strip().split("\\s+"));
        if (!ids.isBlank()) {
            openListeners.forEach(l -> l.accept(list));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        init();
    }

    private void init() {
        getElement().executeJs("window.crdashText.init(this); window.crdashText.items(this, $0);"
                + "window.crdashText.setCurrent(this, $1, false)", items, current);
    }
}
