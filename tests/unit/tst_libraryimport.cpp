// SPDX-License-Identifier: GPL-3.0-or-later
// Importing into the library: a file becomes an article with its raw source kept; importing the same
// source again with "update" makes a new revision and re-anchors the article's annotations (exact,
// fuzzy, orphaned) in one undoable step; a source that fails leaves the library exactly as it was.
#include "anchor/placement.h"
#include "cli/jsonview.h"
#include "helpers/testfiles.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "library/undostack.h"
#include "store/articlerepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

// An article of the seeds' shape: site chrome before and after, a title, long Italian paragraphs.
const QString kChromeBefore = u"Cerca nel sito\nCondividi:\n\n"_s;
const QString kTitle = u"Il porto di Genova e le nuove rotte del commercio\n\n"_s;
const QString kParaKeep = u"Le navi che arrivano a Genova portano ogni anno più container, e la città si chiede se le "
                          "banchine costruite nel secolo scorso possano reggere il traffico che le compagnie "
                          "promettono per il prossimo decennio."_s;
const QString kParaEdit = u"Il presidente dell'autorità portuale ha spiegato che i lavori sulla diga foranea "
                          "dureranno almeno sei anni, e che nel frattempo le navi più grandi dovranno attendere "
                          "al largo per molte ore prima di entrare."_s;
const QString kParaEdited = u"Il presidente dell'autorità portuale ha spiegato che i lavori sulla nuova diga foranea "
                            "dureranno almeno otto anni, e che nel frattempo le navi più grandi dovranno attendere "
                            "al largo per molte ore prima di entrare."_s;
const QString kParaDrop = u"Secondo i sindacati dei lavoratori del porto, la automazione dei terminal ridurrà i posti "
                          "di lavoro di un terzo entro il duemilatrenta, una cifra che la società di gestione "
                          "contesta con forza nelle sue relazioni annuali."_s;
const QString kParaLast = u"Per ora la città guarda alle gru che si muovono sul molo, e aspetta di capire se la "
                          "scommessa sulle rotte del commercio asiatico sarà vinta o persa nei prossimi anni."_s;
const QString kChromeAfter = u"\n\nArticoli Correlati\nIscriviti alla newsletter\nContatti"_s;

QString version1()
{
    return kChromeBefore + kTitle + kParaKeep + u"\n\n" + kParaEdit + u"\n\n" + kParaDrop + u"\n\n" + kParaLast
        + kChromeAfter;
}

QString version2()
{
    return kChromeBefore + kTitle + kParaKeep + u"\n\n" + kParaEdited + u"\n\n" + kParaLast + kChromeAfter;
}

} // namespace

class TstLibraryImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = Test::writeFile(*m_dir, name, bytes);
        if (path.isEmpty()) {
            qFatal("cannot write the fixture");
        }
        return path;
    }

    // Everything the library shows: articles, every revision, every annotation.
    QJsonObject state() const
    {
        QJsonObject out;
        Store::ArticleRepository repo(m_library->store()->db());
        for (const Model::Article &a : m_library->articles()) {
            QJsonObject o = Cli::JsonView::article(a);
            QJsonArray revisions, annotations;
            const auto stored = repo.revisions(a.id);
            for (const Model::Revision &r : stored ? *stored : QList<Model::Revision>()) {
                QJsonObject ro = Cli::JsonView::revision(r);
                ro.insert(u"raw", r.rawSource);
                revisions.append(ro);
            }
            for (const Model::Annotation &an : m_library->annotations(a.id)) {
                annotations.append(Cli::JsonView::annotation(an));
            }
            o.insert(u"revisions", revisions);
            o.insert(u"annotations", annotations);
            out.insert(a.id, o);
        }
        return out;
    }

    QString annotate(const QString &articleId, const QString &quote, const QString &note)
    {
        const auto revision = m_library->currentRevision(articleId);
        const qsizetype start = revision->canonicalText().indexOf(quote);
        if (start < 0) {
            return {};
        }
        Model::Annotation a = Anchor::exactHighlight(*revision, start, start + quote.size());
        a.note = note;
        return m_library->addAnnotation(a).valueOr({});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_library = std::make_unique<Library>();
        Store::OpenOptions options;
        options.create = true;
        QVERIFY(!m_library->open(m_dir->filePath(u"library"_s), options).failed());
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void importsTextWithMetadataAndRawSource()
    {
        const QByteArray bytes = version1().toUtf8();
        const QString path = write(u"porto.txt"_s, bytes);
        QSignalSpy added(m_library.get(), &Library::articleAdded);
        LibraryImport import(m_library.get());
        const ImportResult r = import.importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(!r->updated);
        QCOMPARE(added.size(), 1);
        const auto article = m_library->article(r->articleId);
        QVERIFY(article);
        QCOMPARE(article->title, u"Il porto di Genova e le nuove rotte del commercio"_s);
        QCOMPARE(r->title, article->title);
        QCOMPARE(article->language, u"it"_s);
        QCOMPARE(article->source, QFileInfo(path).canonicalFilePath());
        const auto revision = m_library->currentRevision(r->articleId);
        QVERIFY(revision);
        QCOMPARE(revision->rawSource, version1());
        QCOMPARE(revision->sourceFormat, u"text"_s);
        QVERIFY(revision->canonicalText().startsWith(kParaKeep));
        QVERIFY(!revision->canonicalText().contains(u"Condividi"));
        QVERIFY(!revision->canonicalText().contains(u"newsletter"));
        QCOMPARE(import.existingArticle(QFileInfo(path).canonicalFilePath()), std::optional<QString>(r->articleId));
    }

    void importsMarkdownBytesUnderTheirName()
    {
        LibraryImport import(m_library.get());
        const QString name = u"Pasted 2026-11-21 10:30"_s;
        const ImportResult r
            = import.importBytes("# Appunti\n\nUn paragrafo di prova con *enfasi*.\n\n```cpp\nint x = 1;\n```\n",
                Ingest::Format::Markdown, name);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(m_library->article(r->articleId)->source, name);
        QCOMPARE(m_library->currentRevision(r->articleId)->sourceFormat, u"markdown"_s);
        QCOMPARE(import.existingArticle(name), std::optional<QString>(r->articleId));
        QVERIFY(!import.existingArticle(u"Pasted another time"_s));
    }

    void importingAgainAsNewMakesASecondArticle()
    {
        const QString path = write(u"porto.txt"_s, version1().toUtf8());
        LibraryImport import(m_library.get());
        const ImportResult first = import.importFile(path);
        const ImportResult second = import.importFile(path); // ImportAsNew is the default
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first->articleId != second->articleId);
        QVERIFY(!second->updated);
        QCOMPARE(m_library->articles().size(), 2);
        // An update picks the newest of them.
        QCOMPARE(
            import.existingArticle(QFileInfo(path).canonicalFilePath()), std::optional<QString>(second->articleId));
    }

    void updateReanchorsAnnotationsAndUndoes()
    {
        const QString path = write(u"porto.txt"_s, version1().toUtf8());
        LibraryImport import(m_library.get());
        const ImportResult first = import.importFile(path);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const QString id = first->articleId;
        const QString oldRevision = m_library->article(id)->currentRevisionId;
        const QString keep = annotate(id, u"banchine costruite nel secolo scorso"_s, u"vero"_s);
        const QString last = annotate(id, u"la città guarda alle gru che si muovono sul molo"_s, u"fine"_s);
        const QString edited = annotate(id, u"i lavori sulla diga foranea dureranno almeno sei anni"_s, u"date"_s);
        const QString dropped = annotate(id, u"ridurrà i posti di lavoro di un terzo"_s, u"fonte?"_s);
        QVERIFY(!keep.isEmpty() && !last.isEmpty() && !edited.isEmpty() && !dropped.isEmpty());
        const QJsonObject before = state();
        const int commands = m_library->undoStack()->count();

        write(u"porto.txt"_s, version2().toUtf8());
        QSignalSpy articleChanged(m_library.get(), &Library::articleChanged);
        QSignalSpy annotationChanged(m_library.get(), &Library::annotationChanged);
        QSignalSpy reanchored(m_library.get(), &Library::annotationsReanchored);
        const ImportResult r = import.importFile(path, Ingest::Format::Auto, WhenAlreadyImported::UpdateExisting);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(r->updated);
        QVERIFY(!r->unchanged);
        QCOMPARE(r->articleId, id);
        QCOMPARE(r->exact, 2);
        QCOMPARE(r->fuzzy, 1);
        QCOMPARE(r->orphaned, 1);
        QCOMPARE(m_library->articles().size(), 1);
        QCOMPARE(m_library->undoStack()->count(), commands + 1);
        QCOMPARE(articleChanged.size(), 1);
        // The four annotations moved together: one signal for the article, not one for each.
        QCOMPARE(reanchored.size(), 1);
        QCOMPARE(reanchored.first().first().toString(), id);
        QCOMPARE(annotationChanged.size(), 0);

        const auto revision = m_library->currentRevision(id);
        QVERIFY(revision->id != oldRevision);
        QCOMPARE(revision->rawSource, version2());
        const QString text = revision->canonicalText();
        QVERIFY(text.contains(u"otto anni"));
        for (const QString &annotationId : {keep, last}) {
            const auto a = m_library->annotation(annotationId);
            QCOMPARE(a->anchor.status, Model::AnchorStatus::Exact);
            QCOMPARE(a->revisionId, revision->id);
            QCOMPARE(text.mid(a->anchor.start, a->anchor.end - a->anchor.start), a->selector.exact);
        }
        // The paragraph after the deleted one moved up: its selectors follow it.
        QCOMPARE(m_library->annotation(last)->selector.start,
            text.indexOf(u"la città guarda alle gru che si muovono sul molo"_s));
        const auto fuzzy = m_library->annotation(edited);
        QCOMPARE(fuzzy->anchor.status, Model::AnchorStatus::Fuzzy);
        QVERIFY(fuzzy->anchor.score > 0 && fuzzy->anchor.score < 1);
        QVERIFY(text.mid(fuzzy->anchor.start, fuzzy->anchor.end - fuzzy->anchor.start).contains(u"diga foranea"));
        // It remembers how the passage read when it was marked; the unchanged ones have nothing to tell.
        QCOMPARE(fuzzy->originalQuote, u"i lavori sulla diga foranea dureranno almeno sei anni"_s);
        QVERIFY(fuzzy->textChanged());
        for (const QString &annotationId : {keep, last, dropped}) {
            QCOMPARE(m_library->annotation(annotationId)->originalQuote, QString());
        }
        const auto orphan = m_library->annotation(dropped);
        QCOMPARE(orphan->anchor.status, Model::AnchorStatus::Orphan);
        QCOMPARE(orphan->anchor.start, -1);
        QCOMPARE(orphan->selector.exact, u"ridurrà i posti di lavoro di un terzo"_s); // the quote is kept
        QCOMPARE(orphan->note, u"fonte?"_s);
        const QJsonObject after = state();

        // Undo brings back the old revision as current and every selector and anchor exactly.
        m_library->undoStack()->undo();
        QCOMPARE(state(), before);
        QCOMPARE(m_library->article(id)->currentRevisionId, oldRevision);
        m_library->undoStack()->redo();
        QCOMPARE(state(), after);
        m_library->undoStack()->undo();
        QCOMPARE(state(), before);
    }

    void aChangedPassageRemembersHowItFirstRead()
    {
        const QString path = write(u"porto.txt"_s, version1().toUtf8());
        LibraryImport import(m_library.get());
        const ImportResult first = import.importFile(path);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const QString marked = u"i lavori sulla diga foranea dureranno almeno sei anni"_s;
        const QString id = annotate(first->articleId, marked, u"date"_s);
        QVERIFY(!id.isEmpty());
        auto update = [&](QString text) {
            write(u"porto.txt"_s, text.toUtf8());
            const ImportResult r = import.importFile(path, Ingest::Format::Auto, WhenAlreadyImported::UpdateExisting);
            QVERIFY2(r.ok() && r->updated, qPrintable(r.error().message));
        };

        update(version2()); // "sulla nuova diga … otto anni"
        QCOMPARE(m_library->annotation(id)->originalQuote, marked);
        // Edited again: the passage as it was marked is kept, not the intermediate version.
        QString third = version2();
        third.replace(u"otto anni"_s, u"nove anni"_s);
        update(third);
        QVERIFY(m_library->annotation(id)->selector.exact.contains(u"nove anni"));
        QCOMPARE(m_library->annotation(id)->originalQuote, marked);
        // Back to the words that were marked: nothing is left to tell.
        update(version1());
        QCOMPARE(m_library->annotation(id)->selector.exact, marked);
        QCOMPARE(m_library->annotation(id)->originalQuote, QString());
    }

    void identicalTextIsUnchanged()
    {
        const QString path = write(u"porto.txt"_s, version1().toUtf8());
        LibraryImport import(m_library.get());
        const ImportResult first = import.importFile(path);
        QVERIFY(!annotate(first->articleId, u"banchine costruite"_s, {}).isEmpty());
        const QJsonObject before = state();
        const int commands = m_library->undoStack()->count();
        // Only the line endings differ: the canonical text is the same.
        write(u"porto.txt"_s, version1().replace(u'\n', u"\r\n"_s).toUtf8());
        const ImportResult r = import.importFile(path, Ingest::Format::Auto, WhenAlreadyImported::UpdateExisting);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(r->updated);
        QVERIFY(r->unchanged);
        QCOMPARE(r->articleId, first->articleId);
        QCOMPARE(r->exact, 1);
        QCOMPARE(state(), before);
        QCOMPARE(m_library->undoStack()->count(), commands);
    }

    void theSameTextFromAnotherFileIsNotImportedTwice()
    {
        const QString path = write(u"porto.txt"_s, version1().toUtf8());
        LibraryImport import(m_library.get());
        const ImportResult first = import.importFile(path);
        QVERIFY(first.ok());
        QVERIFY(!annotate(first->articleId, u"banchine costruite"_s, {}).isEmpty());
        const QJsonObject before = state();
        // A copy under another name: the same text.
        const QString copy = write(u"copia del porto.txt"_s, version1().toUtf8());
        const ImportResult r = import.importFile(copy, Ingest::Format::Auto, WhenAlreadyImported::RefuseSameText);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(r->existing);
        QCOMPARE(r->articleId, first->articleId);
        QVERIFY(r->existing->sameText);
        QVERIFY(!r->existing->sameSource);
        QCOMPARE(r->existing->annotations, 1);
        QCOMPARE(state(), before);
        // Another text from the same file is new to the library: imported (RefuseSameText refuses text).
        write(u"copia del porto.txt"_s, version2().toUtf8());
        const ImportResult other = import.importFile(copy, Ingest::Format::Auto, WhenAlreadyImported::RefuseSameText);
        QVERIFY(other.ok() && !other->existing);
        QCOMPARE(m_library->articles().size(), 2);
        // Ask stops at the same source too, so the window can ask.
        const ImportResult asked = import.importFile(copy, Ingest::Format::Auto, WhenAlreadyImported::Ask);
        QVERIFY(asked.ok() && asked->existing);
        QCOMPARE(asked->articleId, other->articleId);
        QVERIFY(asked->existing->sameSource);
    }

    void updateFindsAMovedFileByItsText()
    {
        const QString path = write(u"porto.txt"_s, version1().toUtf8());
        LibraryImport import(m_library.get());
        const ImportResult first = import.importFile(path);
        QVERIFY(first.ok());
        // Moved to another folder: no article has that source, but one has its text.
        QVERIFY(QDir(m_dir->path()).mkpath(u"archivio"_s));
        const QString moved = write(u"archivio/porto.txt"_s, version1().toUtf8());
        const ImportResult r = import.importFile(moved, Ingest::Format::Auto, WhenAlreadyImported::UpdateExisting);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->articleId, first->articleId);
        QVERIFY(r->unchanged);
        QCOMPARE(m_library->articles().size(), 1);
    }

    void updateNeverLeavesTheAnnotatedOriginalBehind()
    {
        const QString path = write(u"porto.txt"_s, version1().toUtf8());
        LibraryImport import(m_library.get());
        const ImportResult original = import.importFile(path);
        QVERIFY(original.ok());
        const QString note = annotate(original->articleId, u"banchine costruite nel secolo scorso"_s, u"vero"_s);
        QVERIFY(!note.isEmpty());
        // A bare duplicate made later from the same file: the newest, but without annotations.
        const ImportResult duplicate = import.importFile(path, Ingest::Format::Auto, WhenAlreadyImported::ImportAsNew);
        QVERIFY(duplicate.ok());
        QVERIFY(duplicate->articleId != original->articleId);

        write(u"porto.txt"_s, version2().toUtf8());
        const ImportResult r = import.importFile(path, Ingest::Format::Auto, WhenAlreadyImported::UpdateExisting);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->articleId, original->articleId);
        QVERIFY(r->updated && !r->unchanged);
        QVERIFY(m_library->currentRevision(original->articleId)->canonicalText().contains(u"otto anni"));
        QVERIFY(!m_library->currentRevision(duplicate->articleId)->canonicalText().contains(u"otto anni"));
        QCOMPARE(m_library->annotation(note)->anchor.status, Model::AnchorStatus::Exact);
    }

    void thePublishedDateOfTheSourceIsKept()
    {
        LibraryImport import(m_library.get());
        const ImportResult r = import.importBytes(
            "---\ntitle: Appunti\ndate: 2024-06-19\n---\n\nUn paragrafo di prova abbastanza lungo.\n",
            Ingest::Format::Markdown, u"appunti.md"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(m_library->article(r->articleId)->published, u"2024-06-19"_s);
    }

    void failuresLeaveTheLibraryUnchanged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("update");
        QTest::addRow("empty") << u"empty.txt"_s << QByteArray() << false;
        QTest::addRow("blank lines") << u"blank.txt"_s << QByteArray("\n \r\n\t\n") << false;
        static constexpr char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10"; // its first 20 bytes
        QTest::addRow("binary") << u"image.png"_s << QByteArray(png, sizeof(png) - 1) << false;
        QTest::addRow("too large") << u"huge.txt"_s << QByteArray(Ingest::Importers::MaxSourceBytes + 1, 'a') << false;
        QTest::addRow("missing") << u"missing.txt"_s << QByteArray() << false;
        QTest::addRow("folder") << u"folder"_s << QByteArray() << false;
        // An update of an annotated article from a source that became empty changes nothing either.
        QTest::addRow("update to empty") << u"porto.txt"_s << QByteArray() << true;
    }

    void failuresLeaveTheLibraryUnchanged()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, update);
        LibraryImport import(m_library.get());
        const QString porto = write(u"porto.txt"_s, version1().toUtf8());
        const ImportResult first = import.importFile(porto);
        QVERIFY(first.ok());
        QVERIFY(!annotate(first->articleId, u"banchine costruite"_s, u"nota"_s).isEmpty());

        QString path = m_dir->filePath(name);
        if (name == u"folder") {
            QVERIFY(QDir(m_dir->path()).mkdir(name));
        } else if (name != u"missing.txt") {
            path = write(name, bytes);
        }
        const QJsonObject before = state();
        const int commands = m_library->undoStack()->count();
        QSignalSpy added(m_library.get(), &Library::articleAdded);
        QSignalSpy changed(m_library.get(), &Library::articleChanged);
        const ImportResult r = import.importFile(path, Ingest::Format::Auto,
            update ? WhenAlreadyImported::UpdateExisting : WhenAlreadyImported::ImportAsNew);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(state(), before);
        QCOMPARE(m_library->undoStack()->count(), commands);
        QCOMPARE(added.size(), 0);
        QCOMPARE(changed.size(), 0);
    }

    void aReadOnlyLibraryRefusesWithAReason()
    {
        LibraryImport import(m_library.get());
        QVERIFY(import.importBytes(version1().toUtf8(), Ingest::Format::Text, u"a"_s).ok());
        const QString dir = m_library->directory();
        m_library->close();
        Store::OpenOptions options;
        options.readOnly = true;
        QVERIFY(!m_library->open(dir, options).failed());
        const QJsonObject before = state();
        const ImportResult r = import.importBytes(version2().toUtf8(), Ingest::Format::Text, u"b"_s);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(state(), before);
    }
};

QTEST_GUILESS_MAIN(TstLibraryImport)
#include "tst_libraryimport.moc"
