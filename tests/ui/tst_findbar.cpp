// SPDX-License-Identifier: GPL-3.0-or-later
// Find in article, offscreen: Ctrl+F on a seed article opens the find bar; "CAPACITA" typed finds
// every "capacità" (case and accent folded), "1 of N", each match marked in the page and the current
// one apart; F3 / Shift+F3 and Enter / Shift+Enter step through them; Escape closes the bar, takes
// the marks away and gives the article the focus; no match tints the field; another article is
// searched again.
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/libraryimport.h"
#include "library/librarylistmodel.h"
#include "library/librarypanel.h"
#include "reader/findbar.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>

using namespace Qt::StringLiterals;
using namespace Glossa;

class TstFindBar : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;
    QString m_seedText;

    Ui::FindBar *bar() const { return m_fx.window->findBar(); }
    QString label() const { return bar()->countLabel()->text(); }
    int pageInt(const QString &script) const { return m_fx.evaluate(script).toInt(); }
    // The text the page marks as the current match.
    QString currentInPage() const
    {
        return m_fx
            .evaluate(u"(() => { const h = CSS.highlights.get('g-find-current');"
                      "return h && h.size === 1 ? [...h][0].toString() : ''; })()"_s)
            .toString();
    }

    // Imports the seed article and shows it, as a click in the list would.
    void openSeed()
    {
        LibraryImport import(m_fx.library.get());
        const QString path = QStringLiteral(GLOSSA_TEST_DATA "/seeds/003_937af745a2f16abe.txt");
        const auto imported = import.importFile(path);
        QVERIFY(imported);
        QSignalSpy painted(m_fx.window->reader(), &Ui::ReaderView::articlePainted);
        QListView *list = m_fx.window->libraryPanel()->view();
        list->setCurrentIndex(m_fx.window->libraryPanel()->model()->indexForId(imported->articleId));
        QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty(), 60'000);
        QCOMPARE(m_fx.window->reader()->articleId(), imported->articleId);
        m_seedText = m_fx.library->currentRevision(imported->articleId)->canonicalText();
    }

    // Ctrl+F from the article.
    void openBar()
    {
        m_fx.window->activateWindow();
        m_fx.readerInput()->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(m_fx.readerInput(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(bar()->isVisible());
        QTRY_VERIFY(bar()->field()->hasFocus());
    }

private Q_SLOTS:
    void init()
    {
        m_fx.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        openSeed();
    }
    void cleanup() { m_fx.close(); }

    void findsFoldedTextAndStepsThroughTheMatches()
    {
        openBar();
        const int expected = int(m_seedText.count(u"capacità"_s, Qt::CaseInsensitive));
        QVERIFY(expected > 2);
        QTest::keyClicks(bar()->field(), u"CAPACITA"_s);
        QCOMPARE(int(bar()->matches().size()), expected);
        QCOMPARE(label(), u"1 of %1"_s.arg(expected));
        // Every match is marked in the page, the current one apart.
        QTRY_COMPARE(pageInt(u"CSS.highlights.get('g-find') ? CSS.highlights.get('g-find').size : -1"_s), expected);
        QTRY_COMPARE(currentInPage().toLower(), u"capacità"_s);
        const qsizetype first = bar()->matches().at(0).start;
        QCOMPARE(m_seedText.mid(first, 8).toLower(), u"capacità"_s);

        QTest::keyClick(bar()->field(), Qt::Key_F3);
        QCOMPARE(label(), u"2 of %1"_s.arg(expected));
        QTest::keyClick(bar()->field(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(label(), u"1 of %1"_s.arg(expected));
        QTest::keyClick(bar()->field(), Qt::Key_Return);
        QCOMPARE(label(), u"2 of %1"_s.arg(expected));
        QTest::keyClick(bar()->field(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(bar()->field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(label(), u"%1 of %1"_s.arg(expected)); // round the start to the last one
        // The page marks the match the bar counts: the one the last step reached.
        const Search::TextRange last = bar()->matches().constLast();
        QTRY_COMPARE(pageInt(u"GlossaFind.current()"_s), expected - 1);
        QCOMPARE(currentInPage(), m_seedText.mid(last.start, last.end - last.start));
        QTRY_VERIFY(
            m_fx.evaluate(u"(() => { const r = [...CSS.highlights.get('g-find-current')][0]"
                          ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()"_s)
                .toBool()); // scrolled into view

        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            m_fx.window->grab().save(shots + u"/find-bar.png"_s);
        }

        // Escape: the bar goes, the marks go, the article has the focus.
        QTest::keyClick(bar()->field(), Qt::Key_Escape);
        QVERIFY(!bar()->isVisible());
        QTRY_VERIFY(!m_fx.evaluate(u"CSS.highlights.has('g-find') || CSS.highlights.has('g-find-current')"_s).toBool());
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus && (focus == m_fx.window->reader() || m_fx.window->reader()->isAncestorOf(focus)));

        // F3 with the bar closed opens it again on the same words.
        QTest::keyClick(m_fx.readerInput(), Qt::Key_F3);
        QTRY_VERIFY(bar()->isVisible());
        QCOMPARE(bar()->field()->text(), u"CAPACITA"_s);
        QTRY_COMPARE(pageInt(u"CSS.highlights.get('g-find') ? CSS.highlights.get('g-find').size : -1"_s), expected);
    }

    void saysWhenNothingMatches()
    {
        openBar();
        const QPalette before = bar()->field()->palette();
        QTest::keyClicks(bar()->field(), u"capacitaz"_s);
        QCOMPARE(label(), u"No matches"_s);
        QVERIFY(bar()->field()->property("noMatches").toBool());
        QVERIFY(bar()->field()->palette().color(QPalette::Base) != before.color(QPalette::Base));
        QTRY_COMPARE(pageInt(u"GlossaFind.count()"_s), 0);
        // Taking a letter away finds again and the tint goes.
        QTest::keyClick(bar()->field(), Qt::Key_Backspace);
        QVERIFY(!bar()->matches().isEmpty());
        QVERIFY(!bar()->field()->property("noMatches").toBool());
    }

    void searchesAnotherArticleWhenItLoads()
    {
        openBar();
        QTest::keyClicks(bar()->field(), u"capacita"_s);
        QVERIFY(!bar()->matches().isEmpty());
        // Back to the sample article, which has no "capacità": the bar stays, and says so.
        QSignalSpy painted(m_fx.window->reader(), &Ui::ReaderView::articlePainted);
        m_fx.window->libraryPanel()->view()->setCurrentIndex(
            m_fx.window->libraryPanel()->model()->indexForId(m_fx.article));
        QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty(), 60'000);
        QTRY_COMPARE(label(), u"No matches"_s);
        QVERIFY(bar()->isVisible());
        QTRY_COMPARE(pageInt(u"GlossaFind.count()"_s), 0);
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstFindBar)
#include "tst_findbar.moc"
