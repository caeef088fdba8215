// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown export's "Discussion" section: the thread as nested list items. Each comment's body is
// written as it was typed, indented under its item, so its own headings, lists and code stay inside
// that comment and cannot end the list or open a section of the file (a code fence left open is
// closed, and a list is ended before the replies).
#include "discussion.h"
#include "markdownexport.h"
#include "markdownexport_p.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Glossa::Export {

namespace {

using namespace MarkdownPrivate;

// Replies nest this many levels; deeper ones sit at the last level and say whom they answer.
constexpr int MaxLevels = 4;

QString authorOf(const Model::Comment &c)
{
    const QString name = c.author.simplified();
    return name.isEmpty() ? MarkdownExport::tr("guest") : name;
}

// `text`'s lines, each behind `indent` (an empty line stays empty: it does not end a list item).
QString indented(const QString &text, const QString &indent)
{
    QStringList out;
    for (const QString &line : lines(text)) {
        out << (line.isEmpty() ? QString() : indent + line);
    }
    return out.join(u'\n');
}

// A comment's body as written, made safe to nest: a code fence left open is closed, so it cannot
// swallow the replies below it.
QString closedBody(const QString &markdown)
{
    QString body = noteText(markdown);
    QString open; // the fence of a code block still open
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    for (const QString &line : lines(body)) {
        const QRegularExpressionMatch m = fence.match(line);
        if (!m.hasMatch()) {
            continue;
        }
        const QString f = m.captured(1);
        if (open.isEmpty()) {
            open = f;
        } else if (f.front() == open.front() && f.size() >= open.size()) {
            open.clear();
        }
    }
    return open.isEmpty() ? body : body + u'\n' + open;
}

// Whether `body` holds a list: replies written right after it, as list items at the same
// indentation, would continue that list instead of starting their own.
bool holdsAList(const QString &body)
{
    static const QRegularExpression item(u"^\\s*([-+*]|\\d{1,9}[.)])(\\s|$)"_s, QRegularExpression::MultilineOption);
    return item.match(body).hasMatch();
}

void writeNode(
    QStringList &out, const Thread::Node &node, int depth, const QString &parentAuthor, const Discussion &discussion)
{
    const Model::Comment &c = node.comment;
    const int level = std::min(depth, MaxLevels - 1);
    const QString indent(level * 2, u' ');
    const QString inner = indent + u"  "_s;

    QStringList facts;
    if (c.deleted) {
        facts << u'*' + MarkdownExport::tr("(deleted)") + u'*';
    } else {
        facts << u"**"_s + MarkdownExport::escapeText(authorOf(c)) + u"**"_s << discussionTime(c.created);
        if (c.votes != 0) {
            facts << MarkdownExport::tr("votes: %1")
                         .arg(c.votes > 0 ? u'+' + QString::number(c.votes) : QString::number(c.votes));
        }
        if (c.resolved) {
            facts << MarkdownExport::tr("resolved");
        }
        if (c.edited.isValid()) {
            facts << MarkdownExport::tr("edited %1").arg(discussionTime(c.edited));
        }
    }
    if (node.parentMissing) {
        facts << MarkdownExport::tr("in reply to a comment this library does not have");
    } else if (depth >= MaxLevels && !parentAuthor.isEmpty()) {
        facts << MarkdownExport::tr("in reply to %1").arg(MarkdownExport::escapeText(parentAuthor));
    }
    out << indent + u"- "_s + facts.join(u" · "_s);

    if (!c.deleted) {
        const QString quote = discussion.quoteOf(c);
        if (!quote.trimmed().isEmpty()) {
            out << QString() << indented(blockquote(quote), inner);
        }
        const QString body = closedBody(c.body);
        if (!body.isEmpty()) {
            out << QString() << indented(body, inner);
        }
        if (holdsAList(body) && !node.replies.isEmpty() && depth + 1 < MaxLevels) {
            out << QString() << inner + u"<!-- -->"_s; // ends the body's list (CommonMark's way)
        }
    }
    const QString me = c.deleted ? QString() : authorOf(c);
    for (const Thread::Node &reply : node.replies) {
        out << QString();
        writeNode(out, reply, depth + 1, me, discussion);
    }
}

} // namespace

QString MarkdownExport::discussionSection(const Discussion &discussion)
{
    if (discussion.isEmpty()) {
        return {};
    }
    const QList<Thread::Node> tree = discussion.tree();
    QStringList out {u"## "_s + tr("Discussion")};
    for (const Thread::Node &node : tree) {
        out << QString();
        writeNode(out, node, 0, QString(), discussion);
    }
    return out.join(u'\n');
}

} // namespace Glossa::Export
