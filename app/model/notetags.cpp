// SPDX-License-Identifier: GPL-3.0-or-later
#include "notetags.h"

#include <algorithm>

namespace Glossa::Model::NoteTags {

namespace {

bool isTagChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'/';
}

bool opensTag(QChar before)
{
    return before.isSpace() || before == u'(' || before == u'[' || before == u'{' || before == u'>' || before == u','
        || before == u';';
}

void addOnce(QStringList &tags, const QString &tag)
{
    if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive)) {
        tags << tag;
    }
}

// The text with code (fences and inline spans) blanked out, keeping offsets.
QString withoutCode(const QString &markdown)
{
    QString text = markdown;
    bool inFence = false;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = text.size();
        }
        const QString line = text.mid(lineStart, lineEnd - lineStart).trimmed();
        const bool fence = line.startsWith(u"```") || line.startsWith(u"~~~");
        if (fence || inFence) {
            for (qsizetype i = lineStart; i < lineEnd; ++i) {
                text[i] = u' ';
            }
        }
        if (fence) {
            inFence = !inFence;
        }
        lineStart = lineEnd + 1;
    }
    // Inline code: from a backtick to the next one.
    qsizetype open = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'`') {
            if (open < 0) {
                open = i;
            } else {
                for (qsizetype j = open; j <= i; ++j) {
                    text[j] = u' ';
                }
                open = -1;
            }
        } else if (text[i] == u'\n' && open >= 0 && i + 1 < text.size() && text[i + 1] == u'\n') {
            open = -1; // a span never crosses a paragraph
        }
    }
    return text;
}

} // namespace

QStringList inText(const QString &markdown)
{
    QStringList tags;
    if (!markdown.contains(u'#')) {
        return tags;
    }
    const QString text = withoutCode(markdown);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'#' || (i > 0 && !opensTag(text[i - 1]))) {
            continue;
        }
        qsizetype end = i + 1;
        if (end >= text.size() || !text[end].isLetter()) {
            continue;
        }
        while (end < text.size() && isTagChar(text[end])) {
            ++end;
        }
        qsizetype last = end;
        while (last > i + 1 && (text[last - 1] == u'-' || text[last - 1] == u'/')) {
            --last;
        }
        addOnce(tags, text.mid(i + 1, last - i - 1));
        i = end - 1;
    }
    return tags;
}

QStringList merged(const QStringList &current, const QString &oldNote, const QString &newNote)
{
    const QStringList before = inText(oldNote);
    const QStringList after = inText(newNote);
    QStringList out;
    for (const QString &tag : current) {
        if (before.contains(tag, Qt::CaseInsensitive) && !after.contains(tag, Qt::CaseInsensitive)) {
            continue;
        }
        addOnce(out, tag);
    }
    for (const QString &tag : after) {
        addOnce(out, tag);
    }
    return out;
}

QStringList withTag(QStringList tags, const QString &tag)
{
    addOnce(tags, tag);
    return tags;
}

QStringList withoutTag(QStringList tags, const QString &tag)
{
    tags.removeIf([&](const QString &t) { return t.compare(tag, Qt::CaseInsensitive) == 0; });
    return tags;
}

QString cleaned(const QString &typed)
{
    QString tag = typed.trimmed();
    while (tag.startsWith(u'#')) {
        tag.remove(0, 1);
    }
    tag = tag.trimmed();
    if (tag.isEmpty() || std::any_of(tag.cbegin(), tag.cend(), [](QChar c) { return c.isSpace(); })
        || std::none_of(tag.cbegin(), tag.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
        return {};
    }
    return tag;
}

} // namespace Glossa::Model::NoteTags
