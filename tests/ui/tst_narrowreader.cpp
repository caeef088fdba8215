// SPDX-License-Identifier: GPL-3.0-or-later
// A reader too narrow for text and margin side by side: the margin notes move into a list opened
// from a "Notes (N)" button, markers at the text's edge show where the notes are, the list works
// from the keyboard and opens a note in the editor; widening the reader brings the margin back.
#include "anchor/placement.h"
#include "helpers/pagescript.h"
#include "helpers/readerparts.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "library/library.h"
#include "reader/readerbridge.h"
#include "reader/readercontroller.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"
#include "web/readerprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Glossa;

class TstNarrowReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    std::unique_ptr<Test::ReaderParts> m_reader;
    QString m_article;
    Model::Revision m_revision;
    QStringList m_quotes; // in text order
    QStringList m_ids;

    QVariant evaluate(const QString &script) { return Test::evaluate(m_reader->view->page(), script); }

    QJsonObject state()
    {
        return QJsonDocument::fromJson(evaluate(QStringLiteral(R"JS(JSON.stringify((() => {
            const box = (el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; };
            const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
            const article = document.getElementById('article').getBoundingClientRect();
            const toggle = document.querySelector('.notelist-toggle');
            return {
                width: window.innerWidth,
                marginNotes: Array.from(document.querySelectorAll('#margin .note')).filter(visible).map(box),
                articleRight: article.right,
                toggle: toggle && visible(toggle) ? toggle.textContent : '',
                expanded: toggle ? toggle.getAttribute('aria-expanded') : '',
                listOpen: visible(document.getElementById('notelist')),
                entries: Array.from(document.querySelectorAll('.notelist-entry')).map((e) => ({
                    quote: e.querySelector('.notelist-quote').textContent,
                    note: e.querySelector('.notelist-note').textContent,
                    focused: e === document.activeElement })),
                markers: Array.from(document.querySelectorAll('.note-marker')).filter(visible).map(box),
            };
        })()))JS"))
                                           .toString()
                                           .toUtf8())
            .object();
    }

    void resizeView(int width)
    {
        m_reader->view->resize(width, 800);
        QTRY_COMPARE_WITH_TIMEOUT(state().value(u"width").toInt(), width, 10'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openNewLibrary(m_library, m_dir.path()));
        m_library.addSampleArticles();
        m_article = m_library.articles().at(1).id; // the Italian sample
        m_revision = *m_library.currentRevision(m_article);
        m_quotes = {QStringLiteral("Chi studia lo sa"), QStringLiteral("La matita non serve a decorare la pagina"),
            QStringLiteral("Sottolineare tutto"), QStringLiteral("Le note migliori non riassumono")};
        const QStringList notes {QStringLiteral("Prima nota"), QStringLiteral("Seconda nota"),
            QStringLiteral("Terza nota"), QStringLiteral("Quarta nota")};
        // Stored out of text order: the list follows the text.
        for (const int i : {2, 0, 3, 1}) {
            const qsizetype start = m_revision.canonicalText().indexOf(m_quotes[i]);
            QVERIFY(start >= 0);
            Model::Annotation a = Anchor::exactHighlight(m_revision, start, start + m_quotes[i].size());
            a.color = i % 2 ? QStringLiteral("agree") : QStringLiteral("question");
            a.note = notes[i];
            QVERIFY(m_library.addAnnotation(a));
        }
        m_reader = std::make_unique<Test::ReaderParts>(&m_library);
        m_reader->view->resize(1200, 800);
        m_reader->view->show();
        m_reader->editor->show();
        QSignalSpy painted(m_reader->view.get(), &Ui::ReaderView::articlePainted);
        m_reader->controller->setArticle(m_article);
        m_reader->view->showArticle(m_article);
        QVERIFY(painted.wait(60'000));
        QTRY_COMPARE(state().value(u"marginNotes").toArray().size(), 4);
    }

    void narrowMovesNotesIntoAList()
    {
        resizeView(1200);
        QTRY_COMPARE(state().value(u"marginNotes").toArray().size(), 4);
        QCOMPARE(state().value(u"toggle").toString(), QString()); // wide: no list button

        resizeView(500);
        QTRY_COMPARE(state().value(u"marginNotes").toArray().size(), 0);
        // The list is built when the page finds it became narrow (on resize).
        QTRY_COMPARE(state().value(u"entries").toArray().size(), 4);
        QJsonObject s = state();
        QCOMPARE(s.value(u"toggle").toString(), QStringLiteral("Notes (4)"));
        QVERIFY(!s.value(u"listOpen").toBool());
        // Every note is in the list, in text order, with its passage.
        const QJsonArray entries = s.value(u"entries").toArray();
        QCOMPARE(entries.size(), 4);
        const QStringList inTextOrder {QStringLiteral("Prima nota"), QStringLiteral("Seconda nota"),
            QStringLiteral("Terza nota"), QStringLiteral("Quarta nota")};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(entries[i].toObject().value(u"quote").toString(), m_quotes[i]);
            QCOMPARE(entries[i].toObject().value(u"note").toString().trimmed(), inTextOrder[i]);
        }
        // A marker at the text's right edge beside each passage, top to bottom.
        QTRY_COMPARE(state().value(u"markers").toArray().size(), 4);
        s = state();
        const QJsonArray markers = s.value(u"markers").toArray();
        double previousTop = -1e9;
        for (const QJsonValue &m : markers) {
            const QJsonArray box = m.toArray();
            QVERIFY(box[0].toDouble() >= s.value(u"articleRight").toDouble());
            QVERIFY(box[0].toDouble() + box[2].toDouble() <= 500);
            QVERIFY(box[1].toDouble() >= previousTop);
            previousTop = box[1].toDouble();
        }

        if (const QByteArray dir = qgetenv("GLOSSA_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(800); // the view's last frame catches up with the new width
            m_reader->view->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/narrow-closed.png"));
        }

        // Wide again: the margin is back and the list is gone.
        resizeView(1200);
        QTRY_COMPARE(state().value(u"marginNotes").toArray().size(), 4);
        s = state();
        QCOMPARE(s.value(u"toggle").toString(), QString());
        QCOMPARE(s.value(u"markers").toArray().size(), 0);
        for (const QJsonValue &n : s.value(u"marginNotes").toArray()) {
            QVERIFY(n.toArray()[0].toDouble() > s.value(u"articleRight").toDouble()); // beside the text
        }
    }

    void largeTypeMovesNotesIntoTheListToo()
    {
        // A window wide enough for text and margin at the default size is not at double the size:
        // the text column must not shrink to a word per line beside a margin of the same width.
        resizeView(1200);
        QTRY_COMPARE(state().value(u"marginNotes").toArray().size(), 4);
        m_reader->controller->setFontScale(2.2);
        QTRY_COMPARE(state().value(u"marginNotes").toArray().size(), 0);
        QTRY_COMPARE(state().value(u"toggle").toString(), QStringLiteral("Notes (4)"));
        const double em
            = evaluate(QStringLiteral("parseFloat(getComputedStyle(document.documentElement).fontSize)")).toDouble();
        const double column
            = evaluate(QStringLiteral("document.getElementById('article').getBoundingClientRect().width")).toDouble();
        QVERIFY2(column >= 18 * em, qPrintable(QStringLiteral("%1 px for %2 px type").arg(column).arg(em)));

        m_reader->controller->setFontScale(1.0);
        QTRY_COMPARE(state().value(u"marginNotes").toArray().size(), 4);
        QCOMPARE(state().value(u"toggle").toString(), QString());
    }

    void theListWorksFromTheKeyboard()
    {
        resizeView(500);
        QTRY_COMPARE(state().value(u"toggle").toString(), QStringLiteral("Notes (4)"));
        QWidget *input = m_reader->view->focusProxy() ? m_reader->view->focusProxy() : m_reader->view.get();
        input->setFocus();
        // The button is a real button: focus it and press Space, as a keyboard user would.
        evaluate(QStringLiteral("document.querySelector('.notelist-toggle').focus(); true"));
        QTest::keyClick(input, Qt::Key_Space);
        QTRY_VERIFY(state().value(u"listOpen").toBool());
        QJsonObject s = state();
        QCOMPARE(s.value(u"expanded").toString(), QStringLiteral("true"));
        QVERIFY(s.value(u"entries").toArray()[0].toObject().value(u"focused").toBool());

        // Tab moves through the entries, Enter opens the note in the editor.
        QTest::keyClick(input, Qt::Key_Tab);
        QTRY_VERIFY(state().value(u"entries").toArray()[1].toObject().value(u"focused").toBool());
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_COMPARE(m_reader->editor->annotationId(), m_reader->controller->focusedAnnotation());
        QTRY_COMPARE(m_library.annotation(m_reader->controller->focusedAnnotation())->selector.exact, m_quotes[1]);
        QCOMPARE(m_reader->editor->text(), QStringLiteral("Seconda nota"));

        if (const QByteArray dir = qgetenv("GLOSSA_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(200);
            m_reader->view->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/narrow-list.png"));
        }

        // Escape closes the list and gives the focus back to its button.
        input->setFocus();
        evaluate(QStringLiteral("document.querySelector('.notelist-entry').focus(); true"));
        QTest::keyClick(input, Qt::Key_Escape);
        QTRY_VERIFY(!state().value(u"listOpen").toBool());
        QCOMPARE(
            evaluate(QStringLiteral("document.activeElement.className")).toString(), QStringLiteral("notelist-toggle"));
        QCOMPARE(state().value(u"expanded").toString(), QStringLiteral("false"));
    }

    void cleanupTestCase() { m_reader.reset(); }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstNarrowReader)
#include "tst_narrowreader.moc"
