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

    // The text of an element with <br> as a line break (poems, addresses) and nested lists left out.
    function textOf(el, skipLists) {
        let s = '';
        for (const n of el.childNodes) {
            if (n.nodeType === Node.TEXT_NODE) {
                s += n.nodeValue;
            } else if (n.nodeType === Node.ELEMENT_NODE) {
                if (n.tagName === 'BR') {
                    s += ' ';
                } else if (skipLists && (n.tagName === 'UL' || n.tagName === 'OL')) {
                    continue;
                } else if (n.tagName !== 'SCRIPT' && n.tagName !== 'STYLE') {
                    s += textOf(n, skipLists);
                }
            }
        }
        return s;
    }

    const inline = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK',
        'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'BR', 'FONT', 'DEL',
        'INS', 'LABEL']);
    const ignored = new Set(['IMG', 'PICTURE', 'SOURCE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT',
        'EMBED', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);

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

    function mapBlocks(root) {
        const blocks = [];
        let pending = '';
        function flush(quote) {
            const t = clean(pending);
            if (t) blocks.push({ type: quote ? 'quote' : 'paragraph', text: t });
            pending = '';
        }
        function walk(node, depth, quote) {
            for (const child of node.childNodes) {
                if (child.nodeType === Node.TEXT_NODE) {
                    pending += child.nodeValue;
                    continue;
                }
                if (child.nodeType !== Node.ELEMENT_NODE) continue;
                const tag = child.tagName;
                if (inline.has(tag)) {
                    pending += tag === 'BR' ? ' ' : textOf(child, false);
                    continue;
                }
                if (ignored.has(tag)) continue;
                flush(quote);
                let m;
                if ((m = /^H([1-6])$/.exec(tag))) {
                    const t = clean(textOf(child, false));
                    if (t) blocks.push({ type: 'heading', level: Number(m[1]), text: t });
                } else if (tag === 'P') {
                    const t = clean(textOf(child, false));
                    if (t) blocks.push({ type: quote ? 'quote' : 'paragraph', text: t });
                } else if (tag === 'PRE') {
                    const t = (child.textContent || '').replace(/\s+$/, '');
                    if (t.trim()) blocks.push({ type: 'code', language: codeLanguage(child), text: t });
                } else if (tag === 'UL' || tag === 'OL') {
                    walk(child, depth + 1, quote);
                } else if (tag === 'LI') {
                    const t = clean(textOf(child, true));
                    if (t) blocks.push({ type: 'list-item', level: Math.max(1, depth), text: t });
                    for (const sub of child.children) {
                        if (sub.tagName === 'UL' || sub.tagName === 'OL') walk(sub, depth + 1, quote);
                    }
                } else if (tag === 'BLOCKQUOTE') {
                    walk(child, depth, true);
                    flush(true);
                } else if (tag === 'FIGCAPTION' || tag === 'CAPTION') {
                    const t = clean(textOf(child, false));
                    if (t) blocks.push({ type: 'caption', text: t });
                } else if (tag === 'HR') {
                    blocks.push({ type: 'separator', text: '' });
                } else if (tag === 'TR') {
                    const cells = Array.from(child.children).map((c) => clean(textOf(c, false))).filter((s) => s);
                    if (cells.length) blocks.push({ type: 'paragraph', text: cells.join(' | ') });
                } else if (tag === 'DT' || tag === 'DD') {
                    const t = clean(textOf(child, false));
                    if (t) blocks.push({ type: 'paragraph', text: t });
                } else {
                    walk(child, depth, quote);
                    flush(quote);
                }
            }
        }
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
