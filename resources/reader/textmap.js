// SPDX-License-Identifier: GPL-3.0-or-later
// Maps between canonical-text offsets (UTF-16 code units, as the app layer counts them) and DOM
// positions. Every block element carries data-offset, and its text content is exactly the block's
// text, so a position's offset is its block's start plus the text before it inside the block.
'use strict';

const GlossaText = (() => {
    let blocks = []; // [{el, start, end, texts?}] in document order

    function index() {
        blocks = Array.from(document.querySelectorAll('#article [data-offset]')).map((el) => {
            const start = Number(el.dataset.offset);
            return { el, start, end: start + el.textContent.length, texts: null };
        });
    }

    // A block's text nodes with the offset (inside the block) each starts at, collected once: painting
    // a thousand highlights would otherwise walk the same blocks over and over.
    function textsOf(block) {
        if (!block.texts || (block.texts.length && !block.texts[0].node.isConnected)) {
            const texts = [];
            let at = 0;
            const walker = document.createTreeWalker(block.el, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                texts.push({ node, at });
                at += node.length;
            }
            block.texts = texts;
        }
        return block.texts;
    }

    // The last block starting at or before `offset`.
    function blockAt(offset) {
        let lo = 0;
        let hi = blocks.length - 1;
        let found = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (blocks[mid].start <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    // The DOM position of a canonical offset: a text node and an index in it.
    function toDom(offset) {
        const i = blockAt(offset);
        if (i < 0) {
            return null;
        }
        const block = blocks[i];
        const inBlock = Math.min(offset, block.end) - block.start;
        const texts = textsOf(block);
        if (!texts.length) {
            return { node: block.el, offset: 0 };
        }
        // The first text node that ends at or after the position (a position between two nodes
        // belongs to the end of the earlier one, as a walk in document order would find it).
        let lo = 0;
        let hi = texts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (texts[mid].at + texts[mid].node.length < inBlock) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        const t = texts[lo];
        return { node: t.node, offset: Math.min(Math.max(inBlock - t.at, 0), t.node.length) };
    }

    function range(start, end) {
        const a = toDom(start);
        const b = toDom(end);
        if (!a || !b) {
            return null;
        }
        const r = document.createRange();
        r.setStart(a.node, a.offset);
        r.setEnd(b.node, b.offset);
        return r;
    }

    // The canonical offset of a DOM position. Positions outside any block (between blocks, in the
    // title header, in the margin) snap to the nearest block boundary in document order.
    function fromDom(node, offset) {
        const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
        const blockEl = element ? element.closest('#article [data-offset]') : null;
        if (blockEl) {
            const r = document.createRange();
            r.setStart(blockEl, 0);
            r.setEnd(node, offset);
            return Number(blockEl.dataset.offset) + r.toString().length;
        }
        const probe = document.createRange();
        probe.setStart(node, offset);
        for (const block of blocks) {
            // The first block that starts after the position.
            if (probe.comparePoint(block.el, 0) > 0) {
                return block.start;
            }
        }
        return blocks.length ? blocks[blocks.length - 1].end : 0;
    }

    function fromRange(r) {
        return { start: fromDom(r.startContainer, r.startOffset), end: fromDom(r.endContainer, r.endOffset) };
    }

    // The canonical offset under a viewport point, or -1.
    function offsetAtPoint(x, y) {
        const caret = document.caretRangeFromPoint ? document.caretRangeFromPoint(x, y) : null;
        if (!caret) {
            return -1;
        }
        const element = caret.startContainer.nodeType === Node.ELEMENT_NODE ? caret.startContainer
                                                                            : caret.startContainer.parentElement;
        if (!element || !element.closest('#article [data-offset]')) {
            return -1;
        }
        return fromDom(caret.startContainer, caret.startOffset);
    }

    return { index, range, fromDom, fromRange, offsetAtPoint, blocks: () => blocks };
})();
