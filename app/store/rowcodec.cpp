// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcodec.h"

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
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.toUTC();
}

QString kindName(Model::AnnotationKind kind)
{
    switch (kind) {
    case Model::AnnotationKind::Note:
        return QStringLiteral("note");
    case Model::AnnotationKind::CommentAnchor:
        return QStringLiteral("comment-anchor");
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
    return Model::AnnotationKind::Highlight;
}

QString styleName(Model::HighlightStyle style)
{
    return style == Model::HighlightStyle::Underline ? QStringLiteral("underline") : QStringLiteral("fill");
}

Model::HighlightStyle styleFrom(const QString &name)
{
    return name == u"underline" ? Model::HighlightStyle::Underline : Model::HighlightStyle::Fill;
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
