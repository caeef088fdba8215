// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown highlighting for the note editor: KSyntaxHighlighting's Markdown definition, except that
// a note opening with "Word: …" is not MultiMarkdown metadata. The definition reads such a first
// paragraph as a document's metadata block and colours it as such; in a note ("Fonte: …",
// "TODO: …") it is the note's own text, so that paragraph is highlighted as ordinary Markdown.
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QList>
#include <QTextBlock>

#include <optional>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Glossa::Ui {

class NoteHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
public:
    using KSyntaxHighlighting::SyntaxHighlighter::SyntaxHighlighter;

    // Loads the Markdown definition from `repository` unless it is loaded (a tenth of a second or
    // more, for the many languages it embeds).
    void useMarkdown(const KSyntaxHighlighting::Repository &repository);
    // Takes the light or dark theme the window shows (the reader page's); true when it changed.
    bool followTheme(const KSyntaxHighlighting::Repository &repository);

protected:
    void highlightBlock(const QString &text) override;

private:
    // If `block` belongs to a first paragraph the definition takes for metadata, the lines of that
    // paragraph before it (none for the first line); otherwise nothing.
    static std::optional<QList<QTextBlock>> linesBeforeInKeyValueParagraph(const QTextBlock &block);
};

} // namespace Glossa::Ui
