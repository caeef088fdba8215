// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export › Markdown… and Web Annotations…, and File › Import Annotations…, from the window:
// what the files hold (private notes only when asked), a failure that leaves no file and changes
// nothing, and an import that brings deleted annotations back as one undo step.
#include "export/annotationimportcontroller.h"
#include "export/exportmenu.h"
#include "export/notesexportcontroller.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/library.h"
#include "library/undostack.h"
#include "mainwindow.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>

using namespace Glossa;
using namespace Qt::StringLiterals;
using Format = Ui::NotesExportController::Format;

class TstNotesExport : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;
    QString m_shared, m_private;

    QString articleId() const { return m_fx.library->annotation(m_shared).value_or(Model::Annotation()).articleId; }
    Ui::ExportMenu *menu() const { return m_fx.window->exportMenu(); }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_fx.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        m_shared = m_fx.addHighlight(u"Chi studia lo sa"_s, u"important"_s, u"Da *rileggere*."_s);
        QVERIFY(!m_shared.isEmpty());
        m_private = m_fx.addHighlight(u"Sottolineare tutto equivale"_s, u"question"_s, u"Solo per me."_s);
        QVERIFY(!m_private.isEmpty());
        QVERIFY(m_fx.library->setAnnotationPrivate(m_private, true));
        menu()->notes()->setInteractive(false);
        menu()->annotationImport()->setInteractive(false);
    }

    void cleanup() { m_fx.close(); }

    void theFileMenuOffersEveryExportAndTheImport()
    {
        QStringList entries;
        for (QAction *a : menu()->menu()->actions()) {
            entries << a->text();
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
        }
        QCOMPARE(entries, (QStringList {u"Annotated &PDF…"_s, u"&Markdown…"_s, u"&Web Annotations…"_s}));
        QVERIFY(menu()->importAnnotationsAction()->isEnabled());
        menu()->setArticle({});
        QVERIFY(!menu()->importAnnotationsAction()->isEnabled());
        QVERIFY(!menu()->menu()->actions().first()->isEnabled());
    }

    void markdownLeavesPrivateNotesOutUnlessAsked()
    {
        const QString path = m_fx.dir.filePath(u"notes.md"_s);
        QSignalSpy message(menu()->notes(), &Ui::NotesExportController::message);
        QVERIFY(menu()->notes()->write(articleId(), Format::Markdown, path, false, false));
        QString text = QString::fromUtf8(read(path));
        QVERIFY(text.startsWith(u"---\n"_s));
        QVERIFY(text.contains(u"> Chi studia lo sa"_s));
        QVERIFY(text.contains(u"Da *rileggere*."_s));
        QVERIFY(!text.contains(u"Solo per me."_s));
        QCOMPARE(message.size(), 1);
        QVERIFY(message.first().first().toString().contains(u"notes.md"_s));

        QVERIFY(menu()->notes()->write(articleId(), Format::Markdown, path, true, false));
        text = QString::fromUtf8(read(path));
        QVERIFY(text.contains(u"Solo per me."_s));
    }

    void webAnnotationsHoldEveryNonPrivateAnnotation()
    {
        const QString path = m_fx.dir.filePath(u"notes.jsonld"_s);
        QVERIFY(menu()->notes()->write(articleId(), Format::WebAnnotations, path, false, false));
        const QJsonObject collection = QJsonDocument::fromJson(read(path)).object();
        QCOMPARE(collection.value(u"type").toString(), u"AnnotationCollection"_s);
        const int shared = int(m_fx.library->annotations(articleId()).size()) - 1;
        QCOMPARE(collection.value(u"total").toInt(), shared);
        QVERIFY(!QString::fromUtf8(read(path)).contains(m_private));
        QVERIFY(QString::fromUtf8(read(path)).contains(m_shared));
    }

    void aFailedExportSaysSoAndLeavesNoFile()
    {
        QSignalSpy failed(menu()->notes(), &Ui::NotesExportController::failed);
        const QString path = m_fx.dir.filePath(u"missing-folder/notes.md"_s);
        QVERIFY(!menu()->notes()->write(articleId(), Format::Markdown, path, false, false));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"does not exist"_s),
            qPrintable(failed.first().first().toString()));
        QVERIFY(!QFile::exists(path));
    }

    void importingBringsDeletedAnnotationsBackAsOneUndoStep()
    {
        const QString article = articleId();
        const QString path = m_fx.dir.filePath(u"back.jsonld"_s);
        QVERIFY(menu()->notes()->write(article, Format::WebAnnotations, path, true, false));
        const Model::Annotation before = *m_fx.library->annotation(m_shared);
        QVERIFY(m_fx.library->removeAnnotation(m_shared));
        QVERIFY(m_fx.library->removeAnnotation(m_private));
        const qsizetype remaining = m_fx.library->annotations(article).size();
        const int steps = m_fx.library->undoStack()->count();

        QSignalSpy message(menu()->annotationImport(), &Ui::AnnotationImportController::message);
        QVERIFY(menu()->annotationImport()->importFile(path, article));
        QCOMPARE(m_fx.library->undoStack()->count(), steps + 1);
        const auto back = m_fx.library->annotation(m_shared);
        QVERIFY(back.has_value());
        QCOMPARE(back->selector, before.selector);
        QCOMPARE(back->note, before.note);
        QCOMPARE(back->color, before.color);
        QVERIFY(m_fx.library->annotation(m_private).value_or(Model::Annotation()).isPrivate);
        QCOMPARE(message.size(), 1);

        m_fx.library->undoStack()->undo();
        QVERIFY(!m_fx.library->annotation(m_shared).has_value());
        QCOMPARE(m_fx.library->annotations(article).size(), remaining);
    }

    void aBrokenFileChangesNothing()
    {
        const QString article = articleId();
        const QString path = m_fx.dir.filePath(u"broken.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [");
        f.close();
        const qsizetype count = m_fx.library->annotations(article).size();
        const int steps = m_fx.library->undoStack()->count();
        QSignalSpy failed(menu()->annotationImport(), &Ui::AnnotationImportController::failed);
        QVERIFY(!menu()->annotationImport()->importFile(path, article));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_fx.library->annotations(article).size(), count);
        QCOMPARE(m_fx.library->undoStack()->count(), steps);
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstNotesExport)
#include "tst_notesexport.moc"
