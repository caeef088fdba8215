// SPDX-License-Identifier: GPL-3.0-or-later
#include "discussionhtml.h"

#include "render/notehtml.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Glossa::Export {

namespace {

// Replies nest this many levels (as in the Markdown export); deeper ones follow at the last level.
constexpr int MaxLevels = 4;

QString authorOf(const Model::Comment &c)
{
    const QString name = c.author.simplified();
    return name.isEmpty() ? DiscussionHtml::tr("guest") : name;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

void writeNode(
    QString &out, const Thread::Node &node, int depth, const QString &parentAuthor, const Discussion &discussion)
{
    const Model::Comment &c = node.comment;
    QStringList facts;
    if (c.deleted) {
        facts << u"<span class=\"comment-deleted\">"_s + esc(DiscussionHtml::tr("(deleted)")) + u"</span>"_s;
    } else {
        facts << u"<strong class=\"comment-author\">"_s + esc(authorOf(c)) + u"</strong>"_s;
        facts << u"<time datetime=\""_s + esc(discussionTime(c.created)) + u"\">"_s + esc(discussionTime(c.created))
                + u"</time>"_s;
        if (c.votes != 0) {
            facts << esc(DiscussionHtml::tr("votes: %1")
                    .arg(c.votes > 0 ? u'+' + QString::number(c.votes) : QString::number(c.votes)));
        }
        if (c.resolved) {
            facts << u"<span class=\"comment-resolved\">"_s + esc(DiscussionHtml::tr("resolved")) + u"</span>"_s;
        }
        if (c.edited.isValid()) {
            facts << esc(DiscussionHtml::tr("edited %1").arg(discussionTime(c.edited)));
        }
    }
    if (node.parentMissing) {
        facts << esc(DiscussionHtml::tr("in reply to a comment this library does not have"));
    } else if (depth >= MaxLevels && !parentAuthor.isEmpty()) {
        facts << esc(DiscussionHtml::tr("in reply to %1").arg(parentAuthor));
    }
    out += u"<li class=\"comment\">\n<p class=\"comment-meta\">"_s + facts.join(u" · "_s) + u"</p>\n"_s;
    if (!c.deleted) {
        const QString quote = discussion.quoteOf(c).simplified();
        if (!quote.isEmpty()) {
            out += u"<blockquote class=\"comment-passage\">"_s + esc(quote) + u"</blockquote>\n"_s;
        }
        out += u"<div class=\"comment-body\">"_s + Render::NoteHtml::fromMarkdown(c.body) + u"</div>\n"_s;
    }
    const QString me = c.deleted ? QString() : authorOf(c);
    const bool nest = depth + 1 < MaxLevels;
    if (nest && !node.replies.isEmpty()) {
        out += u"<ol class=\"replies\">\n"_s;
    }
    if (!nest) {
        out += u"</li>\n"_s; // deeper replies follow this one in the same list
    }
    for (const Thread::Node &reply : node.replies) {
        writeNode(out, reply, depth + 1, me, discussion);
    }
    if (nest) {
        if (!node.replies.isEmpty()) {
            out += u"</ol>\n"_s;
        }
        out += u"</li>\n"_s;
    }
}

} // namespace

QString DiscussionHtml::appendix(const Discussion &discussion)
{
    if (discussion.isEmpty()) {
        return {};
    }
    const QString heading = tr("Discussion");
    QString out = u"<section class=\"discussion-appendix\" aria-label=\""_s + esc(heading) + u"\">\n<h2>"_s
        + esc(heading) + u"</h2>\n<ol class=\"thread\">\n"_s;
    for (const Thread::Node &node : discussion.tree()) {
        writeNode(out, node, 0, QString(), discussion);
    }
    out += u"</ol>\n</section>\n"_s;
    return out;
}

} // namespace Glossa::Export
