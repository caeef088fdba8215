// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkshtml.h"

#include "links/linkrelation.h"
#include "render/notehtml.h"

using namespace Qt::StringLiterals;

namespace Glossa::Export {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString endHtml(const QString &label, const Links::LinkEndState &end)
{
    const QString quote = end.quote().simplified();
    QString out = u"<p class=\"link-end\"><span class=\"link-end-label\">"_s + esc(label) + u"</span> "_s;
    if (end.isWholeArticle() || quote.isEmpty()) {
        return out + esc(LinksHtml::tr("the whole article")) + u"</p>\n"_s;
    }
    return out + u"</p>\n<blockquote class=\"link-passage\">"_s + esc(quote) + u"</blockquote>\n"_s;
}

void writeLink(QString &out, const ExportLink &link)
{
    const Links::LinkEndState &other = link.other();
    const QString title = other.articleExists ? u"<cite>"_s + esc(other.articleTitle.simplified()) + u"</cite>"_s
                                              : esc(LinksHtml::tr("a deleted article"));
    const QString relation = u"<strong class=\"link-relation\">"_s
        + esc(Links::LinkRelation::label(link.view.link.relation).simplified()) + u"</strong>"_s;
    QString meta = link.outgoing ? relation + u" → "_s + title : title + u" → "_s + relation;
    if (link.view.status != Links::LinkStatus::Ok) {
        meta += u" · <span class=\"link-status\">"_s + esc(Links::linkStatusLabel(link.view.status)) + u"</span>"_s;
    }
    out += u"<li class=\"link\">\n<p class=\"link-meta\">"_s + meta + u"</p>\n"_s;
    out += endHtml(LinksHtml::tr("Here:"), link.here());
    out += endHtml(LinksHtml::tr("There:"), other);
    if (!link.view.link.note.trimmed().isEmpty()) {
        out += u"<div class=\"link-note\">"_s + Render::NoteHtml::fromMarkdown(link.view.link.note) + u"</div>\n"_s;
    }
    out += u"</li>\n"_s;
}

void writeList(QString &out, const ExportLinks &links, bool outgoing, const QString &heading)
{
    QString items;
    for (const ExportLink &link : links.links) {
        if (link.outgoing == outgoing) {
            writeLink(items, link);
        }
    }
    if (!items.isEmpty()) {
        out += u"<h3>"_s + esc(heading) + u"</h3>\n<ol class=\"links\">\n"_s + items + u"</ol>\n"_s;
    }
}

} // namespace

QString LinksHtml::appendix(const ExportLinks &links)
{
    if (links.isEmpty()) {
        return {};
    }
    const QString heading = tr("Links");
    QString out = u"<section class=\"links-appendix\" aria-label=\""_s + esc(heading) + u"\">\n<h2>"_s + esc(heading)
        + u"</h2>\n"_s;
    writeList(out, links, true, tr("Links from this article"));
    writeList(out, links, false, tr("Links to this article"));
    out += u"</section>\n"_s;
    return out;
}

} // namespace Glossa::Export
