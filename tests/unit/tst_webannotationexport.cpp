// SPDX-License-Identifier: GPL-3.0-or-later
// W3C Web Annotation export: every annotation Glossa writes passes every MUST assertion of the W3C
// test suite (data/w3c-web-annotation-tests, annotations/annotationMusts.test, validated with the
// schemas it lists), and says what the reader marked: ids, motivation, Markdown notes with their
// language, tags, colour and style, author and dates, and a target naming the article with quote
// and position selectors whose positions count code points (non-BMP characters are one each).
#include "export/codepoints.h"
#include "export/webannotationexport.h"
#include "helpers/jsonschema.h"
#include "helpers/testlibrary.h"
#include "helpers/webannotatedarticle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// The MUST assertions `annotation` fails, with the validator's reasons.
QStringList failedMusts(const Test::JsonSchemaSet &suite, const QJsonObject &annotation)
{
    QStringList failed;
    for (const QString &name : mustAssertions()) {
        const QStringList errors = suite.validate(name, annotation);
        if (!errors.isEmpty()) {
            failed << name + u": "_s + errors.first();
        }
    }
    return failed;
}

QJsonArray items(const QJsonObject &collection)
{
    return collection.value(u"first").toObject().value(u"items").toArray();
}

QJsonObject itemWithId(const QJsonObject &collection, const QString &id)
{
    for (const auto &v : items(collection)) {
        if (v[u"id"].toString() == u"urn:uuid:"_s + id) {
            return v.toObject();
        }
    }
    return {};
}

QJsonArray asArray(const QJsonValue &v)
{
    return v.isArray() ? v.toArray() : QJsonArray {v};
}

QJsonObject selectorOf(const QJsonObject &item, QStringView type)
{
    for (const auto &s : asArray(item[u"target"][u"selector"])) {
        if (s[u"type"].toString() == type) {
            return s.toObject();
        }
    }
    return {};
}

} // namespace

class TstWebAnnotationExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    Test::WebAnnotatedArticle m_article;
    Test::JsonSchemaSet m_suite;

    QJsonObject exported(bool includePrivate)
    {
        const auto json = Export::WebAnnotationExport::write(
            m_library, m_article.article.id, Export::WebAnnotationOptions {.includePrivate = includePrivate});
        if (!json) {
            qWarning() << json.error().message;
            return {};
        }
        return QJsonDocument::fromJson(*json).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openNewLibrary(m_library, m_dir.filePath(u"library"_s)));
        m_article = Test::addAnnotatedArticle(m_library);
        QCOMPARE(m_article.annotations.size(), 7);
        QCOMPARE(m_suite.addDirectory(kSuite), QStringList());
        QCOMPARE(mustAssertions().size(), 54);
        for (const QString &name : mustAssertions()) {
            QVERIFY2(m_suite.contains(name), qPrintable(name));
        }
    }

    void everyExportedAnnotationPassesEveryMustAssertion()
    {
        const QJsonObject collection = exported(true);
        QCOMPARE(collection[u"type"].toString(), u"AnnotationCollection"_s);
        QCOMPARE(collection[u"total"].toInt(), 7);
        QCOMPARE(items(collection).size(), 7);
        for (const auto &item : items(collection)) {
            const QStringList failed = failedMusts(m_suite, item.toObject());
            QVERIFY2(failed.isEmpty(), qPrintable(item[u"id"].toString() + u"\n"_s + failed.join(u'\n')));
        }
    }

    // The suite bites: an exported annotation broken in one way fails the assertion about it, so
    // the test above could fail.
    void brokenAnnotationsFailTheirAssertion_data()
    {
        QTest::addColumn<QString>("assertion");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove the property
        QTest::addRow("no target") << u"3.1-targetKeyFound.json"_s << u"target"_s << QJsonValue(QJsonValue::Undefined);
        QTest::addRow("id not an IRI") << u"3.1-annotationIdValidated.json"_s << u"id"_s
                                       << QJsonValue(u"annotation 1"_s);
        QTest::addRow("wrong type") << u"3.1-annotationTypeValidated.json"_s << u"type"_s << QJsonValue(u"Note"_s);
        QTest::addRow("no context") << u"3.1-annotationContextValidated.json"_s << u"@context"_s
                                    << QJsonValue(QJsonValue::Undefined);
        QTest::addRow("created not a date")
            << u"3.3.1-annotationCreatedValidated.json"_s << u"created"_s << QJsonValue(u"yesterday"_s);
        QTest::addRow("modified without zone")
            << u"3.3.1-annotationModifiedValidated.json"_s << u"modified"_s << QJsonValue(u"2026-11-21T18:02:11"_s);
        QTest::addRow("body and bodyValue")
            << u"3.2.5-notBodyBodyValue.json"_s << u"bodyValue"_s << QJsonValue(u"a note"_s);
        QTest::addRow("styleClass without stylesheet")
            << u"4.4-styleClassValidIfPresent.json"_s << u"stylesheet"_s << QJsonValue(QJsonValue::Undefined);
        QJsonObject negative {{u"type"_s, u"SpecificResource"_s}, {u"source"_s, u"https://example.org/a"_s},
            {u"selector"_s, QJsonObject {{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, -1}, {u"end"_s, 4}}}};
        QTest::addRow("negative position")
            << u"4.2-TextDataPositionSelectorValid.json"_s << u"target"_s << QJsonValue(negative);
        QJsonObject noExact {{u"type"_s, u"SpecificResource"_s}, {u"source"_s, u"https://example.org/a"_s},
            {u"selector"_s, QJsonObject {{u"type"_s, u"TextQuoteSelector"_s}, {u"prefix"_s, u"Il "_s}}}};
        QTest::addRow("quote without exact")
            << u"4.2.4-textQuoteSelectorValid.json"_s << u"target"_s << QJsonValue(noExact);
    }

    void brokenAnnotationsFailTheirAssertion()
    {
        QFETCH(QString, assertion);
        QFETCH(QString, property);
        QFETCH(QJsonValue, value);
        // The annotation with a note, tags and an underline: every part of the shape is there.
        QJsonObject item = itemWithId(exported(true), m_article.annotations[3].id);
        QVERIFY(!item.isEmpty());
        QVERIFY(m_suite.validate(assertion, item).isEmpty());
        if (value.isUndefined()) {
            item.remove(property);
        } else {
            item.insert(property, value);
        }
        QVERIFY(!m_suite.validate(assertion, item).isEmpty());
    }

    void privateAnnotationsStayOutUnlessIncluded()
    {
        const Model::Annotation &hidden = m_article.annotations[5];
        QVERIFY(hidden.isPrivate);
        const QJsonObject without = exported(false);
        QCOMPARE(without[u"total"].toInt(), 6);
        QVERIFY(itemWithId(without, hidden.id).isEmpty());
        for (const auto &item : items(without)) {
            QVERIFY(!item.toObject().contains(u"glossa:private"));
        }
        const QJsonObject with = itemWithId(exported(true), hidden.id);
        QCOMPARE(with[u"glossa:private"], QJsonValue(true));
        QCOMPARE(with[u"creator"][u"name"].toString(), u"Marco"_s);
    }

    void eachAnnotationSaysWhatWasMarked()
    {
        const QJsonObject collection = exported(true);
        QCOMPARE(collection[u"label"].toString(), m_article.article.title);
        const QJsonObject highlight = itemWithId(collection, m_article.annotations[0].id);
        QCOMPARE(highlight[u"motivation"].toString(), u"highlighting"_s);
        QVERIFY(!highlight.contains(u"body"));
        QCOMPARE(highlight[u"target"][u"source"].toString(), m_article.article.source);
        QCOMPARE(highlight[u"target"][u"styleClass"].toArray(), QJsonArray {u"glossa-color-important"_s});
        QCOMPARE(highlight[u"stylesheet"][u"type"].toString(), u"CssStylesheet"_s);
        QVERIFY(highlight[u"stylesheet"][u"value"].toString().contains(u".glossa-color-important { background-color: "_s
            + m_library.palette().color(u"important"_s).value_or(Model::PaletteColor {}).color.name()));
        QCOMPARE(highlight[u"created"].toString(), u"2026-11-20T09:15:30.250Z"_s);
        QCOMPARE(highlight[u"modified"].toString(), u"2026-11-21T18:02:11.875Z"_s);
        QCOMPARE(highlight[u"creator"].toObject(), (QJsonObject {{u"type"_s, u"Person"_s}, {u"name"_s, u"Giulia"_s}}));

        const QJsonObject note = itemWithId(collection, m_article.annotations[1].id);
        QCOMPARE(note[u"motivation"].toString(), u"commenting"_s);
        QCOMPARE(note[u"body"][u"type"].toString(), u"TextualBody"_s);
        QCOMPARE(note[u"body"][u"format"].toString(), u"text/markdown"_s);
        QCOMPARE(note[u"body"][u"language"].toString(), u"it"_s);
        QCOMPARE(note[u"body"][u"value"].toString(), m_article.annotations[1].note);
        QCOMPARE(note[u"target"][u"styleClass"].toArray(),
            (QJsonArray {u"glossa-color-agree"_s, u"glossa-style-underline"_s}));

        const QJsonObject tagged = itemWithId(collection, m_article.annotations[2].id);
        QCOMPARE(tagged[u"motivation"].toString(), u"tagging"_s);
        QJsonArray tags;
        for (const auto &b : tagged[u"body"].toArray()) {
            QCOMPARE(b[u"purpose"].toString(), u"tagging"_s);
            tags.append(b[u"value"]);
        }
        QCOMPARE(tags, (QJsonArray {u"rotte"_s, u"mar-rosso"_s}));

        const QJsonObject noteOnly = itemWithId(collection, m_article.annotations[6].id);
        QCOMPARE(noteOnly[u"glossa:kind"].toString(), u"note"_s);
        QCOMPARE(noteOnly[u"motivation"].toString(), u"commenting"_s);
        QCOMPARE(collection[u"@context"].toArray().first().toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    }

    // Positions count code points: after 🚢 and 𝔊 (two UTF-16 units each) they are smaller than
    // Glossa's own offsets, and the code points they cover are the quote.
    void positionsCountCodePoints()
    {
        const QJsonObject collection = exported(true);
        const QList<uint> text = m_article.revision.canonicalText().toUcs4();
        for (const Model::Annotation &a : std::as_const(m_article.annotations)) {
            const QJsonObject item = itemWithId(collection, a.id);
            const QJsonObject position = selectorOf(item, u"TextPositionSelector");
            const QJsonObject quote = selectorOf(item, u"TextQuoteSelector");
            QCOMPARE(quote[u"exact"].toString(), a.selector.exact);
            QCOMPARE(quote[u"prefix"].toString(), a.selector.prefix);
            QCOMPARE(quote[u"suffix"].toString(), a.selector.suffix);
            const qsizetype start = position[u"start"].toInteger(-1);
            const qsizetype end = position[u"end"].toInteger(-1);
            QVERIFY(start >= 0 && end > start);
            QCOMPARE(text.mid(start, end - start), a.selector.exact.toUcs4());
        }
        const Model::Annotation &after = m_article.annotations[4]; // follows 🚢, 𝔊 and 𝟮𝟬𝟮𝟰 in its paragraph
        const QJsonObject position = selectorOf(itemWithId(collection, after.id), u"TextPositionSelector");
        QCOMPARE(position[u"start"].toInteger(), after.selector.start - 6);
        QCOMPARE(position[u"end"].toInteger(), after.selector.end - 7); // 🏛 inside it is one more
    }

    // An orphan's passage left the text: it is written with its quote alone (its old position
    // would point at other words), and is still a valid annotation.
    void anOrphanKeepsItsQuoteOnly()
    {
        Model::Annotation orphan = Test::on(m_article, u"la nuova diga foranea"_s);
        orphan.selector.exact = u"il vecchio molo dei pescatori"_s;
        orphan.anchor = Model::Anchor {};
        orphan.note = u"Il passaggio è sparito dalla nuova versione."_s;
        const QJsonObject item = Export::WebAnnotationExport::annotation(
            m_article.article, m_article.revision, orphan, m_library.palette());
        QVERIFY(selectorOf(item, u"TextPositionSelector").isEmpty());
        QCOMPARE(selectorOf(item, u"TextQuoteSelector")[u"exact"].toString(), orphan.selector.exact);
        const QStringList failed = failedMusts(m_suite, item);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
    }

    // The discussion: each comment an Annotation that passes every MUST assertion; a comment on the
    // article targets it, an inline one its passage, a reply (motivation "replying") the IRI of the
    // comment it answers; votes, resolved and tombstones in Glossa's namespace; a deleted comment
    // nothing answers is left out, and so is the passage as an item of its own.
    void theDiscussionIsInTheCollection()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(Test::openNewLibrary(library, dir.filePath(u"library"_s)));
        const Test::WebAnnotatedArticle article = Test::addAnnotatedArticle(library);
        const Test::WebDiscussion d = Test::addDiscussion(library, article);
        QVERIFY(d.ok);
        const auto json = Export::WebAnnotationExport::write(library, article.article.id, {.includePrivate = true});
        QVERIFY(json);
        const QJsonObject collection = QJsonDocument::fromJson(*json).object();
        QCOMPARE(collection[u"total"].toInt(), 7 + 6);
        QCOMPARE(items(collection).size(), 13);
        for (const auto &item : items(collection)) {
            const QStringList failed = failedMusts(m_suite, item.toObject());
            QVERIFY2(failed.isEmpty(), qPrintable(item[u"id"].toString() + u"\n"_s + failed.join(u'\n')));
            QVERIFY(item[u"id"].toString().startsWith(u"urn:uuid:"_s));
        }
        QVERIFY(itemWithId(collection, d.passage).isEmpty());
        QVERIFY(itemWithId(collection, d.deletedAlone).isEmpty());

        const QJsonObject question = itemWithId(collection, d.onArticle);
        QCOMPARE(question[u"motivation"].toString(), u"commenting"_s);
        QCOMPARE(question[u"glossa:kind"].toString(), u"comment"_s);
        QCOMPARE(question[u"target"][u"type"].toString(), u"SpecificResource"_s);
        QCOMPARE(question[u"target"][u"source"].toString(), article.article.source);
        QVERIFY(!question[u"target"].toObject().contains(u"selector"));
        QCOMPARE(question[u"body"][u"value"].toString(), u"Chi finanzia la **diga**?\n\n- il porto\n- lo Stato"_s);
        QCOMPARE(question[u"body"][u"format"].toString(), u"text/markdown"_s);
        QCOMPARE(question[u"creator"][u"name"].toString(), u"Giulia"_s);
        QVERIFY(question.contains(u"created"));
        QCOMPARE(question[u"glossa:votes"].toInt(), 2);
        QCOMPARE(question[u"glossa:ballots"].toObject(), (QJsonObject {{u"Anna"_s, 1}, {u"Marco"_s, 1}}));
        QCOMPARE(question[u"glossa:resolved"], QJsonValue(true));

        const QJsonObject reply = itemWithId(collection, d.reply);
        QCOMPARE(reply[u"motivation"].toString(), u"replying"_s);
        QCOMPARE(reply[u"target"].toString(), u"urn:uuid:"_s + d.onArticle);
        QCOMPARE(reply[u"body"][u"value"].toString(), u"In gran parte lo Stato."_s);
        const QJsonObject thanks = itemWithId(collection, d.replyToReply);
        QCOMPARE(thanks[u"motivation"].toString(), u"replying"_s);
        QCOMPARE(thanks[u"target"].toString(), u"urn:uuid:"_s + d.reply);
        QCOMPARE(thanks[u"body"][u"value"].toString(), u"Grazie mille!"_s);
        QVERIFY(thanks.contains(u"modified")); // edited

        const QJsonObject onPassage = itemWithId(collection, d.onPassage);
        QCOMPARE(onPassage[u"motivation"].toString(), u"commenting"_s);
        QCOMPARE(onPassage[u"glossa:passage"].toString(), u"urn:uuid:"_s + d.passage);
        QCOMPARE(selectorOf(onPassage, u"TextQuoteSelector")[u"exact"].toString(), u"la nuova diga foranea"_s);
        QVERIFY(!selectorOf(onPassage, u"TextPositionSelector").isEmpty());
        QCOMPARE(onPassage[u"glossa:votes"].toInt(), -1);

        const QJsonObject tombstone = itemWithId(collection, d.deleted);
        QCOMPARE(tombstone[u"glossa:deleted"], QJsonValue(true));
        QVERIFY(!tombstone.contains(u"body"));
        QCOMPARE(itemWithId(collection, d.replyToDeleted)[u"target"].toString(), u"urn:uuid:"_s + d.deleted);
        // Each reply comes after the comment it answers.
        QStringList order;
        for (const auto &item : items(collection)) {
            order << item[u"id"].toString();
        }
        QVERIFY(order.indexOf(u"urn:uuid:"_s + d.onArticle) < order.indexOf(u"urn:uuid:"_s + d.reply));
        QVERIFY(order.indexOf(u"urn:uuid:"_s + d.reply) < order.indexOf(u"urn:uuid:"_s + d.replyToReply));

        const auto without = Export::WebAnnotationExport::write(
            library, article.article.id, {.includePrivate = true, .includeDiscussion = false});
        QVERIFY(without);
        QCOMPARE(QJsonDocument::fromJson(*without).object()[u"total"].toInt(), 7);
    }

    void codePointsConvertBothWays()
    {
        const QString text = u"a🚢b𝔊"_s; // units: a, 🚢🚢, b, 𝔊𝔊
        const Export::CodePoints cp(text);
        QCOMPARE(cp.length(), 4);
        const QList<qsizetype> utf16 {0, 1, 3, 4, 6};
        for (qsizetype i = 0; i < utf16.size(); ++i) {
            QCOMPARE(cp.toCodePoints(utf16[i]), i);
            QCOMPARE(cp.toUtf16(i), utf16[i]);
        }
        const Export::CodePoints plain(u"plain"_s);
        QCOMPARE(plain.toCodePoints(3), 3);
        QCOMPARE(plain.toUtf16(5), 5);
    }

    // An article imported from a file is named by its id: a local path says nothing to anyone else.
    void aFileArticleIsNamedByItsId() const
    {
        Model::Article article = m_article.article;
        QCOMPARE(Export::WebAnnotationExport::sourceOf(article), m_article.article.source);
        article.source = u"/home/giulia/articoli/porto.txt"_s;
        QCOMPARE(Export::WebAnnotationExport::sourceOf(article), u"urn:uuid:"_s + article.id);
    }

    void anUnknownArticleIsAnError()
    {
        const auto json = Export::WebAnnotationExport::write(m_library, u"no-such-article"_s);
        QVERIFY(!json);
        QVERIFY(json.error().message.contains(u"no article"_s));
    }
};

QTEST_GUILESS_MAIN(TstWebAnnotationExport)
#include "tst_webannotationexport.moc"
