// SPDX-License-Identifier: GPL-3.0-or-later
// The reader page's side of the bridge. Messages are typed JSON objects; until the web channel
// is ready they wait in a queue (the ready handshake), then go out in order.
// Uses GlossaText (textmap.js), GlossaHighlights (highlights.js), GlossaPrivacy (privacy.js),
// GlossaMargin (margin.js), GlossaNavigation (navigation.js), GlossaNoteList (notelist.js),
// GlossaReading (reading.js), GlossaComments (comments.js), GlossaLinks (links.js), GlossaFind
// (find.js) and GlossaWordSnap (wordsnap.js), loaded before this file.
'use strict';

(function () {
    let bridge = null;
    const queue = [];
    let readySent = 0; // performance.now() when "ready" was sent
    // The annotations come embedded in the page (JSON data, never script), so they are painted
    // with the text's first layout instead of after a round trip. Until that list is painted,
    // annotation messages from the channel wait (in order) and follow it.
    function embeddedState() {
        const data = document.getElementById('glossa-state');
        if (!data) {
            return null;
        }
        try {
            return JSON.parse(data.textContent);
        } catch (e) {
            console.error('glossa: malformed annotation data', e);
            return null;
        }
    }
    let initialPainted = false;
    let shownLabels = '';
    const early = [];
    const ANNOTATION_MESSAGES = new Set(['annotations', 'annotationUpsert', 'annotationRemove', 'palette',
        'comments', 'commentUpsert', 'commentRemove']);

    function send(message) {
        if (bridge) {
            bridge.post(JSON.stringify(message));
        } else {
            queue.push(message);
        }
    }

    // Scrolls a range a third of the way down the window, and flashes it if asked.
    function scrollToRange(r, flash) {
        const rect = r.getBoundingClientRect();
        window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' });
        if (flash) {
            // Not 'g-focus': the keyboard focus ring stays after the flash is gone.
            const highlight = new Highlight(r);
            highlight.priority = 11;
            CSS.highlights.set('g-flash', highlight);
            setTimeout(() => {
                if (CSS.highlights.get('g-flash') === highlight) {
                    CSS.highlights.delete('g-flash');
                }
            }, 900);
        }
    }

    function scrollToAnnotation(id, flash) {
        const r = GlossaHighlights.rangeOf(id) || GlossaComments.rangeOf(id) || GlossaLinks.rangeOf(id);
        if (r) {
            scrollToRange(r, flash);
        }
    }

    // A passage of the text that is no annotation (a search hit): [start, end) in canonical offsets.
    function flashTextRange(start, end) {
        const s = Number(start);
        const e = Number(end);
        if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e <= s) {
            return;
        }
        const r = GlossaText.range(s, e);
        if (r) {
            scrollToRange(r, true);
        }
    }

    const handlers = {
        fontScale: (m) => {
            document.documentElement.style.setProperty('--font-scale', String(Number(m.value) || 1));
            GlossaNoteList.updateNarrow(); // larger type needs a wider window for the margin
        },
        palette: (m) => GlossaHighlights.setPalette(Array.isArray(m.colors) ? m.colors : []),
        annotations: (m) => {
            const received = performance.now();
            const items = Array.isArray(m.items) ? m.items : [];
            GlossaHighlights.set(items);
            const highlighted = performance.now();
            GlossaMargin.set(items);
            GlossaPrivacy.set(items);
            GlossaNavigation.refresh();
            GlossaNoteList.set(items);
            reportPainted({ received, highlighted, applied: performance.now() });
        },
        // One annotation changed: only its highlight and note change; the focus ring, the notes'
        // labels and the narrow-window list follow.
        annotationUpsert: (m) => {
            if (m.item && typeof m.item === 'object' && m.item.id !== undefined) {
                const item = GlossaHighlights.upsert(m.item);
                GlossaMargin.upsert(item);
                GlossaPrivacy.upsert(item);
                afterChange();
            }
        },
        // Inline comments' passages (comments.js): all of them, one added or changed, one removed.
        comments: (m) => GlossaComments.set(Array.isArray(m.items) ? m.items : []),
        commentUpsert: (m) => {
            if (m.item && typeof m.item === 'object' && m.item.id !== undefined) {
                GlossaComments.upsert(m.item);
            }
        },
        commentRemove: (m) => GlossaComments.remove(String(m.id)),
        // The article's link ends (links.js): all of them, each time they change.
        links: (m) => GlossaLinks.set(Array.isArray(m.items) ? m.items : []),
        // Find in article (find.js): every match and the current one, only the current one, or none.
        find: (m) => GlossaFind.set(Array.isArray(m.ranges) ? m.ranges : [], Number(m.current)),
        findCurrent: (m) => GlossaFind.setCurrent(Number(m.current)),
        findClear: () => GlossaFind.clear(),
        annotationRemove: (m) => {
            GlossaHighlights.remove(String(m.id));
            GlossaMargin.remove(String(m.id));
            GlossaPrivacy.remove(String(m.id));
            afterChange();
        },
        labels: (m) => {
            // The page was served with its words; the same words again after loading change nothing.
            const words = JSON.stringify(m);
            if (words === shownLabels) {
                return;
            }
            shownLabels = words;
            GlossaMargin.setLabels(m);
            GlossaPrivacy.setLabels(m);
            GlossaNavigation.setLabels(m);
            GlossaNoteList.setLabels(m);
        },
        focus: (m) => GlossaNavigation.setFocus(String(m.id || ''), String(m.announce || '')),
        scrollTo: (m) => scrollToAnnotation(String(m.id), Boolean(m.flash)),
        flashRange: (m) => flashTextRange(m.start, m.end),
        clearSelection: () => window.getSelection().removeAllRanges(),
        scrollToOffset: (m) => GlossaReading.scrollToOffset(m.offset),
        openNotesList: () => GlossaReading.openNotesList(),
        theme: (m) => { document.documentElement.dataset.theme = m.value === 'dark' ? 'dark' : 'light'; },
    };

    function afterChange() {
        GlossaNavigation.refresh();
        GlossaNoteList.set(GlossaHighlights.list());
    }

    // Tells the application when a full list of annotations is on screen (highlights set, margin
    // laid out, two frames later), with the page's own clock, so timings exclude the messaging.
    // The report waits for the load event to have ended (painting does not), so it can carry when.
    function reportPainted(marks) {
        requestAnimationFrame(() => {
            const frame = performance.now();
            requestAnimationFrame(() => {
                const painted = performance.now();
                const report = () => {
                    const nav = performance.getEntriesByType('navigation')[0];
                    send({
                        type: 'painted',
                        timing: Object.assign({
                            domReady: nav ? nav.domContentLoadedEventEnd : 0, loadEnd: nav ? nav.loadEventEnd : 0,
                            readySent, frame, painted,
                        }, marks),
                    });
                };
                if (document.readyState === 'complete') {
                    report();
                } else {
                    window.addEventListener('load', () => setTimeout(report), { once: true });
                }
            });
        });
    }

    function receive(json) {
        let message;
        try {
            message = JSON.parse(json);
        } catch (e) {
            console.error('glossa: malformed message from the application', e);
            return;
        }
        if (!initialPainted && ANNOTATION_MESSAGES.has(message.type)) {
            early.push(message);
            return;
        }
        handle(message);
    }

    function handle(message) {
        const handler = handlers[message.type];
        if (handler) {
            handler(message);
        }
    }

    // Paints the embedded list (if any) and applies the settings and reading position served with
    // it (all before the first layout), then what came through the channel meanwhile; returns the
    // list's serial for the application ('' if there is none).
    function paintInitial(state) {
        let serial = '';
        if (state && Array.isArray(state.items)) {
            handlers.palette({ colors: state.palette });
            handlers.annotations({ items: state.items });
            serial = String(state.serial);
        }
        if (state && Array.isArray(state.comments)) {
            handlers.comments({ items: state.comments });
        }
        if (state && Array.isArray(state.messages)) {
            state.messages.filter((m) => m && !ANNOTATION_MESSAGES.has(m.type)).forEach(handle);
        }
        initialPainted = true;
        early.splice(0).forEach(handle);
        return serial;
    }

    function article() {
        return document.getElementById('article');
    }

    // A selection inside the article, in canonical offsets, with where it sits on screen so the
    // application can place its toolbar.
    let lastSelection = '';
    function reportSelection() {
        const selection = window.getSelection();
        if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
            if (lastSelection !== '') {
                lastSelection = '';
                send({ type: 'selectionCleared' });
            }
            return;
        }
        const r = selection.getRangeAt(0);
        if (!article().contains(r.commonAncestorContainer) && !r.commonAncestorContainer.contains(article())) {
            return;
        }
        const { start, end } = GlossaText.fromRange(r);
        if (end <= start) {
            return;
        }
        const key = `${start}:${end}`;
        if (key === lastSelection) {
            return;
        }
        lastSelection = key;
        const rect = r.getBoundingClientRect();
        send({
            type: 'selection', start, end,
            rect: { x: Math.round(rect.left), y: Math.round(rect.top), width: Math.round(rect.width),
                    height: Math.round(rect.height) },
        });
    }

    let selectionTimer = 0;
    document.addEventListener('selectionchange', () => {
        clearTimeout(selectionTimer);
        selectionTimer = setTimeout(reportSelection, 120);
    });

    // Links kept from an imported page are never followed by the page: Ctrl+click (Cmd+click) asks the
    // application to open one in the desktop browser. A footnote reference scrolls to its note.
    document.addEventListener('keydown', (event) => {
        document.body.classList.toggle('ctrl-held', event.ctrlKey || event.metaKey);
    });
    document.addEventListener('keyup', (event) => {
        document.body.classList.toggle('ctrl-held', event.ctrlKey || event.metaKey);
    });
    document.addEventListener('click', (event) => {
        const target = event.target instanceof Element ? event.target : event.target.parentElement;
        const link = target && target.closest('#article a.ext');
        if (link && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.stopPropagation();
            send({ type: 'linkClicked', href: link.dataset.href || '' });
            return;
        }
        const ref = target && target.closest('#article sup.fn-ref');
        const note = ref && document.getElementById('fn-' + ref.dataset.footnote);
        if (note && window.getSelection().isCollapsed) {
            event.stopPropagation();
            note.scrollIntoView({ block: 'center', behavior: 'instant' });
            note.classList.add('target');
            setTimeout(() => note.classList.remove('target'), 1200);
            return;
        }
    }, true);

    document.addEventListener('click', (event) => {
        if (!window.getSelection().isCollapsed) {
            return;
        }
        const offset = GlossaText.offsetAtPoint(event.clientX, event.clientY);
        const hits = offset >= 0 ? GlossaHighlights.at(offset) : [];
        if (hits.length) {
            send({ type: 'annotationClicked', ids: hits.map((a) => a.id), x: event.clientX, y: event.clientY });
            return;
        }
        // A passage that is only commented on opens its comment.
        const discussed = offset >= 0 ? GlossaComments.at(offset) : [];
        if (discussed.length) {
            GlossaComments.activate(discussed[0].comment);
        }
    });

    // A right click on a highlight (the innermost one), a margin note or a lock opens the
    // annotation's menu.
    document.addEventListener('contextmenu', (event) => {
        const note = event.target.closest && event.target.closest('.note, .private-mark');
        let id = note ? note.dataset.id : '';
        if (!id && window.getSelection().isCollapsed) {
            const offset = GlossaText.offsetAtPoint(event.clientX, event.clientY);
            const hits = offset >= 0 ? GlossaHighlights.at(offset) : [];
            id = hits.length ? hits[0].id : '';
        }
        if (id) {
            event.preventDefault();
            send({ type: 'annotationContextMenu', id, x: event.clientX, y: event.clientY });
        }
    });

    // Reports "ready" once fonts are loaded and two animation frames have passed: the article is
    // then laid out and painted.
    function reportReady() {
        GlossaText.index();
        GlossaPrivacy.start();
        GlossaMargin.start((id) => send({ type: 'noteClicked', id }), (href) => send({ type: 'linkClicked', href }));
        GlossaComments.start((id) => send({ type: 'commentActivated', id }));
        GlossaLinks.start((link, side) => send({ type: 'followLink', link, side }));
        GlossaNavigation.start(send);
        GlossaReading.start(send);
        GlossaWordSnap.start();
        GlossaNoteList.start((id) => {
            scrollToAnnotation(id, true);
            send({ type: 'noteClicked', id });
        }, (href) => send({ type: 'linkClicked', href }));
        const main = article();
        // The text is indexed: the embedded annotations are painted, and the application learns
        // which list the page shows.
        send({ type: 'loaded', article: main ? main.dataset.article : '', serial: paintInitial(embeddedState()) });
        const afterPaint = () => requestAnimationFrame(() => requestAnimationFrame(() => {
            readySent = performance.now();
            send({ type: 'ready', article: main ? main.dataset.article : '', blocks: GlossaText.blocks().length });
        }));
        if (document.fonts && document.fonts.ready) {
            document.fonts.ready.then(afterPaint);
        } else {
            afterPaint();
        }
    }

    if (typeof QWebChannel === 'function' && typeof qt !== 'undefined' && qt.webChannelTransport) {
        new QWebChannel(qt.webChannelTransport, (channel) => {
            bridge = channel.objects.glossa;
            bridge.push.connect(receive);
            queue.splice(0).forEach(send);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', reportReady);
    } else {
        reportReady();
    }
})();
