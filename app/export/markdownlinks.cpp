// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown export's "Links" section: the article's outgoing links, then its backlinks, each a list
// item naming the relation and the other article as an Obsidian link ([[Title]], which the other
// article's own export finds through its front matter's alias), then both passages quoted (this
// article's first), the link's note as written and its status when an end changed or is gone.
#include "exportlinks.h"
#include "links/linkrelation.h"
#include "markdownexport.h"
#include "markdownexport_p.h"

using namespace Qt::StringLiterals;

namespace Glossa::Export {

namespace {

using namespace MarkdownPrivate;

// `text`'s lines, each behind `indent` (an empty line stays empty: it does not end a list item).
QString indented(const QString &text, const QString &indent)
{
    QStringList out;
    for (const QString &line : lines(text)) {
        out << (line.isEmpty() ? QString() : indent + line);
    }
    return out.join(u'\n');
}

void writeEnd(QStringList &out, const QString &label, const Links::LinkEndState &end)
{
    const QString indent = u"  "_s;
    const QString quote = end.quote();
    if (end.isWholeArticle() || quote.trimmed().isEmpty()) {
        out << QString() << indent + u'*' + label + u"* "_s + MarkdownExport::tr("the whole article");
        return;
    }
    out << QString() << indent + u'*' + label + u'*' << QString() << indented(blockquote(quote), indent);
}

void writeLink(QStringList &out, const ExportLink &link)
{
    const Links::LinkEndState &other = link.other();
    const QString relation = u"**"_s
        + MarkdownExport::escapeText(Links::LinkRelation::label(link.view.link.relation).simplified()) + u"**"_s;
    const QString target = other.articleExists ? MarkdownExport::wikiLink(other.articleTitle)
                                               : u'*' + MarkdownExport::tr("a deleted article") + u'*';
    QString item = link.outgoing ? u"- "_s + relation + u" → "_s + target : u"- "_s + target + u" → "_s + relation;
    if (link.view.status != Links::LinkStatus::Ok) {
        item += u" · *"_s + Links::linkStatusLabel(link.view.status) + u'*';
    }
    out << item;
    writeEnd(out, MarkdownExport::tr("Here:"), link.here());
    writeEnd(out, MarkdownExport::tr("There:"), other);
    const QString note = noteText(link.view.link.note);
    if (!note.isEmpty()) {
        out << QString() << indented(note, u"  "_s);
    }
}

} // namespace

QString MarkdownExport::wikiLink(const QString &title)
{
    // What would end or split the link ("]]", "|" for shown words, "#" and "^" for a heading or a
    // block) cannot be in it: each becomes a space.
    QString t = title;
    for (const QChar c : {u'[', u']', u'|', u'#', u'^'}) {
        t.replace(c, u' ');
    }
    t = t.simplified();
    return u"[["_s + (t.isEmpty() ? tr("Untitled article") : t) + u"]]"_s;
}

QString MarkdownExport::linksSection(const ExportLinks &links)
{
    if (links.isEmpty()) {
        return {};
    }
    QStringList out {u"## "_s + tr("Links")};
    bool outgoingHeading = false;
    bool incomingHeading = false;
    for (const ExportLink &link : links.links) {
        if (link.outgoing && !outgoingHeading) {
            outgoingHeading = true;
            out << QString() << u"### "_s + tr("Links from this article");
        } else if (!link.outgoing && !incomingHeading) {
            incomingHeading = true;
            out << QString() << u"### "_s + tr("Links to this article");
        }
        out << QString();
        writeLink(out, link);
    }
    return out.join(u'\n');
}

} // namespace Glossa::Export
