// SPDX-License-Identifier: GPL-3.0-or-later
// Whole articles in the window, offscreen on the sample library: the Delete key deletes the articles
// selected in the list after a question that says how many annotations go with them (one undo
// step; the reader moves off a deleted article); the properties dialog saves one undo step and
// says what it refuses; the Note pane's tags line and a note's #tag tag the annotation.
#include "annotations/annotationtags.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/articleactions.h"
#include "library/articlepropertiesdialog.h"
#include "library/librarylistmodel.h"
#include "library/librarypanel.h"
#include "library/undostack.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;
using namespace Glossa;

class TstArticleActions : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;

    QListView *list() const { return m_fx.window->libraryPanel()->view(); }
    QString idAt(int row) const { return list()->model()->index(row, 0).data(LibraryListModel::IdRole).toString(); }

private Q_SLOTS:
    void init() { m_fx.open(); }
    void cleanup() { m_fx.close(); }

    void theDeleteKeyDeletesTheSelectedArticlesAfterSayingWhatGoes()
    {
        const int before = list()->model()->rowCount();
        QVERIFY(before >= 2);
        const QString shown = m_fx.article;
        const QString first = idAt(0);
        const QString second = idAt(1);
        QCOMPARE(second, shown); // the fixture shows the second article
        QVERIFY(!m_fx.addHighlightAt(0, 12, u"yellow"_s).isEmpty());
        QVERIFY(!m_fx.addHighlightAt(20, 30, u"yellow"_s, u"una nota"_s).isEmpty());

        QString asked;
        m_fx.window->articleActions()->setConfirmation([&](const QString &text) {
            asked = text;
            return true;
        });
        list()->selectionModel()->select(
            list()->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        list()->selectionModel()->select(
            list()->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_fx.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_fx.window.get()));
        list()->setFocus();
        const int steps = m_fx.library->undoStack()->count();
        QTest::keyClick(list(), Qt::Key_Delete);
        QVERIFY2(asked.contains(u"2 article"), qPrintable(asked));
        QVERIFY2(asked.contains(u"2 annotation"), qPrintable(asked));
        QCOMPARE(m_fx.library->articles().size(), before - 2);
        QVERIFY(!m_fx.library->article(first) && !m_fx.library->article(second));
        QCOMPARE(m_fx.library->undoStack()->count(), steps + 1);
        // The reader left the deleted article for one that is still there.
        if (before > 2) {
            QTRY_COMPARE(m_fx.window->reader()->articleId(), idAt(0));
        }
        m_fx.library->undoStack()->undo();
        QCOMPARE(m_fx.library->articles().size(), before);
        QCOMPARE(m_fx.library->annotations(second).size(), 2);
    }

    void answeringNoDeletesNothing()
    {
        const int before = m_fx.library->articles().size();
        m_fx.window->articleActions()->setConfirmation([](const QString &) { return false; });
        QVERIFY(!m_fx.window->articleActions()->deleteArticles({m_fx.article}));
        QCOMPARE(m_fx.library->articles().size(), before);
        QCOMPARE(m_fx.library->undoStack()->count(), 0);
    }

    void thePropertiesDialogSavesOneStepAndSaysWhatItRefuses()
    {
        Ui::ArticlePropertiesDialog dialog(m_fx.library.get(), m_fx.article);
        QCOMPARE(dialog.field(u"title"_s)->text(), m_fx.library->article(m_fx.article)->title);
        dialog.field(u"published"_s)->setText(u"ieri"_s);
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.error().contains(u"ieri"), qPrintable(dialog.error()));
        QCOMPARE(m_fx.library->undoStack()->count(), 0);
        dialog.field(u"published"_s)->setText(u"2024-06-19"_s);
        dialog.field(u"tags"_s)->setText(u"corea, russia"_s);
        dialog.noteEdit()->setPlainText(u"Da rileggere per la tesi."_s);
        QVERIFY(dialog.save());
        const Model::Article stored = *m_fx.library->article(m_fx.article);
        QCOMPARE(stored.published, u"2024-06-19"_s);
        QCOMPARE(stored.tags, (QStringList {u"corea"_s, u"russia"_s}));
        QCOMPARE(stored.note, u"Da rileggere per la tesi."_s);
        QCOMPARE(m_fx.library->undoStack()->count(), 1);
        m_fx.library->undoStack()->undo();
        QCOMPARE(m_fx.library->article(m_fx.article)->published, QString());
    }

    void theTagsLineAndANotesHashTagTagTheAnnotation()
    {
        const QString id = m_fx.addHighlightAt(0, 12, u"yellow"_s, u"sulla #storia"_s);
        QVERIFY(!id.isEmpty());
        Ui::AnnotationTagsLine line(m_fx.library.get());
        line.setAnnotation(id);
        QCOMPARE(line.edit()->text(), u"storia"_s);
        line.edit()->setText(u"storia, fonti"_s);
        Q_EMIT line.edit()->editingFinished();
        QCOMPARE(m_fx.library->annotation(id)->tags, (QStringList {u"storia"_s, u"fonti"_s}));
        m_fx.library->undoStack()->undo();
        QCOMPARE(line.edit()->text(), u"storia"_s);
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstArticleActions)
#include "tst_articleactions.moc"
