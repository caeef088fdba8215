// SPDX-License-Identifier: GPL-3.0-or-later
// Link markers in the reader: a link between two articles puts a marker at both ends, with the
// number of links when a passage has several; hovering a marker lists the other end's words, its
// article's title and the relation; clicking opens the other article at its passage, which flashes,
// and Back returns; markers follow links being added and removed (and an undo) without a reload.
#include "helpers/linkedarticles.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "links/linkmarkers.h"
#include "links/linksui.h"
#include "navigation/historynavigator.h"

#include <QAction>

using namespace Glossa;

class TstLinkMarkers : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fixture;
    QString m_other; // another sample article
    Test::Passage m_here; // a passage of the article shown
    Test::Passage m_there; // a passage of m_other

    int markerCount() const
    {
        return m_fixture.evaluate(QStringLiteral("document.querySelectorAll('.link-marker').length")).toInt();
    }
    QString markerText(const QString &annotationId) const
    {
        return m_fixture
            .evaluate(QStringLiteral("(() => { const m = document.querySelector('.link-marker[data-id=\"%1\"]');"
                                     "return m ? m.textContent + '|' + m.getAttribute('aria-label') : 'none'; })()")
                    .arg(annotationId))
            .toString();
    }
    // Hovers the marker and returns the popover's text once it shows.
    QString popoverText(const QString &annotationId) const
    {
        m_fixture.evaluate(QStringLiteral("document.querySelector('.link-marker[data-id=\"%1\"]')"
                                          ".dispatchEvent(new MouseEvent('mouseenter'))")
                .arg(annotationId));
        return m_fixture
            .evaluate(QStringLiteral("(() => { const p = document.querySelector('.link-popover');"
                                     "return p && !p.hidden ? p.textContent : 'hidden'; })()"))
            .toString();
    }
    QString fromAnchor(const QString &linkId) const
    {
        for (const Store::StoredLink &s : m_fixture.library->links(m_fixture.article)) {
            if (s.link.id == linkId) {
                return s.link.from.annotationId;
            }
        }
        return {};
    }
    QString toAnchor(const QString &linkId) const
    {
        for (const Store::StoredLink &s : m_fixture.library->links(m_fixture.article)) {
            if (s.link.id == linkId) {
                return s.link.to.annotationId;
            }
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        const QStringList others = Test::otherArticles(*m_fixture.library, m_fixture.article);
        QVERIFY(!others.isEmpty());
        m_other = others.first();
        m_here = Test::passageOf(*m_fixture.library, m_fixture.article, 2);
        m_there = Test::passageOf(*m_fixture.library, m_other, 2);
        QVERIFY(m_here.start >= 0 && m_there.start >= 0);
    }
    void cleanup() { m_fixture.close(); }

    void aLinkPutsAMarkerAtItsPassageWithoutAReload()
    {
        QCOMPARE(markerCount(), 0);
        const QString id = Test::link(*m_fixture.library, m_here, m_there, QStringLiteral("contradicts"));
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(markerCount(), 1);
        const QString anchor = fromAnchor(id);
        // One link: no count, and a name that says where it leads.
        const QString text = markerText(anchor);
        QVERIFY2(text.startsWith(u'|'), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("contradicts")), qPrintable(text));
        QVERIFY2(text.contains(m_fixture.library->article(m_other)->title), qPrintable(text));
        // The marker is in the margin, level with its passage.
        const double dy = m_fixture
                              .evaluate(QStringLiteral("(() => { const m = document.querySelector('.link-marker');"
                                                       "const r = GlossaText.range(%1, %2).getClientRects()[0];"
                                                       "return Math.abs(m.getBoundingClientRect().top - r.top); })()")
                                      .arg(m_here.start)
                                      .arg(m_here.end))
                              .toDouble();
        QVERIFY2(dy < 30, qPrintable(QString::number(dy)));
    }

    void severalLinksOnAPassageShowTheirCountAndEachInThePopover()
    {
        const QString first = Test::link(*m_fixture.library, m_here, m_there, QStringLiteral("contradicts"));
        QVERIFY(!first.isEmpty());
        const QString anchor = fromAnchor(first);
        const QString whole = m_fixture.library
                                  ->addLink(Library::LinkTarget::annotation(anchor),
                                      Library::LinkTarget::wholeArticle(m_other), QStringLiteral("my own words"))
                                  .valueOr({});
        QVERIFY(!whole.isEmpty());
        QTRY_VERIFY(markerText(anchor).startsWith(QStringLiteral("2|")));
        QVERIFY(markerText(anchor).contains(QStringLiteral("2 link"))); // "2 links" once translated
        const QString popover = popoverText(anchor);
        QVERIFY2(popover.contains(QStringLiteral("contradicts")), qPrintable(popover));
        QVERIFY2(popover.contains(QStringLiteral("my own words")), qPrintable(popover));
        QVERIFY2(popover.contains(m_there.quote), qPrintable(popover));
        QVERIFY2(popover.contains(m_fixture.library->article(m_other)->title), qPrintable(popover));
        QVERIFY2(popover.contains(QStringLiteral("the whole article")), qPrintable(popover));
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            QTest::qWait(500);
            m_fixture.window->grab().save(shots + QStringLiteral("/link-markers.png"));
        }
        // Removing one (and undoing that) changes the count in place.
        QVERIFY(m_fixture.library->removeLink(whole));
        QTRY_VERIFY(markerText(anchor).startsWith(u'|'));
        m_fixture.library->undoStack()->undo();
        QTRY_VERIFY(markerText(anchor).startsWith(QStringLiteral("2|")));
    }

    void aWholeArticleLinkHasItsMarkerByTheTitle()
    {
        const QString id = m_fixture.library
                               ->addLink(Library::LinkTarget::wholeArticle(m_other),
                                   Library::LinkTarget::wholeArticle(m_fixture.article), QStringLiteral("cites"))
                               .valueOr({});
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(markerCount(), 1);
        QVERIFY(markerText(QStringLiteral("article")).contains(QStringLiteral("Backlink")));
        const double dy = m_fixture
                              .evaluate(QStringLiteral("(() => { const m = document.querySelector('.link-marker');"
                                                       "const b = GlossaText.blocks()[0].el;"
                                                       "return Math.abs(m.getBoundingClientRect().top - "
                                                       "b.getBoundingClientRect().top); })()"))
                              .toDouble();
        QVERIFY2(dy < 30, qPrintable(QString::number(dy)));
        QVERIFY(popoverText(QStringLiteral("article")).contains(m_fixture.library->article(m_other)->title));
    }

    void aDanglingEndSaysSoInThePopover()
    {
        const QString id = Test::link(*m_fixture.library, m_here, m_there, QStringLiteral("supports"));
        QVERIFY(!id.isEmpty());
        const QString anchor = fromAnchor(id);
        QTRY_COMPARE(markerCount(), 1);
        QVERIFY(m_fixture.library->deleteArticle(m_other));
        QTRY_VERIFY(popoverText(anchor).contains(QStringLiteral("dangling")));
        QVERIFY(popoverText(anchor).contains(m_there.quote)); // what it used to say
    }

    void clickingAMarkerOpensTheOtherEndAndBackReturns()
    {
        const QString id = Test::link(*m_fixture.library, m_here, m_there, QStringLiteral("elaborates"));
        QVERIFY(!id.isEmpty());
        const QString anchor = fromAnchor(id);
        const QString otherAnchor = toAnchor(id);
        QTRY_COMPARE(markerCount(), 1);
        const QString here = m_fixture.article;
        QSignalSpy painted(m_fixture.window->reader(), &Ui::ReaderView::articlePainted);
        m_fixture.evaluate(
            QStringLiteral("document.querySelector('.link-marker[data-id=\"%1\"]').click()").arg(anchor));
        QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty() && m_fixture.window->reader()->articleId() == m_other, 60'000);
        // The passage flashes, and it has its marker: the backlink.
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.evaluate(QStringLiteral("CSS.highlights.has('g-flash')")).toBool(), 10'000);
        QTRY_COMPARE(markerCount(), 1);
        QVERIFY(markerText(otherAnchor).contains(QStringLiteral("Backlink")));
        QVERIFY(popoverText(otherAnchor).contains(m_here.quote));
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            m_fixture.window->grab().save(shots + QStringLiteral("/link-followed.png"));
        }
        // It was a step: Back returns to the article it was followed from.
        QVERIFY(m_fixture.window->navigator()->backAction()->isEnabled());
        painted.clear();
        m_fixture.window->navigator()->backAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty() && m_fixture.window->reader()->articleId() == here, 60'000);
        QTRY_COMPARE(markerCount(), 1);
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            QTest::qWait(300);
            m_fixture.window->grab().save(shots + QStringLiteral("/link-back.png"));
        }
    }

    void enterOnAFocusedMarkerFollowsItsLink()
    {
        const QString id = Test::link(*m_fixture.library, m_here, m_there, QStringLiteral("cites"));
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(markerCount(), 1);
        QSignalSpy follow(m_fixture.window->reader()->readerPage()->bridge(), &Ui::ReaderBridge::linkFollowRequested);
        m_fixture.evaluate(QStringLiteral("(() => { const m = document.querySelector('.link-marker'); m.focus();"
                                          "m.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: "
                                          "true})); })()"));
        QTRY_COMPARE(follow.size(), 1);
        QCOMPARE(follow.first().at(0).toString(), id);
        QCOMPARE(follow.first().at(1).toString(), QStringLiteral("to"));
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstLinkMarkers)
#include "tst_linkmarkers.moc"
