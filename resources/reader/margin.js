// SPDX-License-Identifier: GPL-3.0-or-later
// Margin notes: each note sits level with its highlight; notes that would collide are pushed down
// and a thin leader points back to their passage. Layout is recomputed on resize, font changes and
// note edits, moving notes with transforms so nothing jumps while the text reflows.
// Note HTML comes from the application's NoteHtml renderer (a small allowlist of tags). Other margin
// items (inline comments' bubbles, comments.js) join the stacking through addEntries().
'use strict';

const GlossaMargin = (() => {
    const GAP = 8; // px between stacked notes
    const notes = new Map(); // id -> element
    const shown = new Map(); // id -> the note HTML its element shows
    let labels = { more: 'more', less: 'less' };
    let scheduled = false;
    const extras = []; // functions returning [{el, range}] to stack with the notes
    const stats = { layouts: 0, lastMs: 0 };

    function margin() {
        return document.getElementById('margin');
    }

    // What every note is made from: cloning it is cheaper than building each note (an article opens
    // with all its notes at once).
    const template = (() => {
        const el = document.createElement('div');
        el.className = 'note';
        el.tabIndex = 0;
        el.setAttribute('role', 'note');
        const body = document.createElement('div');
        body.className = 'note-body';
        const more = document.createElement('button');
        more.className = 'note-more';
        more.type = 'button';
        el.append(body, more);
        return el;
    })();

    // A new, empty note element (not yet in the page). Its "more" button is handled by the
    // margin's click listener (see start()).
    function create(id) {
        const el = template.cloneNode(true);
        el.dataset.id = id;
        el.lastChild.textContent = labels.more;
        notes.set(id, el);
        return el;
    }

    function toggleExpanded(el) {
        el.classList.toggle('expanded');
        el.querySelector('.note-more').textContent = el.classList.contains('expanded') ? labels.less : labels.more;
        schedule();
    }

    // Parses many notes' HTML in one go (one parser run instead of one per note), each into its
    // own wrapper; falls back to one parse per note should the HTML not come back one per wrapper.
    function parseAll(htmls) {
        const template = document.createElement('template');
        template.innerHTML = htmls.map((html) => `<div>${html}</div>`).join('');
        const wrappers = Array.from(template.content.children);
        if (wrappers.length === htmls.length) {
            return wrappers;
        }
        return htmls.map((html) => {
            const one = document.createElement('div');
            one.innerHTML = html;
            return one;
        });
    }

    // Creates or updates the notes of `items` (all having a note): new elements are built off the
    // page and added together, and a note's body is re-parsed only when its HTML changed.
    function update(items) {
        const fresh = document.createDocumentFragment();
        const changed = [];
        for (const item of items) {
            const el = notes.get(item.id) || fresh.appendChild(create(item.id));
            if (el.dataset.color !== (item.color || '')) {
                el.dataset.color = item.color || '';
            }
            // A private note carries a lock before its text.
            const lock = el.querySelector('.private-lock');
            if (Boolean(item.private) !== Boolean(lock)) {
                if (lock) {
                    lock.remove();
                } else {
                    el.prepend(GlossaPrivacy.lock());
                }
            }
            if (shown.get(item.id) !== item.noteHtml) {
                shown.set(item.id, item.noteHtml);
                changed.push(el);
            }
        }
        if (changed.length) {
            const parsed = parseAll(changed.map((el) => shown.get(el.dataset.id)));
            changed.forEach((el, i) => el.querySelector('.note-body').replaceChildren(...parsed[i].childNodes));
        }
        if (fresh.firstChild) {
            margin().appendChild(fresh);
        }
    }

    function hasNote(item) {
        return Boolean(item.noteHtml) && item.status !== 'orphan';
    }

    function drop(id) {
        const el = notes.get(id);
        if (el) {
            el.remove();
            notes.delete(id);
            shown.delete(id);
        }
    }

    function set(items) {
        const noted = items.filter(hasNote);
        const wanted = new Set(noted.map((item) => item.id));
        for (const id of Array.from(notes.keys())) {
            if (!wanted.has(id)) {
                drop(id);
            }
        }
        update(noted);
        schedule();
    }

    // One annotation added or changed: its note (if it has one) is updated, the rest stay put
    // until the layout moves them.
    function upsert(item) {
        if (hasNote(item)) {
            update([item]);
        } else {
            drop(item.id);
        }
        schedule();
    }

    function remove(id) {
        drop(id);
        schedule();
    }

    // Reads every geometry first and writes afterwards, so the page lays out once or twice per
    // call, not once per note.
    function layout() {
        scheduled = false;
        const t0 = performance.now();
        const m = margin();
        if (!m || getComputedStyle(m).display === 'none') {
            return;
        }
        const entries = [];
        for (const [id, el] of notes) {
            const range = GlossaHighlights.rangeOf(id);
            if (el.hidden !== !range) {
                el.hidden = !range;
            }
            if (range) {
                entries.push({ el, range, body: el.querySelector('.note-body'), desired: 0, height: 0 });
            }
        }
        // Bubbles and the like are stacked with the notes on screen (they are not printed).
        if (!window.matchMedia('print').matches) {
            for (const provider of extras) {
                for (const { el, range } of provider()) {
                    entries.push({ el, range, body: null, desired: 0, height: 0 });
                }
            }
        }
        // Read: where each passage starts, and whether each note is longer than its collapsed height.
        const base = m.getBoundingClientRect().top;
        for (const e of entries) {
            const rects = e.range.getClientRects();
            e.desired = (rects.length ? rects[0].top : e.range.getBoundingClientRect().top) - base;
            e.long = e.body !== null && e.body.scrollHeight > e.body.clientHeight + 1;
        }
        // Write the "more" controls (only what changed), then read the heights they give.
        for (const e of entries) {
            if (!e.body) {
                continue;
            }
            const long = e.long || e.el.classList.contains('expanded');
            if (e.el.classList.contains('long') !== long) {
                e.el.classList.toggle('long', long);
            }
        }
        for (const e of entries) {
            e.height = e.el.offsetHeight;
        }
        entries.sort((a, b) => a.desired - b.desired);
        const placing = [];
        let bottom = -Infinity;
        for (const e of entries) {
            const top = Math.max(e.desired, bottom + GAP);
            const shift = top - e.desired;
            // Only what changed is written: each write costs a style recalculation of the note.
            const transform = `translateY(${Math.round(top)}px)`;
            if (e.el.style.transform !== transform) {
                if (!e.el.style.transform) {
                    e.el.classList.add('placing');
                    placing.push(e.el);
                }
                e.el.style.transform = transform;
            }
            const displaced = shift > 2;
            const leader = displaced ? `${Math.round(shift)}px` : '';
            if (e.el.style.getPropertyValue('--leader') !== leader) {
                if (leader) {
                    e.el.style.setProperty('--leader', leader);
                } else {
                    e.el.style.removeProperty('--leader');
                }
            }
            if (e.el.classList.contains('displaced') !== displaced) {
                e.el.classList.toggle('displaced', displaced);
            }
            bottom = top + e.height;
        }
        m.style.minHeight = entries.length ? `${Math.ceil(bottom)}px` : '';
        if (placing.length) {
            // After this frame has painted them in place, later moves glide again.
            requestAnimationFrame(() => requestAnimationFrame(() => placing.forEach((el) => el.classList.remove('placing'))));
        }
        stats.layouts += 1;
        stats.lastMs = performance.now() - t0;
    }

    function schedule() {
        if (!scheduled) {
            scheduled = true;
            requestAnimationFrame(layout);
        }
    }

    function setLabels(l) {
        labels = { more: String(l.more || labels.more), less: String(l.less || labels.less) };
        for (const el of notes.values()) {
            el.querySelector('.note-more').textContent = el.classList.contains('expanded') ? labels.less : labels.more;
        }
    }

    function start(onNoteClicked, onLinkClicked) {
        const m = margin();
        if (!m) {
            return;
        }
        m.addEventListener('click', (event) => {
            const more = event.target.closest('.note-more');
            if (more) {
                toggleExpanded(more.closest('.note'));
                return;
            }
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
            if (event.target.closest('button, a')) {
                return; // "more" and links inside a note keep their own Enter and Space
            }
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

    // stats(): how many layouts ran and how long the last one took (ms), for benchmarks.
    // addEntries(provider): `provider()` lists further margin items [{el, range}] (elements in the
    // margin) to place level with their passage, stacked with the notes.
    function addEntries(provider) {
        extras.push(provider);
        schedule();
    }

    return { set, upsert, remove, setLabels, start, addEntries, layout: schedule, relayoutNow: layout,
             stats: () => Object.assign({}, stats) };
})();
