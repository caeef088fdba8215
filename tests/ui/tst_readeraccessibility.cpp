// SPDX-License-Identifier: GPL-3.0-or-later
// The reader from the keyboard and through a screen reader: every control has a name, Tab and
// Shift+Tab walk the highlights in text order with a lasting focus ring, the live region says which
// highlight has the focus, Enter opens its note, Escape lets go, Ctrl+Tab leaves the article.
#include "annotations/annotationspane.h"
#include "annotations/noteeditor.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/library.h"
#include "mainwindow.h"
#include "reader/readerbridge.h"
#include "reader/readercontroller.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"
#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTextEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Glossa;

class TstReaderAccessibility : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;

    QVariant evaluate(const QString &script) { return m_fx.evaluate(script); }

    QString addHighlight(const QString &quote, const QString &color, const QString &note = {})
    {
        return m_fx.addHighlight(quote, color, note);
    }

    QWidget *readerInput() const { return m_fx.readerInput(); }

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    }

    QString ringText() { return evaluate(QStringLiteral("ringText()")).toString(); }
    QString liveText()
    {
        return evaluate(QStringLiteral("(document.getElementById('glossa-live') || {}).textContent || ''")).toString();
    }

    // The focus ring as the page paints it: the DOM text under the 'g-focus' highlight.
    void defineRingText()
    {
        evaluate(QStringLiteral("window.ringText = () => Array.from(CSS.highlights.get('g-focus') || [])"
                                ".map(r => r.toString()).join('|'); true"));
    }

    // Controls a keyboard user can reach that say nothing about themselves.
    static QStringList unnamedControls(const QWidget *root)
    {
        QStringList unnamed;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
            if (!control || w->focusPolicy() == Qt::NoFocus) {
                continue;
            }
            const auto *button = qobject_cast<QAbstractButton *>(w);
            if (w->accessibleName().isEmpty() && (!button || button->text().isEmpty())) {
                unnamed << QStringLiteral("%1 \"%2\" in %3")
                               .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                   w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                                     : QString());
            }
        }
        return unnamed;
    }

