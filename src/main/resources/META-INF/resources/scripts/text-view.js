/*
 * Client side of a rendered source text (org.crdash.source.ui.ArticleView, FindBox): tooltips and hover of
 * highlights, opening one (server call), footnote jumps and back, the current item, mapping a selection back to
 * raw-text offsets (every piece of text carries data-r, the index of its first raw character), and find.
 * Loaded with @JavaScript; no bundle, no modules.
 */
(function () {
  if (window.crdashText) {
    return;
  }
  const HIT = 'mark[data-items], .hl-pin[data-items]';

  const ids = el => (el.dataset.items || '').split(' ').filter(Boolean);
  const marksOf = (article, id) => article.querySelectorAll(`[data-items~="${CSS.escape(id)}"]`);

  function tip() {
    let t = document.getElementById('crdash-tip');
    if (!t) {
      t = document.createElement('div');
      t.id = 'crdash-tip';
      t.className = 'crdash-tip';
      t.setAttribute('role', 'tooltip');
      document.body.appendChild(t);
    }
    return t;
  }

  function showTip(article, el, x, y) {
    const items = article.__items || {};
    const known = ids(el).map(id => items[id]).filter(Boolean);
    const t = tip();
    if (!known.length) {
      t.hidden = true;
      return;
    }
    t.replaceChildren(...known.map(item => {
      const row = document.createElement('div');
      row.className = 'tip-row tip-' + item.kind;
      const kind = document.createElement('span');
      kind.className = 'tip-kind';
      kind.textContent = item.kind;
      const value = document.createElement('strong');
      value.textContent = item.value;
      const label = document.createElement('span');
      label.className = 'tip-label';
      label.textContent = item.label;
      row.append(kind, value, label);
      return row;
    }));
    t.hidden = false;
    placeTip(x, y);
  }

  function placeTip(x, y) {
    const t = tip();
    const w = t.offsetWidth;
    const h = t.offsetHeight;
    const left = Math.max(8, Math.min(x + 12, window.innerWidth - w - 8));
    const top = y + 18 + h > window.innerHeight ? y - h - 12 : y + 18;
    t.style.left = left + 'px';
    t.style.top = Math.max(8, top) + 'px';
  }

  function hover(article, el, on) {
    ids(el).forEach(id => marksOf(article, id).forEach(m => m.classList.toggle('is-hover', on)));
  }

  function setHovered(article, el, x, y) {
    if (article.__hovered === el) {
      return;
    }
    if (article.__hovered) {
      hover(article, article.__hovered, false);
    }
    article.__hovered = el;
    if (el) {
      hover(article, el, true);
      showTip(article, el, x, y);
    } else {
      tip().hidden = true;
    }
  }

  function open(article, el) {
    if (article.$server) {
      article.$server.open(ids(el).join(' '));
    }
  }

  function flash(el) {
    el.classList.add('is-target');
    setTimeout(() => el.classList.remove('is-target'), 1600);
  }

  function toNote(article, ref) {
    const note = article.querySelector('#note-' + ref.dataset.note);
    if (!note) {
      return;
    }
    article.__from = ref;
    note.scrollIntoView({block: 'center'});
    flash(note);
    const back = note.querySelector('.fn-back');
    if (back) {
      back.focus({preventScroll: true});
    }
  }

  function backToText(article, button) {
    const n = button.dataset.note;
    const from = article.__from && article.__from.dataset.note === n ? article.__from : null;
    const ref = from || article.querySelector('#ref-' + n);
    if (ref) {
      ref.scrollIntoView({block: 'center'});
      ref.focus({preventScroll: true});
      flash(ref);
    }
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

  function init(article) {
    if (article.__crdashText) {
      return;
    }
    article.__crdashText = true;
    article.addEventListener('mouseover', e => setHovered(article, e.target.closest(HIT), e.clientX, e.clientY));
    article.addEventListener('mousemove', e => {
      if (article.__hovered) {
        placeTip(e.clientX, e.clientY);
      }
    });
    article.addEventListener('mouseleave', () => setHovered(article, null));
    article.addEventListener('focusin', e => {
      const m = e.target.closest(HIT);
      if (m) {
        const box = m.getBoundingClientRect();
        setHovered(article, m, box.left, box.bottom);
      }
    });
    article.addEventListener('focusout', () => setHovered(article, null));
    article.addEventListener('keydown', e => {
      if ((e.key === 'Enter' || e.key === ' ') && e.target.matches(HIT)) {
        e.preventDefault();
        open(article, e.target);
      }
    });
    article.addEventListener('click', e => {
      const ref = e.target.closest('a.fn-ref');
      if (ref) {
        e.preventDefault(); // a #fragment link would leave the page (Vaadin's base URL)
        toNote(article, ref);
        return;
      }
      const back = e.target.closest('button.fn-back');
      if (back) {
        backToText(article, back);
        return;
      }
      const hit = e.target.closest(HIT);
      if (hit && window.getSelection().isCollapsed) {
        open(article, hit);
      }
    });
    document.addEventListener('selectionchange', () => {
      const range = selectionRange(article);
      if (range) {
        article.__lastSelection = range;
      }
    });
  }

  function setCurrent(article, id, scroll) {
    article.querySelectorAll('.is-current').forEach(m => m.classList.remove('is-current'));
    if (!id) {
      return;
    }
    const marks = marksOf(article, id);
    marks.forEach(m => m.classList.add('is-current'));
    if (scroll && marks.length) {
      requestAnimationFrame(() => marks[marks.length > 1 ? 1 : 0].scrollIntoView({block: 'center'}));
    } else if (marks.length && article.closest('.reader-view') && matchMedia('(max-width: 900px)').matches) {
      // on a phone the passage opens as a sheet over the lower 62 % of the screen: a tapped item it would
      // cover moves up to just below the toolbar (its scroll-margin-top)
      const first = [...marks].find(m => m.tagName === 'MARK');
      requestAnimationFrame(() => {
        if (first && first.getBoundingClientRect().top > innerHeight * 0.38 - 40) {
          first.scrollIntoView({block: 'start'});
        }
      });
    }
  }

  function scrollTo(article, id) {
    const first = article.querySelector(`mark[data-items~="${CSS.escape(id)}"]`);
    if (first) {
      requestAnimationFrame(() => first.scrollIntoView({block: 'center'}));
    }
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

  function attachFind(box, article) {
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

  window.crdashText = {
    init,
    setCurrent,
    scrollTo,
    attachFind,
    items: (article, json) => {
      article.__items = JSON.parse(json || '{}');
    },
    lastSelection: article => selectionRange(article) || article.__lastSelection || null
  };
})();
