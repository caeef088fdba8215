// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard focus on highlights: Tab / Shift+Tab in the article ask the application for the next or
// previous highlight (it owns the focus, as it does for J/K), Enter opens the focused highlight's
// note, Escape lets go of it. The focused highlight keeps a lasting ring (the 'g-focus' highlight),
// and what the application announces goes to a polite live region for screen readers.
// Every word shown or spoken comes from the application, translated.
'use strict';

const GlossaNavigation = (() => {
    let focusedId = '';
    let live = null;
    let labels = { noteOn: '%1' };

    // A short form of a passage for labels: one line, at most `max` characters.
    function snippet(text, max = 60) {
        const line = String(text || '').replace(/\s+/g, ' ').trim();
        return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
    }

    function paint() {
        const r = focusedId ? GlossaHighlights.rangeOf(focusedId) : null;
        if (!r) {
            CSS.highlights.delete('g-focus');
            return;
        }
        const ring = new Highlight(r);
        ring.priority = 10; // above every colour, so the ring shows on overlapping highlights too
        CSS.highlights.set('g-focus', ring);
    }

    // id: the focused annotation ('' for none); announce: what a screen reader should say.
    function setFocus(id, announce) {
        focusedId = String(id || '');
        paint();
        if (live && announce) {
            live.textContent = String(announce);
        }
    }

    // Margin notes are named after their passage, so a screen reader says which note it is in.
    function labelNotes() {
        for (const note of document.querySelectorAll('#margin .note')) {
            const r = GlossaHighlights.rangeOf(note.dataset.id);
            if (r) {
                note.setAttribute('aria-label', labels.noteOn.replace('%1', snippet(r.toString())));
            }
        }
    }

    // After the annotations were painted again: the ring follows its highlight, or goes with it.
    function refresh() {
        paint();
        labelNotes();
    }

    function setLabels(l) {
        if (l && typeof l.noteOn === 'string' && l.noteOn.includes('%1')) {
            labels.noteOn = l.noteOn;
        }
        labelNotes();
    }

    // Tab stops on every highlight, then lets the browser go on to the margin notes (or the notes
    // list) and out of the page: the article is never a keyboard trap.
    function tabTakesOver(backwards) {
        const painted = GlossaHighlights.list().filter((a) => a.status !== 'orphan' && a.range);
        if (!painted.length) {
            return false;
        }
        const i = painted.findIndex((a) => a.id === focusedId);
        return i < 0 || (backwards ? i > 0 : i < painted.length - 1);
    }

    // Keys belong to the article while the focus is on the page itself or inside the article;
    // margin notes, buttons and the notes list keep the browser's own Tab order.
    function inArticle(target) {
        const active = document.activeElement;
        if (!active || active === document.body || active === document.documentElement) {
            return true;
        }
        const article = document.getElementById('article');
        return Boolean(article && article.contains(target));
    }

    function start(send) {
        live = document.createElement('div');
        live.id = 'glossa-live';
        live.className = 'visually-hidden';
        live.setAttribute('role', 'status');
        live.setAttribute('aria-live', 'polite');
        live.setAttribute('aria-atomic', 'true');
        document.body.appendChild(live);

        document.addEventListener('keydown', (event) => {
            if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || !inArticle(event.target)) {
                return;
            }
            if (event.key === 'Tab') {
                if (tabTakesOver(event.shiftKey)) {
                    event.preventDefault();
                    send({ type: 'navigate', direction: event.shiftKey ? -1 : 1 });
                }
            } else if (event.key === 'Enter' && focusedId && window.getSelection().isCollapsed) {
                event.preventDefault();
                send({ type: 'noteClicked', id: focusedId });
            } else if (event.key === 'Escape' && focusedId) {
                event.preventDefault();
                setFocus('', '');
                send({ type: 'clearFocus' });
            }
        });
    }

    return { start, setFocus, setLabels, refresh, snippet, focused: () => focusedId };
})();
