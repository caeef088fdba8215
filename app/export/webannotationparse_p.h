// SPDX-License-Identifier: GPL-3.0-or-later
// The reading half of WebAnnotationImport: one item of the file (a W3C Annotation or a Hypothesis
// row) becomes the fields Glossa stores, with every value checked for its type. An item that breaks
// the format is an Error for the whole file; one that only cannot be placed on a text is rejected.
#pragma once

#include "model/annotation.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace Glossa::Export {

class CodePoints;

// What a comment of the discussion adds to an item (glossa:kind "comment", or any W3C reply:
// motivation "replying"); its body is the item's note, its passage the item's selector.
struct ParsedComment {
    QString parentId; // the comment a reply answers (Glossa's id of the target's IRI); empty: top level
    QString passageId; // an inline comment's passage (glossa:passage); empty: on the article
    int votes = 0;
    QMap<QString, int> ballots;
    bool resolved = false;
    bool deleted = false;
};

// One item as the file gives it. Optional fields are those the file may leave out, so an update
// keeps the stored value.
struct ParsedItem {
    QString id; // Glossa's id: the UUID of a urn:uuid: id, or one derived from another id
    QString rejected; // why the item cannot be placed on a text; empty when it can
    Model::Selector selector; // in UTF-16 code units of the current text, quote and position as given
    QString note;
    QStringList tags;
    std::optional<QString> color;
    std::optional<Model::HighlightStyle> style;
    std::optional<bool> isPrivate;
    std::optional<Model::AnnotationKind> kind;
    QString author;
    QDateTime created;
    QDateTime updated;
    std::optional<ParsedComment> comment; // set when the item is a comment, not an annotation
};

class WebAnnotationParse
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Export::WebAnnotationImport)

public:
    // `where` names the item in messages ("the annotation at position 3"); `text` is the current
    // canonical text and `codePoints` its code-point map (W3C positions count code points).
    static Result<ParsedItem> w3c(
        const QJsonObject &item, const QString &where, const QString &text, const CodePoints &codePoints);
    // Hypothesis rows count positions in UTF-16 units of the web page's text, not Glossa's, so they
    // are only a hint: one outside the text is dropped and the quote anchors alone.
    static Result<ParsedItem> hypothesis(const QJsonObject &row, const QString &where, const QString &text);
};

} // namespace Glossa::Export
