// SPDX-License-Identifier: GPL-3.0-or-later
// An article as the library knows it: metadata plus a pointer to its current revision.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Glossa::Model {

struct Article {
    QString id; // UUID without braces
    QString title;
    QString byline;
    QString site;
    QString language; // BCP 47 tag such as "it" or "en"; empty when unknown
    QString source; // file path or URL as the user gave it
    // When the source says it was published, as it said it in ISO 8601: "2024-06-19" or a date
    // and time; empty when unknown.
    QString published;
    // A note on the whole article (Hypothesis's "page note"), Markdown; empty when none.
    QString note;
    QDateTime created;
    QDateTime updated;
    QString currentRevisionId;
    QStringList tags;

    bool isValid() const { return !id.isEmpty(); }
};

} // namespace Glossa::Model
