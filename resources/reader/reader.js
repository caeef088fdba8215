// SPDX-License-Identifier: GPL-3.0-or-later
// The reader page's side of the bridge. Messages are typed JSON objects; until the web channel
// is ready they wait in a queue (the ready handshake), then go out in order.
'use strict';

(function () {
    let bridge = null;
    const queue = [];

    function send(message) {
        if (bridge) {
            bridge.post(JSON.stringify(message));
        } else {
            queue.push(message);
        }
    }

    function receive(json) {
        let message;
        try {
            message = JSON.parse(json);
        } catch (e) {
            console.error('glossa: malformed message from the application', e);
            return;
        }
        switch (message.type) {
        case 'fontScale':
            document.documentElement.style.setProperty('--font-scale', String(Number(message.value) || 1));
            break;
        default:
            break;
        }
    }

    function article() {
        return document.getElementById('article');
    }

    // Reports "ready" once fonts are loaded and two animation frames have passed: the article is
    // then laid out and painted.
    function reportReady() {
        const main = article();
        const afterPaint = () => requestAnimationFrame(() => requestAnimationFrame(() => send({
            type: 'ready',
            article: main ? main.dataset.article : '',
            blocks: main ? main.querySelectorAll('[data-offset]').length : 0,
        })));
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
