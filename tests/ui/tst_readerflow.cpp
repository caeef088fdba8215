// SPDX-License-Identifier: GPL-3.0-or-later
// The reader as a student uses it: select a passage, press 2, write a note, undo, delete, move
// between highlights with J/K, all stored in the library and shown in the annotations pane.
#include "annotations/annotationspane.h"
#include "annotations/noteeditor.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/annotationlistmodel.h"
#include "library/library.h"
#include "library/undostack.h"
#include "mainwindow.h"
#include "reader/readerbridge.h"
#include "reader/readercontroller.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"

#include <QClipboard>
#include <QPlainTextEdit>

using namespace Glossa;

class TstReaderFlow : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;

    QVariant evaluate(const QString &script) { return m_fx.evaluate(script); }

    // Selects a quote in the page the way a mouse would leave it: a DOM selection.
    void select(const QString &quote) { m_fx.select(quote); }

    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = m_fx.readerInput();
        target->setFocus();
        QTest::keyClick(target, Qt::Key(k), modifiers);
    }

private Q_SLOTS:
    void init() { m_fx.open(); }

    void cleanup() { m_fx.close(); }

    void selectAndPressTwoHighlightsInGreen()
    {
        const QString quote = QStringLiteral("il verde per ciò che ci convince");
        select(quote);
        key(Qt::Key_2);
        QTRY_COMPARE(m_fx.library->annotations(m_fx.article).size(), 1);
        const Model::Annotation a = m_fx.library->annotations(m_fx.article).first();
        QCOMPARE(a.color, QStringLiteral("agree"));
        QCOMPARE(a.selector.exact, quote);
        QCOMPARE(m_fx.revision.canonicalText().mid(a.anchor.start, a.anchor.end - a.anchor.start), quote);
        QVERIFY(a.selector.prefix.size() == 32 && a.selector.suffix.size() == 32);
        QCOMPARE(a.anchor.status, Model::AnchorStatus::Exact);
        // The page paints it, the pane lists it, the editor shows it.
        QTRY_VERIFY(evaluate(QStringLiteral("CSS.highlights.has('g-agree-fill')")).toBool());
        QCOMPARE(m_fx.window->annotationsPane()->model()->rowCount(), 1);
        QCOMPARE(m_fx.window->noteEditor()->annotationId(), a.id);

        // Ctrl+Z removes it, Ctrl+Shift+Z (or the platform's own redo key) brings the same annotation back.
        key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(m_fx.library->annotations(m_fx.article).size(), 0);
        QTRY_VERIFY(!evaluate(QStringLiteral("CSS.highlights.has('g-agree-fill')")).toBool());
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_fx.library->annotations(m_fx.article).size(), 1);
        QCOMPARE(m_fx.library->annotations(m_fx.article).first().id, a.id);
    }

    void noteFromTheKeyboardIsSavedAndShownInTheMargin()
    {
        select(QStringLiteral("Le note migliori non riassumono: confrontano."));
        key(Qt::Key_N);
        QTRY_COMPARE(m_fx.library->annotations(m_fx.article).size(), 1);
        const QString id = m_fx.library->annotations(m_fx.article).first().id;
        auto *text = m_fx.window->noteEditor()->findChild<QPlainTextEdit *>();
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClicks(text, QStringLiteral("Vale anche per le *fonti* russe."));
        m_fx.window->noteEditor()->flush();
        QCOMPARE(m_fx.library->annotation(id)->note, QStringLiteral("Vale anche per le *fonti* russe."));
        QTRY_COMPARE(evaluate(QStringLiteral("(document.querySelector('.note em') || {}).textContent")).toString(),
            QStringLiteral("fonti"));
        // One undo step takes the whole burst of typing back.
        m_fx.library->undoStack()->undo();
        QCOMPARE(m_fx.library->annotation(id)->note, QString());
        QTRY_COMPARE(m_fx.window->noteEditor()->text(), QString());
    }

    void recolourDeleteAndMoveBetweenHighlights()
    {
        select(QStringLiteral("Chi studia lo sa"));
        key(Qt::Key_1);
        select(QStringLiteral("Sottolineare tutto"));
        key(Qt::Key_3);
        QTRY_COMPARE(m_fx.library->annotations(m_fx.article).size(), 2);
        Ui::ReaderController *c = m_fx.window->controller();
        key(Qt::Key_J); // from the last one created, J wraps to the first in text order
        QTRY_COMPARE(
            m_fx.library->annotation(c->focusedAnnotation())->selector.exact, QStringLiteral("Chi studia lo sa"));
        key(Qt::Key_J);
        QTRY_COMPARE(
            m_fx.library->annotation(c->focusedAnnotation())->selector.exact, QStringLiteral("Sottolineare tutto"));
        key(Qt::Key_5); // no selection: recolours the focused highlight
        QTRY_COMPARE(m_fx.library->annotation(c->focusedAnnotation())->color, QStringLiteral("question"));
        key(Qt::Key_Delete);
        QTRY_COMPARE(m_fx.library->annotations(m_fx.article).size(), 1);
        QCOMPARE(m_fx.library->annotations(m_fx.article).first().selector.exact, QStringLiteral("Chi studia lo sa"));
    }

    void textSizeChangesAndNotesFollow()
    {
        select(QStringLiteral("Chi studia lo sa"));
        key(Qt::Key_N);
        QTRY_COMPARE(m_fx.library->annotations(m_fx.article).size(), 1);
        QVERIFY(m_fx.library->setAnnotationNote(
            m_fx.library->annotations(m_fx.article).first().id, QStringLiteral("nota")));
        const QString fontSize = QStringLiteral("parseFloat(getComputedStyle(document.documentElement).fontSize)");
        const QString offset = QStringLiteral(
            "(() => { const n = document.querySelector('.note'); const r = GlossaHighlights.rangeOf(n.dataset.id);"
            " return Math.abs(n.getBoundingClientRect().top - r.getClientRects()[0].top); })()");
        QTRY_VERIFY(evaluate(QStringLiteral("!!document.querySelector('.note')")).toBool());
        // Wide enough for the margin at one and a half times the type (narrower, the notes would
        // move into the list: tst_narrowreader). The side panel (search field, sort and tag boxes)
        // takes about 250 pixels.
        m_fx.window->resize(1900, 900);
        QTRY_VERIFY(evaluate(QStringLiteral("window.innerWidth")).toInt() > 1200);
        const double before = evaluate(fontSize).toDouble();
        m_fx.window->controller()->setFontScale(1.5);
        QTRY_VERIFY(qAbs(evaluate(fontSize).toDouble() - before * 1.5) < 0.5);
        // The layout is recomputed: the note is still level with its (now lower) highlight.
        QTRY_VERIFY(evaluate(offset).toDouble() <= 2);
        m_fx.window->controller()->setFontScale(100); // clamped to a sane size
        QCOMPARE(m_fx.window->controller()->fontScale(), 2.5);
        m_fx.window->controller()->setFontScale(1.0);
    }

    void typingDigitsInTheNoteEditorIsText()
    {
        select(QStringLiteral("Chi studia lo sa"));
        key(Qt::Key_2);
        QTRY_COMPARE(m_fx.library->annotations(m_fx.article).size(), 1);
        auto *text = m_fx.window->noteEditor()->findChild<QPlainTextEdit *>();
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("pagina 123"));
        m_fx.window->noteEditor()->flush();
        QCOMPARE(m_fx.library->annotations(m_fx.article).size(), 1); // no highlight was made by "1", "2", "3"
        QCOMPARE(m_fx.library->annotations(m_fx.article).first().note, QStringLiteral("pagina 123"));
        if (const QByteArray dir = qgetenv("GLOSSA_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            select(QStringLiteral("La matita non serve a decorare la pagina"));
            key(Qt::Key_4);
            QTest::qWait(800);
            m_fx.window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/reader-flow.png"));
        }
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstReaderFlow)
#include "tst_readerflow.moc"
