// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlmetadata.h"

#include "markupscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Glossa::Ingest::HtmlMetadata {

namespace {

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
    // One pass of the markup scanner over the page (no regular expression over untrusted markup):
    // meta tags, JSON-LD scripts and the first <time datetime>.
    Found found;
    QString metaPublished;
    QString ldPublished;
    QString ldSite;
    QString timePublished;
    Markup::Scanner scanner(html);
    Markup::Token t;
    bool inJsonLd = false;
    while (scanner.next(t)) {
        if (t.kind == Markup::Token::Kind::RawText) {
            if (inJsonLd) {
                const QJsonDocument doc
                    = QJsonDocument::fromJson(QStringView(html).mid(t.begin, t.end - t.begin).trimmed().toUtf8());
                const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
                if (ldPublished.isEmpty()) {
                    ldPublished = findIn(root, QStringLiteral("datePublished"));
                }
                if (ldSite.isEmpty()) {
                    ldSite = findIn(root, QStringLiteral("publisher"), QStringLiteral("name"));
                }
            }
            inJsonLd = false;
            continue;
        }
        if (t.kind != Markup::Token::Kind::StartTag) {
            inJsonLd = false;
            continue;
        }
        inJsonLd = t.name == u"script"
            && Markup::attribute(t.attributes, u"type").compare(u"application/ld+json", Qt::CaseInsensitive) == 0;
        if (t.name == u"time" && timePublished.isEmpty()) {
            timePublished = Markup::attribute(t.attributes, u"datetime");
        } else if (t.name == u"meta") {
            QString key = Markup::attribute(t.attributes, u"property");
            if (key.isEmpty()) {
                key = Markup::attribute(t.attributes, u"name");
            }
            if (key.isEmpty()) {
                key = Markup::attribute(t.attributes, u"itemprop");
            }
            key = key.toLower();
            const QString content = Markup::attribute(t.attributes, u"content");
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
    }
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
