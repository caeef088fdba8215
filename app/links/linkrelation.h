// SPDX-License-Identifier: GPL-3.0-or-later
// How a link's ends relate: one of the named relations (supports, contradicts, elaborates, cites,
// same-topic) or the user's own words. The one home of the rule for what a relation may be.
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Glossa::Links {

class LinkRelation
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Links::LinkRelation)

public:
    static constexpr qsizetype MaxLength = 200;
    // The relation of the links a note's or comment's `[[Title]]` makes (see WikiLinks); not offered
    // by named(), since the text makes these links, not the link picker.
    static constexpr QLatin1StringView Mentions {"mentions"};

    // The named relations, as stored: "supports", "contradicts", "elaborates", "cites", "same-topic".
    static QStringList named();
    // The relation to store for what the user typed: a named one in its stored spelling (any case;
    // "same topic" is "same-topic"), or the user's words with their spaces tidied. Empty text or
    // more than MaxLength characters is refused with the sentence saying why.
    static Result<QString> normalized(const QString &text);
    // What a user reads for a stored relation: a named one (and "mentions", the relation of a
    // [[wiki link]] in a note) translated, anything else as it was typed.
    static QString label(const QString &relation);
};

} // namespace Glossa::Links
