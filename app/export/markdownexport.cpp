// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexport.h"

#include "library/library.h"
#include "markdownexport_p.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Glossa::Export {

namespace MarkdownPrivate {

QStringList lines(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    QStringList out = text.split(u'\n');
    for (QString &line : out) {
        while (!line.isEmpty() && line.back().isSpace()) {
            line.chop(1);
        }
    }
    return out;
}

QString blockquote(const QString &text)
{
    QStringList quoted;
    for (const QString &line : lines(text.trimmed())) {
        quoted << (line.isEmpty() ? u">"_s : QString(u"> "_s + MarkdownExport::escapeText(line)));
    }
    return quoted.join(u'\n');
}

QString noteText(const QString &markdown)
{
    QStringList l = lines(markdown);
    while (!l.isEmpty() && l.first().isEmpty()) {
        l.removeFirst();
    }
    while (!l.isEmpty() && l.last().isEmpty()) {
        l.removeLast();
    }
    return l.join(u'\n');
}

} // namespace MarkdownPrivate

namespace {

using namespace MarkdownPrivate;

// The passage an anchored annotation marks, read from the text the reader shows when it is
// anchored on it; otherwise (or for an orphan) the words it was made on.
QString passage(const Model::Annotation &a, const std::optional<Model::Revision> &revision)
{
    if (!a.anchor.isAnchored()) {
        return a.originalQuote.isEmpty() ? a.selector.exact : a.originalQuote;
    }
    if (revision && a.revisionId == revision->id && a.anchor.start >= 0 && a.anchor.end > a.anchor.start
        && a.anchor.end <= revision->canonicalText().size()) {
        return revision->canonicalText().mid(a.anchor.start, a.anchor.end - a.anchor.start);
    }
    return a.selector.exact;
}

// An anchored passage of the current revision with its inline formatting as Markdown (**strong**,
// *emphasis*, `code`, ~~strike~~, [links](url)), the rest escaped as escapeText() does line by line;
// empty when no mark falls in it (the passage is then quoted as plain text).
QString markedPassage(const Model::Annotation &a, const std::optional<Model::Revision> &revision)
{
    if (!revision || !a.anchor.isAnchored() || a.revisionId != revision->id || a.anchor.start < 0
        || a.anchor.end > revision->canonicalText().size()) {
        return {};
    }
    const QString &text = revision->canonicalText();
    qsizetype start = a.anchor.start;
    qsizetype end = a.anchor.end;
    while (start < end && text[start].isSpace()) {
        ++start;
    }
    while (end > start && text[end - 1].isSpace()) {
        --end;
    }
    auto kept = [](const Model::Mark &m) { return m.kind != Model::MarkKind::Cell && m.kind != Model::MarkKind::FootnoteRef; };
    QList<Model::Mark> marks;
    for (const Model::Block &b : revision->blocks()) {
        if (b.end <= start || b.start >= end) {
            continue;
        }
        for (Model::Mark m : b.marks) {
            m.start += b.start;
            m.end += b.start;
            if (kept(m) && m.end > start && m.start < end) {
                marks.append(m);
            }
        }
    }
    if (marks.isEmpty()) {
        return {};
    }
    QString out;
    bool inCode = false;
    auto delimiter = [](const Model::Mark &m) {
        switch (m.kind) {
        case Model::MarkKind::Strong:
            return u"**"_s;
        case Model::MarkKind::Emphasis:
            return u"*"_s;
        case Model::MarkKind::Code:
            return u"`"_s;
        case Model::MarkKind::Strike:
            return u"~~"_s;
        default:
            return QString();
        }
    };
    Model::visitMarked(text, marks, start, end,
        {.open = [&](const Model::Mark &m) {
             out += m.kind == Model::MarkKind::Link ? u"["_s : delimiter(m);
             inCode = inCode || m.kind == Model::MarkKind::Code;
         },
            .close = [&](const Model::Mark &m) {
                if (m.kind == Model::MarkKind::Link) {
                    QString url = m.attr;
                    url.replace(u' ', u"%20"_s).replace(u'(', u"%28"_s).replace(u')', u"%29"_s);
                    out += u"]("_s + url + u')';
                } else {
                    out += delimiter(m);
                }
                inCode = inCode && m.kind != Model::MarkKind::Code;
            },
            .text = [&](QStringView t) {
                QStringList parts;
                for (const QString &line : t.toString().split(u'\n')) {
                    parts << (inCode ? QString(line).replace(u'`', u'\'') : MarkdownExport::escapeText(line));
                }
                out += parts.join(u'\n');
            },
            .skip = [&](const Model::Mark &m) { return !kept(m); }});
    QStringList quoted;
    for (const QString &line : lines(out)) {
        quoted << (line.isEmpty() ? u">"_s : QString(u"> "_s + line));
    }
    return quoted.join(u'\n');
}

QString annotationSection(
    const Model::Annotation &a, const std::optional<Model::Revision> &revision, const Model::Palette &palette)
{
    QString label = palette.labelFor(a.color).simplified();
    if (label.isEmpty()) {
        label = MarkdownExport::tr("Note");
    }
    QStringList qualities;
    if (a.kind == Model::AnnotationKind::Highlight && a.style == Model::HighlightStyle::Underline) {
        qualities << MarkdownExport::tr("underlined");
    }
    if (a.isPrivate) {
        qualities << MarkdownExport::tr("private");
    }
    QString heading = u"### "_s + MarkdownExport::escapeText(label);
    if (!qualities.isEmpty()) {
        heading += u" ("_s + qualities.join(u", "_s) + u')';
    }
    QStringList parts {heading};
    const QString quote = passage(a, revision);
    if (const QString marked = markedPassage(a, revision); !marked.isEmpty()) {
        parts << marked;
    } else if (!quote.trimmed().isEmpty()) {
        parts << blockquote(quote);
    }
    if (a.anchor.isAnchored() && !a.originalQuote.isEmpty()) {
        parts << u'*'
                + MarkdownExport::tr("The article has changed here; this passage read: “%1”")
                      .arg(MarkdownExport::escapeText(a.originalQuote.simplified()))
                + u'*';
    }
    const QString note = noteText(a.note);
    if (!note.isEmpty()) {
        parts << note;
    }
    QStringList tags;
    for (const QString &tag : a.tags) {
        const QString t = MarkdownExport::obsidianTag(tag);
        if (!t.isEmpty() && !tags.contains(u'#' + t)) {
            tags << u'#' + t;
        }
    }
    if (!tags.isEmpty()) {
        parts << tags.join(u' ');
    }
    return parts.join(u"\n\n"_s);
}

QString frontMatter(const Model::Article &article, const QString &title, const MarkdownOptions &options)
{
    QStringList yaml {u"---"_s};
    auto field = [&](const QString &key, const QString &value) {
        if (!value.isEmpty()) {
            yaml << key + u": "_s + MarkdownExport::yamlString(value);
        }
    };
    field(u"title"_s, title);
    // So that [[Title]] finds the file whatever its name (`glossa export --all` adds the id to it).
    yaml << u"aliases:"_s << u"  - "_s + MarkdownExport::yamlString(title);
    field(u"byline"_s, article.byline);
    field(u"site"_s, article.site);
    field(u"source"_s, article.source);
    field(u"published"_s, article.published);
    field(u"language"_s, article.language);
    QStringList tags;
    for (const QString &tag : article.tags) {
        const QString t = MarkdownExport::obsidianTag(tag);
        if (!t.isEmpty() && !tags.contains(t)) {
            tags << t;
        }
    }
    if (!tags.isEmpty()) {
        yaml << u"tags:"_s;
        for (const QString &t : std::as_const(tags)) {
            yaml << u"  - "_s + MarkdownExport::yamlString(t);
        }
    }
    field(u"glossa-id"_s, article.id);
    if (options.exportedAt.isValid()) {
        field(u"exported"_s, options.exportedAt.toUTC().toString(Qt::ISODate));
    }
    yaml << u"---"_s;
    return yaml.join(u'\n');
}

bool isUrl(const QString &source)
{
    return source.startsWith(u"https://"_s, Qt::CaseInsensitive)
        || source.startsWith(u"http://"_s, Qt::CaseInsensitive);
}

} // namespace

