// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchannotations.h"

#include "store/database.h"

#include <QDate>
#include <QUuid>

namespace Glossa::Bench {

namespace {

// The default palette's colour names.
const QStringList kColors = {QStringLiteral("important"), QStringLiteral("agree"), QStringLiteral("disagree"),
    QStringLiteral("definition"), QStringLiteral("question"), QStringLiteral("follow-up")};
const QStringList kLanguages
    = {QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es")};
constexpr int kBylines = 200;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A day in 2025–2026, as the store writes times.
QString day(QRandomGenerator &random)
{
    return QDate(2025, 1, 1).addDays(random.bounded(730)).toString(Qt::ISODate) + QStringLiteral("T10:00:00.000Z");
}

// `count` consecutive words of `text` from a random one.
QString wordsOf(const QString &text, int count, QRandomGenerator &random)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() <= count) {
        return text;
    }
    const int from = random.bounded(int(words.size()) - count);
    return words.mid(from, count).join(u' ');
}

} // namespace

struct ReaderWork::Statements {
    std::unique_ptr<Store::Statement> article, annotation, annotationTag, articleTag, comment;
};

ReaderWork::ReaderWork(Store::Database &db)
    : m_db(db)
{
}

ReaderWork::~ReaderWork() = default;

Status ReaderWork::prepare()
{
    auto tag = m_db.prepareUncached(QStringLiteral("INSERT INTO tags(id, name) VALUES (?1, ?2)"));
    if (!tag) {
        return tag.error();
    }
    for (int i = 1; i <= kTags; ++i) {
        m_tagIds << newId();
        (*tag)->reset();
        (*tag)->bind(1, m_tagIds.last());
        (*tag)->bind(2, QStringLiteral("tema%1").arg(i));
        if (Status st = (*tag)->exec(); !st) {
            return st;
        }
    }
    m_q = std::make_unique<Statements>();
    const std::pair<std::unique_ptr<Store::Statement> *, const char *> sql[] = {
        {&m_q->article, "UPDATE articles SET language = ?2, byline = ?3, created = ?4 WHERE id = ?1"},
        {&m_q->annotation,
            "INSERT INTO annotations(id, article_id, revision_id, kind, color, style, note, pos_start, pos_end, quote, "
            "block_index, anchor_start, anchor_end, anchor_score, anchor_status, author, created, updated) "
            "VALUES (?1, ?2, ?3, ?4, ?5, 'fill', ?6, ?7, ?8, ?9, ?10, ?7, ?8, 1, 'exact', ?11, ?12, ?12)"},
        {&m_q->annotationTag, "INSERT INTO annotation_tags(annotation_id, tag_id, position) VALUES (?1, ?2, 0)"},
        {&m_q->articleTag, "INSERT OR IGNORE INTO article_tags(article_id, tag_id, position) VALUES (?1, ?2, ?3)"},
        {&m_q->comment,
            "INSERT INTO comments(id, article_id, annotation_id, author, body, created) VALUES (?1, ?2, ?3, ?4, ?5, "
            "?6)"},
    };
    for (const auto &[into, text] : sql) {
        auto q = m_db.prepareUncached(QString::fromLatin1(text));
        if (!q) {
            return q.error();
        }
        *into = std::move(*q);
    }
    return {};
}

Status ReaderWork::add(const GeneratedArticle &article, QRandomGenerator &random)
{
    Store::Statement &a = *m_q->article;
    a.reset();
    a.bind(1, article.id);
    a.bind(2, kLanguages[random.bounded(int(kLanguages.size()))]);
    a.bind(3, QStringLiteral("Author %1").arg(random.bounded(kBylines)));
    a.bind(4, day(random));
    if (Status st = a.exec(); !st) {
        return st;
    }
    for (int t = 0, n = random.bounded(3); t < n; ++t) {
        Store::Statement &q = *m_q->articleTag;
        q.reset();
        q.bind(1, article.id);
        q.bind(2, m_tagIds[random.bounded(int(m_tagIds.size()))]);
        q.bind(3, t);
        if (Status st = q.exec(); !st) {
            return st;
        }
    }
    const QList<Model::Block> &blocks = article.revision.blocks();
    QStringList annotations;
    for (int i = 0; i < kAnnotationsPerArticle; ++i) {
        // A stretch of a paragraph (block 0 is the heading).
        const int index = 1 + random.bounded(int(blocks.size()) - 1);
        const Model::Block &b = blocks[index];
        const qsizetype length = std::min<qsizetype>(b.text.size(), 20 + random.bounded(100));
        const qsizetype from = random.bounded(int(b.text.size() - length) + 1);
        const bool hasNote = random.bounded(10) < 8;
        Store::Statement &q = *m_q->annotation;
        q.reset();
        annotations << newId();
        q.bind(1, annotations.last());
        q.bind(2, article.id);
        q.bind(3, article.revision.id);
        q.bind(4, hasNote ? QStringLiteral("note") : QStringLiteral("highlight"));
        q.bind(5, kColors[i % kColors.size()]);
        q.bind(6,
            hasNote ? wordsOf(blocks[1 + random.bounded(int(blocks.size()) - 1)].text, 8 + random.bounded(23), random)
                    : QString());
        q.bind(7, qint64(b.start + from));
        q.bind(8, qint64(b.start + from + length));
        q.bind(9, b.text.sliced(from, length));
        q.bind(10, index);
        q.bind(11, QStringLiteral("Reader %1").arg(random.bounded(5)));
        q.bind(12, day(random));
        if (Status st = q.exec(); !st) {
            return st;
        }
        if (random.bounded(5) == 0) {
            Store::Statement &t = *m_q->annotationTag;
            t.reset();
            t.bind(1, annotations.last());
            t.bind(2, m_tagIds[random.bounded(int(m_tagIds.size()))]);
            if (Status st = t.exec(); !st) {
                return st;
            }
        }
    }
    for (int i = 0; i < kCommentsPerArticle; ++i) {
        Store::Statement &q = *m_q->comment;
        q.reset();
        q.bind(1, newId());
        q.bind(2, article.id);
        q.bindOptional(3, random.bounded(2) ? annotations[random.bounded(int(annotations.size()))] : QString());
        q.bind(4, QStringLiteral("Reader %1").arg(random.bounded(5)));
        q.bind(5, wordsOf(blocks[1 + random.bounded(int(blocks.size()) - 1)].text, 10 + random.bounded(40), random));
        q.bind(6, day(random));
        if (Status st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

} // namespace Glossa::Bench
