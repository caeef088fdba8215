// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonschema.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace Glossa::Test {

namespace {

QString key(const QString &name)
{
    return name.toLower();
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == u"object") {
        return v.isObject();
    }
    if (type == u"array") {
        return v.isArray();
    }
    if (type == u"string") {
        return v.isString();
    }
    if (type == u"number") {
        return v.isDouble();
    }
    if (type == u"integer") {
        return isInteger(v);
    }
    if (type == u"boolean") {
        return v.isBool();
    }
    if (type == u"null") {
        return v.isNull();
    }
    return false;
}

// RFC 3339 date-time (JSON Schema's "date-time").
bool isDateTime(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?"
        "([Zz]|[+-]([01]\\d|2[0-3]):[0-5]\\d)$"));
    return re.match(s).hasMatch();
}

// An absolute URI (RFC 3986): a scheme, a colon, and no characters a URI cannot hold.
bool isUri(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*$"));
    return re.match(s).hasMatch() && QUrl(s, QUrl::StrictMode).isValid();
}

bool checkFormat(const QString &format, const QJsonValue &v)
{
    if (!v.isString()) {
        return true; // formats constrain strings only
    }
    if (format == u"date-time") {
        return isDateTime(v.toString());
    }
    if (format == u"uri") {
        return isUri(v.toString());
    }
    return true;
}

// JSON equality as enum compares: numbers by value, objects and arrays member by member.
bool equal(const QJsonValue &a, const QJsonValue &b)
{
    return a == b;
}

QString unescapePointer(QString token)
{
    token = QUrl::fromPercentEncoding(token.toUtf8());
    token.replace(QStringLiteral("~1"), QStringLiteral("/"));
    token.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return token;
}

} // namespace

QStringList JsonSchemaSet::addDirectory(const QString &dir)
{
    QStringList failed;
    QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        const QJsonDocument doc = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()) : QJsonDocument();
        if (!doc.isObject()) {
            failed << path;
            continue;
        }
        add(QFileInfo(path).fileName(), doc.object());
    }
    return failed;
}

void JsonSchemaSet::add(const QString &name, const QJsonObject &schema)
{
    m_documents.insert(key(name), schema);
    const QString id = schema.value(u"id").toString();
    if (!id.isEmpty()) {
        m_documents.insert(key(id), schema);
    }
}

bool JsonSchemaSet::contains(const QString &name) const
{
    return m_documents.contains(key(name));
}

QStringList JsonSchemaSet::validate(const QString &name, const QJsonValue &instance) const
{
    if (!contains(name)) {
        return {QStringLiteral("no schema named %1").arg(name)};
    }
    QStringList errors;
    check(m_documents.value(key(name)), instance, Scope {key(name)}, QStringLiteral("$"), &errors, 0);
    return errors;
}

bool JsonSchemaSet::resolve(const QString &ref, const Scope &scope, QJsonValue *target, Scope *targetScope) const
{
    const qsizetype hash = ref.indexOf(u'#');
    const QString file = hash < 0 ? ref : ref.left(hash);
    const QString pointer = hash < 0 ? QString() : ref.mid(hash + 1);
    const QString document = file.isEmpty() ? scope.document : key(file);
    if (!m_documents.contains(document)) {
        return false;
    }
    QJsonValue value = m_documents.value(document);
    for (const QString &token : pointer.split(u'/', Qt::SkipEmptyParts)) {
        const QString t = unescapePointer(token);
        if (value.isObject() && value.toObject().contains(t)) {
            value = value.toObject().value(t);
        } else if (value.isArray() && t.toInt() < value.toArray().size()) {
            value = value.toArray().at(t.toInt());
        } else {
            return false;
        }
    }
    *target = value;
    *targetScope = Scope {document};
    return true;
}

bool JsonSchemaSet::check(const QJsonValue &schema, const QJsonValue &instance, const Scope &scope, const QString &path,
    QStringList *errors, int depth) const
{
    if (depth > 200) {
        if (errors) {
            errors->append(QStringLiteral("%1: $ref recursion too deep").arg(path));
        }
        return false;
    }
    if (schema.isBool()) {
        if (!schema.toBool() && errors) {
            errors->append(QStringLiteral("%1: not allowed here").arg(path));
        }
        return schema.toBool();
    }
    if (!schema.isObject()) {
        return true;
    }
    return checkObject(schema.toObject(), instance, scope, path, errors, depth + 1);
}

