// SPDX-License-Identifier: GPL-3.0-or-later
// The reader page as WebEngine lays it out: its text is the revision's canonical text, block by
// block, and every block element names its offset — what anchoring highlights relies on.
#include "helpers/pagescript.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "library/library.h"
#include "mainwindow.h"
#include "reader/readerview.h"
#include "web/readerprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEnginePage>

using namespace Glossa;

class TstReaderPage : public QObject
{
    Q_OBJECT

    QVariant evaluate(QWebEnginePage *page, const QString &script) { return Test::evaluate(page, script); }

private Q_SLOTS:
    void windowOpensOnItsFirstArticleLoadingItOnce()
    {
        // The window starts loading the first article while it is being built, before the article
        // is selected in the list: the article painted is that one, with its title and its list
        // row, and picking another article afterwards still loads it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Library library;
        QVERIFY(Test::openNewLibrary(library, dir.path()));
        library.addSampleArticles();
        Ui::MainWindow window(&library);
        QCOMPARE(window.reader()->articleId(), library.articles().first().id);
        QSignalSpy started(window.reader()->page(), &QWebEnginePage::loadStarted);
        QSignalSpy painted(window.reader(), &Ui::ReaderView::articlePainted);
        window.openArticleAt(0);
        window.show();
        QVERIFY(painted.wait(60'000));
        const QString first = library.articles().first().id;
        QCOMPARE(painted.first().first().toString(), first);
        QCOMPARE(window.reader()->articleId(), first);
        QVERIFY(window.windowTitle().startsWith(library.articles().first().title));
        started.clear();
        window.openArticleAt(1);
        QTRY_COMPARE_WITH_TIMEOUT(painted.size(), 2, 60'000);
        QCOMPARE(started.size(), 1);
        QCOMPARE(painted.last().first().toString(), library.articles().at(1).id);
    }

    void pageTextEqualsCanonicalTextBlockByBlock_data()
    {
        QTest::addColumn<int>("row");
        QTest::addRow("welcome") << 0;
        QTest::addRow("italian") << 1;
        QTest::addRow("english") << 2;
    }

    void pageTextEqualsCanonicalTextBlockByBlock()
    {
        QFETCH(int, row);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Library library;
        QVERIFY(Test::openNewLibrary(library, dir.path()));
        library.addSampleArticles();
        const Model::Article article = library.articles().at(row);
        const Model::Revision revision = *library.currentRevision(article.id);

        Ui::ReaderProfile profile(&library);
        auto view = std::make_unique<Ui::ReaderView>(&profile);
        view->resize(1100, 800);
        view->show();
        QSignalSpy painted(view.get(), &Ui::ReaderView::articlePainted);
        view->showArticle(article.id);
        QVERIFY(painted.wait(60'000));
        QCOMPARE(painted.first().first().toString(), article.id);

        const QVariant json = evaluate(view->page(), QStringLiteral(R"JS(
            JSON.stringify(Array.from(document.querySelectorAll('[data-offset]')).map(e => ({
                block: Number(e.dataset.block), offset: Number(e.dataset.offset), text: e.textContent,
                tag: e.tagName.toLowerCase() })))
        )JS"));
        const QJsonArray blocks = QJsonDocument::fromJson(json.toString().toUtf8()).array();
        QCOMPARE(blocks.size(), revision.blocks().size());
        QStringList texts;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const QJsonObject b = blocks[i].toObject();
            const Model::Block &expected = revision.blocks()[i];
            QCOMPARE(b.value(u"block").toInt(), int(i));
            QCOMPARE(qsizetype(b.value(u"offset").toInteger()), expected.start);
            QCOMPARE(b.value(u"text").toString(), expected.text);
            texts << b.value(u"text").toString();
        }
        QCOMPARE(texts.join(QStringLiteral("\n\n")), revision.canonicalText());
        QCOMPARE(evaluate(view->page(), QStringLiteral("document.documentElement.lang")).toString(), article.language);
        // Code is highlighted: spans inside the code block, from KSyntaxHighlighting's classes.
        if (row > 0) {
            QVERIFY(
                evaluate(view->page(), QStringLiteral("document.querySelectorAll('pre.code span[class^=hl]').length"))
                    .toInt()
                > 5);
        }
        view.reset();
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstReaderPage)
#include "tst_readerpage.moc"
