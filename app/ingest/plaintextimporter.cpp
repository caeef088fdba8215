// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextimporter.h"

#include "boilerplate.h"
#include "language.h"
#include "model/elide.h"
#include "textdecoder.h"

#include <QRegularExpression>

namespace Glossa::Ingest {

namespace {

using Kind = Boilerplate::Kind;

// Hard-wrapped prose (an e-mail, a 72-column text file): every line but the last fills most of
// the width, and the width is that of a terminal, not of a paragraph written on one line.
bool looksWrapped(const QStringList &lines)
{
    qsizetype longest = 0;
    for (const QString &l : lines) {
        longest = std::max(longest, l.size());
    }
    if (longest < 40 || longest > 120) {
        return false;
    }
    // Lines that start with a list marker are items, not a wrapped paragraph.
    static const QRegularExpression marker(QStringLiteral("^(?:[-*•–·▪◦]|\\d{1,3}[.)])\\s"));
    if (std::count_if(lines.cbegin(), lines.cend(), [](const QString &l) { return marker.match(l).hasMatch(); }) >= 2) {
        return false;
    }
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].size() * 10 < longest * 6) {
            return false;
        }
    }
    return true;
}

bool isDateLine(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:1[89]|20)\\d\\d\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b"));
    return line.size() <= 60 && re.match(line).hasMatch();
}

// The title is the title-like line nearest above the body: not chrome, a few words, not a sentence.
// A byline ("By X", or a bare name under the title) and a date line between them are skipped.
void findTitleAndByline(const Boilerplate::Result &r, Extraction &out)
{
    QString nameAbove; // a bare name between the title and the body: the byline
    const qsizetype stop = std::max<qsizetype>(0, r.bodyBegin - 6);
    for (qsizetype i = r.bodyBegin - 1; i >= stop; --i) {
        const Boilerplate::Paragraph &p = r.paragraphs[i];
        if (p.kind == Kind::Chrome || p.kind == Kind::Separator) {
            continue;
        }
        const QString byline = Boilerplate::bylineName(p.text);
        if (!byline.isEmpty()) {
            out.byline = byline; // the byline under the title wins over an author box further down
            continue;
        }
        if (isDateLine(p.text) && p.words <= 8) {
            if (out.published.isEmpty()) {
                out.published = p.text; // as the page wrote it
            }
            continue;
        }
        const QChar last = Boilerplate::terminal(p.text);
        if (p.words < 2 || p.text.size() > 200 || last == u'.' || last == u':' || last == u',') {
            continue;
        }
        if (p.nameLike && nameAbove.isEmpty() && i > stop) {
            nameAbove = p.text; // maybe the byline; decided by whether a title lies above it
            continue;
        }
        out.title = p.text;
        if (out.byline.isEmpty()) {
            out.byline = nameAbove;
        }
        return;
    }
    if (!nameAbove.isEmpty()) {
        out.title = nameAbove; // the only title-like line: a title in title case, not a name
    }
}

} // namespace

QStringList PlainTextImporter::paragraphs(const QString &normalisedText)
{
    static const QRegularExpression spaces(QStringLiteral("[ ]{2,}"));
    QStringList lines = normalisedText.split(u'\n');
    for (QString &l : lines) {
        l = l.trimmed();
        l.replace(spaces, QStringLiteral(" "));
    }
    // Separator lines such as "•  •  •" keep their inner spacing collapsed too; that is fine.
    bool blankBetween = false;
    bool seenText = false;
    bool pendingBlank = false;
    for (const QString &l : std::as_const(lines)) {
        if (l.isEmpty()) {
            pendingBlank = seenText;
        } else {
            blankBetween = blankBetween || pendingBlank;
            seenText = true;
        }
    }

    QStringList out;
    if (!blankBetween) {
        for (const QString &l : std::as_const(lines)) {
            if (!l.isEmpty()) {
                out << l;
            }
        }
        return out;
    }
    QStringList group;
    auto flush = [&] {
        if (group.size() > 1 && looksWrapped(group)) {
            out << group.join(u' ');
        } else {
            out << group;
        }
        group.clear();
    };
    for (const QString &l : std::as_const(lines)) {
        if (l.isEmpty()) {
            if (!group.isEmpty()) {
                flush();
            }
        } else {
            group << l;
        }
    }
    if (!group.isEmpty()) {
        flush();
    }
    return out;
}

QString PlainTextImporter::titleFromFirstSentence(const QString &text, qsizetype maxLength)
{
    // The first sentence ends at ". ", "! " or "? " (not at an abbreviation's dot inside a word).
    static const QRegularExpression end(QStringLiteral("[.!?…](?=\\s|$)"));
    const auto m = end.match(text);
    QString sentence = m.hasMatch() ? text.left(m.capturedStart() + 1) : text;
    if (sentence.size() > maxLength) {
        return Model::elidedAtWord(sentence, maxLength);
    }
    if (sentence.endsWith(u'.')) {
        sentence.chop(1); // a title does not end with a full stop
    }
    return sentence;
}

Extraction PlainTextImporter::extract(const QString &text)
{
    Extraction out;
    const QStringList paras = paragraphs(TextDecoder::normalise(text));
    const QString pageLanguage = Language::detect(paras.join(u'\n'));
    const Boilerplate::Result r = Boilerplate::analyse(paras, pageLanguage);
    out.blocks = Boilerplate::bodyBlocks(r);
    out.byline = r.byline;
    out.authorBio = r.bio;
    findTitleAndByline(r, out);

    QString bodyText;
    for (const Model::Block &b : std::as_const(out.blocks)) {
        bodyText += b.text + u'\n';
    }
    out.language = Language::detect(bodyText);
    if (out.language.isEmpty()) {
        out.language = pageLanguage;
    }
    for (const Model::Block &b : std::as_const(out.blocks)) {
        if (b.type == Model::BlockType::Paragraph) {
            if (out.title.isEmpty()) {
                out.title = titleFromFirstSentence(b.text);
            }
            out.excerpt = Model::elidedAtWord(b.text, 200);
            break;
        }
    }
    return out;
}

} // namespace Glossa::Ingest
