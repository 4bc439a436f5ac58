package org.crdash;

import com.microsoft.playwright.Page;

/** Selecting shown text in a real browser as a person does with the mouse, across elements and highlights. */
public final class Selections {

    private Selections() {
    }

    /**
     * Selects the first occurrence of {@code shown} in the text of the element matching {@code selector} (its
     * characters may lie in several elements: emphasis, marks, links) and returns what the browser reports as
     * selected.
     */
    public static String select(Page page, String selector, String shown) {
        return (String) page.evaluate("([sel, want]) => { const root = document.querySelector(sel);"
                + " const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); const nodes = []; let all = '';"
                + " for (let n; (n = walker.nextNode());) { nodes.push([n, all.length]); all += n.data; }"
                + " const i = all.indexOf(want); if (i < 0) throw new Error('not shown: ' + want);"
                + " const at = k => { for (let j = nodes.length - 1; j >= 0; j--) if (nodes[j][1] <= k)"
                + "   return [nodes[j][0], k - nodes[j][1]]; };"
                + " const [sn, so] = at(i); const [en, eo] = at(i + want.length - 1);"
                + " const r = document.createRange(); r.setStart(sn, so); r.setEnd(en, eo + 1);"
                + " sn.parentElement.scrollIntoView({block: 'center'});"
                + " getSelection().removeAllRanges(); getSelection().addRange(r); return getSelection().toString(); }",
                new Object[] {selector, shown});
    }
}
