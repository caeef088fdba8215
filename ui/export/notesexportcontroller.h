// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export › Markdown… and Web Annotations…: the export dialog, then the file written whole
// (Export::SaveFile) and opened if asked. Both are quick (milliseconds for a thousand annotations),
// so they need no progress. A failure is explained in a message and leaves no file behind.
#pragma once

#include <QObject>

class QWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class NotesExportController final : public QObject
{
    Q_OBJECT

public:
    enum class Format { Markdown, WebAnnotations };

    NotesExportController(Library *library, QWidget *window);

    // Asks for the file and options, then exports the article.
    void exportArticle(const QString &articleId, Format format);
    // Exports with these options (what the dialog's Export button does; tests call it directly).
    // True when the file was written.
    bool write(const QString &articleId, Format format, const QString &path, bool includePrivate, bool openWhenDone,
        bool includeDiscussion = true);
    // Without interaction (tests) a failure is only reported through failed(), with no message box.
    void setInteractive(bool interactive) { m_interactive = interactive; }

Q_SIGNALS:
    void message(const QString &text); // for the status bar
    void failed(const QString &text); // after the failure message was shown (tests read it)

private:
    Library *m_library;
    QWidget *m_window;
    bool m_interactive = true;
};

} // namespace Glossa::Ui
