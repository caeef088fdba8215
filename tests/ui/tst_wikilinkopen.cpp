// SPDX-License-Identifier: GPL-3.0-or-later
// A [[wiki link]] in a margin note, clicked in the reader's page, opens the article it names at its
// heading, as a step Back returns from; one in a comment of the discussion opens its article too; a
// [[ ]] naming no article is shown as typed, not as a link.
#include "helpers/storefixtures.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "navigation/historynavigator.h"
#include "render/notehtml.h"
#include "thread/threadpane.h"

#include <QTextBrowser>

using namespace Glossa;
using namespace Qt::StringLiterals;

class TstWikiLinkOpen : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fixture;
    Test::ArticleFixture m_target;

    template<typename Act> bool shows(const QString &articleId, Act act)
    {
        QSignalSpy painted(m_fixture.window->reader(), &Ui::ReaderView::articlePainted);
        act();
        return QTest::qWaitFor(
            [&] {
                return !painted.isEmpty() && painted.last().at(0).toString() == articleId
                    && m_fixture.window->reader()->articleId() == articleId;
            },
            60'000);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        m_target = Test::article(u"Una lunga lettura"_s);
        QList<Model::Block> blocks {
            Model::Block {.type = Model::BlockType::Heading, .level = 1, .text = u"Una lunga lettura"_s}};
        for (int i = 1; i <= 60; ++i) {
            blocks.append(Model::Block {.text = u"Paragrafo %1. "_s.arg(i)
                    + u"Chi legge con attenzione torna sulle frasi che contano e le segna. "_s.repeated(4)});
            if (i == 40) {
                blocks.append(Model::Block {.type = Model::BlockType::Heading, .level = 2, .text = u"Conclusione"_s});
            }
        }
        const QString revisionId = m_target.revision.id;
        m_target.revision = Model::Revision::fromBlocks(blocks);
        m_target.revision.id = revisionId;
        m_target.revision.articleId = m_target.article.id;
        QVERIFY(m_fixture.library->addArticle(m_target.article, m_target.revision));
    }

    void cleanup() { m_fixture.close(); }

    void aLinkInANoteOpensItsArticleAtItsHeading()
    {
        const QString sample = m_fixture.article;
        const QString quote = m_fixture.revision.canonicalText().mid(0, 40).split(u'\n').first();
        const QString note = m_fixture.addHighlightAt(0, quote.size(), u"important"_s,
            u"See [[una lunga lettura#conclusione|the end]] and [[Nessun articolo]]."_s);
        QVERIFY(!note.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_fixture.evaluate(u"!!document.querySelector('.note-body a.wikilink')"_s).toBool(), 20'000);
        QCOMPARE(m_fixture.evaluate(u"document.querySelector('.note-body a.wikilink').textContent"_s).toString(),
            u"the end"_s);
        // The one naming no article is its words, not a link.
        QCOMPARE(m_fixture.evaluate(u"document.querySelector('.note-body .wikilink.unresolved').tagName"_s).toString(),
            u"SPAN"_s);

        QVERIFY(shows(m_target.article.id,
            [&] { m_fixture.evaluate(u"document.querySelector('.note-body a.wikilink').click(); true"_s); }));
        const qsizetype heading = m_target.revision.canonicalText().indexOf(u"Conclusione"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_target.revision.blockIndexAt(m_fixture.evaluate(u"GlossaReading.firstVisibleOffset()"_s).toLongLong()),
            m_target.revision.blockIndexAt(heading), 10'000);

        QVERIFY(shows(sample, [&] { m_fixture.window->navigator()->goBack(); }));
    }

    void aLinkInACommentOpensItsArticle()
    {
        const QString sample = m_fixture.article;
        Model::Comment c;
        c.articleId = sample;
        c.body = u"Da leggere: [[Una lunga lettura|la lettura lunga]]."_s;
        QVERIFY(m_fixture.library->addComment(c));
        auto *thread = m_fixture.window->threadPane()->findChild<QTextBrowser *>();
        QVERIFY(thread);
        const QString href = Render::NoteHtml::articleUrl(m_target.article.id);
        QTRY_VERIFY_WITH_TIMEOUT(thread->toHtml().contains(href), 10'000);
        QVERIFY(thread->toPlainText().contains(u"la lettura lunga"_s));
        QVERIFY(shows(m_target.article.id, [&] { Q_EMIT thread->anchorClicked(QUrl(href)); }));
        QVERIFY(shows(sample, [&] { m_fixture.window->navigator()->goBack(); }));
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstWikiLinkOpen)
#include "tst_wikilinkopen.moc"
