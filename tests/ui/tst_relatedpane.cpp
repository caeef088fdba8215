// SPDX-License-Identifier: GPL-3.0-or-later
// The Related Passages pane in the window, on the sample library with seeds 000 and 003 added:
// selecting the opening paragraph of seed 000 lists seed 003's paragraph on Putin's trips to
// Pyongyang and Vietnam first among 003's passages, with its title, snippet and shared words (also
// for a screen reader); one click on Link stores a "same-topic" link from the selection to that
// passage, in one undo step, and the row then says it is linked; Enter opens the passage as a step
// Back undoes; without a passage the list is for the whole article; View › Related Passages has a
// shortcut no other action has.
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/libraryimport.h"
#include "library/undostack.h"
#include "links/linkrelation.h"
#include "links/linkstatus.h"
#include "links/relateddock.h"
#include "links/relatedpane.h"
#include "navigation/historynavigator.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QToolButton>

using namespace Glossa;
using namespace Qt::StringLiterals;

class TstRelatedPane : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fixture;
    QString m_seed000;
    QString m_seed003;

    Ui::RelatedPane *pane() const { return m_fixture.window->relatedDock()->pane(); }

    QString textOf(const Links::RelatedPassage &p) const
    {
        return m_fixture.library->currentRevision(p.articleId)->canonicalText().mid(p.start, p.end - p.start);
    }

    // Does `act` and waits until the reader has painted `articleId`.
    template<typename Act> bool shows(const QString &articleId, Act act)
    {
        QSignalSpy painted(m_fixture.window->reader(), &Ui::ReaderView::articlePainted);
        act();
        return QTest::qWaitFor(
            [&] { return !painted.isEmpty() && m_fixture.window->reader()->articleId() == articleId; }, 60'000);
    }

    // The opening paragraph of seed 000 (Moscow courting North Korea and Vietnam), and where it starts.
    std::pair<qsizetype, QString> opening() const
    {
        const QString t = m_fixture.library->currentRevision(m_seed000)->canonicalText();
        const qsizetype start = t.indexOf(u"Mosca cerca la sponda dei Paesi asiatici"_s);
        return {start, t.mid(start, t.indexOf(u'\n', start) - start)};
    }

    // Opens seed 000, selects its opening paragraph as a mouse would and shows the pane.
    void selectOpening()
    {
        QVERIFY(shows(m_seed000, [&] { m_fixture.window->navigator()->navigateTo(m_seed000); }));
        const auto [start, text] = opening();
        QVERIFY(start >= 0);
        QVERIFY(text.endsWith(u"a Pyongyang e dintorni."_s));
        m_fixture.window->relatedDock()->showAndFocus();
        m_fixture.evaluate(QStringLiteral("(() => { const r = GlossaText.range(%1, %2); const s = getSelection();"
                                          "s.removeAllRanges(); s.addRange(r); return true; })()")
                .arg(start)
                .arg(start + text.size()));
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.window->controller()->hasSelection(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane()->findChild<QLabel *>(u"relatedHeading"_s)->text() == Ui::RelatedPane::tr("Related to the selection")
                && !pane()->passages().isEmpty(),
            10'000);
    }

    // The row of the first of seed 003's passages.
    int first003Row() const
    {
        const QList<Links::RelatedPassage> &passages = pane()->passages();
        for (int row = 0; row < passages.size(); ++row) {
            if (passages.at(row).articleId == m_seed003) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        LibraryImport import(m_fixture.library.get());
        const ImportResult seed000
            = import.importFile(QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/000_2b8deaeb62eeb82e.txt"_s);
        const ImportResult seed003
            = import.importFile(QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/003_937af745a2f16abe.txt"_s);
        QVERIFY(seed000);
        QVERIFY(seed003);
        m_seed000 = seed000->articleId;
        m_seed003 = seed003->articleId;
    }

    void cleanup() { m_fixture.close(); }

    void theSelectionListsPutinsTripsFirstAmong003sPassages()
    {
        selectOpening();
        const int row = first003Row();
        QVERIFY(row >= 0);
        const Links::RelatedPassage p = pane()->passages().at(row);
        QVERIFY2(textOf(p).contains(u"il viaggio di Vladimir Putin a Pyongyang, così come la sua visita in Vietnam"_s),
            qPrintable(textOf(p).left(200)));
        QVERIFY(p.shared.contains(u"Vietnam"_s));
        QVERIFY(p.shared.contains(u"Pyongyang"_s));
        // What the row shows, and what a screen reader hears.
        QListWidget *list = pane()->list();
        QCOMPARE(list->count(), pane()->passages().size());
        QWidget *rowWidget = list->itemWidget(list->item(row));
        QVERIFY(rowWidget);
        QStringList texts;
        for (const QLabel *label : rowWidget->findChildren<QLabel *>()) {
            texts << label->text();
        }
        const QString shown = texts.join(u'\n');
        QVERIFY2(shown.contains(p.title.toHtmlEscaped()), qPrintable(shown));
        QVERIFY2(shown.contains(u"<b>Vietnam</b>"_s), qPrintable(shown)); // the shared words are marked
        QVERIFY(shown.contains(u"shares: "_s));
        QVERIFY(!shown.contains(u"already linked"_s));
        const QString spoken = list->item(row)->data(Qt::AccessibleTextRole).toString();
        QVERIFY(spoken.startsWith(p.title + u": "_s));
        QVERIFY(spoken.contains(u"Vietnam"_s));
        QVERIFY(!rowWidget->findChild<QToolButton *>(u"relatedLink"_s)->accessibleName().isEmpty());
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            QVERIFY(m_fixture.window->grab().save(shots + u"/related-pane.png"_s));
        }
    }

    void oneClickOnLinkStoresASameTopicLinkInOneUndoStep()
    {
        selectOpening();
        const int row = first003Row();
        QVERIFY(row >= 0);
        const Links::RelatedPassage p = pane()->passages().at(row);
        QListWidget *list = pane()->list();
        auto *link = list->itemWidget(list->item(row))->findChild<QToolButton *>(u"relatedLink"_s);
        QVERIFY(link);
        QVERIFY(link->isEnabled());
        QVERIFY(link->menu()); // the other relations
        QCOMPARE(link->menu()->actions().size(), Links::LinkRelation::named().size() + 2); // + separator, Other…
        const int steps = m_fixture.library->undoStack()->count();
        link->click();

        const auto links = Links::LinkReader::read(*m_fixture.library, m_seed000);
        QVERIFY(links);
        QCOMPARE(links->outgoing.size(), 1);
        const Links::LinkView &v = links->outgoing.first();
        QCOMPARE(v.link.relation, u"same-topic"_s);
        QCOMPARE(v.from.end.articleId, m_seed000);
        QCOMPARE(v.from.quote(), opening().second);
        QCOMPARE(v.to.end.articleId, m_seed003);
        QVERIFY(v.to.annotation);
        QCOMPARE(v.to.annotation->anchor.start, p.start);
        QCOMPARE(v.to.annotation->anchor.end, p.end);
        QCOMPARE(v.status, Links::LinkStatus::Ok);
        QCOMPARE(m_fixture.library->undoStack()->count(), steps + 1);
        // The row says so.
        QVERIFY(pane()->isLinked(row));
        const auto *facts = list->itemWidget(list->item(row))->findChild<QLabel *>(u"relatedFacts"_s);
        QVERIFY2(facts->text().contains(u"already linked"_s), qPrintable(facts->text()));

        m_fixture.library->undoStack()->undo();
        QCOMPARE(Links::LinkReader::read(*m_fixture.library, m_seed000)->outgoing.size(), 0);
        QVERIFY(!pane()->isLinked(row));
    }

    void enterOpensThePassageAsAStepBackUndoes()
    {
        selectOpening();
        const int row = first003Row();
        QVERIFY(row >= 0);
        QListWidget *list = pane()->list();
        list->setFocus();
        list->setCurrentRow(row);
        QVERIFY(shows(m_seed003, [&] { QTest::keyClick(list, Qt::Key_Return); }));
        QVERIFY(shows(m_seed000, [&] { m_fixture.window->navigator()->goBack(); }));
    }

    void withoutAPassageTheListIsForTheWholeArticle()
    {
        QVERIFY(shows(m_seed000, [&] { m_fixture.window->navigator()->navigateTo(m_seed000); }));
        m_fixture.window->relatedDock()->showAndFocus();
        QTRY_VERIFY_WITH_TIMEOUT(pane()->findChild<QLabel *>(u"relatedHeading"_s)->text()
                    == Ui::RelatedPane::tr("Related to the whole article")
                && !pane()->passages().isEmpty(),
            10'000);
        for (const Links::RelatedPassage &p : pane()->passages()) {
            QVERIFY(p.articleId != m_seed000);
        }
        // A pane with no article says what to do.
        Ui::RelatedPane empty(m_fixture.library.get());
        QCOMPARE(empty.emptyText(), Ui::RelatedPane::tr("Select a passage to see related passages in other articles"));
    }

    void viewMenuShowsThePaneWithAShortcutOfItsOwn()
    {
        QAction *toggle = m_fixture.window->relatedDock()->toggleAction();
        QVERIFY(!toggle->shortcut().isEmpty());
        int same = 0;
        for (const QAction *a : m_fixture.window->findChildren<QAction *>()) {
            same += a->shortcuts().contains(toggle->shortcut()) ? 1 : 0;
        }
        QCOMPARE(same, 1);
        bool inViewMenu = false;
        for (const QAction *menu : m_fixture.window->menuBar()->actions()) {
            inViewMenu |= menu->menu() && menu->menu()->actions().contains(toggle);
        }
        QVERIFY(inViewMenu);
        m_fixture.window->relatedDock()->hide();
        toggle->trigger();
        QVERIFY(m_fixture.window->relatedDock()->isVisible());
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstRelatedPane)
#include "tst_relatedpane.moc"
