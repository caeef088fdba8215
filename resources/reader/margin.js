// SPDX-License-Identifier: GPL-3.0-or-later
// Margin notes: each note sits level with its highlight; notes that would collide are pushed down
// and a thin leader points back to their passage. Layout is recomputed on resize, font changes and
// note edits, moving notes with transforms so nothing jumps while the text reflows.
// Note HTML comes from the application's NoteHtml renderer (a small allowlist of tags).
'use strict';

const GlossaMargin = (() => {
    const GAP = 8; // px between stacked notes
    const notes = new Map(); // id -> element
    let labels = { more: 'more', less: 'less' };
    let scheduled = false;

    function margin() {
        return document.getElementById('margin');
    }

    function element(item) {
        let el = notes.get(item.id);
        if (!el) {
            el = document.createElement('div');
            el.className = 'note';
            el.dataset.id = item.id;
            el.tabIndex = 0;
            el.setAttribute('role', 'note');
            const body = document.createElement('div');
            body.className = 'note-body';
            const more = document.createElement('button');
            more.className = 'note-more';
            more.type = 'button';
            more.addEventListener('click', (event) => {
                event.stopPropagation();
                el.classList.toggle('expanded');
                more.textContent = el.classList.contains('expanded') ? labels.less : labels.more;
                schedule();
            });
            el.append(body, more);
            margin().appendChild(el);
            notes.set(item.id, el);
        }
        el.dataset.color = item.color || '';
        el.querySelector('.note-body').innerHTML = item.noteHtml;
        el.querySelector('.note-more').textContent = el.classList.contains('expanded') ? labels.less : labels.more;
        return el;
    }

    function set(items) {
        const wanted = new Set();
        for (const item of items) {
            if (item.noteHtml && item.status !== 'orphan') {
                wanted.add(item.id);
                element(item);
            }
        }
        for (const [id, el] of notes) {
            if (!wanted.has(id)) {
                el.remove();
                notes.delete(id);
            }
        }
        schedule();
    }

    function layout() {
        scheduled = false;
        const m = margin();
        if (!m || getComputedStyle(m).display === 'none') {
            return;
        }
        const base = m.getBoundingClientRect().top;
        const entries = [];
        for (const [id, el] of notes) {
            const r = GlossaHighlights.rangeOf(id);
            if (!r) {
                el.hidden = true;
                continue;
            }
            el.hidden = false;
            const rects = r.getClientRects();
            const top = (rects.length ? rects[0].top : r.getBoundingClientRect().top) - base;
            // Long notes are collapsed: measure the body against its collapsed height.
            const body = el.querySelector('.note-body');
            el.classList.toggle('long', body.scrollHeight > body.clientHeight + 1 || el.classList.contains('expanded'));
            entries.push({ el, desired: top });
        }
        entries.sort((a, b) => a.desired - b.desired);
        let bottom = -Infinity;
        for (const e of entries) {
            const top = Math.max(e.desired, bottom + GAP);
            const shift = top - e.desired;
            e.el.style.transform = `translateY(${Math.round(top)}px)`;
            e.el.style.setProperty('--leader', `${Math.round(shift)}px`);
            e.el.classList.toggle('displaced', shift > 2);
            bottom = top + e.el.offsetHeight;
        }
        m.style.minHeight = entries.length ? `${Math.ceil(bottom)}px` : '';
    }

    function schedule() {
        if (!scheduled) {
            scheduled = true;
            requestAnimationFrame(layout);
        }
    }

    function setLabels(l) {
        labels = { more: String(l.more || labels.more), less: String(l.less || labels.less) };
    }

    function start(onNoteClicked, onLinkClicked) {
        const m = margin();
        if (!m) {
            return;
        }
        m.addEventListener('click', (event) => {
            const link = event.target.closest('a[data-href]');
            if (link) {
                event.preventDefault();
                onLinkClicked(link.dataset.href);
                return;
            }
            const note = event.target.closest('.note');
            if (note) {
                onNoteClicked(note.dataset.id);
            }
        });
        m.addEventListener('keydown', (event) => {
            const note = event.target.closest('.note');
            if (note && (event.key === 'Enter' || event.key === ' ')) {
                event.preventDefault();
                onNoteClicked(note.dataset.id);
            }
        });
        new ResizeObserver(schedule).observe(document.getElementById('article'));
        // Printing reflows the text for the page width: lay the notes out again, at once, for
        // print, and again for the screen afterwards.
        window.addEventListener('beforeprint', layout);
        window.addEventListener('afterprint', layout);
        window.matchMedia('print').addEventListener('change', layout);
        if (document.fonts) {
            document.fonts.addEventListener('loadingdone', schedule);
        }
    }

    return { set, setLabels, start, layout: schedule, relayoutNow: layout };
})();
