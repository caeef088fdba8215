// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesexportcontroller.h"

#include "export/markdownexport.h"
#include "export/savefile.h"
#include "export/webannotationexport.h"
#include "exportdialog.h"
#include "library/library.h"

#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QUrl>
#include <QWidget>

namespace Glossa::Ui {

namespace {

ExportDialog::Format dialogFormat(NotesExportController::Format format)
{
    return format == NotesExportController::Format::Markdown ? ExportDialog::Format::Markdown
                                                             : ExportDialog::Format::WebAnnotations;
}

} // namespace

NotesExportController::NotesExportController(Library *library, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
{
}

void NotesExportController::exportArticle(const QString &articleId, Format format)
{
    const auto article = m_library->article(articleId);
    if (!article) {
        Q_EMIT message(tr("Open an article to export it."));
        return;
    }
    int privateNotes = 0;
    for (const Model::Annotation &a : m_library->annotations(articleId)) {
        privateNotes += a.isPrivate ? 1 : 0;
    }
    ExportDialog dialog(dialogFormat(format), article->title, privateNotes, m_window);
    // A Markdown or JSON file is seldom what one wants to look at next: opening is offered, not preset.
    dialog.setOpenWhenDone(false);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    write(articleId, format, dialog.path(), dialog.includePrivate(), dialog.openWhenDone(), dialog.includeDiscussion());
}

bool NotesExportController::write(const QString &articleId, Format format, const QString &path, bool includePrivate,
    bool openWhenDone, bool includeDiscussion)
{
    auto fail = [&](const QString &reason) {
        const QString caption = ExportDialog::caption(dialogFormat(format));
        const QString text = tr("The export could not be written: %1.").arg(reason);
        if (m_interactive) {
            QMessageBox box(QMessageBox::Warning, caption, text, QMessageBox::Ok, m_window);
            box.setInformativeText(
                tr("No file was written. Choose another folder or free some space, then export again."));
            box.exec();
        }
        Q_EMIT failed(text);
        return false;
    };
    const auto article = m_library->readArticle(articleId);
    if (!article) {
        return fail(article.error().message);
    }
    if (!article->has_value()) {
        return fail(tr("the article is no longer in the library"));
    }
    QByteArray bytes;
    int count = 0;
    if (format == Format::Markdown) {
        QDateTime now = QDateTime::currentDateTimeUtc();
        now.setTime(now.time().addMSecs(-now.time().msec()));
        const auto document = Export::MarkdownExport::fromLibrary(*m_library, **article,
            {.includePrivate = includePrivate, .exportedAt = now, .includeDiscussion = includeDiscussion});
        if (!document) {
            return fail(document.error().message);
        }
        bytes = document->text.toUtf8();
        count = document->annotationCount;
    } else {
        const auto json = Export::WebAnnotationExport::write(
            *m_library, articleId, {.includePrivate = includePrivate, .includeDiscussion = includeDiscussion});
        if (!json) {
            return fail(json.error().message);
        }
        bytes = *json;
        count = Export::WebAnnotationExport::counts(bytes).annotations;
    }
    if (const Status saved = Export::SaveFile::write(path, bytes); !saved) {
        return fail(saved.error().message);
    }
    const QString shown = QDir::toNativeSeparators(path);
    Q_EMIT message(tr("Exported %1 (%n annotation(s)).", nullptr, count).arg(shown));
    if (openWhenDone) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
    return true;
}

} // namespace Glossa::Ui
