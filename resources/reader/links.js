// SPDX-License-Identifier: GPL-3.0-or-later
// Link markers: every passage of the article that is an end of a link (outgoing or a backlink)
// gets a small chain glyph in the margin, level with the passage and stacked by margin.js with the
// notes and the comment bubbles so they never overlap; links of the whole article get one beside
// the title. Several links on a passage show their count. Hovering a marker (or giving it the
// keyboard focus) opens a popover listing each link: its relation, the other article's title and
// the other end's words, and its status when it changed or dangles. Clicking a marker with one link
// (or Enter on it), or an entry of the popover, asks the application to follow that link.
// The items come from the application (LinkMarkers in ui/links), every word translated there; they
// are shown as text only. Markers and popovers are not printed.
'use strict';

const GlossaLinks = (() => {
    const items = new Map(); // marker id (the passage's annotation id, or 'article') -> item
    const markers = new Map(); // marker id -> element in the margin
    let popover = null;
    let openFor = '';
    let hideTimer = 0;
    let follow = () => {};

    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
        :root { --link-icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath fill='none' stroke='black' stroke-width='2' stroke-linecap='round' d='M6.5 9.5l3-3M7 4.5l1.2-1.2a2.8 2.8 0 0 1 4 4L11 8.5M9 11.5l-1.2 1.2a2.8 2.8 0 0 1-4-4L5 7.5'/%3E%3C/svg%3E"); }
        .link-marker {
            position: absolute; top: 0; left: 0; display: inline-flex; align-items: center; gap: 0.25em;
            padding: 0.05em 0.45em; border: 1px solid var(--rule, #d0cbc2); border-radius: 0.8em;
            background: var(--note-paper, rgba(255, 255, 255, 0.6)); color: var(--muted, #6b665e);
            font: inherit; font-size: 0.8em; line-height: 1.5; cursor: pointer; transition: transform 120ms ease-out;
        }
        .link-marker.placing { transition: none; }
        .link-marker.dangling { border-style: dashed; opacity: 0.7; }
        .link-marker:focus-visible, .link-entry:focus-visible { outline: 2px solid var(--focus-ring, #1f5fd6); outline-offset: 2px; }
        .link-icon {
            display: inline-block; width: 0.9em; height: 0.9em; background-color: currentColor;
            -webkit-mask: var(--link-icon) center / contain no-repeat; mask: var(--link-icon) center / contain no-repeat;
        }
        .link-count:empty { display: none; }
        .link-popover {
            position: absolute; z-index: 20; max-width: 24em; padding: 0.3em; border: 1px solid var(--rule, #d0cbc2);
            border-radius: 0.4em; background: var(--paper, #fffdf8); color: var(--ink, #222);
            box-shadow: 0 2px 8px rgba(0, 0, 0, 0.18); font-size: 0.85em; line-height: 1.35;
        }
        .link-popover[hidden] { display: none; }
        .link-entry {
            display: block; width: 100%; margin: 0; padding: 0.3em 0.45em; border: 0; border-radius: 0.3em;
            background: none; color: inherit; font: inherit; text-align: left; cursor: pointer;
        }
        .link-entry + .link-entry { border-top: 1px solid var(--rule, #d0cbc2); }
        .link-entry:hover { background: rgba(127, 127, 127, 0.12); }
        .link-relation { font-weight: 600; }
        .link-title { font-style: italic; }
        .link-quote { display: block; color: var(--muted, #6b665e); }
        .link-status { display: block; color: #b0412e; font-size: 0.9em; }
        @media print { .link-marker, .link-popover { display: none !important; } }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

    function normalise(raw) {
        const entries = Array.isArray(raw.entries) ? raw.entries : [];
        return {
            id: String(raw.id), start: Number(raw.start) || 0, end: Number(raw.end) || 0, whole: Boolean(raw.whole),
            label: String(raw.label || ''), dangling: Boolean(raw.dangling),
            entries: entries.map((e) => ({
                link: String(e.link || ''), side: String(e.side || ''), relation: String(e.relation || ''),
                title: String(e.title || ''), quote: String(e.quote || ''), status: String(e.status || ''),
                label: String(e.label || ''),
            })),
            range: null,
        };
    }

    function rangeFor(item) {
        if (item.whole) {
            const first = GlossaText.blocks()[0];
            return first ? GlossaText.range(first.start, first.end) : null;
        }
        return item.end > item.start ? GlossaText.range(item.start, item.end) : null;
    }

    function markerFor(item) {
        let el = markers.get(item.id);
        if (!el) {
            el = document.createElement('button');
            el.type = 'button';
            el.className = 'link-marker';
            const icon = document.createElement('span');
            icon.className = 'link-icon';
            icon.setAttribute('aria-hidden', 'true');
            const count = document.createElement('span');
            count.className = 'link-count';
            count.setAttribute('aria-hidden', 'true');
            el.append(icon, count);
            el.addEventListener('mouseenter', () => show(item.id));
            el.addEventListener('mouseleave', hideSoon);
            el.addEventListener('focus', () => show(item.id));
            el.addEventListener('blur', hideSoon);
            markers.set(item.id, el);
            const margin = document.getElementById('margin');
            if (margin) {
                margin.appendChild(el);
            }
        }
        el.dataset.id = item.id;
        el.setAttribute('aria-label', item.label);
        el.setAttribute('aria-haspopup', 'true');
        el.classList.toggle('dangling', item.dangling);
        el.lastChild.textContent = item.entries.length > 1 ? String(item.entries.length) : '';
        return el;
    }

    function popoverElement() {
        if (!popover) {
            popover = document.createElement('div');
            popover.className = 'link-popover';
            popover.setAttribute('role', 'group');
            popover.hidden = true;
            popover.addEventListener('mouseenter', () => clearTimeout(hideTimer));
            popover.addEventListener('mouseleave', hideSoon);
            popover.addEventListener('focusout', hideSoon);
            popover.addEventListener('focusin', () => clearTimeout(hideTimer));
            document.body.append(popover);
        }
        return popover;
    }

    function entryElement(entry) {
        const el = document.createElement('button');
        el.type = 'button';
        el.className = 'link-entry';
        el.dataset.link = entry.link;
        el.dataset.side = entry.side;
        el.setAttribute('aria-label', entry.label);
        const relation = document.createElement('span');
        relation.className = 'link-relation';
        relation.textContent = entry.relation;
        const title = document.createElement('span');
        title.className = 'link-title';
        title.textContent = entry.title;
        el.append(relation, document.createTextNode(' '), title);
        if (entry.quote) {
            const quote = document.createElement('span');
            quote.className = 'link-quote';
            quote.textContent = entry.quote;
            el.append(quote);
        }
        if (entry.status) {
            const status = document.createElement('span');
            status.className = 'link-status';
            status.textContent = entry.status;
            el.append(status);
        }
        return el;
    }

    // Opens the popover of marker `id` below it (the same one again only refreshes it).
    function show(id) {
        clearTimeout(hideTimer);
        const item = items.get(id);
        const marker = markers.get(id);
        if (!item || !marker) {
            return;
        }
        const p = popoverElement();
        p.setAttribute('aria-label', item.label);
        p.replaceChildren(...item.entries.map(entryElement));
        p.hidden = false;
        openFor = id;
        const r = marker.getBoundingClientRect();
        const width = p.offsetWidth;
        const left = Math.max(4, Math.min(r.right - width, window.innerWidth - width - 4));
        p.style.left = `${Math.round(left + window.scrollX)}px`;
        p.style.top = `${Math.round(r.bottom + 4 + window.scrollY)}px`;
    }

    function hide() {
        clearTimeout(hideTimer);
        if (popover) {
            popover.hidden = true;
        }
        openFor = '';
    }

    function hideSoon() {
        clearTimeout(hideTimer);
        hideTimer = setTimeout(() => {
            const active = document.activeElement;
            const hovered = (el) => el && el.matches(':hover');
            if ((popover && (popover.contains(active) || hovered(popover))) || hovered(markers.get(openFor))
                || (active && active === markers.get(openFor))) {
                return;
            }
            hide();
        }, 250);
    }

    function drop(id) {
        items.delete(id);
        const el = markers.get(id);
        if (el) {
            el.remove();
            markers.delete(id);
        }
        if (openFor === id) {
            hide();
        }
    }

    // Every link end of the article: [{id, start, end, whole, label, dangling, entries: [{link, side,
    // relation, title, quote, status, label}]}]. A marker whose item did not change keeps its element
    // (and its focus).
    function set(list) {
        const wanted = new Map();
        for (const raw of list) {
            const item = normalise(raw);
            item.range = rangeFor(item);
            if (item.range && item.entries.length) {
                wanted.set(item.id, item);
            }
        }
        for (const id of Array.from(items.keys())) {
            if (!wanted.has(id)) {
                drop(id);
            }
        }
        for (const item of wanted.values()) {
            items.set(item.id, item);
            markerFor(item);
        }
        if (openFor && items.has(openFor)) {
            show(openFor);
        }
        GlossaMargin.layout();
    }

    function rangeOf(id) {
        const item = items.get(String(id));
        return item && !item.whole ? item.range : null;
    }

    // What margin.js stacks with the notes: each marker, level with its passage.
    function marginEntries() {
        return Array.from(items.values()).map((item) => ({ el: markers.get(item.id), range: item.range }))
            .filter((e) => e.el && e.range);
    }

    // A marker with one link follows it; with several it opens the list (focusing its first entry
    // when the keyboard asked).
    function activateMarker(id, byKeyboard) {
        const item = items.get(id);
        if (!item) {
            return;
        }
        if (item.entries.length === 1) {
            hide();
            follow(item.entries[0].link, item.entries[0].side);
            return;
        }
        show(id);
        if (byKeyboard && popover.firstChild) {
            popover.firstChild.focus();
        }
    }

    function start(onFollow) {
        follow = onFollow;
        const fire = (event, byKeyboard) => {
            const target = event.target.closest && event.target.closest('.link-marker, .link-entry');
            if (!target) {
                return;
            }
            event.preventDefault();
            event.stopPropagation();
            if (target.classList.contains('link-entry')) {
                hide();
                follow(target.dataset.link, target.dataset.side);
            } else {
                activateMarker(target.dataset.id, byKeyboard);
            }
        };
        document.addEventListener('click', (event) => fire(event, event.detail === 0), true);
        document.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
                fire(event, true);
            } else if (event.key === 'Escape' && openFor) {
                const marker = markers.get(openFor);
                hide();
                if (marker) {
                    marker.focus();
                }
            }
        }, true);
        GlossaMargin.addEntries(marginEntries);
    }

    return { set, rangeOf, start, show, hide, list: () => Array.from(items.values()) };
})();
