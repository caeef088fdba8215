// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlinehtml.h"

namespace Glossa::Render {

using Model::Mark;
using Model::MarkKind;

QString InlineHtml::openTag(const Mark &mark)
{
    switch (mark.kind) {
    case MarkKind::Strong:
        return QStringLiteral("<strong>");
    case MarkKind::Emphasis:
        return QStringLiteral("<em>");
    case MarkKind::Code:
        return QStringLiteral("<code class=\"inline\">");
    case MarkKind::Strike:
        return QStringLiteral("<s>");
    case MarkKind::Link:
        // No href: the page never follows it; Ctrl+click asks the application to open it (reader.js).
        //: The tooltip of a link in an article; %1 is its address.
        return u"<a class=\"ext\" data-href=\"" + mark.attr.toHtmlEscaped() + u"\" title=\""
            + tr("%1 (Ctrl+click to open it in your browser)").arg(mark.attr).toHtmlEscaped() + u"\">";
    case MarkKind::FootnoteRef:
        return u"<sup class=\"fn-ref\" data-footnote=\"" + QString::number(mark.attr.toInt()) + u"\">";
    case MarkKind::Cell:
        break;
    }
    return {};
}

QString InlineHtml::closeTag(const Mark &mark)
{
    switch (mark.kind) {
    case MarkKind::Strong:
        return QStringLiteral("</strong>");
    case MarkKind::Emphasis:
        return QStringLiteral("</em>");
    case MarkKind::Code:
        return QStringLiteral("</code>");
    case MarkKind::Strike:
        return QStringLiteral("</s>");
    case MarkKind::Link:
        return QStringLiteral("</a>");
    case MarkKind::FootnoteRef:
        return QStringLiteral("</sup>");
    case MarkKind::Cell:
        break;
    }
    return {};
}

QString InlineHtml::render(const QString &text, const QList<Mark> &marks, qsizetype from, qsizetype to)
{
    QString html;
    Model::visitMarked(text, marks, from, to,
        {.open = [&](const Mark &m) { html += openTag(m); },
            .close = [&](const Mark &m) { html += closeTag(m); },
            .text = [&](QStringView t) { html += t.toString().toHtmlEscaped(); },
            .skip = {}});
    return html;
}

} // namespace Glossa::Render
