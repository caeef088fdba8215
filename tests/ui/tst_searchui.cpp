// SPDX-License-Identifier: GPL-3.0-or-later
// The library search in the window, offscreen, on a library the test adds two articles to: typing in
// the field above the article list shows the results in the list's place, grouped by article with
// the matched words bold and how many there are; Ctrl+Shift+F focuses the field with its text
// selected; Escape brings the list back; Down moves into the results; a facet is shown only when the
// results have values for it, and choosing one searches again with it (and its button removes it);
// a text hit opens its article at the passage, which flashes, as a step Back undoes; a note hit opens
// its note in the note editor; a comment hit opens the Discussion pane at the comment.
#include "anchor/placement.h"
#include "annotations/noteeditor.h"
#include "helpers/storefixtures.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "navigation/historynavigator.h"
#include "search/searchfacetbar.h"
#include "search/searchpanel.h"
#include "search/searchresultsmodel.h"
#include "search/searchui.h"
#include "store/librarystore.h"
#include "thread/threadpane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Glossa;

namespace {

// Made-up words no sample article has.
const QString kWord = u"zibaldone"_s; // twice in the long article's text, once in the short one's
const QString kNoteWord = u"vortigliano"_s; // only in a note on the long article

} // namespace

class TstSearchUi : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;
    Test::ArticleFixture m_long;
    Test::ArticleFixture m_short;

    Ui::SearchPanel *panel() const { return m_fx.window->search()->panel(); }
    Ui::SearchResultsModel *results() const { return panel()->results(); }
    QListView *libraryList() const
    {
        for (QListView *view : m_fx.window->findChildren<QListView *>()) {
            if (view->accessibleName() == Ui::MainWindow::tr("Library")) {
                return view;
            }
        }
        return nullptr;
    }

    static Test::ArticleFixture makeArticle(const QString &title, const QStringList &paragraphs)
    {
        Test::ArticleFixture f = Test::article(title);
        QList<Model::Block> blocks {Model::Block {.type = Model::BlockType::Heading, .level = 1, .text = title}};
        for (const QString &p : paragraphs) {
            blocks.append(Model::Block {.text = p});
        }
        const QString revisionId = f.revision.id;
        f.revision = Model::Revision::fromBlocks(blocks);
        f.revision.id = revisionId;
        f.revision.articleId = f.article.id;
        f.revision.rawSource = title;
        f.revision.sourceFormat = u"markdown"_s;
        return f;
    }

    // Types `query` into the search field and runs the search.
    void type(const QString &query) const
    {
        panel()->field()->setFocus();
        panel()->field()->clear();
        QTest::keyClicks(panel()->field(), query);
        panel()->searchNow();
    }

    // The first row showing a hit of `kind` on `articleId`, or -1.
    int rowOf(const QString &articleId, Search::Hit::Kind kind) const
    {
        for (int row = 0; row < results()->rowCount(); ++row) {
            if (!results()->isArticle(row) && results()->hit(row).articleId == articleId
                && results()->hit(row).kind == kind) {
                return row;
            }
        }
        return -1;
    }

    // The canonical [start, end) the reader's page flashes now, as "start:end"; empty when none.
    QString flashed() const
    {
        return m_fx
            .evaluate(u"(() => { const h = CSS.highlights.get('g-flash'); if (!h) { return ''; }"
                      "for (const r of h) { const o = GlossaText.fromRange(r); return o.start + ':' + o.end; }"
                      "return ''; })()"_s)
            .toString();
    }

    // Does `act` and waits until the reader has painted `articleId`.
    template<typename Act> bool shows(const QString &articleId, Act act)
    {
        QSignalSpy painted(m_fx.window->reader(), &Ui::ReaderView::articlePainted);
        act();
        return QTest::qWaitFor(
            [&] {
                return !painted.isEmpty() && painted.last().at(0).toString() == articleId
                    && m_fx.window->reader()->articleId() == articleId;
            },
            60'000);
    }

private Q_SLOTS:
    void init()
    {
        m_fx.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        QStringList paragraphs;
        for (int i = 1; i <= 40; ++i) {
            paragraphs << u"Paragrafo %1. Chi legge con attenzione torna sulle frasi che contano e le segna, "
                          "una dopo l'altra, finché la pagina non è piena di segni."_s.arg(i);
        }
        paragraphs[29] = u"Paragrafo 30. Qui comincia lo %1 delle letture: appunti, citazioni, rimandi."_s.arg(kWord);
        paragraphs[34] = u"Paragrafo 35. Lo %1 cresce con ogni articolo letto."_s.arg(kWord);
        m_long = makeArticle(u"Le letture di un anno"_s, paragraphs);
        m_short = makeArticle(u"Appunti sparsi"_s, {u"Un piccolo %1 di idee."_s.arg(kWord)});
        QVERIFY(m_fx.library->addArticle(m_long.article, m_long.revision));
        QVERIFY(m_fx.library->addArticle(m_short.article, m_short.revision));
    }

    void cleanup() { m_fx.close(); }

    void typingShowsResultsGroupedByArticleInTheListsPlace()
    {
        QAbstractItemModelTester tester(results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QLineEdit *field = panel()->field();
        QCOMPARE(field->placeholderText(), Ui::SearchPanel::tr("Search the library (Ctrl+Shift+F)"));
        QVERIFY(libraryList()->isVisible());
        QVERIFY(!panel()->showsResults());

        type(kWord);
        QVERIFY(panel()->showsResults());
        QTRY_VERIFY(panel()->resultsView()->isVisible());
        QVERIFY(!libraryList()->isVisible());
        // Each article's row, then its hits: the long article's two passages, the short one's.
        QStringList articles;
        QHash<QString, int> hits;
        QString current;
        for (int row = 0; row < results()->rowCount(); ++row) {
            const QModelIndex index = results()->index(row);
            const QString id = index.data(Ui::SearchResultsModel::ArticleIdRole).toString();
            if (index.data(Ui::SearchResultsModel::IsArticleRole).toBool()) {
                QVERIFY(!articles.contains(id)); // one group per article
                articles << id;
                current = id;
                QVERIFY(index.data(Ui::SearchResultsModel::RichTextRole).toString().contains(u"<b>"_s));
            } else {
                QCOMPARE(id, current); // under its article
                ++hits[id];
                QVERIFY(
                    index.data(Ui::SearchResultsModel::RichTextRole).toString().contains(u"<b>%1</b>"_s.arg(kWord)));
                const Search::Hit hit = results()->hit(row);
                QVERIFY(hit.kind == Search::Hit::Kind::Text);
                const QString text = m_fx.library->currentRevision(id)->canonicalText();
                QVERIFY(text.mid(hit.start, hit.end - hit.start).contains(kWord));
            }
        }
        QCOMPARE(articles.size(), 2);
        QVERIFY(articles.contains(m_long.article.id) && articles.contains(m_short.article.id));
        QCOMPARE(hits.value(m_long.article.id), 2);
        QCOMPARE(hits.value(m_short.article.id), 1);
        auto *summary = panel()->findChild<QLabel *>(u"searchSummary"_s);
        QVERIFY(summary->text().contains(QString::number(results()->results().totalHits)));
        QVERIFY(results()->results().totalHits >= 3);
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            m_fx.window->grab().save(shots + u"/search-results.png"_s);
        }

        // Nothing found: the count says so, and the list stays away while the query is there.
        type(u"qwertyuiopasdf"_s);
        QCOMPARE(results()->rowCount(), 0);
        QCOMPARE(summary->text(), Ui::SearchPanel::tr("No results"));
        QVERIFY(panel()->showsResults());
    }

    void ctrlShiftFFocusesTheFieldWithItsTextSelected()
    {
        QAction *action = m_fx.window->search()->searchAction();
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        bool inEdit = false;
        for (QAction *menu : m_fx.window->menuBar()->actions()) {
            inEdit = inEdit || (menu->menu() && menu->menu()->actions().contains(action));
        }
        QVERIFY(inEdit);
        type(kWord);
        m_fx.window->activateWindow();
        libraryList()->setFocus();
        QTest::keyClick(libraryList(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_fx.window->focusWidget() == panel()->field());
        QCOMPARE(panel()->field()->selectedText(), kWord);
    }

    void escapeBringsTheListBackAndDownMovesIntoTheResults()
    {
        type(kWord);
        QVERIFY(results()->rowCount() > 0);
        // Down: the first hit, with the focus.
        QTest::keyClick(panel()->field(), Qt::Key_Down);
        QVERIFY(m_fx.window->focusWidget() == panel()->resultsView());
        const int row = panel()->resultsView()->currentIndex().row();
        QVERIFY(row >= 0);
        QVERIFY(!results()->isArticle(row));
        // Escape there goes back to the field; Escape in the field clears it and brings the list back.
        QTest::keyClick(panel()->resultsView(), Qt::Key_Escape);
        QVERIFY(m_fx.window->focusWidget() == panel()->field());
        QTest::keyClick(panel()->field(), Qt::Key_Escape);
        QVERIFY(panel()->field()->text().isEmpty());
        QVERIFY(!panel()->showsResults());
        QTRY_VERIFY(libraryList()->isVisible());
        QCOMPARE(results()->rowCount(), 0);
    }

    void aFacetIsShownOnlyWithValues()
    {
        type(kWord);
        const Search::Facets &facets = results()->results().facets;
        using F = Ui::SearchFacetBar::Facet;
        const auto *bar = panel()->facets();
        QCOMPARE(bar->button(F::Color)->isVisibleTo(panel()), !facets.colors.isEmpty());
        QCOMPARE(bar->button(F::Tag)->isVisibleTo(panel()), !facets.tags.isEmpty());
        QCOMPARE(bar->button(F::Kind)->isVisibleTo(panel()), !facets.kinds.isEmpty());
        QCOMPARE(bar->button(F::Language)->isVisibleTo(panel()), !facets.languages.isEmpty());
        QCOMPARE(bar->button(F::Author)->isVisibleTo(panel()), !facets.authors.isEmpty());
        QCOMPARE(bar->button(F::Date)->isVisibleTo(panel()), facets.first.isValid());
    }

    void choosingAFacetSearchesWithItAndItsButtonRemovesIt()
    {
        const QString noteId = addNote(u"%1: da rileggere"_s.arg(kWord));
        QVERIFY(!noteId.isEmpty());
        // The engine's answer with only a "kind" facet, counted and applied here: what the panel
        // shows of the facets it is given and what it asks are the test.
        QList<Search::Filters> asked;
        Library *library = m_fx.library.get();
        panel()->setEngine([library, &asked](const Search::Query &query) -> Result<Search::Results> {
            asked << query.filters;
            auto found = Search::LibrarySearch(library->store()->db()).find(query);
            if (!found) {
                return found;
            }
            Search::Results r = *found;
            r.facets = {}; // only the facet this engine counts
            int text = 0;
            int notes = 0;
            r.totalHits = 0;
            QList<Search::ArticleHits> kept;
            for (Search::ArticleHits a : std::as_const(r.articles)) {
                QList<Search::Hit> hits;
                for (const Search::Hit &h : std::as_const(a.hits)) {
                    const bool note = h.kind == Search::Hit::Kind::Note;
                    ++(note ? notes : text);
                    const auto kind = note ? Search::Hit::Kind::Note : Search::Hit::Kind::Text;
                    if (query.filters.kinds.isEmpty() || query.filters.kinds.contains(kind)) {
                        hits << h;
                    }
                }
                if (!hits.isEmpty()) {
                    a.hits = hits;
                    r.totalHits += int(hits.size());
                    kept << a;
                }
            }
            r.articles = kept;
            r.facets.kinds = {{u"text"_s, u"Text"_s, text}, {u"note"_s, u"Note"_s, notes}};
            return r;
        });
        type(kWord);
        QVERIFY(rowOf(m_long.article.id, Search::Hit::Kind::Text) >= 0);
        QVERIFY(rowOf(m_long.article.id, Search::Hit::Kind::Note) >= 0);
        using F = Ui::SearchFacetBar::Facet;
        QToolButton *kind = panel()->facets()->button(F::Kind);
        QVERIFY(kind->isVisibleTo(panel()));
        QVERIFY(!panel()->facets()->button(F::Color)->isVisibleTo(panel())); // no values
        QVERIFY(kind->focusPolicy() & Qt::TabFocus); // reachable from the keyboard

        // Its menu lists the values with their counts; choosing "note" searches again with it.
        Q_EMIT kind->menu()->aboutToShow();
        QAction *note = nullptr;
        for (QAction *a : kind->menu()->actions()) {
            if (a->data().toString() == u"note") {
                note = a;
            }
        }
        QVERIFY(note);
        QVERIFY(note->isCheckable() && !note->isChecked());
        QVERIFY(note->text().contains(u"(1)"_s));
        note->trigger();
        QVERIFY(!asked.isEmpty());
        QVERIFY(asked.last().kinds == QList<Search::HitKind> {Search::HitKind::Note});
        QCOMPARE(rowOf(m_long.article.id, Search::Hit::Kind::Text), -1); // narrowed
        QVERIFY(rowOf(m_long.article.id, Search::Hit::Kind::Note) >= 0);
        QCOMPARE(results()->results().totalHits, 1);

        // The choice shows, and its button removes it.
        const QList<QToolButton *> chosen = panel()->facets()->chosenButtons();
        QCOMPARE(chosen.size(), 1);
        QVERIFY(chosen.first()->text().contains(u"Note"_s));
        QTRY_VERIFY(chosen.first()->isVisible());
        QTest::mouseClick(chosen.first(), Qt::LeftButton);
        QTRY_VERIFY(panel()->facets()->chosenButtons().isEmpty());
        QVERIFY(asked.last().isEmpty());
        QVERIFY(rowOf(m_long.article.id, Search::Hit::Kind::Text) >= 0);
        panel()->setEngine({}); // the library's again (the lambda's list goes with this function)
    }

    void aTextHitOpensItsArticleAtThePassageWhichFlashes()
    {
        const QString before = m_fx.window->reader()->articleId();
        QVERIFY(before != m_long.article.id);
        type(kWord);
        const int row = rowOf(m_long.article.id, Search::Hit::Kind::Text);
        QVERIFY(row >= 0);
        const Search::Hit hit = results()->hit(row);
        QVERIFY(hit.start > 1000); // far down the article
        panel()->resultsView()->setFocus();
        panel()->resultsView()->setCurrentIndex(results()->index(row));
        QVERIFY(shows(m_long.article.id, [&] { QTest::keyClick(panel()->resultsView(), Qt::Key_Return); }));
        const QString range = u"%1:%2"_s.arg(hit.start).arg(hit.end);
        QTRY_COMPARE_WITH_TIMEOUT(flashed(), range, 10'000);
        // On screen.
        const double top
            = m_fx.evaluate(u"GlossaText.range(%1, %2).getBoundingClientRect().top"_s.arg(hit.start).arg(hit.end))
                  .toDouble();
        QVERIFY(top >= 0);
        QVERIFY(top < m_fx.evaluate(u"window.innerHeight"_s).toDouble());
        // The results stay, for the next one.
        QVERIFY(panel()->showsResults());

        // One step: Back returns to the article read before.
        Ui::HistoryNavigator *navigator = m_fx.window->navigator();
        QVERIFY(navigator->backAction()->isEnabled());
        QVERIFY(shows(before, [&] { navigator->goBack(); }));

        // A passage of the article on screen flashes without opening it again.
        QVERIFY(shows(m_short.article.id, [&] { navigator->navigateTo(m_short.article.id); }));
        const int other = rowOf(m_short.article.id, Search::Hit::Kind::Text);
        QVERIFY(other >= 0);
        const Search::Hit shortHit = results()->hit(other);
        QTest::mouseClick(panel()->resultsView()->viewport(), Qt::LeftButton, {},
            panel()->resultsView()->visualRect(results()->index(other)).center());
        QTRY_COMPARE_WITH_TIMEOUT(flashed(), u"%1:%2"_s.arg(shortHit.start).arg(shortHit.end), 10'000);
    }

    void aNoteHitOpensItsNote()
    {
        const QString noteText = u"Da confrontare con il %1 dell'anno scorso"_s.arg(kNoteWord);
        const QString id = addNote(noteText);
        QVERIFY(!id.isEmpty());
        type(kNoteWord);
        const int row = rowOf(m_long.article.id, Search::Hit::Kind::Note);
        QVERIFY(row >= 0);
        // The row names the highlight's colour by its meaning, when the search gives it (main's
        // find() gives no colour yet; the one with facets does).
        const QString html = results()->index(row).data(Ui::SearchResultsModel::RichTextRole).toString();
        QVERIFY(html.contains(kNoteWord));
        if (!results()->hit(row).color.isEmpty()) {
            QCOMPARE(results()->hit(row).color, u"question"_s);
            QVERIFY(html.contains(m_fx.library->palette().labelFor(u"question"_s).toHtmlEscaped()));
        }
        QVERIFY(shows(m_long.article.id, [&] {
            QTest::mouseClick(panel()->resultsView()->viewport(), Qt::LeftButton, {},
                panel()->resultsView()->visualRect(results()->index(row)).center());
        }));
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.window->noteEditor()->annotationId(), id, 10'000);
        QCOMPARE(m_fx.window->controller()->focusedAnnotation(), id);
        QCOMPARE(m_fx.window->noteEditor()->text(), noteText);
        QWidget *focus = m_fx.window->focusWidget();
        QVERIFY(focus == m_fx.window->noteEditor() || m_fx.window->noteEditor()->isAncestorOf(focus));
    }

    void aCommentHitOpensTheDiscussionAtTheComment()
    {
        Model::Comment comment;
        comment.articleId = m_short.article.id;
        comment.author = u"Carla"_s;
        comment.body = u"Chi ha scritto questo %1?"_s.arg(kWord);
        const auto added = m_fx.library->addComment(comment);
        QVERIFY(added);
        // find() gives no comment hits yet: the test's engine gives this one.
        Search::Hit hit;
        hit.kind = Search::Hit::Kind::Comment;
        hit.articleId = m_short.article.id;
        hit.articleTitle = m_short.article.title;
        hit.commentId = *added;
        hit.snippet.text = comment.body;
        panel()->setEngine([hit](const Search::Query &) -> Result<Search::Results> {
            Search::Results r;
            r.articles = {{hit.articleId, hit.articleTitle, 0, {hit}}};
            r.totalHits = 1;
            return r;
        });
        type(kWord);
        const int row = rowOf(m_short.article.id, Search::Hit::Kind::Comment);
        QVERIFY(row >= 0);
        auto *dock = m_fx.window->findChild<QDockWidget *>(u"discussion"_s);
        QVERIFY(dock);
        QVERIFY(shows(m_short.article.id, [&] {
            panel()->resultsView()->setFocus();
            panel()->resultsView()->setCurrentIndex(results()->index(row));
            QTest::keyClick(panel()->resultsView(), Qt::Key_Return);
        }));
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(m_fx.window->threadPane()->view()->toPlainText().contains(comment.body));
        panel()->setEngine({});
    }

private:
    // A "question" highlight on the long article's 12th paragraph with `note`; its id.
    QString addNote(const QString &note) const
    {
        const QString &text = m_long.revision.canonicalText();
        const qsizetype start = text.indexOf(u"Paragrafo 12."_s);
        Model::Annotation a = Anchor::exactHighlight(m_long.revision, start, start + 13);
        a.color = u"question"_s;
        a.note = note;
        a.anchor = {start, start + 13, 1.0, Model::AnchorStatus::Exact};
        return m_fx.library->addAnnotation(a).valueOr({});
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstSearchUi)
#include "tst_searchui.moc"
