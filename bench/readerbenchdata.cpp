// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerbenchdata.h"

#include "anchor/placement.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "library/undostack.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstdio>

namespace Glossa::Bench {

namespace {

// The paragraphs of a bundled sample article, without its front matter and title.
QStringList paragraphsOf(const QString &resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(u"---")) {
        text = text.mid(text.indexOf(u"\n---", 3) + 4);
    }
    QStringList paragraphs;
    for (const QString &p : text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty() && !p.trimmed().startsWith(u"# ")) {
            paragraphs << p.trimmed();
        }
    }
    return paragraphs;
}

int wordCount(const QString &text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

} // namespace

QString sampleMarkdown(int words)
{
    QStringList paragraphs;
    for (const char *name :
        {":/sample/leggere-con-la-matita.md", ":/sample/plain-text-is-forever.md", ":/sample/welcome.md"}) {
        paragraphs << paragraphsOf(QString::fromLatin1(name));
    }
    if (paragraphs.isEmpty()) {
        return {};
    }
    QString markdown = QStringLiteral("# A long reading\n\n");
    int count = 0;
    int part = 0;
    while (count < words) {
        ++part;
        markdown += QStringLiteral("## Part %1\n\n").arg(part);
        for (const QString &p : std::as_const(paragraphs)) {
            markdown += p + u"\n\n";
            count += wordCount(p);
            if (count >= words) {
                break;
            }
        }
    }
    return markdown;
}

QString importArticle(Library &library, const QString &markdown, const QString &name)
{
    LibraryImport import(&library);
    const ImportResult result = import.importBytes(markdown.toUtf8(), Ingest::Format::Markdown, name);
    if (!result) {
        std::fprintf(stderr, "bench: import failed: %s\n", qUtf8Printable(result.error().message));
        return {};
    }
    return result->articleId;
}

bool annotate(Library &library, const QString &articleId, int highlights, int notes)
{
    const auto revision = library.currentRevision(articleId);
    if (!revision) {
        return false;
    }
    const QString text = revision->canonicalText();
    // Word starts and ends: highlights begin and end on word boundaries, as selections usually do.
    QList<qsizetype> starts;
    QList<qsizetype> ends;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool word = text[i].isLetterOrNumber();
        if (word && (i == 0 || !text[i - 1].isLetterOrNumber())) {
            starts << i;
        }
        if (word && (i + 1 == text.size() || !text[i + 1].isLetterOrNumber())) {
            ends << i + 1;
        }
    }
    if (starts.size() < 2 * highlights) {
        std::fprintf(stderr, "bench: the article is too short for %d highlights\n", highlights);
        return false;
    }
    const QStringList colors = {QStringLiteral("important"), QStringLiteral("agree"), QStringLiteral("disagree"),
        QStringLiteral("definition"), QStringLiteral("question"), QStringLiteral("follow-up")};
    const QString longNote = QStringLiteral(
        "**Compare** with the previous part: the argument is the same, but the *evidence* differs.\n\n"
        "- first, the source is primary\n- second, the date matters\n- third, see [the report](https://example.org)\n\n"
        "> A quotation worth keeping, because it says in one line what the paragraph says in ten.\n\n"
        "Open question: does this hold for the later cases as well? Check the appendix and the notes "
        "of the second chapter before writing the summary.");
    QRandomGenerator random(20261122);
    const int noteEvery = notes > 0 ? std::max(1, highlights / notes) : 0;
    int notesAdded = 0;
    qsizetype previousStart = 0;
    for (int i = 0; i < highlights; ++i) {
        // Spread evenly, a little jitter; every 7th overlaps the previous one.
        qsizetype w = qsizetype(i) * starts.size() / highlights + random.bounded(3);
        if (i % 7 == 6) {
            w = std::max<qsizetype>(0, starts.indexOf(previousStart) + 1);
        }
        w = std::min(w, starts.size() - 1);
        const qsizetype start = starts[w];
        const qsizetype lastWord = std::min(ends.size() - 1, w + 1 + random.bounded(20));
        const qsizetype end = ends[lastWord];
        previousStart = start;
        Model::Annotation a = Anchor::exactHighlight(*revision, start, end);
        a.color = colors[i % colors.size()];
        a.style = i % 11 == 5 ? Model::HighlightStyle::Underline : Model::HighlightStyle::Fill;
        const bool fuzzy = i % 25 == 12;
        a.anchor = {start, end, fuzzy ? 0.82 : 1.0, fuzzy ? Model::AnchorStatus::Fuzzy : Model::AnchorStatus::Exact};
        if (noteEvery && i % noteEvery == 0 && notesAdded < notes) {
            a.note = notesAdded % 8 == 0
                ? longNote
                : QStringLiteral("Note %1: *why* this matters, in a sentence or two.").arg(notesAdded + 1);
            ++notesAdded;
        }
        if (const auto added = library.addAnnotation(a); !added) {
            std::fprintf(stderr, "bench: could not add an annotation: %s\n", qUtf8Printable(added.error().message));
            return false;
        }
    }
    library.undoStack()->clear();
    return true;
}

} // namespace Glossa::Bench
