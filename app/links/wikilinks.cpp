// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikilinks.h"

#include <optional>

namespace Glossa::Links {

namespace {

const QLatin1StringView kIdPrefix {"id:"};

// The length of the run of `c` starting at `i`.
qsizetype runLength(const QString &text, qsizetype i, QChar c)
{
    qsizetype n = 0;
    while (i + n < text.size() && text.at(i + n) == c) {
        ++n;
    }
    return n;
}

// Where the fenced code block opening at the line starting at `i` ends (the end of its closing
// fence's line, or of the text), or -1 when that line opens none.
qsizetype fenceEnd(const QString &text, qsizetype i)
{
    qsizetype p = i;
    while (p < text.size() && p - i < 3 && text.at(p) == u' ') {
        ++p;
    }
    if (p >= text.size() || (text.at(p) != u'`' && text.at(p) != u'~')) {
        return -1;
    }
    const QChar fence = text.at(p);
    const qsizetype length = runLength(text, p, fence);
    if (length < 3) {
        return -1;
    }
    qsizetype line = text.indexOf(u'\n', p);
    while (line >= 0) {
        qsizetype q = line + 1;
        while (q < text.size() && q - line - 1 < 3 && text.at(q) == u' ') {
            ++q;
        }
        const qsizetype next = text.indexOf(u'\n', q);
        if (runLength(text, q, fence) >= length
            && text.mid(q, (next < 0 ? text.size() : next) - q).trimmed().size() == runLength(text, q, fence)) {
            return next < 0 ? text.size() : next;
        }
        line = next;
    }
    return text.size();
}

std::optional<WikiLink> linkAt(const QString &text, qsizetype start)
{
    const qsizetype close = text.indexOf(QLatin1StringView("]]"), start + 2);
    if (close < 0) {
        return std::nullopt;
    }
    const QString inner = text.mid(start + 2, close - start - 2);
    if (inner.contains(u'\n') || inner.contains(QLatin1StringView("[["))) {
        return std::nullopt;
    }
    WikiLink link;
    link.start = start;
    link.end = close + 2;
    const qsizetype bar = inner.indexOf(u'|');
    const QString target = bar < 0 ? inner : inner.left(bar);
    if (bar >= 0) {
        link.shown = inner.mid(bar + 1).trimmed();
    }
    const qsizetype hash = target.indexOf(u'#');
    const QString title = hash < 0 ? target : target.left(hash);
    if (hash >= 0) {
        link.heading = target.mid(hash + 1).trimmed();
    }
    link.titleStart = start + 2;
    link.titleEnd = link.titleStart + title.size();
    const QString trimmed = title.trimmed();
    if (trimmed.startsWith(kIdPrefix, Qt::CaseInsensitive)) {
        link.articleId = trimmed.mid(kIdPrefix.size()).trimmed();
        if (link.articleId.isEmpty()) {
            return std::nullopt;
        }
    } else {
        link.title = trimmed;
        if (link.title.isEmpty()) {
            return std::nullopt;
        }
    }
    return link;
}

} // namespace

QString WikiLink::label() const
{
    if (!shown.isEmpty()) {
        return shown;
    }
    const QString name = title.isEmpty() ? articleId : title;
    return heading.isEmpty() ? name : name + QStringLiteral(" › ") + heading;
}

QList<WikiLink> WikiLinks::parse(const QString &text)
{
    QList<WikiLink> out;
    qsizetype i = 0;
    bool lineStart = true;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (lineStart) {
            lineStart = false;
            if (const qsizetype end = fenceEnd(text, i); end >= 0) {
                i = end;
                continue;
            }
        }
        if (c == u'\n') {
            lineStart = true;
            ++i;
        } else if (c == u'\\') {
            i += 2; // an escaped character is never the start of anything
        } else if (c == u'`') {
            const qsizetype n = runLength(text, i, u'`');
            // A code span closes at the next run of exactly as many backticks; without one, the
            // backticks are plain text.
            qsizetype j = i + n;
            qsizetype closeAt = -1;
            while ((j = text.indexOf(u'`', j)) >= 0) {
                const qsizetype m = runLength(text, j, u'`');
                if (m == n) {
                    closeAt = j + m;
                    break;
                }
                j += m;
            }
            i = closeAt >= 0 ? closeAt : i + n;
        } else if (c == u'[' && i + 1 < text.size() && text.at(i + 1) == u'[') {
            if (const auto link = linkAt(text, i)) {
                out.append(*link);
                i = link->end;
            } else {
                ++i;
            }
        } else {
            ++i;
        }
    }
    return out;
}

QString WikiLinks::titleKey(const QString &title)
{
    return title.simplified().toCaseFolded();
}

QString WikiLinks::searchKey(const QString &text)
{
    const QString decomposed = titleKey(text).normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out += c;
        }
    }
    return out;
}

QString WikiLinks::renamed(const QString &text, const QString &oldTitle, const QString &newTitle)
{
    const QString key = titleKey(oldTitle);
    QString out = text;
    const QList<WikiLink> links = parse(text);
    // From the end, so earlier offsets stay valid.
    for (auto it = links.crbegin(); it != links.crend(); ++it) {
        if (!it->title.isEmpty() && titleKey(it->title) == key) {
            out.replace(it->titleStart, it->titleEnd - it->titleStart, newTitle);
        }
    }
    return out;
}

std::optional<qsizetype> WikiLinks::headingOffset(const Model::Revision &revision, const QString &heading)
{
    const QString key = titleKey(heading);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    for (const Model::Block &b : revision.blocks()) {
        if (b.type == Model::BlockType::Heading && titleKey(b.text) == key) {
            return b.start;
        }
    }
    return std::nullopt;
}

} // namespace Glossa::Links