MarkdownDocument MarkdownExport::write(const Model::Article &article, const std::optional<Model::Revision> &revision,
    QList<Model::Annotation> annotations, const Model::Palette &palette, const MarkdownOptions &options,
    const Discussion &discussion, const ExportLinks &links)
{
    annotations.removeIf([&](const Model::Annotation &a) {
        return !Model::isReaderAnnotation(a) || (a.isPrivate && !options.includePrivate);
    });
    Model::sortInTextOrder(annotations);

    const QString title = article.title.simplified().isEmpty() ? tr("Untitled article") : article.title;
    QStringList parts {frontMatter(article, title, options), u"# "_s + escapeText(title.simplified())};
    if (!article.byline.trimmed().isEmpty()) {
        parts << escapeText(article.byline.simplified());
    }
    if (!article.source.trimmed().isEmpty()) {
        const QString source = article.source.simplified();
        // An autolink keeps a URL's underscores and hashes as they are; a path is plain text.
        const bool autolink = isUrl(source) && !source.contains(u'>') && !source.contains(u' ');
        parts << tr("Source: %1").arg(autolink ? QString(u'<' + source + u'>') : escapeText(source));
    }
    // The note on the whole article: the reader's own Markdown, as written.
    if (!article.note.trimmed().isEmpty()) {
        parts << u"## "_s + tr("Article note") << article.note.trimmed();
    }
    bool inOrphans = false;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Model::Annotation &a = annotations.at(i);
        if (i == 0 && a.anchor.isAnchored()) {
            parts << u"## "_s + tr("Annotations");
        }
        if (!a.anchor.isAnchored() && !inOrphans) {
            inOrphans = true;
            parts << u"## "_s + tr("Orphans")
                  << tr("Glossa can no longer find these passages in the article; each shows the words it marked.");
        }
        parts << annotationSection(a, revision, palette);
    }
    int comments = 0;
    if (options.includeDiscussion && !discussion.isEmpty()) {
        parts << discussionSection(discussion);
        comments = Thread::count(discussion.tree());
    }
    int linkCount = 0;
    if (options.includeLinks && !links.isEmpty()) {
        parts << linksSection(links);
        linkCount = int(links.links.size());
    }
    return {parts.join(u"\n\n"_s) + u'\n', int(annotations.size()), comments, linkCount};
}

