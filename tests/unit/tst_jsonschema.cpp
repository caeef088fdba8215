// SPDX-License-Identifier: GPL-3.0-or-later
// The tests' JSON Schema validator (helpers/jsonschema.h) rejects what draft-04 rejects, so a test
// that validates Glossa's exports against the W3C suite can fail: each keyword the suite uses is
// tried with an instance that passes and one that must fail.
#include "helpers/jsonschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Glossa::Test::JsonSchemaSet;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonValue value(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().first();
}

} // namespace

class TstJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywords_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("instance");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, const char *schema, const char *instance, bool valid) {
            QTest::addRow("%s", name) << QByteArray(schema) << QByteArray(instance) << valid;
        };
        row("type string", "{\"type\": \"string\"}", "\"a\"", true);
        row("type string, number given", "{\"type\": \"string\"}", "3", false);
        row("type list", "{\"type\": [\"array\", \"object\"]}", "{}", true);
        row("type list, string given", "{\"type\": [\"array\", \"object\"]}", "\"x\"", false);
        row("integer", "{\"type\": \"integer\"}", "4", true);
        row("integer, fraction given", "{\"type\": \"integer\"}", "4.5", false);
        row("enum", "{\"enum\": [\"Annotation\", 2]}", "\"Annotation\"", true);
        row("enum, other value", "{\"enum\": [\"Annotation\", 2]}", "\"Note\"", false);
        row("required", "{\"required\": [\"target\"]}", "{\"target\": 1}", true);
        row("required, missing", "{\"required\": [\"target\"]}", "{\"body\": 1}", false);
        row("properties", "{\"properties\": {\"start\": {\"type\": \"integer\", \"minimum\": 0}}}", "{\"start\": 0}",
            true);
        row("properties, below minimum", "{\"properties\": {\"start\": {\"type\": \"integer\", \"minimum\": 0}}}",
            "{\"start\": -1}", false);
        row("exclusiveMinimum", "{\"minimum\": 0, \"exclusiveMinimum\": true}", "0", false);
        row("maximum", "{\"maximum\": 3}", "4", false);
        row("patternProperties", "{\"patternProperties\": {\"^(body|target)$\": {\"type\": \"object\"}}}",
            "{\"target\": {}, \"other\": 1}", true);
        row("patternProperties, wrong type", "{\"patternProperties\": {\"^(body|target)$\": {\"type\": \"object\"}}}",
            "{\"body\": \"x\"}", false);
        row("additionalProperties false", "{\"properties\": {\"a\": {}}, \"additionalProperties\": false}",
            "{\"a\": 1, \"b\": 2}", false);
        row("additionalProperties schema",
            "{\"properties\": {\"a\": {}}, \"additionalProperties\": {\"type\": \"string\"}}",
            "{\"a\": 1, \"b\": \"two\"}", true);
        row("items", "{\"items\": {\"type\": \"string\"}}", "[\"a\", \"b\"]", true);
        row("items, one wrong", "{\"items\": {\"type\": \"string\"}}", "[\"a\", 2]", false);
        row("minItems", "{\"type\": \"array\", \"minItems\": 1}", "[]", false);
        row("maxItems", "{\"type\": \"array\", \"maxItems\": 1}", "[1, 2]", false);
        row("anyOf", "{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}", "2", true);
        row("anyOf, none", "{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}", "{}", false);
        row("oneOf", "{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}", "\"s\"", true);
        row("oneOf, both match", "{\"oneOf\": [{\"type\": \"number\"}, {\"type\": \"integer\"}]}", "2", false);
        row("allOf, one fails", "{\"allOf\": [{\"type\": \"string\"}, {\"pattern\": \"^a\"}]}", "\"ba\"", false);
        row("not", "{\"not\": {\"required\": [\"body\", \"bodyValue\"]}}", "{\"body\": 1, \"bodyValue\": \"x\"}",
            false);
        row("not, passes", "{\"not\": {\"required\": [\"body\", \"bodyValue\"]}}", "{\"body\": 1}", true);
        row("pattern is a search", "{\"pattern\": \"^([a-z]){2,3}-\"}", "\"pt-BR\"", true);
        row("pattern, no match", "{\"pattern\": \"^([a-z]){2,3}$\"}", "\"EN\"", false);
        row("dependencies", "{\"dependencies\": {\"styleClass\": [\"source\"]}}", "{\"styleClass\": \"x\"}", false);
        row("dependencies met", "{\"dependencies\": {\"styleClass\": [\"source\"]}}",
            "{\"styleClass\": \"x\", \"source\": \"y\"}", true);
        row("format uri", "{\"format\": \"uri\"}", "\"urn:uuid:6d1c9f0e-4b55-5c3e-9a57-2f0b6f1d7a42\"", true);
        row("format uri, relative", "{\"format\": \"uri\"}", "\"no scheme here\"", false);
        row("format date-time", "{\"format\": \"date-time\"}", "\"2026-03-01T10:00:00.123Z\"", true);
        row("format date-time, date only", "{\"format\": \"date-time\"}", "\"2026-03-01\"", false);
        row("format date-time, no zone", "{\"format\": \"date-time\"}", "\"2026-03-01T10:00:00\"", false);
        row("local $ref", "{\"definitions\": {\"s\": {\"type\": \"string\"}}, \"$ref\": \"#/definitions/s\"}", "1",
            false);
    }

    void keywords()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, instance);
        QFETCH(bool, valid);
        JsonSchemaSet set;
        const QJsonObject s = object(schema.constData());
        QVERIFY(!s.isEmpty());
        set.add(u"test.json"_s, s);
        const QStringList errors = set.validate(u"test.json"_s, value(instance.constData()));
        QVERIFY2(errors.isEmpty() == valid, qPrintable(errors.join(u"; ")));
    }

    // A $ref names another schema by its file name or by its id spelled in another case, and may
    // point inside it; an unknown schema is a failure, never a pass.
    void refsResolveAcrossDocumentsByNameOrId()
    {
        JsonSchemaSet set;
        set.add(u"id.json"_s,
            object("{\"id\": \"ID.json\", \"definitions\": {\"uri\": {\"type\": \"string\", \"format\": \"uri\"}}}"));
        set.add(u"main.json"_s,
            object("{\"properties\": {\"a\": {\"$ref\": \"Id.json#/definitions/uri\"},\n"
                   "                                                               \"b\": {\"$ref\": "
                   "\"id.json#/definitions/uri\"}}}"));
        QVERIFY(
            set.validate(u"main.json"_s, object("{\"a\": \"urn:x:1\", \"b\": \"https://example.org/\"}")).isEmpty());
        QVERIFY(!set.validate(u"main.json"_s, object("{\"a\": \"not a uri\"}")).isEmpty());
        QVERIFY(!set.validate(u"main.json"_s, object("{\"b\": 3}")).isEmpty());
        set.add(u"broken.json"_s, object("{\"$ref\": \"missing.json#/definitions/x\"}"));
        QVERIFY(!set.validate(u"broken.json"_s, object("{}")).isEmpty());
        QVERIFY(!set.validate(u"nothing.json"_s, object("{}")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstJsonSchema)
#include "tst_jsonschema.moc"
