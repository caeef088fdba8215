// SPDX-License-Identifier: GPL-3.0-or-later
// Notes on a narrow page: when the text column leaves no room for the margin, the notes move into
// a sidebar list (a "Notes (N)" button at the top right opens it) and small markers at the text's
// right edge show which passages carry one. This file decides when the page is narrow (the class
// "narrow" on the root element, which the stylesheet follows) and keeps the list and the markers
// current. Note HTML comes from the application's NoteHtml renderer (already sanitized); every
// label comes from the application, translated.
'use strict';

const GlossaNoteList = (() => {
    // Narrow: the window leaves the text column too little room beside the margin. That is 600 px
    // at the default type size (19 px) and grows with the type (View › Larger Text), which a media
    // query cannot follow.
    const NARROW_EM = 600 / 19;
    const narrowListeners = [];
    let items = []; // notes in text order: [{id, color, noteHtml}]
    let labels = { notes: 'Notes', close: 'Close', list: 'Notes' };
    let toggle = null;
    let panel = null;
    let list = null;
    let markers = null;
    let onOpen = () => {};
    let onLink = () => {};
    let scheduled = false;
    let stale = true; // the list is built only while it can be seen: wide pages never pay for it

    function narrow() {
        return document.documentElement.classList.contains('narrow');
    }

    // Called when the window or the type size changes; tells the listeners when the mode changed.
    function updateNarrow() {
        const em = parseFloat(getComputedStyle(document.documentElement).fontSize) || 19;
        const now = window.innerWidth <= NARROW_EM * em;
        if (now !== narrow()) {
            document.documentElement.classList.toggle('narrow', now);
            narrowListeners.forEach((listener) => listener());
        }
    }

    function onNarrowChange(listener) {
        narrowListeners.push(listener);
    }

    function build() {
        toggle = document.createElement('button');
        toggle.type = 'button';
        toggle.className = 'notelist-toggle';
        toggle.setAttribute('aria-controls', 'notelist');
        toggle.setAttribute('aria-expanded', 'false');
        toggle.addEventListener('click', () => setOpen(panel.hidden));

        panel = document.createElement('aside');
        panel.id = 'notelist';
        panel.className = 'notelist';
        panel.hidden = true;
        const header = document.createElement('div');
        header.className = 'notelist-header';
        const title = document.createElement('h2');
        title.className = 'notelist-title';
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'notelist-close';
        close.textContent = '\u00d7';
        close.addEventListener('click', () => setOpen(false));
        header.append(title, close);
        list = document.createElement('ol');
        list.className = 'notelist-entries';
        panel.append(header, list);
        panel.addEventListener('keydown', (event) => {
            if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                setOpen(false);
            } else if (event.key === 'Enter' && event.target.classList.contains('notelist-entry')) {
                event.preventDefault();
                open(event.target.dataset.id);
            }
        });
        panel.addEventListener('click', (event) => {
            const link = event.target.closest('a[data-href]');
            if (link) {
                event.preventDefault();
                onLink(link.dataset.href);
                return;
            }
            const entry = event.target.closest('.notelist-entry');
            if (entry) {
                open(entry.dataset.id);
            }
        });

        // Markers are a pointer's shortcut only: keyboard and screen reader users have the list.
        markers = document.createElement('div');
        markers.className = 'note-markers';
        markers.setAttribute('aria-hidden', 'true');
        markers.addEventListener('click', (event) => {
            const marker = event.target.closest('.note-marker');
            if (marker) {
                setOpen(true, marker.dataset.id);
            }
        });
        document.body.append(toggle, panel, markers);
        applyLabels();
    }

    function applyLabels() {
        if (!toggle) {
            return;
        }
        toggle.textContent = `${labels.notes} (${items.length})`;
        toggle.hidden = items.length === 0;
        panel.setAttribute('aria-label', labels.list);
        panel.querySelector('.notelist-title').textContent = labels.notes;
        const close = panel.querySelector('.notelist-close');
        close.setAttribute('aria-label', labels.close);
        close.title = labels.close;
    }

    // Scrolls to the passage, flashes it and opens the note in the application's editor.
    function open(id) {
        onOpen(id);
    }

    function setOpen(opened, focusId) {
        if (opened && stale) {
            render(); // the page became narrow a moment ago and the list was not built yet
        }
        panel.hidden = !opened;
        toggle.setAttribute('aria-expanded', String(opened));
        if (opened) {
            const entry = (focusId && list.querySelector(`[data-id="${CSS.escape(focusId)}"]`))
                || list.querySelector('.notelist-entry');
            (entry || panel.querySelector('.notelist-close')).focus();
        } else if (panel.contains(document.activeElement) || document.activeElement === document.body) {
            toggle.focus();
        }
    }

    function render() {
        stale = false;
        const fragment = document.createDocumentFragment();
        for (const item of items) {
            const entry = document.createElement('li');
            entry.className = 'notelist-entry';
            entry.tabIndex = 0;
            entry.dataset.id = item.id;
            entry.dataset.color = item.color || '';
            const r = GlossaHighlights.rangeOf(item.id);
            const quote = document.createElement('blockquote');
            quote.className = 'notelist-quote';
            quote.textContent = GlossaNavigation.snippet(r ? r.toString() : '', 140);
            const body = document.createElement('div');
            body.className = 'notelist-note';
            body.innerHTML = item.noteHtml;
            entry.append(quote, body);
            if (item.private) {
                entry.prepend(GlossaPrivacy.lock());
            }
            fragment.appendChild(entry);
        }
        list.replaceChildren(fragment);
    }

    // Markers sit at the text column's right edge, level with the first line of each passage.
    function layout() {
        scheduled = false;
        if (!markers) {
            return;
        }
        if (!narrow()) {
            markers.replaceChildren();
            return;
        }
        const article = document.getElementById('article');
        const right = article.getBoundingClientRect().right + window.scrollX;
        const fragment = document.createDocumentFragment();
        for (const item of items) {
            const r = GlossaHighlights.rangeOf(item.id);
            const rects = r ? r.getClientRects() : [];
            if (!rects.length) {
                continue;
            }
            const marker = document.createElement('span');
            marker.className = 'note-marker';
            marker.dataset.id = item.id;
            marker.dataset.color = item.color || '';
            marker.style.transform
                = `translate(${Math.round(right)}px, ${Math.round(rects[0].top + window.scrollY)}px)`;
            fragment.appendChild(marker);
        }
        markers.replaceChildren(fragment);
    }

    function schedule() {
        if (!scheduled) {
            scheduled = true;
            requestAnimationFrame(layout);
        }
    }

    function set(all) {
        items = all.filter((a) => a.noteHtml && a.status !== 'orphan' && GlossaHighlights.rangeOf(a.id))
            .sort((a, b) => a.start - b.start || a.end - b.end);
        stale = true;
        if (!toggle) {
            return;
        }
        if (narrow()) {
            render();
        }
        applyLabels();
        schedule();
    }

    function setLabels(l) {
        for (const key of ['notes', 'close', 'list']) {
            if (l && typeof l[key] === 'string' && l[key]) {
                labels[key] = l[key];
            }
        }
        applyLabels();
    }

    function start(onNoteOpened, onLinkClicked) {
        onOpen = onNoteOpened;
        onLink = onLinkClicked;
        build();
        if (narrow()) {
            render();
        }
        const article = document.getElementById('article');
        if (article) {
            new ResizeObserver(schedule).observe(article);
        }
        onNarrowChange(() => {
            if (!narrow() && !panel.hidden) {
                setOpen(false);
            }
            if (narrow() && stale) {
                render();
            }
            schedule();
        });
        if (document.fonts) {
            document.fonts.addEventListener('loadingdone', schedule);
        }
    }

    // The first layout already has the right mode.
    updateNarrow();
    window.addEventListener('resize', updateNarrow);

    return {
        start, set, setLabels, layout: schedule, isOpen: () => Boolean(panel && !panel.hidden), setOpen,
        narrow, updateNarrow, onNarrowChange,
    };
})();
