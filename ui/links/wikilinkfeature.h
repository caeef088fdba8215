// SPDX-License-Identifier: GPL-3.0-or-later
// WikiLinkFeature: the window's [[wiki links]] wiring, made once by MainWindow. A wiki link clicked
// in a margin note or a comment opens its article (at its heading) as a step Back returns from; the
// note and comment editors complete titles after `[[` (WikiLinkCompleter).
#pragma once

#include <QObject>

class QPlainTextEdit;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class HistoryNavigator;
class ReaderController;
class ThreadPane;

class WikiLinkFeature final : public QObject
{
    Q_OBJECT

public:
    WikiLinkFeature(Library *library, HistoryNavigator *navigator, ReaderController *reader, QPlainTextEdit *noteEdit,
        ThreadPane *thread, QObject *parent);

    // Opens what Render::NoteHtml::articleUrl made: the article, at the first heading of that text
    // (else its top). False when `href` is not such a link or its article is gone.
    bool open(const QString &href);

Q_SIGNALS:
    void message(const QString &text);

private:
    Library *m_library;
    HistoryNavigator *m_navigator;
};

} // namespace Glossa::Ui
