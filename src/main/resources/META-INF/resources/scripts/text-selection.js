/*
 * A selection in a rendered source text (org.crdash.source.ui.ArticleView) mapped back to raw-text offsets: every
 * piece of text carries data-r, the index of its first raw character. window.crdashSelection.range(article) is
 * [start, end) or null. Loaded with @JavaScript; no bundle, no modules.
 */
(function () {
  if (window.crdashSelection) {
    return;
  }

  /* A boundary point of a selection as a raw index: text inside a [data-r] piece maps directly; an element
     boundary (or synthetic text) maps to the next piece for a start, the previous one for an end. */
  function rawPoint(article, node, offset, isEnd) {
    if (node.nodeType === Node.TEXT_NODE) {
      const piece = node.parentElement && node.parentElement.closest('[data-r]');
      if (piece && article.contains(piece)) {
        return Number(piece.dataset.r) + offset;
      }
    }
    const boundary = document.createRange();
    boundary.setStart(node, offset);
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: t => t.parentElement.closest('[data-r]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP
    });
    let before = null;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const r = document.createRange();
      r.selectNodeContents(t);
      if (!isEnd && r.compareBoundaryPoints(Range.START_TO_START, boundary) >= 0) {
        return Number(t.parentElement.closest('[data-r]').dataset.r);
      }
      if (isEnd) {
        if (r.compareBoundaryPoints(Range.END_TO_START, boundary) > 0) {
          break;
        }
        before = t;
      }
    }
    return before ? Number(before.parentElement.closest('[data-r]').dataset.r) + before.length : null;
  }

  function selectionRange(article) {
    const sel = window.getSelection();
    if (!sel || !sel.rangeCount || sel.isCollapsed) {
      return null;
    }
    const r = sel.getRangeAt(0);
    if (!article.contains(r.commonAncestorContainer)) {
      return null;
    }
    const a = rawPoint(article, r.startContainer, r.startOffset, false);
    const b = rawPoint(article, r.endContainer, r.endOffset, true);
    return a != null && b != null && b > a ? [a, b] : null;
  }

  window.crdashSelection = {range: selectionRange};
})();
