// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadexchange.h"

#include "export/exportdialog.h"
#include "export/exportfilename.h"
#include "export/savefile.h"
#include "library/library.h"
#include "library/readonlymode.h"
#include "library/threadmergesummary.h"
#include "thread/threadfile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMenu>
#include <QMessageBox>

namespace Glossa::Ui {

ThreadExchange::ThreadExchange(Library *library, QMenu *fileMenu, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
{
    m_share = fileMenu->addAction(tr("S&hare Discussion…"), this, &ThreadExchange::share);
    m_share->setObjectName(QStringLiteral("shareDiscussion"));
    m_share->setStatusTip(tr("Save the article's discussion to a file to give to others (USB stick, e-mail)"));
    m_merge = fileMenu->addAction(tr("&Merge Discussion…"), this, &ThreadExchange::merge);
    m_merge->setObjectName(QStringLiteral("mergeDiscussion"));
    m_merge->setStatusTip(tr("Read discussion files from others into your library, as one undoable step each"));
    ReadOnlyMode::markWriting(m_merge);
    setArticle({});
}

void ThreadExchange::setArticle(const QString &articleId)
{
    m_articleId = articleId;
    m_share->setEnabled(!articleId.isEmpty());
    m_merge->setEnabled(!articleId.isEmpty());
}

QString ThreadExchange::fileSuffix()
{
    return QStringLiteral("glossa-thread.json");
}

QString ThreadExchange::defaultPath(const QString &title)
{
    return QDir(ExportDialog::defaultFolder()).filePath(Export::ExportFileName::safeTitle(title) + u'.' + fileSuffix());
}

bool ThreadExchange::fail(const QString &caption, const QString &text)
{
    if (m_interactive) {
        QMessageBox::warning(m_window, caption, text);
    }
    Q_EMIT failed(text);
    return false;
}

void ThreadExchange::share()
{
    const auto article = m_library->article(m_articleId);
    if (!article) {
        Q_EMIT message(tr("Open an article to share its discussion."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Share Discussion"), defaultPath(article->title),
        tr("Glossa discussions (*.%1);;All files (*)").arg(fileSuffix()));
    if (!path.isEmpty()) {
        shareTo(path);
    }
}

bool ThreadExchange::shareTo(const QString &path)
{
    const QString caption = tr("Share Discussion");
    const auto file = m_library->readThreadFile(m_articleId);
    if (!file) {
        return fail(caption, tr("The discussion could not be shared: %1").arg(file.error().message));
    }
    if (const Status saved = Export::SaveFile::write(path, Thread::ThreadFileFormat::write(*file)); !saved) {
        return fail(
            caption, tr("The discussion could not be shared: %1. No file was written.").arg(saved.error().message));
    }
    Q_EMIT message(tr("Saved the discussion of “%1” (%n comment(s)) to %2.", nullptr, int(file->comments.size()))
            .arg(file->title, QDir::toNativeSeparators(path)));
    return true;
}

void ThreadExchange::merge()
{
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Merge Discussion"),
        ExportDialog::defaultFolder(), tr("Glossa discussions (*.%1 *.json);;All files (*)").arg(fileSuffix()));
    if (paths.isEmpty()) {
        return;
    }
    mergeFiles(paths, [this](const QString &fileTitle, const QString &currentTitle) {
        return QMessageBox::question(m_window, tr("Merge Discussion"),
                   tr("«%1» is not in your library. Merge this discussion into «%2» anyway?")
                       .arg(fileTitle, currentTitle),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    });
}

bool ThreadExchange::mergeFiles(const QStringList &paths, const Chooser &intoCurrent)
{
    const QString caption = tr("Merge Discussion");
    // Every file is read first: one that cannot be merged stops all of them, before anything is stored.
    QList<Thread::ThreadFile> files;
    for (const QString &path : paths) {
        const QString shown = QDir::toNativeSeparators(path);
        QString why;
        // readFile refuses what cannot be opened and anything over the thread files' size limit unread.
        const auto file = Thread::ThreadFileFormat::readFile(path, &why);
        if (!file) {
            return fail(caption, tr("%1 is not a discussion Glossa can merge: %2 Nothing was merged.").arg(shown, why));
        }
        files.append(*file);
    }
    // Each file goes to its article (or, if the person agrees, to the open one); files on the same
    // article become one merge, so one undo step.
    QList<QString> order;
    QHash<QString, Thread::ThreadFile> byArticle;
    const auto current = m_library->article(m_articleId);
    for (const Thread::ThreadFile &file : std::as_const(files)) {
        const auto found = m_library->readThreadArticle(file);
        if (!found) {
            return fail(caption, found.error().message);
        }
        QString target;
        if (*found) {
            target = (*found)->id;
        } else if (current && intoCurrent && intoCurrent(file.title, current->title)) {
            target = current->id;
        } else {
            continue;
        }
        if (!byArticle.contains(target)) {
            order.append(target);
            byArticle.insert(target, file);
        } else {
            Thread::combine(byArticle[target], file);
        }
    }
    QStringList summaries;
    for (const QString &id : std::as_const(order)) {
        const auto merged = m_library->mergeThread(id, byArticle.value(id));
        const auto article = m_library->article(id);
        const QString title = article ? article->title : id;
        if (!merged) {
            return fail(caption, tr("The discussion of «%1» was not merged: %2").arg(title, merged.error().message));
        }
        //: %1 is the article's title, %2 what the merge added ("4 new comments, 1 edit, 2 votes").
        summaries << tr("Merged the discussion of «%1»: %2.").arg(title, ThreadMergeSummary::text(*merged));
    }
    if (summaries.isEmpty()) {
        Q_EMIT message(tr("No discussion was merged."));
    } else {
        Q_EMIT message(summaries.join(u' '));
    }
    return true;
}

} // namespace Glossa::Ui
