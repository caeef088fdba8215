// SPDX-License-Identifier: GPL-3.0-or-later
// What the page tells the application about the reading: an article opens again where the reader
// left it (a new one at the top, a position past a shortened text at its end); the pointer resting
// on a highlight brings a tooltip with the colour's meaning and the note; a window turning narrow
// or wide says whether the notes are in the margin or in the list.
#include "anchor/placement.h"
#include "helpers/pagescript.h"
#include "helpers/readerparts.h"
#include "helpers/storefixtures.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "library/library.h"
#include "preferences/settings.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "web/readerprofile.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Glossa;

class TstReaderPosition : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    std::unique_ptr<Test::ReaderParts> m_reader;
    Test::ArticleFixture m_long;
    Test::ArticleFixture m_short;
    QString m_noted; // a highlight with a long note
    QString m_changed; // a fuzzily re-anchored highlight inside it

    QVariant evaluate(const QString &script) { return Test::evaluate(m_reader->view->page(), script); }

    bool open(const QString &articleId)
    {
        QSignalSpy painted(m_reader->view.get(), &Ui::ReaderView::articlePainted);
        m_reader->controller->setArticle(articleId);
        m_reader->view->showArticle(articleId);
        return QTest::qWaitFor([&] { return painted.size() > 0; }, 60'000);
    }

    double scrollY() { return evaluate(QStringLiteral("window.scrollY")).toDouble(); }
    qsizetype firstVisible() { return evaluate(QStringLiteral("GlossaReading.firstVisibleOffset()")).toLongLong(); }

    Model::Annotation annotation(
        qsizetype start, qsizetype end, const QString &color, const QString &note, Model::AnchorStatus status)
    {
        Model::Annotation a = Anchor::exactHighlight(m_long.revision, start, end);
        a.color = color;
        a.note = note;
        a.anchor = {start, end, status == Model::AnchorStatus::Exact ? 1.0 : 0.8, status};
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("readingPosition"));
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openNewLibrary(m_library, m_dir.path()));

        // A long reading (sixty distinct paragraphs) and a short one.
        m_long = Test::article(QStringLiteral("Una lunga lettura"));
        QList<Model::Block> blocks {
            Model::Block {.type = Model::BlockType::Heading, .level = 1, .text = QStringLiteral("Una lunga lettura")}};
        for (int i = 1; i <= 60; ++i) {
            blocks.append(Model::Block {.text = QStringLiteral("Paragrafo %1. ").arg(i)
                    + QStringLiteral("Chi legge con attenzione torna sulle frasi che contano e le segna. ")
                        .repeated(4)});
        }
        const QString revisionId = m_long.revision.id;
        m_long.revision = Model::Revision::fromBlocks(blocks);
        m_long.revision.id = revisionId;
        m_long.revision.articleId = m_long.article.id;
        m_long.revision.rawSource = QStringLiteral("Una lunga lettura");
        m_long.revision.sourceFormat = QStringLiteral("markdown");
        QVERIFY(m_library.addArticle(m_long.article, m_long.revision));
        m_short = Test::article(QStringLiteral("Una breve lettura"));
        QVERIFY(m_library.addArticle(m_short.article, m_short.revision));

        const QString &text = m_long.revision.canonicalText();
        const qsizetype start = text.indexOf(QStringLiteral("Paragrafo 2."));
        QVERIFY(start > 0);
        m_noted = m_library
                      .addAnnotation(annotation(start, start + 60, QStringLiteral("agree"),
                          QStringLiteral(
                              "Prima riga della **nota**\n\n- Seconda riga\n- Terza riga, che è davvero molto lunga e "
                              "continua ben oltre quello che un suggerimento può mostrare in una riga\n- Quarta riga"),
                          Model::AnchorStatus::Exact))
                      .valueOr({});
        m_changed = m_library
                        .addAnnotation(annotation(
                            start + 14, start + 30, QStringLiteral("question"), {}, Model::AnchorStatus::Fuzzy))
                        .valueOr({});
        QVERIFY(!m_noted.isEmpty() && !m_changed.isEmpty());

        m_reader = std::make_unique<Test::ReaderParts>(&m_library);
        m_reader->view->resize(1100, 600);
        m_reader->view->show();
    }

    void cleanupTestCase() { QSettings().remove(QStringLiteral("readingPosition")); }

    void anArticleOpensWhereTheReaderLeftIt()
    {
        QVERIFY(open(m_long.article.id));
        QCOMPARE(scrollY(), 0.0); // never opened: the top
        evaluate(QStringLiteral("window.scrollTo(0, 3000); true"));
        QTRY_VERIFY_WITH_TIMEOUT(Ui::Settings::readingPosition(m_long.article.id) > 0, 10'000);
        const qsizetype stored = Ui::Settings::readingPosition(m_long.article.id);
        QCOMPARE(stored, firstVisible());
        const qsizetype block = m_long.revision.blockIndexAt(stored);
        QVERIFY(block > 5); // well into the text

        // Another article (new to this reader) starts at its top.
        QVERIFY(open(m_short.article.id));
        QCOMPARE(scrollY(), 0.0);

        // Back: the same text is at the top again.
        QVERIFY(open(m_long.article.id));
        QTRY_VERIFY_WITH_TIMEOUT(scrollY() > 1000, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_long.revision.blockIndexAt(firstVisible()), block, 10'000);
        QVERIFY(qAbs(firstVisible() - stored) < 200); // within a line or two of where it was
    }

    void aPositionPastTheTextGoesToItsEnd()
    {
        // The article was re-imported shorter since: its end, not an error or the top.
        Ui::Settings::setReadingPosition(m_long.article.id, 10'000'000);
        QVERIFY(open(m_short.article.id));
        QVERIFY(open(m_long.article.id));
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(QStringLiteral("window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2"))
                .toBool(),
            10'000);
        QVERIFY(scrollY() > 1000);
    }

    void hoverTextSaysWhatTheHighlightMeans()
    {
        QVERIFY(open(m_long.article.id));
        const QString text = m_reader->controller->hoverText({m_changed, m_noted});
        const Model::Palette &palette = m_reader->controller->palette();
        const QString question = palette.displayLabel(*palette.color(QStringLiteral("question")));
        const QString agree = palette.displayLabel(*palette.color(QStringLiteral("agree")));
        const QStringList parts = text.split(QStringLiteral("\n\n"));
        QCOMPARE(parts.size(), 2);
        // Innermost first; a fuzzy anchor says its text changed.
        QCOMPARE(parts[0], QStringLiteral("%1 (text changed)").arg(question));
        const QStringList lines = parts[1].split(u'\n');
        QCOMPARE(lines.size(), 4); // the meaning and the note's first three lines, as words, not Markdown
        QCOMPARE(lines[0], agree);
        QCOMPARE(lines[1], QStringLiteral("Prima riga della nota"));
        QCOMPARE(lines[2], QStringLiteral("\u2022 Seconda riga"));
        QVERIFY(lines[3].startsWith(QStringLiteral("\u2022 Terza riga")));
        QVERIFY(lines[3].endsWith(QChar(0x2026))); // elided, and there is more
        QVERIFY(lines[3].size() <= 80);
        QVERIFY(!text.contains(QStringLiteral("Quarta")));
        QCOMPARE(m_reader->controller->hoverText({QStringLiteral("no-such-annotation")}), QString());
    }

    void thePointerRestingOnAHighlightIsReported()
    {
        Ui::Settings::setReadingPosition(m_long.article.id, 0); // the highlights are at the top
        QVERIFY(open(m_long.article.id));
        QSignalSpy hovered(m_reader->controller.get(), &Ui::ReaderController::annotationHovered);
        QTRY_VERIFY(evaluate(QStringLiteral("GlossaHighlights.rangeOf('%1') !== null").arg(m_changed)).toBool());
        // A late position report from the page this one replaced may have scrolled it: bring the
        // highlight into view, where a pointer can rest on it.
        evaluate(QStringLiteral("GlossaHighlights.rangeOf('%1').startContainer.parentElement"
                                ".scrollIntoView({block: 'center'}); true")
                .arg(m_changed));
        QTest::qWait(100);
        // Where the fuzzy highlight (inside the noted one) is on screen.
        const QVariantList point = evaluate(QStringLiteral(R"JS((() => {
            const r = GlossaHighlights.rangeOf('%1').getClientRects()[0];
            return [r.left + r.width / 2, r.top + r.height / 2];
        })())JS")
                                                .arg(m_changed))
                                       .toList();
        QCOMPARE(point.size(), 2);
        const QString move = QStringLiteral(
            "document.dispatchEvent(new MouseEvent('mousemove', {clientX: %1, clientY: %2, bubbles: true})); true");
        evaluate(move.arg(point[0].toDouble()).arg(point[1].toDouble()));
        QTRY_VERIFY(hovered.size() >= 1);
        QCOMPARE(hovered.last().at(0).toString(), m_changed); // the innermost

        // Away from every highlight: the tooltip goes.
        evaluate(move.arg(5).arg(5));
        QTRY_VERIFY(hovered.size() >= 2);
        QCOMPARE(hovered.last().at(0).toString(), QString());

        // Never while text is being selected.
        evaluate(QStringLiteral("window.getSelection().selectAllChildren(document.getElementById('article')); true"));
        const qsizetype before = hovered.size();
        evaluate(move.arg(point[0].toDouble()).arg(point[1].toDouble()));
        QTest::qWait(600);
        QCOMPARE(hovered.size(), before);
        evaluate(QStringLiteral("window.getSelection().removeAllRanges(); true"));
    }

    void narrowAndWideSayWhereTheNotesAre()
    {
        QVERIFY(open(m_long.article.id));
        QSignalSpy layout(m_reader->controller.get(), &Ui::ReaderController::notesLayoutChanged);
        QVERIFY(m_reader->controller->notesInMargin());
        m_reader->view->resize(500, 600);
        QTRY_VERIFY_WITH_TIMEOUT(layout.size() >= 1, 10'000);
        QCOMPARE(layout.last().at(0).toBool(), false);
        QVERIFY(!m_reader->controller->notesInMargin());
        // The page's list opens on request.
        m_reader->controller->openNotesList();
        QTRY_VERIFY(evaluate(QStringLiteral("GlossaNoteList.isOpen()")).toBool());

        m_reader->view->resize(1100, 600);
        QTRY_VERIFY_WITH_TIMEOUT(layout.size() >= 2, 10'000);
        QCOMPARE(layout.last().at(0).toBool(), true);
        QVERIFY(m_reader->controller->notesInMargin());
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstReaderPosition)
#include "tst_readerposition.moc"
