// SPDX-License-Identifier: GPL-3.0-or-later
// Private annotations (left out of exports unless asked) carry a small lock: beside their passage,
// in the gutter left of the text level with its first line, and in their margin note or notes-list
// entry (margin.js and notelist.js ask lock() for one). The lock's name comes from the application,
// translated.
'use strict';

const GlossaPrivacy = (() => {
    const ids = new Set(); // the private annotations' ids
    let label = 'Private: left out of exports';
    let marks = null;
    let scheduled = false;

    // A lock with its accessible name and tooltip.
    function lock() {
        const el = document.createElement('span');
        el.className = 'private-lock';
        el.setAttribute('role', 'img');
        el.setAttribute('aria-label', label);
        el.title = label;
        return el;
    }

    // Locks sit in the gutter left of the text column, level with the first line of each passage.
    function layout() {
        scheduled = false;
        if (!marks) {
            return;
        }
        const article = document.getElementById('article');
        const left = article ? article.getBoundingClientRect().left + window.scrollX : 0;
        const fragment = document.createDocumentFragment();
        for (const id of ids) {
            const r = GlossaHighlights.rangeOf(id);
            const rects = r ? r.getClientRects() : [];
            if (!rects.length) {
                continue;
            }
            const el = lock();
            el.classList.add('private-mark');
            el.dataset.id = id;
            el.style.transform = `translate(${Math.round(left)}px, ${Math.round(rects[0].top + window.scrollY)}px)`;
            fragment.appendChild(el);
        }
        marks.replaceChildren(fragment);
    }

    function schedule() {
        if (!scheduled) {
            scheduled = true;
            requestAnimationFrame(layout);
        }
    }

    function note(item) {
        if (item.private) {
            ids.add(String(item.id));
        } else {
            ids.delete(String(item.id));
        }
    }

    // Every annotation of the page (an article was loaded).
    function set(items) {
        ids.clear();
        items.forEach(note);
        schedule();
    }

    function upsert(item) {
        note(item);
        schedule();
    }

    function remove(id) {
        ids.delete(String(id));
        schedule();
    }

    function setLabels(l) {
        if (l && typeof l.private === 'string' && l.private) {
            label = l.private;
            document.querySelectorAll('.private-lock').forEach((el) => {
                el.setAttribute('aria-label', label);
                el.title = label;
            });
        }
    }

    function start() {
        marks = document.createElement('div');
        marks.className = 'private-marks';
        document.body.append(marks);
        const article = document.getElementById('article');
        if (article) {
            new ResizeObserver(schedule).observe(article);
        }
        if (document.fonts) {
            document.fonts.addEventListener('loadingdone', schedule);
        }
        schedule();
    }

    return { lock, set, upsert, remove, setLabels, start, isPrivate: (id) => ids.has(String(id)) };
})();
