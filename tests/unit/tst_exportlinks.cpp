// SPDX-License-Identifier: GPL-3.0-or-later
// Links in the exports, on the related-passages library with a small web of links (helpers/
// linkedlibrary.h): the Markdown export's "Links" section (golden file tests/data/export/markdown/
// porti_links.md; GLOSSA_REGENERATE_GOLDEN=1 rewrites it) names the other article as [[Title]] with
// the relation, both quotes, the note and a dangling status, after the discussion, and not with
// includeLinks off; the W3C export writes each link as a "linking" annotation whose target is this
// article's passage and whose body is the other passage with its selectors, passing the W3C MUST
// assertions; and importing that file stores no link as a highlight.
#include "export/exportlinks.h"
#include "export/markdownexport.h"
#include "export/webannotationexport.h"
#include "export/webannotationimport.h"
#include "helpers/goldenfile.h"
#include "helpers/jsonschema.h"
#include "helpers/linkedlibrary.h"
#include "helpers/testlibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

const QString kSuite = QStringLiteral(GLOSSA_TEST_DATA "/w3c-web-annotation-tests");

QStringList mustAssertions()
{
    QFile f(kSuite + u"/annotations/annotationMusts.test"_s);
    f.open(QIODevice::ReadOnly);
    QStringList names;
    for (const auto &v : QJsonDocument::fromJson(f.readAll()).object().value(u"assertions").toArray()) {
        names << v.toString().section(u'/', -1);
    }
    return names;
}

QJsonArray asArray(const QJsonValue &v)
{
    return v.isArray() ? v.toArray() : QJsonArray {v};
}

// The selector of `type` among a resource's selectors, or an empty object.
QJsonObject selectorOf(const QJsonObject &resource, const QString &type)
{
    for (const auto &s : asArray(resource.value(u"selector"))) {
        if (s.toObject().value(u"type").toString() == type) {
            return s.toObject();
        }
    }
    return {};
}

} // namespace

class TstExportLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    Test::LinkedLibrary m_made;
    Test::JsonSchemaSet m_suite;

    QString porti() const { return m_made.ids.value(u"porti"_s); }

    QJsonObject collection(bool includeLinks = true)
    {
        const auto json = Export::WebAnnotationExport::write(
            m_library, porti(), Export::WebAnnotationOptions {.includeLinks = includeLinks});
        if (!json) {
            qWarning() << json.error().message;
            return {};
        }
        return QJsonDocument::fromJson(*json).object();
    }

    QJsonObject linkItem(const QString &linkId)
    {
        for (const auto &v : collection().value(u"first").toObject().value(u"items").toArray()) {
            if (v.toObject().value(u"id").toString() == u"urn:uuid:"_s + linkId) {
                return v.toObject();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openNewLibrary(m_library, m_dir.filePath(u"library"_s)));
        m_made = Test::addLinkedArticles(m_library);
        QVERIFY2(m_made.error.isEmpty(), qPrintable(m_made.error));
        QCOMPARE(m_suite.addDirectory(kSuite), QStringList());
    }

    void theLinksAreReadOnceEachOutgoingFirst()
    {
        const auto links = Export::ExportLinks::read(m_library, porti());
        QVERIFY(links);
        QCOMPARE(links->links.size(), 3);
        QCOMPARE(links->links.at(0).view.link.id, m_made.supports);
        QVERIFY(links->links.at(0).outgoing);
        QCOMPARE(links->links.at(0).otherTitle(), u"Shipping lines rethink their ports"_s);
        QVERIFY(links->links.at(0).otherRevision);
        QCOMPARE(links->links.at(1).view.link.id, m_made.cites);
        QVERIFY(!links->links.at(1).otherArticle); // deleted
        QCOMPARE(links->links.at(2).view.link.id, m_made.elaborates);
        QVERIFY(!links->links.at(2).outgoing);
        QCOMPARE(links->links.at(2).otherTitle(), u"Un'estate nei musei"_s);
    }

    void markdownLinksSectionMatchesGoldenFile()
    {
        const auto links = Export::ExportLinks::read(m_library, porti());
        QVERIFY(links);
        Test::compareWithGolden(
            Export::MarkdownExport::linksSection(*links) + u'\n', u"export/markdown/porti_links.md"_s);
    }

    void markdownExportEndsWithTheLinks()
    {
        const Model::Article article = *m_library.article(porti());
        const auto doc = Export::MarkdownExport::fromLibrary(m_library, article, {});
        QVERIFY(doc);
        QCOMPARE(doc->linkCount, 3);
        const QString &text = doc->text;
        QVERIFY(text.contains(u"\n## Links\n"_s));
        QVERIFY(text.contains(u"- **supports** → [[Shipping lines rethink their ports]]"_s));
        QVERIFY(text.contains(u"- [[Un'estate nei musei]] → **elaborates**"_s));
        QVERIFY(text.contains(u"  > Maersk said its container ships will call at Vado Ligure from 2027"_s));
        QVERIFY(text.contains(u"  The same news, *in two languages*."_s)); // the note as written
        QVERIFY(text.contains(u"· *dangling*"_s));
        // The links' anchors are not annotations of the export.
        QCOMPARE(doc->annotationCount, 0);

        const auto without = Export::MarkdownExport::fromLibrary(m_library, article, {.includeLinks = false});
        QVERIFY(without);
        QVERIFY(!without->text.contains(u"## Links"_s));
        QVERIFY(!without->text.contains(u"[[Shipping"_s));
        QCOMPARE(without->linkCount, 0);
    }

    void wikiLinksCannotBeBrokenByATitle()
    {
        QCOMPARE(Export::MarkdownExport::wikiLink(u"Ports | the [draft] #2"_s), u"[[Ports the draft 2]]"_s);
        QCOMPARE(Export::MarkdownExport::wikiLink(u"  "_s), u"[[Untitled article]]"_s);
    }

    void w3cLinkIsALinkingAnnotationWithTheOtherPassageAsItsBody()
    {
        const QJsonObject o = linkItem(m_made.supports);
        QCOMPARE(o.value(u"motivation").toString(), u"linking"_s);
        QCOMPARE(o.value(u"glossa:kind").toString(), u"link"_s);
        QCOMPARE(o.value(u"glossa:relation").toString(), u"supports"_s);
        QCOMPARE(o.value(u"glossa:direction").toString(), u"outgoing"_s);
        QVERIFY(!o.contains(u"glossa:status"));

        const QString portiText = m_library.currentRevision(porti())->canonicalText();
        const QString maersk = Test::relatedPassages().value(u"porti.maersk"_s);
        const QJsonObject target = o.value(u"target").toObject();
        QCOMPARE(target.value(u"type").toString(), u"SpecificResource"_s);
        QCOMPARE(target.value(u"source").toString(), u"urn:uuid:"_s + porti());
        QCOMPARE(selectorOf(target, u"TextQuoteSelector"_s).value(u"exact").toString(), maersk);
        QCOMPARE(selectorOf(target, u"TextPositionSelector"_s).value(u"start").toInt(), portiText.indexOf(maersk));

        const QJsonArray bodies = asArray(o.value(u"body"));
        QCOMPARE(bodies.size(), 2);
        const QJsonObject other = bodies.at(0).toObject();
        const QString shipping = m_made.ids.value(u"shipping"_s);
        const QString shippingText = m_library.currentRevision(shipping)->canonicalText();
        const QString english = Test::relatedPassages().value(u"shipping.maersk"_s);
        QCOMPARE(other.value(u"type").toString(), u"SpecificResource"_s);
        QCOMPARE(other.value(u"source").toString(), u"urn:uuid:"_s + shipping);
        QCOMPARE(selectorOf(other, u"TextQuoteSelector"_s).value(u"exact").toString(), english);
        const QJsonObject position = selectorOf(other, u"TextPositionSelector"_s);
        QCOMPARE(position.value(u"start").toInt(), shippingText.indexOf(english));
        QCOMPARE(position.value(u"end").toInt(), shippingText.indexOf(english) + english.size());
        const QJsonObject note = bodies.at(1).toObject();
        QCOMPARE(note.value(u"type").toString(), u"TextualBody"_s);
        QCOMPARE(note.value(u"value").toString(), Test::linkNote());
    }

    void w3cBacklinksAndWholeArticlesAndDanglingEnds()
    {
        // A backlink from a whole article: its body has no selector.
        const QJsonObject back = linkItem(m_made.elaborates);
        QCOMPARE(back.value(u"glossa:direction").toString(), u"incoming"_s);
        QCOMPARE(back.value(u"glossa:relation").toString(), u"elaborates"_s);
        const QJsonObject body = back.value(u"body").toObject();
        QCOMPARE(body.value(u"source").toString(), u"urn:uuid:"_s + m_made.ids.value(u"musei"_s));
        QVERIFY(!body.contains(u"selector"));
        QCOMPARE(selectorOf(back.value(u"target").toObject(), u"TextQuoteSelector"_s).value(u"exact").toString(),
            Test::relatedPassages().value(u"porti.museo"_s));
        // A link whose other article is gone says so.
        const QJsonObject dangling = linkItem(m_made.cites);
        QCOMPARE(dangling.value(u"glossa:status").toString(), u"dangling"_s);
        QCOMPARE(dangling.value(u"body").toObject().value(u"source").toString(),
            u"urn:uuid:"_s + m_made.ids.value(u"electronics"_s));
    }

    void everyLinkPassesEveryMustAssertion()
    {
        const QJsonObject c = collection();
        int links = 0;
        for (const auto &v : c.value(u"first").toObject().value(u"items").toArray()) {
            ++links;
            for (const QString &name : mustAssertions()) {
                const QStringList errors = m_suite.validate(name, v.toObject());
                QVERIFY2(errors.isEmpty(), qPrintable(name + u": "_s + errors.value(0)));
            }
        }
        QCOMPARE(links, 3);
        QCOMPARE(c.value(u"total").toInt(), 3);
        const auto counts = Export::WebAnnotationExport::counts(QJsonDocument(c).toJson());
        QCOMPARE(counts.links, 3);
        QCOMPARE(counts.annotations, 0);
        QCOMPARE(collection(false).value(u"total").toInt(), 0);
    }

    void importingLinksStoresNoHighlight()
    {
        const QByteArray json = QJsonDocument(collection()).toJson();
        const int before = int(m_library.annotations(porti()).size());
        const auto imported = Export::WebAnnotationImport::importBytes(m_library, json, porti());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->items.size(), 3);
        QCOMPARE(imported->count(Export::ImportOutcome::Rejected), 3);
        QVERIFY(imported->items.first().reason.contains(u"link"_s));
        QCOMPARE(int(m_library.annotations(porti()).size()), before);
    }
};

QTEST_GUILESS_MAIN(TstExportLinks)
#include "tst_exportlinks.moc"
