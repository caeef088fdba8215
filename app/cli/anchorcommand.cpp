// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchorcommand.h"

#include "anchor/reanchor.h"
#include "command.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <optional>

namespace Glossa::Cli {

namespace {

// The translation context of this command's messages.
class AnchorCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Cli::AnchorCommand)
};

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = AnchorCommand::tr("glossa anchor: cannot read '%1' (%2). Check the path and its permissions.\n")
                     .arg(path, f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}

// One input line: {"id":…, "selector":[TextQuoteSelector, TextPositionSelector]} (either may be
// missing, the array may also be a single object); "selectors", as `glossa show --json` writes an
// annotation, is read the same way, so its annotations can be fed back line by line. Anything unreadable gives an empty
// selector, which anchors as an orphan: one bad line never stops the others.
Model::Selector parseLine(QByteArrayView line)
{
    Model::Selector s;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray());
    if (!doc.isObject()) {
        return s;
    }
    const QJsonObject object = doc.object();
    const QJsonValue value = object.contains(u"selector") ? object.value(u"selector") : object.value(u"selectors");
    QJsonArray parts;
    if (value.isArray()) {
        parts = value.toArray();
    } else if (value.isObject()) {
        parts.append(value);
    }
    for (const QJsonValue &part : parts) {
        const QJsonObject o = part.toObject();
        const QString type = o.value(u"type").toString();
        if (type == u"TextQuoteSelector") {
            s.exact = o.value(u"exact").toString();
            s.prefix = o.value(u"prefix").toString();
            s.suffix = o.value(u"suffix").toString();
        } else if (type == u"TextPositionSelector") {
            const QJsonValue start = o.value(u"start");
            const QJsonValue end = o.value(u"end");
            if (start.isDouble() && end.isDouble()) {
                s.start = qsizetype(start.toDouble());
                s.end = qsizetype(end.toDouble());
            }
        }
    }
    return s;
}

QString resultLine(const Model::Anchor &a)
{
    if (!a.isAnchored()) {
        return QStringLiteral("{\"start\":null,\"end\":null,\"score\":%1,\"status\":\"orphan\"}\n")
            .arg(a.score, 0, 'f', 4);
    }
    return QStringLiteral("{\"start\":%1,\"end\":%2,\"score\":%3,\"status\":\"%4\"}\n")
        .arg(a.start)
        .arg(a.end)
        .arg(a.score, 0, 'f', 4)
        .arg(Model::anchorStatusName(a.status));
}

} // namespace

int runAnchor(const QStringList &args, const Context &)
{
    QString textPath;
    QString selectorsPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if ((a == u"--text" || a == u"--selectors") && i + 1 < args.size()) {
            (a == u"--text" ? textPath : selectorsPath) = args[++i];
        } else {
            err() << AnchorCommand::tr("glossa anchor: unexpected argument '%1'.\n"
                                       "Usage: glossa anchor --text FILE --selectors FILE.jsonl\n")
                         .arg(a);
            return ExitUsage;
        }
    }
    if (textPath.isEmpty() || selectorsPath.isEmpty()) {
        err() << AnchorCommand::tr("glossa anchor: both --text FILE and --selectors FILE.jsonl are needed.\n"
                                   "Usage: glossa anchor --text FILE --selectors FILE.jsonl\n");
        return ExitUsage;
    }
    QString error;
    const std::optional<QByteArray> textBytes = readFile(textPath, &error);
    const std::optional<QByteArray> selectorBytes = textBytes ? readFile(selectorsPath, &error) : std::nullopt;
    if (!textBytes || !selectorBytes) {
        err() << error;
        return ExitFailure;
    }
    // The text is used exactly as given (a byte-order mark included), so offsets match the caller's.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(*textBytes);

    QList<Model::Selector> selectors;
    const QByteArrayView all(*selectorBytes);
    for (qsizetype from = 0; from < all.size();) {
        // The newline ending the last line does not start another one.
        qsizetype to = all.indexOf('\n', from);
        if (to < 0) {
            to = all.size();
        }
        QByteArrayView line = all.sliced(from, to - from);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        selectors.append(parseLine(line));
        from = to + 1;
    }
    const QList<Anchor::Reanchored> results = Anchor::reanchor(text, selectors);
    QTextStream &o = out();
    for (const Anchor::Reanchored &r : results) {
        o << resultLine(r.anchor);
    }
    o.flush();
    return ExitOk;
}

} // namespace Glossa::Cli
