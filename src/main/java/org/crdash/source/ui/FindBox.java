package org.crdash.source.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.springframework.modulith.NamedInterface;

/**
 * "Find in the article": every match marked, the current one scrolled to; Enter / Shift+Enter or the arrows step
 * through them, Escape clears. Runs in the browser (scripts/text-find.js), over the text as shown, across
 * emphasis and links, ignoring case and curly-vs-straight quotes.
 */
@NamedInterface("ui")
@com.vaadin.flow.component.dependency.JavaScript("context://scripts/text-find.js")
public class FindBox extends Div {

    private final ArticleView article;

    public FindBox(ArticleView article) {
        this.article = article;
        addClassName("find-box");
        getElement().setAttribute("role", "search");
        Element input = new Element("input");
        input.setAttribute("type", "search");
        input.setAttribute("placeholder", "Find in the article");
        input.setAttribute("aria-label", "Find in the article");
        input.setAttribute("id", article.getId().orElse("article") + "-find");
        Element count = new Element("span").setAttribute("class", "find-count").setAttribute("aria-live", "polite");
        Element prev = button("find-prev", "↑", "Previous match");
        Element next = button("find-next", "↓", "Next match");
        getElement().appendChild(input, count, prev, next);
    }

    private static Element button(String css, String glyph, String label) {
        return new Element("button").setAttribute("type", "button").setAttribute("class", css)
                .setAttribute("aria-label", label).setAttribute("title", label).setText(glyph);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("window.crdashFind.attach(this, $0)", article.getElement());
    }
}
