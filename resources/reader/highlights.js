// SPDX-License-Identifier: GPL-3.0-or-later
// Paints annotations with the CSS Custom Highlight API: the article's DOM is never changed, so
// offsets stay exact, overlapping highlights stay independent, and thousands paint cheaply.
// One Highlight per (colour, style, state); fuzzy-anchored ones get a subtle "changed" mark.
'use strict';

const GlossaHighlights = (() => {
    let annotations = []; // [{id, start, end, color, style, status}] sorted by start
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

    function cssName(value) {
        return String(value).replace(/[^A-Za-z0-9_-]/g, '_');
    }

    // palette: [{name, color: "#rrggbb"}]: one rule per colour and style.
    function setPalette(palette) {
        const rules = [];
        for (const entry of palette) {
            const name = cssName(entry.name);
            const color = /^#[0-9a-fA-F]{6}$/.test(entry.color) ? entry.color : '#f3d58a';
            rules.push(`::highlight(g-${name}-fill) { background-color: ${color}80; }`);
            rules.push(`::highlight(g-${name}-underline) { text-decoration: underline 3px ${color};` +
                       ` text-underline-offset: 3px; }`);
            // On dark paper (never on printed paper) a lighter wash keeps the light text readable.
            const dark = `::highlight(g-${name}-fill) { background-color: ${color}4d; }`;
            rules.push(`@media screen { :root[data-theme="dark"] ${dark} }`);
            rules.push(`@media screen and (prefers-color-scheme: dark) { :root:not([data-theme="light"]) ${dark} }`);
            rules.push(`.note[data-color="${CSS.escape(String(entry.name))}"] { --note-accent: ${color}; }`);
        }
        rules.push('::highlight(g-changed) { text-decoration: underline dotted 1px currentColor; }');
        rules.push('::highlight(g-focus) { outline: none; background-color: #3d7dd840; }');
        sheet.replaceSync(rules.join('\n'));
    }

    function paint() {
        CSS.highlights.clear();
        const groups = new Map();
        const add = (key, r) => {
            if (!groups.has(key)) {
                groups.set(key, new Highlight());
            }
            groups.get(key).add(r);
        };
        for (const a of annotations) {
            if (a.status === 'orphan' || !(a.end > a.start)) {
                continue;
            }
            const r = GlossaText.range(a.start, a.end);
            if (!r) {
                continue;
            }
            a.range = r;
            add(`g-${cssName(a.color)}-${a.style === 'underline' ? 'underline' : 'fill'}`, r);
            if (a.status === 'fuzzy') {
                add('g-changed', r);
            }
        }
        for (const [key, highlight] of groups) {
            CSS.highlights.set(key, highlight);
        }
    }

    function set(items) {
        annotations = items.slice().sort((a, b) => a.start - b.start || a.end - b.end);
        paint();
    }

    // Every painted annotation covering a canonical offset, innermost (shortest) first.
    function at(offset) {
        return annotations.filter((a) => a.status !== 'orphan' && a.start <= offset && offset < a.end)
            .sort((a, b) => (a.end - a.start) - (b.end - b.start));
    }

    function rangeOf(id) {
        const a = annotations.find((x) => x.id === id);
        return a && a.range ? a.range : null;
    }

    return { setPalette, set, at, rangeOf, list: () => annotations };
})();
