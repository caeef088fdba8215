// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectorlines.h"

#include "model/textoffset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Glossa::Cli {

namespace {

// The translation context of `glossa anchor`'s messages (anchorcommand.cpp has the same).
class AnchorCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Cli::AnchorCommand)
};

// One input line: {"id":…, "selector":[TextQuoteSelector, TextPositionSelector]} (either may be
// missing, the array may also be a single object); "selectors", as `glossa show --json` writes an
// annotation, is read the same way, so its annotations can be fed back line by line. A line that is
// not such an object gives nothing and says why in `error`: a bad line is the caller's mistake to
// fix, never an orphan (which means "the passage is gone").
std::optional<Model::Selector> parseLine(QByteArrayView line, QString *error)
{
    if (line.trimmed().isEmpty()) {
        *error = AnchorCommand::tr("the line is empty; each line must be one JSON object.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is what the JSON parser says, %2 the character where it says it.
        *error = AnchorCommand::tr("not JSON (%1 at character %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset + 1);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = AnchorCommand::tr("not a JSON object; each line must be {\"selector\": …}.");
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    if (!object.contains(u"selector") && !object.contains(u"selectors")) {
        *error = AnchorCommand::tr("no \"selector\" (or \"selectors\") member.");
        return std::nullopt;
    }
    const QJsonValue value = object.contains(u"selector") ? object.value(u"selector") : object.value(u"selectors");
    QJsonArray parts;
    if (value.isArray()) {
        parts = value.toArray();
    } else if (value.isObject()) {
        parts.append(value);
    } else {
        *error = AnchorCommand::tr("the selectors must be an object or an array of objects.");
        return std::nullopt;
    }
    Model::Selector s;
    bool known = false;
    for (const QJsonValue &part : parts) {
        const QJsonObject o = part.toObject();
        const QString type = o.value(u"type").toString();
        if (type == u"TextQuoteSelector") {
            if (!o.value(u"exact").isString()) {
                *error = AnchorCommand::tr("its TextQuoteSelector has no \"exact\" text.");
                return std::nullopt;
            }
            s.exact = o.value(u"exact").toString();
            s.prefix = o.value(u"prefix").toString();
            s.suffix = o.value(u"suffix").toString();
            known = true;
        } else if (type == u"TextPositionSelector") {
            const QJsonValue start = o.value(u"start");
            const QJsonValue end = o.value(u"end");
            const auto from = start.isDouble() ? Model::textOffset(start.toDouble()) : std::nullopt;
            const auto to = end.isDouble() ? Model::textOffset(end.toDouble()) : std::nullopt;
            if (!from || !to || *to < *from) {
                *error = AnchorCommand::tr("its TextPositionSelector needs numbers \"start\" ≤ \"end\", from 0.");
                return std::nullopt;
            }
            s.start = *from;
            s.end = *to;
            known = true;
        }
    }
    if (!known) {
        *error = AnchorCommand::tr("neither a TextQuoteSelector nor a TextPositionSelector.");
        return std::nullopt;
    }
    return s;
}

} // namespace

SelectorLines readSelectorLines(QByteArrayView all, const QString &path)
{
    SelectorLines lines;
    qsizetype number = 0;
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
        ++number;
        QString problem;
        if (const auto selector = parseLine(line, &problem)) {
            lines.selectors.append(*selector);
        } else {
            lines.problems
                << AnchorCommand::tr("glossa anchor: %1: line %2: %3\n").arg(path, QString::number(number), problem);
        }
        from = to + 1;
    }
    return lines;
}

} // namespace Glossa::Cli
