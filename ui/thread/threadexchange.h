// SPDX-License-Identifier: GPL-3.0-or-later
// File › Share Discussion… and Merge Discussion…: the open article's thread written to a thread file
// (Thread::ThreadFileFormat, through Export::SaveFile), and classmates' thread files merged into the
// library, each article's in one undo step, with a sentence saying what they added. Every file is read
// before anything is merged: one that cannot be read is named in a message and nothing is merged.
// A file on an article the library lacks is merged into the open article only if the person says so.
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class ThreadExchange final : public QObject
{
    Q_OBJECT

public:
    // Adds Share Discussion… and Merge Discussion… to `fileMenu`, at the end.
    ThreadExchange(Library *library, QMenu *fileMenu, QWidget *window);

    // The article the window shows (shared, and merged into when a file's article is unknown); empty:
    // none, and the entries are disabled.
    void setArticle(const QString &articleId);

    QAction *shareAction() const { return m_share; }
    QAction *mergeAction() const { return m_merge; }

    // The file name offered for the article's thread: "TITLE.glossa-thread.json" in the export folder.
    static QString defaultPath(const QString &title);
    static QString fileSuffix(); // "glossa-thread.json"

    // Asks where, then writes the open article's thread.
    void share();
    // Writes the open article's thread to `path`; true when the file was written.
    bool shareTo(const QString &path);

    // Answers "«FILE TITLE» is not in your library. Merge this discussion into «CURRENT» anyway?":
    // true merges the file into the open article, false skips it.
    using Chooser = std::function<bool(const QString &fileTitle, const QString &currentTitle)>;
    // Asks for one or several thread files, then merges them (asking with a message box).
    void merge();
    // Merges these files (see above); true when every file was read and each merge (or skip) went
    // through. `intoCurrent` is asked about files on articles the library lacks.
    bool mergeFiles(const QStringList &paths, const Chooser &intoCurrent);

    // Without interaction (tests) failures are only reported through failed(), with no message box.
    void setInteractive(bool interactive) { m_interactive = interactive; }

Q_SIGNALS:
    void message(const QString &text); // for the status bar
    void failed(const QString &text); // after the failure message was shown (tests read it)

private:
    bool fail(const QString &caption, const QString &text);

    Library *m_library;
    QWidget *m_window;
    QAction *m_share;
    QAction *m_merge;
    QString m_articleId;
    bool m_interactive = true;
};

} // namespace Glossa::Ui
