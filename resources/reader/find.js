// SPDX-License-Identifier: GPL-3.0-or-later
// Find in article (the window's find bar): marks every match the application found, given as
// [start, end) canonical offsets, with the CSS Custom Highlight API ('g-find'), the current one more
// strongly ('g-find-current'), and scrolls the current one into view. The DOM is never changed, so
// highlights and offsets stay as they were; clearing takes the marks away.
'use strict';

const GlossaFind = (() => {
    let ranges = []; // DOM ranges, in text order
    let current = -1;

    function highlight(name, priority) {
        let h = CSS.highlights.get(name);
        if (!h) {
            h = new Highlight();
            // Above the palette's highlights (and the focus ring), below the jump flash.
            h.priority = priority;
            CSS.highlights.set(name, h);
        }
        return h;
    }

    // Scrolls only when the range is not already on screen, so stepping through matches in view
    // does not jump the page about.
    function reveal(r) {
        const rect = r.getBoundingClientRect();
        if (rect.top < 0 || rect.bottom > window.innerHeight) {
            window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' });
        }
    }

    function setCurrent(index) {
        const mark = highlight('g-find-current', 9);
        mark.clear();
        current = Number.isInteger(index) && index >= 0 && index < ranges.length ? index : -1;
        if (current >= 0) {
            mark.add(ranges[current]);
            reveal(ranges[current]);
        }
    }

    // items: [[start, end], …] in text order; index: the current one (-1: none).
    function set(items, index) {
        const all = highlight('g-find', 8);
        all.clear();
        ranges = [];
        for (const item of items) {
            if (!Array.isArray(item) || item.length !== 2) {
                continue;
            }
            const start = Number(item[0]);
            const end = Number(item[1]);
            const r = end > start ? GlossaText.range(start, end) : null;
            if (r) {
                ranges.push(r);
                all.add(r);
            }
        }
        setCurrent(index);
    }

    function clear() {
        ranges = [];
        current = -1;
        CSS.highlights.delete('g-find');
        CSS.highlights.delete('g-find-current');
    }

    return { set, setCurrent, clear, count: () => ranges.length, current: () => current };
})();
