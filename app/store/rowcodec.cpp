// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcodec.h"

#include <QTimeZone>
#include <QUuid>

namespace Glossa::Store::Codec {

QString timestamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timestampFrom(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    // The store writes exactly "yyyy-MM-ddTHH:mm:ss.zzzZ"; parse that by hand (QDateTime::fromString
    // is the dominant cost of loading a thousand annotations), anything else the slow general way.
    const QStringView v(text);
    if (v.size() == 24 && v[4] == u'-' && v[7] == u'-' && v[10] == u'T' && v[13] == u':' && v[16] == u':'
        && v[19] == u'.' && v[23] == u'Z') {
        const auto num = [&](qsizetype from, qsizetype n) {
            int out = 0;
            for (qsizetype i = from; i < from + n; ++i) {
                const char16_t c = v[i].unicode();
                if (c < u'0' || c > u'9') {
                    return -1;
                }
                out = out * 10 + int(c - u'0');
            }
            return out;
        };
        // A part that is not digits is -1, and QDate takes -1 for a year (1 BC): every part must be read.
        const int year = num(0, 4);
        const int month = num(5, 2);
        const int day = num(8, 2);
        const QDate date(year, month, day);
        const QTime time(num(11, 2), num(14, 2), num(17, 2), num(20, 3));
        if (year > 0 && month > 0 && day > 0 && date.isValid() && time.isValid()) {
            return QDateTime(date, time, QTimeZone::UTC);
        }
    }
    // Only a time the store can write back again: in UTC, between the years 1 and 9999 (ISO 8601's
    // four digits; "9999-12-31T23:00:00-05:00" is in the year 10000 once in UTC).
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    return t.isValid() && t.date().year() >= 1 && t.date().year() <= 9999 ? t : QDateTime();
}

QString kindName(Model::AnnotationKind kind)
{
    switch (kind) {
    case Model::AnnotationKind::Note:
        return QStringLiteral("note");
    case Model::AnnotationKind::CommentAnchor:
        return QStringLiteral("comment-anchor");
    case Model::AnnotationKind::LinkAnchor:
        return QStringLiteral("link-anchor");
    case Model::AnnotationKind::Highlight:
        break;
    }
    return QStringLiteral("highlight");
}

Model::AnnotationKind kindFrom(const QString &name)
{
    if (name == u"note") {
        return Model::AnnotationKind::Note;
    }
    if (name == u"comment-anchor") {
        return Model::AnnotationKind::CommentAnchor;
    }
    if (name == u"link-anchor") {
        return Model::AnnotationKind::LinkAnchor;
    }
    return Model::AnnotationKind::Highlight;
}

Model::AnchorStatus anchorStatusFrom(const QString &name)
{
    if (name == u"exact") {
        return Model::AnchorStatus::Exact;
    }
    if (name == u"fuzzy") {
        return Model::AnchorStatus::Fuzzy;
    }
    return Model::AnchorStatus::Orphan;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Glossa::Store::Codec
