// SPDX-License-Identifier: GPL-3.0-or-later
// "Link to…" and its picker, offscreen on the sample library: from a selection (key L) a query typed
// finds the other article's passage, words selected in its preview become the link's other end, with
// the relation and note chosen, in one undo step; from a highlight to a whole article with the
// person's own words as relation; a link from a passage to the very same passage is refused with the
// library's sentence and nothing stored; an overlong relation keeps OK disabled with its reason; Down
// goes from the search field to the results; the last relation is offered next time; the action is
// disabled with neither a selection nor a focused highlight.
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/undostack.h"
#include "links/linkactions.h"
#include "links/linkpicker.h"
#include "links/linkpickermodel.h"
#include "links/linkrelation.h"
#include "store/linkrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Glossa;

namespace {
const QString kQuote = u"un testo letto una volta sola si dimentica in fretta"_s;
const QString kOtherTitle = u"Plain text is forever"_s;
const QString kOtherWords = u"can still be read decades later"_s;
} // namespace

class TstLinkPicker : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;

    Ui::LinkActions *actions() const { return m_fx.window->linkActions(); }
    QString otherArticle() const
    {
        for (const Model::Article &a : m_fx.library->articles()) {
            if (a.title == kOtherTitle) {
                return a.id;
            }
        }
        return {};
    }
    template<typename T> static T *child(Ui::LinkPicker *picker, const QString &name)
    {
        return picker->findChild<T *>(name);
    }
    static QPushButton *okButton(Ui::LinkPicker *picker)
    {
        return picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    // Opens the picker from the selection of kQuote with the L key.
    Ui::LinkPicker *openFromSelection()
    {
        m_fx.select(kQuote);
        [&] {
            QVERIFY(actions()->linkAction()->isEnabled());
            m_fx.readerInput()->setFocus(Qt::OtherFocusReason);
            QTRY_VERIFY(m_fx.readerInput()->hasFocus());
        }();
        QTest::keyClick(m_fx.readerInput(), Qt::Key_L);
        Ui::LinkPicker *picker = actions()->picker();
        [&] {
            QVERIFY(picker);
            QTRY_VERIFY(picker->isVisible());
        }();
        return picker;
    }

    // Types `query` and waits for results; the row of the first hit of `kind` on `articleId`.
    static int typeAndFind(
        Ui::LinkPicker *picker, const QString &query, const QString &articleId, Search::Hit::Kind kind)
    {
        auto *field = child<QLineEdit>(picker, u"search"_s);
        field->setFocus();
        QTest::keyClicks(field, query);
        if (!QTest::qWaitFor([&] { return picker->results()->rowCount() > 0; }, 5000)) {
            return -1;
        }
        for (int row = 0; row < picker->results()->rowCount(); ++row) {
            const Search::Hit &h = picker->results()->hit(row);
            if (h.articleId == articleId && h.kind == kind) {
                return row;
            }
        }
        return -1;
    }

    static void choose(Ui::LinkPicker *picker, int row)
    {
        auto *list = child<QListView>(picker, u"results"_s);
        list->setCurrentIndex(picker->results()->index(row));
    }

    static void selectInPreview(Ui::LinkPicker *picker, const QString &articleText, const QString &words)
    {
        auto *preview = child<QPlainTextEdit>(picker, u"preview"_s);
        const qsizetype start = articleText.indexOf(words);
        QVERIFY(start >= 0);
        QCOMPARE(preview->toPlainText().size(), articleText.size());
        QTextCursor cursor(preview->document());
        cursor.setPosition(int(start));
        cursor.setPosition(int(start + words.size()), QTextCursor::KeepAnchor);
        preview->setTextCursor(cursor);
    }

    QList<Store::StoredLink> links(const QString &articleId) const { return m_fx.library->links(articleId); }

private Q_SLOTS:
    void init()
    {
        m_fx.open();
        QVERIFY(!otherArticle().isEmpty());
    }
    void cleanup() { m_fx.close(); }

    void linksASelectionToAPassageInOneStep()
    {
        // "Link to…" is in the Annotate menu.
        bool inMenu = false;
        for (const QAction *menu : m_fx.window->menuBar()->actions()) {
            inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(actions()->linkAction()));
        }
        QVERIFY(inMenu);
        Ui::LinkPicker *picker = openFromSelection();
        QVERIFY(picker);
        QAbstractItemModelTester tester(picker->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString other = otherArticle();
        const int row = typeAndFind(picker, u"decades"_s, other, Search::Hit::Kind::Text);
        QVERIFY(row >= 0);
        // The matched word is bold in the list.
        QVERIFY(picker->results()
                ->index(row)
                .data(Ui::LinkPickerModel::RichTextRole)
                .toString()
                .contains(u"<b>decades</b>"_s));
        choose(picker, row);
        // The passage found is selected in the preview; then the person narrows it to a few words.
        auto *preview = child<QPlainTextEdit>(picker, u"preview"_s);
        QVERIFY(preview->textCursor().selectedText().contains(u"decades"_s));
        QVERIFY(okButton(picker)->isEnabled());
        const QString otherText = m_fx.library->currentRevision(other)->canonicalText();
        selectInPreview(picker, otherText, kOtherWords);
        auto *relation = child<QComboBox>(picker, u"relation"_s);
        relation->setCurrentIndex(relation->findData(u"contradicts"_s));
        QTest::keyClicks(child<QPlainTextEdit>(picker, u"note"_s), u"Pencil or file?"_s);
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            picker->grab().save(shots + u"/link-picker.png"_s);
        }

        const int steps = m_fx.library->undoStack()->count();
        QSignalSpy linked(picker, &Ui::LinkPicker::linked);
        QTest::mouseClick(okButton(picker), Qt::LeftButton);
        QCOMPARE(linked.size(), 1);
        QTRY_VERIFY(!actions()->picker());

        const auto stored = links(m_fx.article);
        QCOMPARE(stored.size(), 1);
        const Model::Link &link = stored[0].link;
        QCOMPARE(link.id, linked[0][0].toString());
        QCOMPARE(link.from.articleId, m_fx.article);
        QCOMPARE(link.from.quote, kQuote);
        QCOMPARE(link.to.articleId, other);
        QCOMPARE(link.to.quote, kOtherWords);
        QCOMPARE(link.relation, u"contradicts"_s);
        QCOMPARE(link.note, u"Pencil or file?"_s);
        // Both ends are passages marked in their articles, so they re-anchor on an update.
        const auto to = m_fx.library->annotation(link.to.annotationId);
        QVERIFY(to);
        QCOMPARE(to->kind, Model::AnnotationKind::LinkAnchor);
        QCOMPARE(otherText.mid(to->anchor.start, to->anchor.end - to->anchor.start), kOtherWords);
        QVERIFY(m_fx.library->annotation(link.from.annotationId));
        // The other article sees it as a backlink.
        QCOMPARE(links(other).size(), 1);

        // One undo step takes the link and both its passages away.
        QCOMPARE(m_fx.library->undoStack()->count(), steps + 1);
        m_fx.library->undoStack()->undo();
        QVERIFY(links(m_fx.article).isEmpty());
        QVERIFY(links(other).isEmpty());
        QVERIFY(!m_fx.library->annotation(link.to.annotationId));
        QVERIFY(!m_fx.library->annotation(link.from.annotationId));
    }

    void linksAHighlightToAWholeArticle()
    {
        const QString highlight = m_fx.addHighlight(kQuote, u"yellow"_s);
        QVERIFY(!highlight.isEmpty());
        m_fx.window->controller()->focusAnnotation(highlight, false);
        QTRY_VERIFY(actions()->linkAction()->isEnabled());
        // The highlight's menu offers it too.
        const std::unique_ptr<QMenu> menu(m_fx.window->controller()->annotationMenu(highlight, m_fx.window.get()));
        QVERIFY(menu && menu->actions().contains(actions()->linkAction()));

        Ui::LinkPicker *picker = actions()->linkTo();
        QVERIFY(picker);
        const QString other = otherArticle();
        const int row = typeAndFind(picker, u"plain text fore"_s, other, Search::Hit::Kind::Title);
        QVERIFY(row >= 0);
        choose(picker, row);
        QVERIFY(child<QCheckBox>(picker, u"wholeArticle"_s)->isChecked());
        child<QComboBox>(picker, u"relation"_s)->setEditText(u"  answers   the question "_s);
        QVERIFY(okButton(picker)->isEnabled());
        QTest::mouseClick(okButton(picker), Qt::LeftButton);

        const auto stored = links(m_fx.article);
        QCOMPARE(stored.size(), 1);
        const Model::Link &link = stored[0].link;
        QCOMPARE(link.from.annotationId, highlight);
        QCOMPARE(link.to.articleId, other);
        QVERIFY(link.to.annotationId.isEmpty());
        QCOMPARE(link.relation, u"answers the question"_s);
        QVERIFY(link.note.isEmpty());

        // The next picker offers the relation used last.
        Ui::LinkPicker *next = actions()->linkTo();
        QVERIFY(next);
        QCOMPARE(next->relation().valueOr({}), u"answers the question"_s);
        next->reject();
    }

    void theSamePassageIsRefused()
    {
        Ui::LinkPicker *picker = openFromSelection();
        QVERIFY(picker);
        const int row = typeAndFind(picker, u"dimentica"_s, m_fx.article, Search::Hit::Kind::Text);
        QVERIFY(row >= 0);
        choose(picker, row);
        selectInPreview(picker, m_fx.revision.canonicalText(), kQuote);
        const int steps = m_fx.library->undoStack()->count();
        QTest::mouseClick(okButton(picker), Qt::LeftButton);

        // Still open, saying why; nothing stored.
        QVERIFY(picker->isVisible());
        auto *error = child<QLabel>(picker, u"error"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"same"_s), qPrintable(error->text()));
        QVERIFY(links(m_fx.article).isEmpty());
        QCOMPARE(m_fx.library->undoStack()->count(), steps);
        for (const Model::Annotation &a : m_fx.library->annotations(m_fx.article)) {
            QVERIFY(a.kind != Model::AnnotationKind::LinkAnchor);
        }
        // Another passage of the same article may be linked.
        selectInPreview(picker, m_fx.revision.canonicalText(), u"un testo letto"_s);
        QTest::mouseClick(okButton(picker), Qt::LeftButton);
        QCOMPARE(links(m_fx.article).size(), 1);
    }

    void aBadRelationSaysWhy()
    {
        Ui::LinkPicker *picker = openFromSelection();
        QVERIFY(picker);
        const int row = typeAndFind(picker, u"decades"_s, otherArticle(), Search::Hit::Kind::Text);
        QVERIFY(row >= 0);
        choose(picker, row);
        QVERIFY(okButton(picker)->isEnabled());
        auto *relation = child<QComboBox>(picker, u"relation"_s);
        auto *error = child<QLabel>(picker, u"error"_s);
        relation->setEditText(QString(Links::LinkRelation::MaxLength + 1, u'x'));
        QVERIFY(!okButton(picker)->isEnabled());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), Links::LinkRelation::normalized(relation->currentText()).error().message);
        relation->setEditText(u"   "_s);
        QVERIFY(!okButton(picker)->isEnabled());
        relation->setEditText(u"same topic"_s);
        QVERIFY(okButton(picker)->isEnabled());
        QVERIFY(!error->isVisible());
        QCOMPARE(picker->relation().valueOr({}), u"same-topic"_s);
        // Escape cancels: nothing stored.
        QTest::keyClick(relation, Qt::Key_Escape);
        QTRY_VERIFY(!actions()->picker());
        QVERIFY(links(m_fx.article).isEmpty());
    }

    void downGoesFromTheFieldToTheResults()
    {
        Ui::LinkPicker *picker = openFromSelection();
        QVERIFY(picker);
        auto *field = child<QLineEdit>(picker, u"search"_s);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, u"decades"_s);
        QTest::keyClick(field, Qt::Key_Down);
        auto *list = child<QListView>(picker, u"results"_s);
        QVERIFY(picker->results()->rowCount() > 0);
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->currentIndex().row(), 0);
        QCOMPARE(child<QLabel>(picker, u"articleTitle"_s)->text(), kOtherTitle);
        picker->reject();
    }

    void disabledWithNothingToLinkFrom()
    {
        m_fx.window->controller()->clearFocus();
        QVERIFY(!m_fx.window->controller()->hasSelection());
        QTRY_VERIFY(!actions()->linkAction()->isEnabled());
        QVERIFY(!actions()->linkTo());
        // Once there is a selection, the selection toolbar has a Link button.
        m_fx.select(kQuote);
        QVERIFY(actions()->linkAction()->isEnabled());
        bool onToolbar = false;
        for (const QToolButton *b : m_fx.window->reader()->findChildren<QToolButton *>()) {
            onToolbar = onToolbar || b->defaultAction() == actions()->linkAction();
        }
        QVERIFY(onToolbar);
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstLinkPicker)
#include "tst_linkpicker.moc"
