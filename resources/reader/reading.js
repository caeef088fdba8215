// SPDX-License-Identifier: GPL-3.0-or-later
// What the application learns about the reading itself: which highlights the pointer rests on (for
// a tooltip with the colour's meaning and the note), where the reader has got to (so the article
// opens there again), and how the notes are laid out (in the margin, or in the narrow-window list).
// Everything goes out as typed messages through `send` (reader.js); no text is shown from here.
'use strict';

const GlossaReading = (() => {
    const HOVER_MS = 250; // the pointer rests this long before a tooltip is asked for
    const SCROLL_MS = 400; // the reading position is reported this long after scrolling stops
    let send = () => {};
    let articleId = '';

    // --- Hover -------------------------------------------------------------------------------
    let hoverTimer = 0;
    let hovered = []; // the ids last reported (innermost first)
    let pointer = null; // {x, y} of the last pointer move
    let checkScheduled = false;

    function selecting(event) {
        const selection = window.getSelection();
        return (event && event.buttons !== 0) || (selection && !selection.isCollapsed);
    }

    function hitsAt(x, y) {
        const offset = GlossaText.offsetAtPoint(x, y);
        return offset >= 0 ? GlossaHighlights.at(offset).map((a) => a.id) : [];
    }

    function same(a, b) {
        return a.length === b.length && a.every((id, i) => id === b[i]);
    }

    function report(ids, x, y) {
        if (same(ids, hovered)) {
            return;
        }
        hovered = ids;
        send(ids.length ? { type: 'annotationHovered', ids, x: Math.round(x), y: Math.round(y) }
                        : { type: 'annotationHovered', ids: [] });
    }

    function leave() {
        clearTimeout(hoverTimer);
        report([], 0, 0);
    }

    // While a tooltip is up, leaving its highlights hides it at once (checked once per frame);
    // resting somewhere new asks for a new one after HOVER_MS.
    function onMove(event) {
        clearTimeout(hoverTimer);
        if (selecting(event)) {
            leave();
            return;
        }
        pointer = { x: event.clientX, y: event.clientY };
        if (hovered.length && !checkScheduled) {
            checkScheduled = true;
            requestAnimationFrame(() => {
                checkScheduled = false;
                if (pointer && !same(hitsAt(pointer.x, pointer.y), hovered)) {
                    report([], 0, 0);
                }
            });
        }
        hoverTimer = setTimeout(() => {
            if (!selecting(null) && pointer) {
                report(hitsAt(pointer.x, pointer.y), pointer.x, pointer.y);
            }
        }, HOVER_MS);
    }

    // --- Reading position --------------------------------------------------------------------
    let scrollTimer = 0;

    // The canonical offset of the first text in view: the text under the top of the viewport in
    // the article's column, or else the start of the first block reaching into the viewport.
    function firstVisibleOffset() {
        const article = document.getElementById('article');
        const blocks = GlossaText.blocks();
        if (!article || !blocks.length) {
            return 0;
        }
        const column = article.getBoundingClientRect();
        for (const y of [2, 12, 24]) {
            const offset = GlossaText.offsetAtPoint(column.left + 4, y);
            if (offset >= 0) {
                return offset;
            }
        }
        for (const block of blocks) {
            if (block.el.getBoundingClientRect().bottom > 0) {
                return block.start;
            }
        }
        return blocks[blocks.length - 1].start;
    }

    function reportPosition() {
        send({ type: 'scrolled', article: articleId, offset: window.scrollY > 0 ? firstVisibleOffset() : 0 });
    }

    // Scrolls so the text at `offset` (clamped to the text) is at the top of the viewport.
    function scrollNow(offset) {
        const blocks = GlossaText.blocks();
        if (!blocks.length) {
            return;
        }
        const last = blocks[blocks.length - 1];
        // Past the end (a newer, shorter revision): the last character.
        const at = Math.min(Math.max(Number(offset) || 0, 0), Math.max(last.end - 1, 0));
        if (at === 0) {
            window.scrollTo({ top: 0, behavior: 'instant' });
            return;
        }
        const r = GlossaText.range(at, at + 1);
        const rects = r ? r.getClientRects() : [];
        const rect = rects.length ? rects[0] : (r ? r.getBoundingClientRect() : null);
        if (rect) {
            window.scrollTo({ top: Math.max(0, window.scrollY + rect.top - 1), behavior: 'instant' });
        }
    }

    // The text may still reflow once the fonts are in: scroll there again then, unless the reader
    // has moved on meanwhile.
    let restoring = -1;
    function scrollToOffset(offset) {
        restoring = Number(offset) || 0;
        scrollNow(restoring);
        const again = () => {
            if (restoring >= 0) {
                scrollNow(restoring);
            }
        };
        requestAnimationFrame(() => requestAnimationFrame(again));
        if (document.fonts && document.fonts.ready) {
            document.fonts.ready.then(() => requestAnimationFrame(() => {
                again();
                restoring = -1;
            }));
        }
    }

    // --- Notes layout ------------------------------------------------------------------------
    let layoutScheduled = false;
    let lastLayout = '';

    function reportLayout() {
        layoutScheduled = false;
        const mode = GlossaNoteList.narrow() ? 'list' : 'margin';
        const notes = document.querySelectorAll('#margin .note:not([hidden])');
        const heights = Array.from(notes, (n) => n.offsetHeight).join(',');
        const key = `${mode}|${heights}`;
        if (key !== lastLayout) {
            lastLayout = key;
            send({ type: 'marginLayout', mode, notes: notes.length });
        }
    }

    function scheduleLayout() {
        if (!layoutScheduled) {
            layoutScheduled = true;
            // Two frames: the margin lays itself out in the next one.
            requestAnimationFrame(() => requestAnimationFrame(reportLayout));
        }
    }

    function start(sendMessage) {
        send = sendMessage;
        const main = document.getElementById('article');
        articleId = main ? String(main.dataset.article || '') : '';
        document.addEventListener('mousemove', onMove, { passive: true });
        document.addEventListener('mousedown', leave);
        document.documentElement.addEventListener('mouseleave', leave);
        window.addEventListener('blur', leave);
        for (const type of ['wheel', 'keydown', 'mousedown', 'touchstart']) {
            window.addEventListener(type, () => { restoring = -1; }, { passive: true, capture: true });
        }
        window.addEventListener('scroll', () => {
            leave();
            clearTimeout(scrollTimer);
            scrollTimer = setTimeout(reportPosition, SCROLL_MS);
        }, { passive: true });

        // A note's height changes when it is edited, expanded or reflowed; the mode when the
        // window crosses the narrow width.
        const margin = document.getElementById('margin');
        if (margin) {
            const sizes = new ResizeObserver(scheduleLayout);
            const watch = (el) => el.classList && el.classList.contains('note') && sizes.observe(el);
            margin.querySelectorAll('.note').forEach(watch);
            new MutationObserver((changes) => {
                for (const change of changes) {
                    change.addedNodes.forEach(watch);
                    change.removedNodes.forEach((el) => el.nodeType === Node.ELEMENT_NODE && sizes.unobserve(el));
                }
                scheduleLayout();
            }).observe(margin, { childList: true });
        }
        GlossaNoteList.onNarrowChange(scheduleLayout);
        scheduleLayout();
    }

    return {
        start, scrollToOffset, firstVisibleOffset,
        openNotesList: () => GlossaNoteList.narrow() && GlossaNoteList.setOpen(true),
    };
})();
