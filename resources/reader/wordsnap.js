// SPDX-License-Identifier: GPL-3.0-or-later
// Selections made with the mouse snap to whole words, as most readers do: a drag that starts or
// ends inside a word ("Corea del Nor") takes the whole word ("Corea del Nord"), so a highlight
// never cuts one. Only the mouse's selections: one extended with Shift and the arrow keys stays
// exactly where the keys put it. A selection never grows past the block (paragraph, heading, list
// item) its end is in. Words are what the browser's Intl.Segmenter (ICU's word boundaries, in the
// article's language) calls words, or runs of letters, marks and digits where it is missing.
// Uses GlossaText (textmap.js).
'use strict';

const GlossaWordSnap = (() => {
    const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
    let segmenter = null;
    let mouseSelecting = false;

    // [start, end) of the word `text` has at `index` (the character at `index` is in it), or null.
    function wordAt(text, index) {
        if (index < 0 || index >= text.length) {
            return null;
        }
        if (segmenter) {
            const segment = segmenter.segment(text).containing(index);
            return segment && segment.isWordLike
                ? { start: segment.index, end: segment.index + segment.segment.length } : null;
        }
        if (!WORD_CHAR.test(text[index])) {
            return null;
        }
        let start = index;
        let end = index + 1;
        while (start > 0 && WORD_CHAR.test(text[start - 1])) {
            --start;
        }
        while (end < text.length && WORD_CHAR.test(text[end])) {
            ++end;
        }
        return { start, end };
    }

    // The block (GlossaText's) holding canonical `offset`, its end included, or null.
    function blockOf(offset) {
        const blocks = GlossaText.blocks();
        for (let i = blocks.length - 1; i >= 0; --i) {
            if (blocks[i].start <= offset) {
                return offset <= blocks[i].end ? blocks[i] : null;
            }
        }
        return null;
    }

    // [start, end) in canonical offsets, with each end that falls inside a word moved out to the
    // word's edge, inside the end's own block.
    function snapped(start, end) {
        let s = start;
        let e = end;
        const first = blockOf(start);
        if (first) {
            const text = first.el.textContent;
            const at = start - first.start;
            const word = at > 0 ? wordAt(text, at) : null;
            if (word && word.start < at) {
                s = first.start + word.start;
            }
        }
        const last = blockOf(end);
        if (last) {
            const text = last.el.textContent;
            const at = end - last.start;
            const word = at < text.length ? wordAt(text, at - 1) : null;
            if (word && word.end > at) {
                e = last.start + word.end;
            }
        }
        return { start: s, end: e };
    }

    function inArticle(node) {
        const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
        return Boolean(element && element.closest('#article [data-offset]'));
    }

    // Widens the page's selection to whole words, keeping its direction (the end the drag started
    // from stays the anchor).
    function snapSelection() {
        const selection = window.getSelection();
        if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
            return;
        }
        const r = selection.getRangeAt(0);
        if (!inArticle(r.startContainer) || !inArticle(r.endContainer)) {
            return;
        }
        const { start, end } = GlossaText.fromRange(r);
        if (end <= start) {
            return;
        }
        const to = snapped(start, end);
        if (to.start === start && to.end === end) {
            return;
        }
        const wide = GlossaText.range(to.start, to.end);
        if (!wide) {
            return;
        }
        const backward = selection.anchorNode === r.endContainer && selection.anchorOffset === r.endOffset;
        if (backward) {
            selection.setBaseAndExtent(wide.endContainer, wide.endOffset, wide.startContainer, wide.startOffset);
        } else {
            selection.setBaseAndExtent(wide.startContainer, wide.startOffset, wide.endContainer, wide.endOffset);
        }
    }

    function start() {
        if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
            const main = document.getElementById('article');
            const lang = (main && main.closest('[lang]') && main.closest('[lang]').lang)
                || document.documentElement.lang || undefined;
            try {
                segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
            } catch (e) {
                segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
            }
        }
        document.addEventListener('mousedown', (event) => {
            mouseSelecting = event.button === 0;
        }, true);
        document.addEventListener('mouseup', (event) => {
            if (mouseSelecting && event.button === 0) {
                mouseSelecting = false;
                snapSelection();
            }
        }, true);
    }

    return { start, snapped };
})();
