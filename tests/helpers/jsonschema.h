// SPDX-License-Identifier: GPL-3.0-or-later
// A small JSON Schema (draft-04) validator for the tests, so exports are checked against the W3C
// Web Annotation test suite's schemas with no network: the keywords those schemas use (type, enum,
// required, properties, patternProperties, additionalProperties, dependencies, items,
// additionalItems, minItems, maxItems, minLength, maxLength, minimum, maximum and their exclusive
// forms, pattern, format date-time and uri, allOf, anyOf, oneOf, not, definitions) and $ref to
// "#/pointer", to another schema by its file name or its "id" (compared case-insensitively: the
// suite spells some ids in another case than their files) with an optional "#/pointer".
// Unknown keywords are ignored, as the specification says.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Glossa::Test {

class JsonSchemaSet
{
public:
    // Adds every *.json below `dir`, each under its file name and its "id". Returns the files that
    // could not be read as JSON objects (empty when all were read).
    QStringList addDirectory(const QString &dir);
    void add(const QString &name, const QJsonObject &schema);
    bool contains(const QString &name) const;

    // The reasons `instance` fails the schema named `name` (empty when it is valid); the first
    // entry names the deepest failing keyword and its place in the instance.
    QStringList validate(const QString &name, const QJsonValue &instance) const;

private:
    struct Scope {
        QString document; // the key of the document "#/…" refers to
    };
    bool check(const QJsonValue &schema, const QJsonValue &instance, const Scope &scope, const QString &path,
        QStringList *errors, int depth) const;
    bool checkObject(const QJsonObject &schema, const QJsonValue &instance, const Scope &scope, const QString &path,
        QStringList *errors, int depth) const;
    bool resolve(const QString &ref, const Scope &scope, QJsonValue *target, Scope *targetScope) const;

    QHash<QString, QJsonObject> m_documents; // by lower-cased file name and id
};

} // namespace Glossa::Test
