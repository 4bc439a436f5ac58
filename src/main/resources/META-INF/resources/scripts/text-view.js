/*
 * Client side of a rendered source text (org.crdash.source.ui.ArticleView): tooltips and hover of highlights,
 * opening one (server call), footnote jumps and back, the current item, and the last selection (as raw-text
 * offsets, text-selection.js). Find is text-find.js. Loaded with @JavaScript; no bundle, no modules.
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
      const range = window.crdashSelection.range(article);
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

  window.crdashText = {
    init,
    setCurrent,
    scrollTo,
    items: (article, json) => {
      article.__items = JSON.parse(json || '{}');
    },
    lastSelection: article => window.crdashSelection.range(article) || article.__lastSelection || null
  };
})();
