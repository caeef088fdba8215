// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationimportcontroller.h"

#include "export/webannotationimport.h"
#include "library/library.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWidget>

namespace Glossa::Ui {

AnnotationImportController::AnnotationImportController(Library *library, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
{
}

void AnnotationImportController::chooseAndImport(const QString &articleId)
{
    const auto article = m_library->article(articleId);
    if (!article) {
        Q_EMIT message(tr("Open the article the annotations belong to, then import them."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Annotations onto “%1”").arg(article->title),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Web Annotations and Hypothesis exports (*.jsonld *.json);;All files (*)"));
    if (!path.isEmpty()) {
        importFile(path, articleId);
    }
}

bool AnnotationImportController::importFile(const QString &path, const QString &articleId)
{
    const Result<Export::AnnotationImport> result
        = Export::WebAnnotationImport::importFile(*m_library, path, articleId);
    if (!result) {
        const QString text = tr("The annotations could not be imported: %1").arg(result.error().message);
        if (m_interactive) {
            QMessageBox box(QMessageBox::Warning, tr("Import Annotations"), text, QMessageBox::Ok, m_window);
            box.setInformativeText(tr("Nothing was changed in the library."));
            box.exec();
        }
        Q_EMIT failed(text);
        return false;
    }
    const Export::AnnotationImport &import = *result;
    Q_EMIT message(import.summary());
    QStringList problems;
    for (const Export::ImportedAnnotation &item : import.items) {
        if (item.outcome == Export::ImportOutcome::Rejected) {
            problems << tr("Not imported: %1").arg(item.reason);
        }
    }
    const qsizetype orphans = import.count(Export::ImportOutcome::Orphan);
    if (m_interactive && (!problems.isEmpty() || orphans > 0)) {
        QMessageBox box(
            QMessageBox::Information, tr("Import Annotations"), import.summary(), QMessageBox::Ok, m_window);
        QString details;
        if (orphans > 0) {
            details = tr("%n annotation(s) could not find their passage in this article; the Annotations pane lists "
                         "them as orphans, ready to be attached to a new selection.",
                nullptr, int(orphans));
        }
        box.setInformativeText(details);
        if (!problems.isEmpty()) {
            box.setDetailedText(problems.join(u'\n'));
        }
        box.exec();
    }
    return import.count(Export::ImportOutcome::Rejected) < import.items.size();
}

} // namespace Glossa::Ui
