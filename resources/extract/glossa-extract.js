// SPDX-License-Identifier: GPL-3.0-or-later
// Runs after Mozilla Readability (bundled beside this file) in an isolated world of the extractor's
// page: the page's own scripts never run. Returns, as a JSON string, Readability's metadata and its
// article mapped to Glossa blocks (never HTML), or the page's visible text when there is no article.
(function () {
    'use strict';
    const result = {
        readerable: false,
        documentTitle: document.title || '',
        lang: (document.documentElement && document.documentElement.lang) || '',
        blocks: [],
        visibleText: '',
    };

    function clean(s) {
        return (s || '').replace(/\s+/g, ' ').trim();
    }

    const inline = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK',
        'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'BR', 'FONT', 'DEL',
        'INS', 'LABEL', 'STRIKE', 'TT']);
    const ignored = new Set(['IMG', 'PICTURE', 'SOURCE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT',
        'EMBED', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);
    // Inline elements whose meaning is kept as a mark over their text (model/mark.h).
    const markKinds = { STRONG: 'strong', B: 'strong', EM: 'emphasis', I: 'emphasis', CODE: 'code', KBD: 'code',
        SAMP: 'code', TT: 'code', S: 'strike', DEL: 'strike', STRIKE: 'strike' };

    // Footnotes: the items of a list the page marks as its notes, numbered as the list shows them;
    // a link to one of them is a reference, a link back from one is left out.
    const footnoteNumbers = new Map(); // element -> number
    function findFootnotes(root) {
        const containers = root.querySelectorAll('[role="doc-endnotes"], .footnotes, .footnote-list, #footnotes, '
            + 'ol.notes, .references, .reflist, section[data-footnotes]');
        for (const c of containers) {
            const list = c.tagName === 'OL' ? c : c.querySelector('ol');
            if (!list) continue;
            let n = 0;
            for (const li of list.children) {
                if (li.tagName === 'LI') footnoteNumbers.set(li, ++n);
            }
        }
    }
    function footnoteOf(a) {
        const href = a.getAttribute('href') || '';
        if (!href.startsWith('#') || href.length < 2) return 0;
        let target = null;
        try {
            target = a.ownerDocument.getElementById(decodeURIComponent(href.slice(1)));
        } catch (e) {
            return 0;
        }
        for (let el = target; el; el = el.parentElement) {
            if (footnoteNumbers.has(el)) return footnoteNumbers.get(el);
        }
        return 0;
    }
    function insideFootnote(el) {
        for (let p = el; p; p = p.parentElement) {
            if (footnoteNumbers.has(p)) return true;
        }
        return false;
    }
    // A link's target on the web, or '' for one that is not kept: a place in the same page (a back
    // reference from a footnote, a table of contents) means nothing once the page is an article.
    function linkTarget(a) {
        const href = a.getAttribute('href') || '';
        if (href.startsWith('#')) return '';
        try {
            const url = new URL(href, a.ownerDocument.baseURI);
            if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host) return url.href;
            if (url.protocol === 'mailto:') return url.href;
        } catch (e) {
            // not a URL: no link
        }
        return '';
    }

    // Text with marks over it, as it is gathered: white space is collapsed at the end (finish()).
    function newRun() {
        return { s: '', marks: [] };
    }

    // Appends the text of `el`'s children to `run`, <br> as a space, nested lists left out when
    // asked, each inline element with a meaning marked.
    function gather(el, run, skipLists) {
        for (const n of el.childNodes) gatherNode(n, run, skipLists);
        return run;
    }
    function gatherNode(n, run, skipLists) {
        if (n.nodeType === Node.TEXT_NODE) {
            run.s += n.nodeValue;
            return;
        }
        if (n.nodeType !== Node.ELEMENT_NODE) return;
        const tag = n.tagName;
        if (tag === 'BR') {
            run.s += ' ';
            return;
        }
        if ((skipLists && (tag === 'UL' || tag === 'OL')) || tag === 'SCRIPT' || tag === 'STYLE') return;
        let kind = markKinds[tag] || '';
        let attr = '';
        if (tag === 'A') {
            const note = footnoteOf(n);
            // A footnote's link back to its reference (to a note, or to a place in the text) goes.
            if (insideFootnote(n) && (note || (n.getAttribute('href') || '').startsWith('#'))) return;
            if (note) {
                kind = 'footnote-ref';
                attr = String(note);
            } else if ((attr = linkTarget(n))) {
                kind = 'link';
            }
        }
        const start = run.s.length;
        gather(n, run, skipLists);
        if (kind && run.s.length > start) {
            run.marks.push({ kind, start, end: run.s.length, attr });
        }
    }

    // The run's text with white space collapsed and trimmed, its marks moved along (without the
    // spaces at their edges); marks left empty go.
    function finish(run) {
        const raw = run.s;
        const at = new Array(raw.length + 1);
        let text = '';
        let space = false;
        for (let i = 0; i < raw.length; i++) {
            if (/\s/.test(raw[i])) {
                space = text.length > 0;
                at[i] = -1;
            } else {
                if (space) text += ' ';
                space = false;
                at[i] = text.length;
                text += raw[i];
            }
        }
        const marks = [];
        for (const m of run.marks) {
            let a = m.start;
            let b = m.end - 1;
            while (a <= b && at[a] < 0) a++;
            while (b >= a && at[b] < 0) b--;
            if (a > b) continue;
            const mark = { kind: m.kind, start: at[a], end: at[b] + 1 };
            if (m.attr) mark.attr = m.attr;
            marks.push(mark);
        }
        return { text, marks };
    }

    function inlineOf(el, skipLists) {
        return finish(gather(el, newRun(), skipLists));
    }

    function codeLanguage(pre) {
        const els = [pre, pre.querySelector('code')];
        for (const el of els) {
            if (!el) continue;
            const m = /(?:^|\s)(?:language|lang|highlight-source)-([\w+#.-]+)/.exec(el.className || '');
            if (m) return m[1];
            if (el.dataset && el.dataset.lang) return el.dataset.lang;
        }
        return '';
    }

    // The number an ordered list shows for `li`, or 0 in a bulleted list.
    function ordinalOf(li) {
        const list = li.parentElement;
        if (!list || list.tagName !== 'OL') return 0;
        let n = list.hasAttribute('start') ? Number(list.getAttribute('start')) || 1 : 1;
        for (const item of list.children) {
            if (item.tagName !== 'LI') continue;
            if (item.hasAttribute('value')) n = Number(item.getAttribute('value')) || n;
            if (item === li) return n;
            n++;
        }
        return 0;
    }

    function mapBlocks(root) {
        const blocks = [];
        const rowsOf = new Map(); // table -> rows so far
        let pending = newRun();
        function push(block, inl) {
            if (!inl.text) return;
            block.text = inl.text;
            if (inl.marks.length) block.marks = inl.marks;
            blocks.push(block);
        }
        function flush(quote) {
            push({ type: quote ? 'quote' : 'paragraph' }, finish(pending));
            pending = newRun();
        }
        function tableRow(tr) {
            const cells = [];
            let header = tr.parentElement && tr.parentElement.tagName === 'THEAD';
            let allTh = true;
            for (const c of tr.children) {
                if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
                allTh = allTh && c.tagName === 'TH';
                const inl = inlineOf(c, false);
                if (inl.text) cells.push(inl);
            }
            if (!cells.length) return;
            header = header || allTh;
            let text = '';
            const marks = [];
            for (const cell of cells) {
                if (text) text += ' | ';
                const at = text.length;
                text += cell.text;
                marks.push({ kind: 'cell', start: at, end: text.length });
                for (const m of cell.marks) marks.push(Object.assign({}, m, { start: m.start + at, end: m.end + at }));
            }
            const table = tr.closest('table');
            const n = (rowsOf.get(table) || 0) + 1;
            rowsOf.set(table, n);
            blocks.push({ type: 'table-row', level: header ? 1 : 0, ordinal: n, text, marks });
        }
        function walk(node, depth, quote) {
            for (const child of node.childNodes) {
                if (child.nodeType === Node.TEXT_NODE) {
                    pending.s += child.nodeValue;
                    continue;
                }
                if (child.nodeType !== Node.ELEMENT_NODE) continue;
                const tag = child.tagName;
                if (inline.has(tag)) {
                    gatherNode(child, pending, false);
                    continue;
                }
                if (ignored.has(tag)) continue;
                flush(quote);
                let m;
                if (footnoteNumbers.has(child)) {
                    push({ type: 'footnote', ordinal: footnoteNumbers.get(child) }, inlineOf(child, false));
                } else if ((m = /^H([1-6])$/.exec(tag))) {
                    push({ type: 'heading', level: Number(m[1]) }, inlineOf(child, false));
                } else if (tag === 'P') {
                    push({ type: quote ? 'quote' : 'paragraph' }, inlineOf(child, false));
                } else if (tag === 'PRE') {
                    const t = (child.textContent || '').replace(/\s+$/, '');
                    if (t.trim()) blocks.push({ type: 'code', language: codeLanguage(child), text: t });
                } else if (tag === 'UL' || tag === 'OL') {
                    walk(child, depth + 1, quote);
                } else if (tag === 'LI') {
                    push({ type: 'list-item', level: Math.max(1, depth), ordinal: ordinalOf(child) },
                        inlineOf(child, true));
                    for (const sub of child.children) {
                        if (sub.tagName === 'UL' || sub.tagName === 'OL') walk(sub, depth + 1, quote);
                    }
                } else if (tag === 'BLOCKQUOTE') {
                    walk(child, depth, true);
                    flush(true);
                } else if (tag === 'FIGCAPTION' || tag === 'CAPTION') {
                    push({ type: 'caption' }, inlineOf(child, false));
                } else if (tag === 'HR') {
                    blocks.push({ type: 'separator', text: '' });
                } else if (tag === 'TR') {
                    tableRow(child);
                } else if (tag === 'DT' || tag === 'DD') {
                    push({ type: 'paragraph' }, inlineOf(child, false));
                } else {
                    walk(child, depth, quote);
                    flush(quote);
                }
            }
        }
        findFootnotes(root);
        walk(root, 0, false);
        flush(false);
        return blocks;
    }

    try {
        // Firefox's own test for offering reader view: pages without article-like paragraphs are
        // rejected and go to the plain-text pipeline instead.
        const readerable = typeof isProbablyReaderable !== 'function' || isProbablyReaderable(document);
        const article = readerable ? new Readability(document.cloneNode(true), { keepClasses: true }).parse() : null;
        if (article && article.content && clean(article.textContent).length >= 140) {
            const doc = new DOMParser().parseFromString(article.content, 'text/html');
            result.blocks = mapBlocks(doc.body);
            result.readerable = result.blocks.length > 0;
            result.title = article.title || '';
            result.byline = article.byline || '';
            result.siteName = article.siteName || '';
            result.lang = article.lang || result.lang;
            result.publishedTime = article.publishedTime || '';
            result.excerpt = article.excerpt || '';
        }
    } catch (e) {
        result.scriptError = String(e);
    }
    if (!result.readerable) {
        result.visibleText = document.body ? document.body.innerText : '';
    }
    return JSON.stringify(result);
})();