private Q_SLOTS:
    void init()
    {
        m_fx.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        defineRingText();
    }

    void cleanup() { m_fx.close(); }

    void everyControlHasAName()
    {
        // The selection toolbar and the orphans are hidden now, but still walked: they show later.
        QVERIFY(!addHighlight(QStringLiteral("Chi studia lo sa"), QStringLiteral("agree")).isEmpty());
        const QStringList unnamed = unnamedControls(m_fx.window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        for (QDockWidget *dock : m_fx.window->findChildren<QDockWidget *>()) {
            QVERIFY2(!dock->accessibleName().isEmpty(), qPrintable(dock->objectName()));
        }

        Ui::ShortcutsDialog shortcuts(m_fx.window->menuBar(), m_fx.window.get());
        const QStringList unnamedInDialog = unnamedControls(&shortcuts);
        QVERIFY2(unnamedInDialog.isEmpty(), qPrintable(unnamedInDialog.join(u'\n')));
        // The help lists the reader's own keys and those of the menus.
        const QStringList listed = [&] {
            QStringList texts;
            auto *tree = shortcuts.findChild<QTreeWidget *>();
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                texts << (*it)->text(0) + u'=' + (*it)->text(1);
            }
            return texts;
        }();
        QVERIFY2(listed.contains(QStringLiteral("Next highlight=Tab, J")), qPrintable(listed.join(u'\n')));
        QVERIFY2(listed.contains(QStringLiteral("Next Pane=Ctrl+Tab, F6")), qPrintable(listed.join(u'\n')));
        QVERIFY2(listed.contains(QStringLiteral("Edit Note=N")), qPrintable(listed.join(u'\n')));
        if (const QByteArray dir = qgetenv("GLOSSA_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            shortcuts.show();
            QTest::qWait(100);
            shortcuts.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/keyboard-shortcuts.png"));
        }
    }

    void longNotesOpenWithMoreByPointerAndKeyboard()
    {
        // A long note is collapsed with "more"; "more" expands it (and "less" collapses it) by
        // click, Enter or Space, without opening the note in the editor as clicking the note does.
        QStringList lines;
        for (int i = 1; i <= 12; ++i) {
            lines << QStringLiteral("Riga %1 di una nota lunga, da leggere per intero.").arg(i);
        }
        const QString id = addHighlight(
            QStringLiteral("Chi studia lo sa"), QStringLiteral("agree"), lines.join(QStringLiteral("\n\n")));
        QVERIFY(!id.isEmpty());
        const QString note = QStringLiteral("document.querySelector('#margin .note[data-id=\"%1\"]')").arg(id);
        QTRY_VERIFY(evaluate(note + QStringLiteral(".classList.contains('long')")).toBool());
        const QString state = note + QStringLiteral(".classList.contains('expanded') + ':' + ") + note
            + QStringLiteral(".querySelector('.note-more').textContent");
        QCOMPARE(evaluate(state).toString(), QStringLiteral("false:more"));
        QSignalSpy opened(m_fx.window->reader()->readerPage()->bridge(), &Ui::ReaderBridge::noteClicked);

        evaluate(note + QStringLiteral(".querySelector('.note-more').click(); true"));
        QTRY_COMPARE(evaluate(state).toString(), QStringLiteral("true:less"));
        const double expanded = evaluate(note + QStringLiteral(".offsetHeight")).toDouble();

        readerInput()->setFocus();
        evaluate(note + QStringLiteral(".querySelector('.note-more').focus(); true"));
        QTRY_COMPARE(
            evaluate(QStringLiteral("document.activeElement.className")).toString(), QStringLiteral("note-more"));
        press(Qt::Key_Return);
        QTRY_COMPARE(evaluate(state).toString(), QStringLiteral("false:more"));
        QVERIFY(evaluate(note + QStringLiteral(".offsetHeight")).toDouble() < expanded);
        press(Qt::Key_Space);
        QTRY_COMPARE(evaluate(state).toString(), QStringLiteral("true:less"));
        QTest::qWait(200); // a note opened by mistake would have been reported by now
        QCOMPARE(opened.size(), 0);

        // Enter on the note itself still opens it.
        evaluate(note + QStringLiteral(".focus(); true"));
        press(Qt::Key_Return);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), id);
    }

    void tabWalksHighlightsInTextOrder()
    {
        // Created out of text order: Tab follows the text, not the order of creation.
        const QString third
            = addHighlight(QStringLiteral("Le note migliori non riassumono"), QStringLiteral("question"));
        const QString first = addHighlight(
            QStringLiteral("Chi studia lo sa"), QStringLiteral("agree"), QStringLiteral("Vale per ogni *fonte*."));
        const QString second = addHighlight(QStringLiteral("Sottolineare tutto"), QStringLiteral("disagree"));
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
        // Changes reach the page in one batch after the event loop runs: wait until all three are painted.
        QTRY_COMPARE(evaluate(QStringLiteral("GlossaHighlights.list().filter(a => a.range).length")).toInt(), 3);
        Ui::ReaderController *c = m_fx.window->controller();
        c->clearFocus(); // adding highlights through the library focuses none
        readerInput()->setFocus();
        QTRY_VERIFY(m_fx.window->reader()->isAncestorOf(QApplication::focusWidget())
            || QApplication::focusWidget() == m_fx.window->reader());

        press(Qt::Key_Tab);
        QTRY_COMPARE(c->focusedAnnotation(), first);
        QTRY_COMPARE(ringText(), QStringLiteral("Chi studia lo sa"));
        QTRY_COMPARE(liveText(), QStringLiteral("Highlight 1 of 3, Agree: “Chi studia lo sa”, has a note"));
        // The ring stays: it is not a flash.
        QTest::qWait(1200);
        QCOMPARE(ringText(), QStringLiteral("Chi studia lo sa"));

        press(Qt::Key_Tab);
        QTRY_COMPARE(c->focusedAnnotation(), second);
        QTRY_COMPARE(ringText(), QStringLiteral("Sottolineare tutto"));
        QTRY_COMPARE(liveText(), QStringLiteral("Highlight 2 of 3, Disagree: “Sottolineare tutto”"));
        press(Qt::Key_Tab);
        QTRY_COMPARE(ringText(), QStringLiteral("Le note migliori non riassumono"));
        QCOMPARE(c->focusedAnnotation(), third);
        // Past the last highlight Tab goes on to the margin notes (and then out of the page), so the
        // notes stay in reach and the article is no keyboard trap; the ring stays where it was.
        press(Qt::Key_Tab);
        QTRY_COMPARE(evaluate(QStringLiteral("document.activeElement.className")).toString(), QStringLiteral("note"));
        QCOMPARE(c->focusedAnnotation(), third);
        QCOMPARE(ringText(), QStringLiteral("Le note migliori non riassumono"));
        evaluate(QStringLiteral("document.activeElement.blur(); true"));
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(ringText(), QStringLiteral("Sottolineare tutto"));
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(ringText(), QStringLiteral("Chi studia lo sa"));
        // Tab kept the focus in the article all along.
        QVERIFY(m_fx.window->reader()->isAncestorOf(QApplication::focusWidget()));

        // Repainting the annotations (a note edited elsewhere) keeps the ring where it was.
        QVERIFY(m_fx.library->setAnnotationNote(second, QStringLiteral("rivedere")));
        QTest::qWait(300);
        QTRY_COMPARE(ringText(), QStringLiteral("Chi studia lo sa"));

        // Escape lets go of the highlight: no ring, nothing for Delete to remove.
        press(Qt::Key_Escape);
        QTRY_COMPARE(c->focusedAnnotation(), QString());
        QTRY_COMPARE(ringText(), QString());
        press(Qt::Key_Delete);
        QCOMPARE(m_fx.library->annotations(m_fx.article).size(), 3);

        // Enter on the focused highlight opens its note in the editor.
        press(Qt::Key_Tab);
        QTRY_COMPARE(c->focusedAnnotation(), first);
        QTRY_COMPARE(ringText(), QStringLiteral("Chi studia lo sa"));
        press(Qt::Key_Return);
        auto *text = m_fx.window->noteEditor()->findChild<QPlainTextEdit *>();
        QTRY_VERIFY(text->hasFocus());
        QCOMPARE(text->toPlainText(), QStringLiteral("Vale per ogni *fonte*."));

        if (const QByteArray dir = qgetenv("GLOSSA_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            readerInput()->setFocus();
            press(Qt::Key_Tab);
            QTRY_COMPARE(ringText(), QStringLiteral("Sottolineare tutto"));
            QTest::qWait(1200); // past the flash: only the ring is left
            m_fx.window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/focus-ring.png"));
        }
    }

    void pageLandmarksAndNoteLabels()
    {
        const QString id
            = addHighlight(QStringLiteral("Chi studia lo sa"), QStringLiteral("agree"), QStringLiteral("Una nota."));
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(
            evaluate(QStringLiteral("document.querySelector('#margin .note')?.getAttribute('aria-label')")).toString(),
            QStringLiteral("Note on “Chi studia lo sa”"));
        QCOMPARE(
            evaluate(QStringLiteral("document.querySelector('aside#margin').getAttribute('aria-label')")).toString(),
            QStringLiteral("Notes"));
        QCOMPARE(evaluate(QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("it"));
        QVERIFY(evaluate(QStringLiteral("document.querySelectorAll('#article h1, #article h2').length")).toInt() >= 3);
        QCOMPARE(
            evaluate(QStringLiteral("document.getElementById('glossa-live').getAttribute('aria-live')")).toString(),
            QStringLiteral("polite"));
    }

    void ctrlTabLeavesTheArticle()
    {
        QVERIFY(!addHighlight(QStringLiteral("Chi studia lo sa"), QStringLiteral("agree")).isEmpty());
        readerInput()->setFocus();
        QTRY_VERIFY(m_fx.window->reader()->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Tab, Qt::ControlModifier);
        // The next pane is the annotations pane.
        QTRY_VERIFY(m_fx.window->annotationsPane()->isAncestorOf(QApplication::focusWidget()));

        readerInput()->setFocus();
        QTRY_VERIFY(m_fx.window->reader()->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        // The previous pane is the library list.
        QTRY_VERIFY(qobject_cast<QListView *>(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Library"));
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstReaderAccessibility)
#include "tst_readeraccessibility.moc"
