// SPDX-License-Identifier: GPL-3.0-or-later
#include "notehighlighter.h"

#include "preferences/theme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QRegularExpression>
#include <QTextBlock>

#include <optional>

namespace Glossa::Ui {

void NoteHighlighter::useMarkdown(const KSyntaxHighlighting::Repository &repository)
{
    if (!definition().isValid()) {
        setDefinition(repository.definitionForName(QStringLiteral("Markdown")));
    }
}

bool NoteHighlighter::followTheme(const KSyntaxHighlighting::Repository &repository)
{
    // The same light or dark as the reader page (the window's palette follows the choice too).
    const auto wanted
        = Theme::isDark() ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme;
    const KSyntaxHighlighting::Theme wantedTheme = repository.defaultTheme(wanted);
    if (wantedTheme.name() == theme().name()) {
        return false;
    }
    setTheme(wantedTheme);
    rehighlight();
    return true;
}

void NoteHighlighter::highlightBlock(const QString &text)
{
    // The definition's own pass keeps its state running from line to line (the metadata block
    // ends at the first empty line, as this paragraph does).
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    const std::optional<QList<QTextBlock>> before = linesBeforeInKeyValueParagraph(currentBlock());
    if (!before) {
        return;
    }
    // Highlight the paragraph again as the definition would after an empty first line, where it
    // is ordinary text; only this line's formats are kept.
    KSyntaxHighlighting::State state = highlightLine(QString(), KSyntaxHighlighting::State());
    for (const QTextBlock &line : *before) {
        state = highlightLine(line.text(), state);
    }
    setFormat(0, int(text.size()), QTextCharFormat());
    highlightLine(text, state);
}

std::optional<QList<QTextBlock>> NoteHighlighter::linesBeforeInKeyValueParagraph(const QTextBlock &block)
{
    // What the definition's start context takes for a MultiMarkdown key: at the very start of the
    // document, a letter or digit, word characters, hyphens or spaces, a colon, then a space or
    // the end of the line. Its value runs on to the first empty line.
    static const QRegularExpression key(
        QStringLiteral("^[a-zA-Z0-9][\\w\\-\\s]*:(?=\\s|$)"), QRegularExpression::UseUnicodePropertiesOption);
    if (block.text().trimmed().isEmpty()) {
        return std::nullopt;
    }
    QList<QTextBlock> before;
    for (QTextBlock b = block.previous(); b.isValid(); b = b.previous()) {
        if (b.text().trimmed().isEmpty()) {
            return std::nullopt;
        }
        before.prepend(b);
    }
    const QString first = before.isEmpty() ? block.text() : before.first().text();
    if (!key.match(first).hasMatch()) {
        return std::nullopt;
    }
    return before;
}

} // namespace Glossa::Ui
