// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlmetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Glossa::Ingest::HtmlMetadata {

namespace {

QString attribute(const QString &tag, QStringView name)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))")
                                    .arg(QRegularExpression::escape(name.toString())),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(tag);
    if (!m.hasMatch()) {
        return {};
    }
    QString value = m.captured(1) + m.captured(2) + m.captured(3);
    // Entities as a page writes them in attributes (&amp;, &#39;).
    value.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    return value.simplified();
}

// The first string `key` holds in a JSON-LD tree (objects, arrays, @graph).
QString findIn(const QJsonValue &value, const QString &key, const QString &inner = {})
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (QString found = findIn(v, key, inner); !found.isEmpty()) {
                return found;
            }
        }
        return {};
    }
    if (!value.isObject()) {
        return {};
    }
    const QJsonObject o = value.toObject();
    const QJsonValue direct = o.value(key);
    if (inner.isEmpty() && direct.isString()) {
        return direct.toString().simplified();
    }
    if (!inner.isEmpty() && direct.isObject() && direct.toObject().value(inner).isString()) {
        return direct.toObject().value(inner).toString().simplified();
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() || it.value().isArray()) {
            if (QString found = findIn(it.value(), key, inner); !found.isEmpty()) {
                return found;
            }
        }
    }
    return {};
}

} // namespace

Found read(const QString &html)
{
    Found found;
    QString metaPublished;
    static const QRegularExpression metaTag(
        QStringLiteral("<meta\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = metaTag.globalMatch(html); it.hasNext();) {
        const QString tag = it.next().captured(0);
        QString key = attribute(tag, u"property");
        if (key.isEmpty()) {
            key = attribute(tag, u"name");
        }
        if (key.isEmpty()) {
            key = attribute(tag, u"itemprop");
        }
        key = key.toLower();
        const QString content = attribute(tag, u"content");
        if (content.isEmpty()) {
            continue;
        }
        if (found.site.isEmpty() && (key == u"og:site_name" || key == u"application-name")) {
            found.site = content;
        }
        if (metaPublished.isEmpty()
            && (key == u"article:published_time" || key == u"datepublished" || key == u"dc.date.issued"
                || key == u"dcterms.issued" || key == u"dc.date" || key == u"date" || key == u"pubdate"
                || key == u"publish-date" || key == u"parsely-pub-date" || key == u"sailthru.date")) {
            metaPublished = content;
        }
    }
    QString ldPublished;
    QString ldSite;
    static const QRegularExpression jsonLd(
        QStringLiteral("<script\\b[^>]*type\\s*=\\s*[\"']?application/ld\\+json[\"']?[^>]*>(.*?)</script\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (auto it = jsonLd.globalMatch(html); it.hasNext();) {
        const QJsonDocument doc = QJsonDocument::fromJson(it.next().captured(1).trimmed().toUtf8());
        const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (ldPublished.isEmpty()) {
            ldPublished = findIn(root, QStringLiteral("datePublished"));
        }
        if (ldSite.isEmpty()) {
            ldSite = findIn(root, QStringLiteral("publisher"), QStringLiteral("name"));
        }
    }
    static const QRegularExpression timeTag(
        QStringLiteral("<time\\b[^>]*\\bdatetime\\s*=[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    const QString timePublished = attribute(timeTag.match(html).captured(0), u"datetime");
    for (const QString &candidate : {metaPublished, ldPublished, timePublished}) {
        if (!candidate.isEmpty()) {
            found.published = candidate;
            break;
        }
    }
    if (found.site.isEmpty()) {
        found.site = ldSite;
    }
    return found;
}

} // namespace Glossa::Ingest::HtmlMetadata