QString MarkdownExport::yamlString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'"':
            out += u"\\\""_s;
            continue;
        case u'\\':
            out += u"\\\\"_s;
            continue;
        case u'\n':
            out += u"\\n"_s;
            continue;
        case u'\t':
            out += u"\\t"_s;
            continue;
        case u'\r':
            out += u"\\r"_s;
            continue;
        case 0:
            out += u"\\0"_s;
            continue;
        default:
            break;
        }
        const bool surrogatePair = QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (surrogatePair) {
            out += text.at(i);
            out += text.at(++i);
            continue;
        }
        // YAML's printable set, less the characters YAML 1.1 readers take as line breaks.
        const bool printable = (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff && c != 0x2028 && c != 0x2029)
            || (c >= 0xe000 && c <= 0xfffd && c != 0xfeff);
        if (printable) {
            out += QChar(c);
        } else if (QChar::isSurrogate(c)) {
            out += u"\\uFFFD"_s; // half a pair: not a character, and not encodable as UTF-8
        } else if (c < 0x100) {
            out += u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0').toUpper();
        } else {
            out += u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0').toUpper();
        }
    }
    out += u'"';
    return out;
}

QString MarkdownExport::obsidianTag(const QString &tag)
{
    QString out;
    for (const QChar c : tag.normalized(QString::NormalizationForm_C)) {
        if (c.isLetterOrNumber() || c.isMark() || c == u'_' || c == u'/') {
            out += c;
        } else if (!out.isEmpty() && out.back() != u'-' && out.back() != u'/') {
            out += u'-'; // spaces, "#", punctuation: one dash between words, none at the start
        }
    }
    static const QRegularExpression slashes(u"-*/[-/]*"_s); // "a - / b" and "a//b" nest once
    out.replace(slashes, u"/"_s);
    while (!out.isEmpty() && (out.front() == u'/' || out.front() == u'-')) {
        out.remove(0, 1);
    }
    while (!out.isEmpty() && (out.back() == u'/' || out.back() == u'-')) {
        out.chop(1);
    }
    if (!out.isEmpty() && std::all_of(out.cbegin(), out.cend(), [](QChar c) { return c.isDigit(); })) {
        out.prepend(u'_');
    }
    return out;
}

QString MarkdownExport::escapeText(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const bool doubled = i + 1 < line.size() && line.at(i + 1) == c;
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'#':
        case u'$':
            out += u'\\';
            break;
        case u'=': // Obsidian's ==highlight==, ~~strike~~ and %%comment%% need a pair
        case u'~':
        case u'%':
            if (doubled) {
                out += u'\\';
            }
            break;
        default:
            break;
        }
        out += c;
    }
    // What would make the line something else than a paragraph line: "> quote", "- item", "+ item",
    // "1. item", "1) item" (and "---", "===" underlines, which start with these characters too).
    static const QRegularExpression blockStart(u"^(\\s*)(>|[-+](?=\\s|[-+]*$)|\\d{1,9}(?=[.)](\\s|$)))"_s);
    const QRegularExpressionMatch m = blockStart.match(out);
    if (m.hasMatch()) {
        if (m.captured(2).front().isDigit()) {
            out.insert(m.capturedEnd(2), u'\\'); // "1\. item"
        } else {
            out.insert(m.capturedStart(2), u'\\');
        }
    }
    return out;
}

Result<MarkdownDocument> MarkdownExport::fromLibrary(
    const Library &library, const Model::Article &article, const MarkdownOptions &options)
{
    auto revision = library.readCurrentRevision(article.id);
    if (!revision) {
        return revision.error();
    }
    auto annotations = library.readAnnotations(article.id);
    if (!annotations) {
        return annotations.error();
    }
    Discussion discussion;
    if (options.includeDiscussion) {
        auto read = Discussion::read(library, article.id);
        if (!read) {
            return read.error();
        }
        discussion = std::move(*read);
    }
    ExportLinks links;
    if (options.includeLinks) {
        auto read = ExportLinks::read(library, article.id);
        if (!read) {
            return read.error();
        }
        links = std::move(*read);
    }
    return write(article, *revision, *annotations, library.palette(), options, discussion, links);
}

} // namespace Glossa::Export
