// SPDX-License-Identifier: GPL-3.0-or-later
// The note editor: Markdown highlighted, edits saved per burst, never lost when switching notes.
#include "annotations/noteeditor.h"

#include <KSyntaxHighlighting/Repository>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace Glossa;

class TstNoteEditor : public QObject
{
    Q_OBJECT

    // In the window the editor shares one syntax repository with the reader's code blocks.
    const std::shared_ptr<const KSyntaxHighlighting::Repository> m_syntax
        = std::make_shared<const KSyntaxHighlighting::Repository>();

private Q_SLOTS:
    void aBurstOfTypingIsOneEdit()
    {
        Ui::NoteEditor editor(m_syntax);
        editor.show();
        QVERIFY(!editor.hasNote());
        QVERIFY(editor.findChild<QPlainTextEdit *>()->isReadOnly());
        editor.edit(QStringLiteral("a1"), QStringLiteral("un trattato"), QStringLiteral("Prima"));
        QSignalSpy edited(&editor, &Ui::NoteEditor::noteEdited);
        auto *text = editor.findChild<QPlainTextEdit *>();
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral(" riga, *importante*"));
        QCOMPARE(edited.size(), 0); // still typing
        QTRY_COMPARE_WITH_TIMEOUT(edited.size(), 1, Ui::NoteEditor::BurstPauseMs * 5);
        QCOMPARE(edited.first().at(0).toString(), QStringLiteral("a1"));
        QCOMPARE(edited.first().at(1).toString(), QStringLiteral("Prima riga, *importante*"));
        QTest::qWait(Ui::NoteEditor::BurstPauseMs * 2);
        QCOMPARE(edited.size(), 1); // nothing new, nothing reported
    }

    void switchingNotesSavesThePendingEdit()
    {
        Ui::NoteEditor editor(m_syntax);
        editor.show();
        editor.edit(QStringLiteral("a1"), QStringLiteral("q1"), QString());
        QSignalSpy edited(&editor, &Ui::NoteEditor::noteEdited);
        QTest::keyClicks(editor.findChild<QPlainTextEdit *>(), QStringLiteral("non perdermi"));
        editor.edit(QStringLiteral("a2"), QStringLiteral("q2"), QStringLiteral("altra"));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().at(0).toString(), QStringLiteral("a1"));
        QCOMPARE(edited.first().at(1).toString(), QStringLiteral("non perdermi"));
        QCOMPARE(editor.text(), QStringLiteral("altra"));
        // Loading a note is not an edit.
        QTest::qWait(Ui::NoteEditor::BurstPauseMs * 2);
        QCOMPARE(edited.size(), 1);
    }

    void refreshDoesNotOverwriteTyping()
    {
        Ui::NoteEditor editor(m_syntax);
        editor.edit(QStringLiteral("a1"), QStringLiteral("q"), QStringLiteral("uno"));
        editor.refresh(QStringLiteral("a1"), QStringLiteral("due")); // e.g. undo elsewhere
        QCOMPARE(editor.text(), QStringLiteral("due"));
        QTest::keyClicks(editor.findChild<QPlainTextEdit *>(), QStringLiteral("!"));
        editor.refresh(QStringLiteral("a1"), QStringLiteral("tre"));
        QCOMPARE(editor.text(), QStringLiteral("due!"));
        editor.refresh(QStringLiteral("other"), QStringLiteral("x"));
        QCOMPARE(editor.text(), QStringLiteral("due!"));
    }

    void markdownIsHighlighted()
    {
        Ui::NoteEditor editor(m_syntax);
        editor.edit(QStringLiteral("a1"), QString(), QStringLiteral("# Titolo\n\nTesto **forte** e `codice`."));
        auto *text = editor.findChild<QPlainTextEdit *>();
        QTRY_VERIFY(!text->document()->firstBlock().layout()->formats().isEmpty());
        const QTextBlock body = text->document()->findBlockByNumber(2);
        QVERIFY(!body.layout()->formats().isEmpty()); // bold and code spans are formatted
    }

    void aNoteOpeningWithAKeyIsOrdinaryText()
    {
        // "Fonte: …" at the start of a note is the note's text, highlighted like the same lines
        // anywhere else, not a document's metadata block.
        const QString lines = QStringLiteral("Fonte: un articolo del **Post**\ncon una riga in più e `codice`");
        Ui::NoteEditor first(m_syntax);
        first.edit(QStringLiteral("a1"), QString(), lines);
        Ui::NoteEditor later(m_syntax);
        later.edit(QStringLiteral("a2"), QString(), QStringLiteral("Premessa.\n\n") + lines);
        QTextDocument *a = first.findChild<QPlainTextEdit *>()->document();
        QTextDocument *b = later.findChild<QPlainTextEdit *>()->document();
        QTRY_VERIFY(!b->findBlockByNumber(2).layout()->formats().isEmpty());
        for (int line = 0; line < 2; ++line) {
            QCOMPARE(
                a->findBlockByNumber(line).layout()->formats(), b->findBlockByNumber(line + 2).layout()->formats());
        }
    }
};

QTEST_MAIN(TstNoteEditor)
#include "tst_noteeditor.moc"
