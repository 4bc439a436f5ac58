/*
 * "Find in the article" (org.crdash.source.ui.FindBox) over a rendered source text: every match marked (CSS
 * highlights), the current one scrolled to, Enter / Shift+Enter and the arrows step, Escape clears.
 * window.crdashFind.attach(box, article). Loaded with @JavaScript; no bundle, no modules.
 */
(function () {
  if (window.crdashFind) {
    return;
  }

  /* Find: case-, quote- and dash-insensitive, across element boundaries; one UTF-16 unit in, one out, so
     indices into the folded text are indices into the page's text. */
  function fold(s) {
    let out = '';
    for (const c of s) {
      let f = c.length === 1 ? c.toLowerCase() : c;
      if (f.length !== c.length) {
        f = c;
      }
      out += /\s/.test(f) ? ' ' : f.replace(/[‘’′]/, "'").replace(/[“”″]/, '"').replace(/[‐‑‒–—]/, '-');
    }
    return out;
  }

  function search(article, query) {
    const needle = fold(query.trim().replace(/\s+/g, ' '));
    if (!needle) {
      return [];
    }
    const nodes = [];
    let text = '';
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: t => t.parentElement.closest('button') ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT
    });
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      nodes.push([t, text.length]);
      text += t.data;
    }
    const hay = fold(text);
    const at = pos => {
      let lo = 0;
      let hi = nodes.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (nodes[mid][1] <= pos) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return nodes[lo];
    };
    const ranges = [];
    for (let i = hay.indexOf(needle); i >= 0 && ranges.length < 2000; i = hay.indexOf(needle, i + needle.length)) {
      const [sn, so] = at(i);
      const [en, eo] = at(i + needle.length - 1);
      const r = document.createRange();
      r.setStart(sn, i - so);
      r.setEnd(en, i + needle.length - eo);
      ranges.push(r);
    }
    return ranges;
  }

  function attach(box, article) {
    if (box.__crdashFind) {
      return;
    }
    box.__crdashFind = true;
    const input = box.querySelector('input');
    const counter = box.querySelector('.find-count');
    const name = 'find-' + (article.id || 'text');
    let ranges = [];
    let current = -1;
    const paint = () => {
      if (window.CSS && CSS.highlights) {
        CSS.highlights.set(name, new Highlight(...ranges));
        CSS.highlights.set(name + '-current', new Highlight(...(current >= 0 ? [ranges[current]] : [])));
      }
      counter.textContent = ranges.length ? `${current + 1} of ${ranges.length}` : (input.value.trim() ? 'no match' : '');
      box.dataset.matches = String(ranges.length);
      if (current >= 0) {
        const el = ranges[current].startContainer.parentElement;
        el.scrollIntoView({block: 'center'});
        if (!(window.CSS && CSS.highlights)) {
          const sel = window.getSelection();
          sel.removeAllRanges();
          sel.addRange(ranges[current]);
        }
      }
    };
    const step = d => {
      if (ranges.length) {
        current = (current + d + ranges.length) % ranges.length;
        paint();
      }
    };
    input.addEventListener('input', () => {
      ranges = search(article, input.value);
      current = ranges.length ? 0 : -1;
      paint();
    });
    input.addEventListener('keydown', e => {
      if (e.key === 'Enter') {
        e.preventDefault();
        step(e.shiftKey ? -1 : 1);
      } else if (e.key === 'Escape') {
        input.value = '';
        ranges = [];
        current = -1;
        paint();
      }
    });
    box.querySelector('.find-prev').addEventListener('click', () => step(-1));
    box.querySelector('.find-next').addEventListener('click', () => step(1));
    // the article's text changes when it is shown again: search again
    new MutationObserver(() => input.dispatchEvent(new Event('input'))).observe(article, {childList: true});
  }

  window.crdashFind = {attach};
})();
