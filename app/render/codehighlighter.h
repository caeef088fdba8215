// SPDX-License-Identifier: GPL-3.0-or-later
// Code blocks as HTML through KSyntaxHighlighting: spans carry a class per text style, and the
// colours come from a stylesheet made from the light and dark default themes, so the reader
// page can switch themes without rendering the article again.
#pragma once

#include <QString>

#include <memory>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Glossa::Render {

class CodeHighlighter
{
public:
    // Highlights with `repository`, shared with the process's other highlighters (loading the
    // definitions again costs milliseconds); with none it loads its own.
    explicit CodeHighlighter(std::shared_ptr<const KSyntaxHighlighting::Repository> repository = {});
    ~CodeHighlighter();
    CodeHighlighter(const CodeHighlighter &) = delete;
    CodeHighlighter &operator=(const CodeHighlighter &) = delete;

    // Escaped HTML for `code` (no surrounding element). `language` is what the source named
    // ("cpp", "Python", "js"…); unknown or empty languages give plain escaped text.
    QString toHtml(const QString &code, const QString &language) const;
    // The syntax definition's name for `language`, or an empty string when none matches.
    QString definitionName(const QString &language) const;

    // CSS for the span classes: light theme by default, dark when the page's root element says
    // data-theme="dark" (or, before it says anything, under prefers-color-scheme: dark).
    QString styleSheet() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Glossa::Render
