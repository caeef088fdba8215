// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadfile.h"

#include "ingest/inputfile.h"
#include "store/rowcodec.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Glossa::Thread {

namespace {

const QString kFormat = u"glossa-thread"_s;
constexpr int kVersion = 1;

QJsonValue optional(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString time(const QDateTime &t)
{
    return Store::Codec::timestamp(t);
}

} // namespace

void combine(ThreadFile &into, const ThreadFile &file)
{
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < into.comments.size(); ++i) {
        at.insert(into.comments[i].comment.id, i);
    }
    for (const Entry &e : file.comments) {
        if (const auto it = at.constFind(e.comment.id); it != at.cend()) {
            into.comments[*it] = merge(into.comments[*it], e);
        } else {
            at.insert(e.comment.id, into.comments.size());
            into.comments.append(e);
        }
    }
    QSet<QString> anchors;
    for (const Model::Annotation &a : into.anchors) {
        anchors.insert(a.id);
    }
    for (const Model::Annotation &a : file.anchors) {
        if (!anchors.contains(a.id)) {
            into.anchors.append(a);
        }
    }
}

QByteArray ThreadFileFormat::write(const ThreadFile &file)
{
    QJsonArray comments;
    for (const Entry &e : file.comments) {
        const Model::Comment &c = e.comment;
        QJsonObject ballots;
        for (auto it = c.ballots.cbegin(); it != c.ballots.cend(); ++it) {
            ballots.insert(it.key(), it.value());
        }
        QJsonArray history;
        for (const Store::CommentEdit &h : e.history) {
            history.append(QJsonObject {{u"body"_s, h.body}, {u"replaced"_s, time(h.replaced)}});
        }
        comments.append(QJsonObject {{u"id"_s, c.id}, {u"parent"_s, optional(c.parentId)},
            {u"annotation"_s, optional(c.annotationId)}, {u"author"_s, c.author}, {u"body"_s, c.body},
            {u"created"_s, time(c.created)}, {u"edited"_s, optional(time(c.edited))}, {u"votes"_s, c.votes},
            {u"ballots"_s, ballots}, {u"resolved"_s, c.resolved}, {u"deleted"_s, c.deleted}, {u"history"_s, history}});
    }
    QJsonArray anchors;
    for (const Model::Annotation &a : file.anchors) {
        anchors.append(QJsonObject {{u"id"_s, a.id}, {u"exact"_s, a.selector.exact}, {u"prefix"_s, a.selector.prefix},
            {u"suffix"_s, a.selector.suffix}, {u"start"_s, a.selector.start}, {u"end"_s, a.selector.end},
            {u"author"_s, a.author}, {u"created"_s, time(a.created)}});
    }
    QJsonObject article {{u"id"_s, file.articleId}, {u"title"_s, file.title}, {u"source"_s, file.source},
        {u"contentHash"_s, file.contentHash}};
    if (!file.textSketch.isEmpty()) {
        QJsonArray sketch;
        for (const quint32 h : file.textSketch) {
            sketch.append(qint64(h));
        }
        article.insert(u"textSketch"_s, sketch);
    }
    const QJsonObject root {{u"format"_s, kFormat}, {u"version"_s, kVersion}, {u"article"_s, article},
        {u"comments"_s, comments}, {u"anchors"_s, anchors}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ThreadFile> ThreadFileFormat::read(const QByteArray &data, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parse);
    const QByteArray start = data.trimmed().left(1);
    if (start.isEmpty()) {
        return fail(tr("it is empty."));
    }
    if (start != "{") {
        return fail(tr("it is not a Glossa thread file ('glossa thread-export' writes them)."));
    }
    if (parse.error != QJsonParseError::NoError) {
        return fail(tr("it is not a complete thread file (%1 at byte %2); it may have been cut short.")
                .arg(parse.errorString())
                .arg(parse.offset));
    }
    if (!doc.isObject()) {
        return fail(tr("it is not a Glossa thread file ('glossa thread-export' writes them)."));
    }
    const QJsonObject root = doc.object();
    if (root[u"format"].toString() != kFormat) {
        return fail(tr("it is not a Glossa thread file ('glossa thread-export' writes them)."));
    }
    if (root[u"version"].toInt() != kVersion) {
        return fail(tr("it is a thread file of version %1, which this Glossa cannot read (it reads version %2).")
                .arg(root[u"version"].toInt())
                .arg(kVersion));
    }
    ThreadFile file;
    const QJsonObject article = root[u"article"].toObject();
    file.articleId = article[u"id"].toString();
    file.title = article[u"title"].toString();
    file.source = article[u"source"].toString();
    file.contentHash = article[u"contentHash"].toString();
    for (const QJsonValue &h : article[u"textSketch"].toArray()) {
        const qint64 value = h.toInteger(-1);
        if (value < 0 || value > 0xffffffffLL) {
            return fail(tr("its article's text sketch holds something other than 32-bit numbers."));
        }
        file.textSketch.append(quint32(value));
    }
    std::sort(file.textSketch.begin(), file.textSketch.end());
    if (file.articleId.isEmpty()) {
        return fail(tr("it does not say which article its thread is on."));
    }
    QSet<QString> ids;
    for (const QJsonValue &v : root[u"comments"].toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        Model::Comment &c = e.comment;
        c.id = o[u"id"].toString();
        c.articleId = file.articleId;
        c.parentId = o[u"parent"].toString();
        c.annotationId = o[u"annotation"].toString();
        c.author = o[u"author"].toString();
        c.body = o[u"body"].toString();
        c.created = Store::Codec::timestampFrom(o[u"created"].toString());
        c.edited = Store::Codec::timestampFrom(o[u"edited"].toString());
        c.votes = o[u"votes"].toInt();
        c.resolved = o[u"resolved"].toBool();
        c.deleted = o[u"deleted"].toBool();
        const QJsonObject ballots = o[u"ballots"].toObject();
        for (auto it = ballots.constBegin(); it != ballots.constEnd(); ++it) {
            const int vote = it.value().toInt();
            if (vote != 1 && vote != -1) {
                return fail(tr("comment %1 has a vote of %2; a vote is 1 or -1.").arg(c.id).arg(vote));
            }
            c.ballots.insert(it.key(), vote);
        }
        if (c.id.isEmpty() || !c.created.isValid() || (c.body.isEmpty() && !c.deleted)) {
            return fail(tr("comment number %1 lacks its id, its time or its text.").arg(file.comments.size() + 1));
        }
        if (ids.contains(c.id)) {
            return fail(tr("comment %1 appears twice.").arg(c.id));
        }
        ids.insert(c.id);
        for (const QJsonValue &h : o[u"history"].toArray()) {
            const QDateTime replaced = Store::Codec::timestampFrom(h[u"replaced"].toString());
            if (!replaced.isValid()) {
                return fail(tr("an earlier text of comment %1 has no time.").arg(c.id));
            }
            e.history.append({h[u"body"].toString(), replaced});
        }
        file.comments.append(std::move(e));
    }
    for (const QJsonValue &v : root[u"anchors"].toArray()) {
        const QJsonObject o = v.toObject();
        Model::Annotation a;
        a.id = o[u"id"].toString();
        a.articleId = file.articleId;
        a.kind = Model::AnnotationKind::CommentAnchor;
        a.selector.exact = o[u"exact"].toString();
        a.selector.prefix = o[u"prefix"].toString();
        a.selector.suffix = o[u"suffix"].toString();
        a.selector.start = o[u"start"].toInteger(-1);
        a.selector.end = o[u"end"].toInteger(-1);
        a.author = o[u"author"].toString();
        a.created = Store::Codec::timestampFrom(o[u"created"].toString());
        if (a.id.isEmpty() || a.selector.exact.isEmpty()) {
            return fail(tr("a passage of the thread lacks its id or its words."));
        }
        file.anchors.append(std::move(a));
    }
    return file;
}

std::optional<ThreadFile> ThreadFileFormat::readFile(const QString &path, QString *error, qint64 limit)
{
    const QFileInfo info(path);
    if (info.isFile() && info.size() > limit) {
        // Megabytes as people count them on their disks; never "50 MB" for a file just over it.
        *error = tr("it is %1 MB, larger than the %2 MB a thread file may be; no discussion is that long, so it "
                    "is not read.")
                     .arg(QString::number(double(info.size()) / (1024.0 * 1024.0), 'f', 1))
                     .arg(limit / (1024 * 1024));
        return std::nullopt;
    }
    // A pipe or a device says no size beforehand: the limit holds while reading.
    const Result<QByteArray> bytes = Ingest::InputFile::read(
        path, limit, tr("the largest a thread file may be; no discussion is that long, so it is not read"));
    if (!bytes) {
        *error = bytes.error().message + u'.';
        return std::nullopt;
    }
    return read(*bytes, error);
}

} // namespace Glossa::Thread
