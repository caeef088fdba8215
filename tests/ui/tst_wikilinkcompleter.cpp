// SPDX-License-Identifier: GPL-3.0-or-later
// Completing article titles after `[[` in the note editor and the comment editor, with the keyboard
// alone: typing `[[Tr` lists the titles that start with those letters first (then those that hold
// them), case and accents aside; Down moves, Enter (or Tab) inserts `Title]]`; Escape closes the list.
#include "annotations/noteeditor.h"
#include "helpers/testlibrary.h"
#include "library/library.h"
#include "links/wikilinkcompleter.h"
#include "thread/commenteditor.h"

#include <KSyntaxHighlighting/Repository>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Glossa;
using namespace Qt::StringLiterals;

class TstWikiLinkCompleter : public QObject
{
    Q_OBJECT

    const std::shared_ptr<const KSyntaxHighlighting::Repository> m_syntax
        = std::make_shared<const KSyntaxHighlighting::Repository>();
    QTemporaryDir m_dir;
    Library m_library;

    static QStringList shown(const QListWidget *popup)
    {
        QStringList out;
        for (int i = 0; i < popup->count(); ++i) {
            out << popup->item(i)->text();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Test::openNewLibrary(m_library, m_dir.filePath(u"library"_s)));
        for (const QString &title :
            {u"Treaty of Rome"_s, u"Trattato di Lisbona"_s, u"Città e trasporti"_s, u"Nizza"_s}) {
            Model::Article a;
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.title = title;
            a.created = a.updated = QDateTime::currentDateTimeUtc();
            Model::Block b;
            b.text = u"Some words about "_s + title;
            QVERIFY(m_library.addArticle(a, Model::Revision::fromBlocks({b})));
        }
    }

    void typingInTheNoteEditorCompletesTitles()
    {
        Ui::NoteEditor editor(m_syntax);
        editor.resize(500, 300);
        editor.show();
        editor.edit(u"a1"_s, u"a passage"_s, {});
        QPlainTextEdit *text = editor.textEdit();
        auto *completer = new Ui::WikiLinkCompleter(&m_library, text);
        text->setFocus();
        QTest::keyClicks(text, u"See [[Tr"_s);
        QTRY_VERIFY(completer->popup()->isVisible());
        // Starting with "tr" first, then holding it ("trasporti").
        QCOMPARE(shown(completer->popup()),
            (QStringList {u"Trattato di Lisbona"_s, u"Treaty of Rome"_s, u"Città e trasporti"_s}));
        QTest::keyClicks(text, u"e"_s);
        QCOMPARE(shown(completer->popup()), QStringList {u"Treaty of Rome"_s});
        QTest::keyClick(text, Qt::Key_Backspace);
        QCOMPARE(completer->popup()->count(), 3);
        QTest::keyClick(text, Qt::Key_Down);
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(text->toPlainText(), u"See [[Treaty of Rome]]"_s);
        QVERIFY(!completer->popup()->isVisible());
        QCOMPARE(text->textCursor().position(), text->toPlainText().size());

        // After the link, typing goes on as text; Enter is a new line again.
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(text->toPlainText(), u"See [[Treaty of Rome]]\n"_s);

        // Accents and case aside; Tab inserts too; Escape closes without inserting.
        QTest::keyClicks(text, u"[[CITTA"_s);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(shown(completer->popup()), QStringList {u"Città e trasporti"_s});
        QTest::keyClick(text, Qt::Key_Escape);
        QVERIFY(!completer->popup()->isVisible());
        QCOMPARE(text->toPlainText(), u"See [[Treaty of Rome]]\n[[CITTA"_s);
        QTest::keyClick(text, Qt::Key_Backspace);
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(text, Qt::Key_Tab);
        QCOMPARE(text->toPlainText(), u"See [[Treaty of Rome]]\n[[Città e trasporti]]"_s);

        // Nothing matches: no list.
        QTest::keyClicks(text, u" [[zzz"_s);
        QVERIFY(!completer->popup()->isVisible());
    }

    void theCommentEditorCompletesTheSameWay()
    {
        Ui::CommentEditor editor(m_syntax);
        editor.resize(500, 300);
        editor.show();
        QPlainTextEdit *text = editor.textEdit();
        editor.startNew();
        auto *completer = new Ui::WikiLinkCompleter(&m_library, text);
        text->setFocus();
        QTest::keyClicks(text, u"[[nizz"_s);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(shown(completer->popup()), QStringList {u"Nizza"_s});
        QTest::keyClick(text, Qt::Key_Enter);
        QCOMPARE(text->toPlainText(), u"[[Nizza]]"_s);
    }
};

QTEST_MAIN(TstWikiLinkCompleter)
#include "tst_wikilinkcompleter.moc"
