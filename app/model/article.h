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
    QDateTime created;
    QDateTime updated;
    QString currentRevisionId;
    QStringList tags;

    bool isValid() const { return !id.isEmpty(); }
};

} // namespace Glossa::Model
