// SPDX-License-Identifier: GPL-3.0-or-later
// Paints annotations with the CSS Custom Highlight API: the article's DOM is never changed, so
// offsets stay exact, overlapping highlights stay independent, and thousands paint cheaply.
// One Highlight per (colour, style), plus one for passages whose text changed since they were
// marked (a subtle "changed" mark).
// A Highlight is a set of ranges, so one annotation changing adds or deletes just its range.
'use strict';

const GlossaHighlights = (() => {
    const CHANGED = 'g-changed';
    let annotations = []; // [{id, start, end, color, style, status, range?, key?}] sorted by start, end
    const byId = new Map(); // id -> the same objects
    const groups = new Map(); // highlight name -> Highlight, as registered in CSS.highlights
    const sheet = new CSSStyleSheet();
    let sheetText = '';
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

    function cssName(value) {
        return String(value).replace(/[^A-Za-z0-9_-]/g, '_');
    }

    // "#rrggbb" three quarters as bright, the hue kept.
    function deeper(color) {
        const channel = (i) => Math.round(parseInt(color.slice(i, i + 2), 16) * 0.72).toString(16).padStart(2, '0');
        return `#${channel(1)}${channel(3)}${channel(5)}`;
    }

    // palette: [{name, color: "#rrggbb"}]: one rule per colour and style.
    function setPalette(palette) {
        const rules = [];
        for (const entry of palette) {
            const name = cssName(entry.name);
            const color = /^#[0-9a-fA-F]{6}$/.test(entry.color) ? entry.color : '#f3d58a';
            rules.push(`::highlight(g-${name}-fill) { background-color: ${color}80; }`);
            // A line is thin: on light paper it takes a deeper shade of the colour to read as well as a fill.
            rules.push(`::highlight(g-${name}-underline) { text-decoration: underline 3px ${deeper(color)};` +
                       ` text-underline-offset: 3px; }`);
            // On dark paper (never on printed paper) a lighter wash keeps the light text readable,
            // and the pale colour itself makes the line.
            for (const dark of [`::highlight(g-${name}-fill) { background-color: ${color}4d; }`,
                `::highlight(g-${name}-underline) { text-decoration-color: ${color}; }`]) {
                rules.push(`@media screen { :root[data-theme="dark"] ${dark} }`);
                rules.push(`@media screen and (prefers-color-scheme: dark) { :root:not([data-theme="light"]) ${dark} }`);
            }
            rules.push(`.note[data-color="${CSS.escape(String(entry.name))}"] { --note-accent: ${color}; }`);
        }
        rules.push(`::highlight(${CHANGED}) { text-decoration: underline dotted 1px currentColor; }`);
        // The same palette comes again after the page loaded: restyling for nothing costs a frame.
        const text = rules.join('\n');
        if (text !== sheetText) {
            sheetText = text;
            sheet.replaceSync(text);
        }
    }

    function keyOf(a) {
        return `g-${cssName(a.color)}-${a.style === 'underline' ? 'underline' : 'fill'}`;
    }

    function group(key) {
        let h = groups.get(key);
        if (!h) {
            h = new Highlight();
            groups.set(key, h);
            CSS.highlights.set(key, h);
        }
        return h;
    }

    function release(key, h) {
        if (h && h.size === 0) {
            groups.delete(key);
            CSS.highlights.delete(key);
        }
    }

    // Gives `a` its DOM range and adds it to its highlights; orphans and empty ones get none.
    function paintOne(a) {
        a.range = null;
        a.key = null;
        if (a.status === 'orphan' || !(a.end > a.start)) {
            return;
        }
        const r = GlossaText.range(a.start, a.end);
        if (!r) {
            return;
        }
        a.range = r;
        a.key = keyOf(a);
        group(a.key).add(r);
        if (a.changed) {
            group(CHANGED).add(r);
        }
    }

    function unpaintOne(a) {
        if (!a.range) {
            return;
        }
        for (const key of [a.key, CHANGED]) {
            const h = groups.get(key);
            if (h) {
                h.delete(a.range);
                release(key, h);
            }
        }
        a.range = null;
    }

    // A copy of the item (other fields, such as noteHtml, kept for whoever lists them).
    function normalise(item) {
        return Object.assign({}, item, {
            id: String(item.id), start: Number(item.start), end: Number(item.end), color: String(item.color || ''),
            style: item.style === 'underline' ? 'underline' : 'fill', status: String(item.status || 'exact'),
            changed: Boolean(item.changed),
        });
    }

    function compare(a, b) {
        return a.start - b.start || a.end - b.end;
    }

    // The index where `a` goes in the sorted list (after any equal ones).
    function insertionPoint(a) {
        let lo = 0;
        let hi = annotations.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (compare(annotations[mid], a) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // Replaces every annotation (an article was loaded). Ranges are gathered per highlight first,
    // so each Highlight is registered once, already full.
    function set(items) {
        for (const key of groups.keys()) {
            CSS.highlights.delete(key);
        }
        groups.clear();
        byId.clear();
        annotations = items.map(normalise).sort(compare);
        const batches = new Map();
        const batch = (key, r) => {
            const list = batches.get(key);
            if (list) {
                list.push(r);
            } else {
                batches.set(key, [r]);
            }
        };
        for (const a of annotations) {
            byId.set(a.id, a);
            a.range = null;
            a.key = null;
            if (a.status === 'orphan' || !(a.end > a.start)) {
                continue;
            }
            const r = GlossaText.range(a.start, a.end);
            if (!r) {
                continue;
            }
            a.range = r;
            a.key = keyOf(a);
            batch(a.key, r);
            if (a.changed) {
                batch(CHANGED, r);
            }
        }
        for (const [key, ranges] of batches) {
            const h = new Highlight(...ranges);
            groups.set(key, h);
            CSS.highlights.set(key, h);
        }
    }

    function remove(id) {
        const a = byId.get(id);
        if (!a) {
            return false;
        }
        unpaintOne(a);
        byId.delete(id);
        const i = annotations.indexOf(a);
        if (i >= 0) {
            annotations.splice(i, 1);
        }
        return true;
    }

    // Adds one annotation or replaces the one with its id, repainting only that one.
    function upsert(item) {
        const a = normalise(item);
        remove(a.id);
        annotations.splice(insertionPoint(a), 0, a);
        byId.set(a.id, a);
        paintOne(a);
        return a;
    }

    // Every painted annotation covering a canonical offset, innermost (shortest) first.
    function at(offset) {
        return annotations.filter((a) => a.status !== 'orphan' && a.start <= offset && offset < a.end)
            .sort((a, b) => (a.end - a.start) - (b.end - b.start));
    }

    function rangeOf(id) {
        const a = byId.get(id);
        return a && a.range ? a.range : null;
    }

    return { setPalette, set, upsert, remove, at, rangeOf, list: () => annotations };
})();
