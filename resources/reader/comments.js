// SPDX-License-Identifier: GPL-3.0-or-later
// Inline comments: the passages discussed in the article's thread get a discreet mark (a thin dotted
// underline in a neutral grey and a small speech-bubble glyph after the passage's last word) and a
// bubble in the margin with the number of replies, which margin.js stacks with the notes so they
// never overlap. On a narrow window the bubbles go with the margin and the glyph stays. Clicking the
// passage, its glyph or its bubble (or Enter on the glyph or the bubble) opens the comment in the
// thread. The items come from the application (Render::PageItems::commentItems), with their
// accessible names translated there. Bubbles are not printed; the underline and glyph are.
'use strict';

const GlossaComments = (() => {
    const MARK = 'g-comment';
    const items = new Map(); // anchor id -> {id, start, end, comment, replies, resolved, label, range}
    const bubbles = new Map(); // anchor id -> bubble element in the margin
    let glyphs = null;
    let scheduled = false;
    let activate = () => {};

    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
        ::highlight(${MARK}) { text-decoration: underline dotted 1.5px #8f8a82; text-underline-offset: 0.28em; }
        .comment-glyphs { position: absolute; top: 0; left: 0; width: 0; height: 0; }
        .comment-glyph, .comment-bubble-icon {
            display: inline-block; width: 0.66em; height: 0.6em; background-color: #8f8a82; cursor: pointer;
            -webkit-mask: var(--comment-icon) center / contain no-repeat; mask: var(--comment-icon) center / contain no-repeat;
        }
        :root { --comment-icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 12 11'%3E%3Cpath d='M2 0h8a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2H6l-3 3V8H2a2 2 0 0 1-2-2V2a2 2 0 0 1 2-2z'/%3E%3C/svg%3E"); }
        .comment-glyph { position: absolute; top: 0; left: 0; margin: -0.3em 0 0 0.05em; }
        .comment-glyph.resolved, .comment-bubble.resolved { opacity: 0.55; }
        .comment-glyph:focus-visible, .comment-bubble:focus-visible { outline: 2px solid var(--focus-ring, #1f5fd6); outline-offset: 2px; }
        .comment-bubble {
            position: absolute; top: 0; left: 0; display: inline-flex; align-items: center; gap: 0.3em;
            padding: 0.05em 0.5em; border: 1px solid var(--rule, #d0cbc2); border-radius: 0.8em;
            background: var(--note-paper, rgba(255, 255, 255, 0.6)); color: var(--muted, #6b665e);
            font-size: 0.8em; line-height: 1.5; cursor: pointer; transition: transform 120ms ease-out;
        }
        .comment-bubble.placing { transition: none; }
        @media print { .comment-bubble { display: none !important; } }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

    function registry() {
        let h = CSS.highlights.get(MARK);
        if (!h) {
            h = new Highlight();
            CSS.highlights.set(MARK, h);
        }
        return h;
    }

    function normalise(item) {
        return {
            id: String(item.id), start: Number(item.start), end: Number(item.end), comment: String(item.comment || ''),
            replies: Number(item.replies) || 0, resolved: Boolean(item.resolved), label: String(item.label || ''),
            range: null,
        };
    }

    function control(el, item) {
        el.dataset.id = item.id;
        el.dataset.comment = item.comment;
        el.tabIndex = 0;
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', item.label);
        el.title = item.label;
        el.classList.toggle('resolved', item.resolved);
    }

    function bubbleFor(item) {
        let el = bubbles.get(item.id);
        if (!el) {
            el = document.createElement('div');
            el.className = 'comment-bubble';
            const icon = document.createElement('span');
            icon.className = 'comment-bubble-icon';
            icon.setAttribute('aria-hidden', 'true');
            const count = document.createElement('span');
            count.className = 'comment-count';
            el.append(icon, count);
            bubbles.set(item.id, el);
            const margin = document.getElementById('margin');
            if (margin) {
                margin.appendChild(el);
            }
        }
        control(el, item);
        el.lastChild.textContent = String(item.replies);
        return el;
    }

    function drop(id) {
        const item = items.get(id);
        if (item && item.range) {
            registry().delete(item.range);
        }
        items.delete(id);
        const bubble = bubbles.get(id);
        if (bubble) {
            bubble.remove();
            bubbles.delete(id);
        }
    }

    function add(raw) {
        const item = normalise(raw);
        drop(item.id);
        if (item.end > item.start) {
            item.range = GlossaText.range(item.start, item.end);
        }
        if (!item.range) {
            return;
        }
        items.set(item.id, item);
        registry().add(item.range);
        bubbleFor(item);
    }

    // Glyphs sit after each passage's last character, in page coordinates (one layer, rebuilt).
    function layoutGlyphs() {
        scheduled = false;
        if (!glyphs) {
            return;
        }
        const fragment = document.createDocumentFragment();
        for (const item of items.values()) {
            const rects = item.range.getClientRects();
            if (!rects.length) {
                continue;
            }
            const last = rects[rects.length - 1];
            const el = document.createElement('span');
            el.className = 'comment-glyph';
            control(el, item);
            el.style.transform = `translate(${Math.round(last.right + window.scrollX)}px, ` +
                `${Math.round(last.top + window.scrollY)}px)`;
            fragment.appendChild(el);
        }
        glyphs.replaceChildren(fragment);
    }

    function schedule() {
        if (!scheduled) {
            scheduled = true;
            requestAnimationFrame(layoutGlyphs);
        }
        GlossaMargin.layout();
    }

    function set(list) {
        for (const id of Array.from(items.keys())) {
            drop(id);
        }
        list.forEach(add);
        schedule();
    }

    function upsert(item) {
        add(item);
        schedule();
    }

    function remove(id) {
        drop(String(id));
        schedule();
    }

    // The passages whose comment covers a canonical offset, shortest first.
    function at(offset) {
        return Array.from(items.values()).filter((i) => i.start <= offset && offset < i.end)
            .sort((a, b) => (a.end - a.start) - (b.end - b.start));
    }

    function rangeOf(id) {
        const item = items.get(String(id));
        return item ? item.range : null;
    }

    // What margin.js stacks with the notes: each bubble, level with its passage.
    function marginEntries() {
        return Array.from(items.values()).map((item) => ({ el: bubbles.get(item.id), range: item.range }))
            .filter((e) => e.el);
    }

    function start(onActivate) {
        activate = onActivate;
        glyphs = document.createElement('div');
        glyphs.className = 'comment-glyphs';
        document.body.append(glyphs);
        const fire = (event) => {
            const el = event.target.closest && event.target.closest('.comment-glyph, .comment-bubble');
            if (!el) {
                return false;
            }
            event.preventDefault();
            event.stopPropagation();
            activate(el.dataset.comment);
            return true;
        };
        document.addEventListener('click', fire, true);
        document.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
                fire(event);
            }
        }, true);
        GlossaMargin.addEntries(marginEntries);
        const article = document.getElementById('article');
        if (article) {
            new ResizeObserver(schedule).observe(article);
        }
        window.addEventListener('beforeprint', layoutGlyphs);
        window.addEventListener('afterprint', layoutGlyphs);
        if (document.fonts) {
            document.fonts.addEventListener('loadingdone', schedule);
        }
    }

    return { set, upsert, remove, at, rangeOf, start, activate: (id) => activate(String(id)),
             list: () => Array.from(items.values()) };
})();