bool JsonSchemaSet::checkObject(const QJsonObject &s, const QJsonValue &v, const Scope &scope, const QString &path,
    QStringList *errors, int depth) const
{
    const auto fail = [&](const QString &why) {
        if (errors) {
            errors->append(QStringLiteral("%1: %2").arg(path, why));
        }
        return false;
    };
    // Sub-checks whose own reasons do not matter (inside anyOf, oneOf, not).
    const auto passes = [&](const QJsonValue &sub, const QJsonValue &value) {
        return check(sub, value, scope, path, nullptr, depth);
    };

    if (s.contains(u"$ref")) {
        // draft-04: a $ref replaces the schema it sits in.
        const QString ref = s.value(u"$ref").toString();
        QJsonValue target;
        Scope targetScope;
        if (!resolve(ref, scope, &target, &targetScope)) {
            return fail(QStringLiteral("unresolvable $ref %1").arg(ref));
        }
        return check(target, v, targetScope, path, errors, depth);
    }

    bool ok = true;
    if (s.contains(u"type")) {
        const QJsonValue t = s.value(u"type");
        const QJsonArray types = t.isArray() ? t.toArray() : QJsonArray {t};
        bool any = false;
        for (const auto &type : types) {
            any = any || hasType(v, type.toString());
        }
        if (!any) {
            ok = fail(QStringLiteral("type is not %1")
                    .arg(QString::fromUtf8(QJsonDocument(types).toJson(QJsonDocument::Compact))));
        }
    }
    if (s.contains(u"enum")) {
        bool any = false;
        for (const auto &e : s.value(u"enum").toArray()) {
            any = any || equal(e, v);
        }
        if (!any) {
            ok = fail(QStringLiteral("value is not in enum"));
        }
    }
    if (s.contains(u"format") && !checkFormat(s.value(u"format").toString(), v)) {
        ok = fail(QStringLiteral("'%1' is not of format %2").arg(v.toString(), s.value(u"format").toString()));
    }
    if (v.isString()) {
        const QString str = v.toString();
        const qsizetype length = str.toUcs4().size();
        if (s.contains(u"pattern")) {
            const QRegularExpression re(s.value(u"pattern").toString());
            if (!re.isValid() || !re.match(str).hasMatch()) {
                ok = fail(QStringLiteral("'%1' does not match %2").arg(str, re.pattern()));
            }
        }
        if (s.contains(u"minLength") && length < s.value(u"minLength").toInteger()) {
            ok = fail(QStringLiteral("shorter than minLength"));
        }
        if (s.contains(u"maxLength") && length > s.value(u"maxLength").toInteger()) {
            ok = fail(QStringLiteral("longer than maxLength"));
        }
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (s.contains(u"minimum")) {
            const double m = s.value(u"minimum").toDouble();
            if (s.value(u"exclusiveMinimum").toBool() ? d <= m : d < m) {
                ok = fail(QStringLiteral("%1 is below the minimum %2").arg(d).arg(m));
            }
        }
        if (s.contains(u"maximum")) {
            const double m = s.value(u"maximum").toDouble();
            if (s.value(u"exclusiveMaximum").toBool() ? d >= m : d > m) {
                ok = fail(QStringLiteral("%1 is above the maximum %2").arg(d).arg(m));
            }
        }
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (s.contains(u"minItems") && a.size() < s.value(u"minItems").toInteger()) {
            ok = fail(QStringLiteral("fewer than minItems"));
        }
        if (s.contains(u"maxItems") && a.size() > s.value(u"maxItems").toInteger()) {
            ok = fail(QStringLiteral("more than maxItems"));
        }
        const QJsonValue items = s.value(u"items");
        if (items.isObject() || items.isBool()) {
            for (qsizetype i = 0; i < a.size(); ++i) {
                ok = check(items, a[i], scope, QStringLiteral("%1[%2]").arg(path).arg(i), errors, depth) && ok;
            }
        } else if (items.isArray()) {
            const QJsonArray tuple = items.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
                if (i < tuple.size()) {
                    ok = check(tuple[i], a[i], scope, at, errors, depth) && ok;
                } else if (s.contains(u"additionalItems")) {
                    ok = check(s.value(u"additionalItems"), a[i], scope, at, errors, depth) && ok;
                }
            }
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const auto &r : s.value(u"required").toArray()) {
            if (!o.contains(r.toString())) {
                ok = fail(QStringLiteral("required property '%1' is missing").arg(r.toString()));
            }
        }
        const QJsonObject properties = s.value(u"properties").toObject();
        const QJsonObject patterns = s.value(u"patternProperties").toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString at = path + u'.' + it.key();
            bool matched = false;
            if (properties.contains(it.key())) {
                matched = true;
                ok = check(properties.value(it.key()), it.value(), scope, at, errors, depth) && ok;
            }
            for (auto p = patterns.constBegin(); p != patterns.constEnd(); ++p) {
                if (QRegularExpression(p.key()).match(it.key()).hasMatch()) {
                    matched = true;
                    ok = check(p.value(), it.value(), scope, at, errors, depth) && ok;
                }
            }
            if (!matched && s.contains(u"additionalProperties")) {
                ok = check(s.value(u"additionalProperties"), it.value(), scope, at, errors, depth) && ok;
            }
        }
        const QJsonObject dependencies = s.value(u"dependencies").toObject();
        for (auto d = dependencies.constBegin(); d != dependencies.constEnd(); ++d) {
            if (!o.contains(d.key())) {
                continue;
            }
            if (d.value().isArray()) {
                for (const auto &needed : d.value().toArray()) {
                    if (!o.contains(needed.toString())) {
                        ok = fail(QStringLiteral("'%1' needs '%2'").arg(d.key(), needed.toString()));
                    }
                }
            } else {
                ok = check(d.value(), v, scope, path, errors, depth) && ok;
            }
        }
    }
    for (const auto &sub : s.value(u"allOf").toArray()) {
        ok = check(sub, v, scope, path, errors, depth) && ok;
    }
    if (s.contains(u"anyOf")) {
        bool any = false;
        for (const auto &sub : s.value(u"anyOf").toArray()) {
            if (passes(sub, v)) {
                any = true;
                break;
            }
        }
        if (!any) {
            ok = fail(QStringLiteral("matches none of anyOf"));
        }
    }
    if (s.contains(u"oneOf")) {
        int matches = 0;
        for (const auto &sub : s.value(u"oneOf").toArray()) {
            matches += passes(sub, v) ? 1 : 0;
        }
        if (matches != 1) {
            ok = fail(QStringLiteral("matches %1 of oneOf, not exactly one").arg(matches));
        }
    }
    if (s.contains(u"not") && passes(s.value(u"not"), v)) {
        ok = fail(QStringLiteral("matches the schema under not"));
    }
    return ok;
}

} // namespace Glossa::Test
