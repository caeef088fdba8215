// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkrelation.h"

namespace Glossa::Links {

QStringList LinkRelation::named()
{
    return {QStringLiteral("supports"), QStringLiteral("contradicts"), QStringLiteral("elaborates"),
        QStringLiteral("cites"), QStringLiteral("same-topic")};
}

Result<QString> LinkRelation::normalized(const QString &text)
{
    const QString words = text.simplified();
    if (words.isEmpty()) {
        return Error {.message = tr("A link needs a relation: supports, contradicts, elaborates, cites, "
                                    "same-topic, or your own words.")};
    }
    if (words.size() > MaxLength) {
        return Error {.message = tr("A relation is at most %1 characters; this one has %2. Say it shorter, "
                                    "and put the rest in the link's note.")
                          .arg(MaxLength)
                          .arg(words.size())};
    }
    QString key = words.toLower();
    key.replace(u' ', u'-');
    for (const QString &name : named()) {
        if (key == name) {
            return name;
        }
    }
    return words;
}

QString LinkRelation::label(const QString &relation)
{
    //: Link relations, as the reader's link markers and the Links pane show them: "this passage
    //: supports that one".
    if (relation == u"supports") {
        return tr("supports");
    }
    if (relation == u"contradicts") {
        return tr("contradicts");
    }
    if (relation == u"elaborates") {
        return tr("elaborates");
    }
    if (relation == u"cites") {
        return tr("cites");
    }
    if (relation == u"same-topic") {
        return tr("same topic");
    }
    if (relation == Mentions) {
        //: The relation of a [[wiki link]] written in a note or a comment.
        return tr("mentions");
    }
    return relation;
}

} // namespace Glossa::Links
