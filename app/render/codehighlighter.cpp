// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QColor>

namespace Glossa::Render {

namespace KSH = KSyntaxHighlighting;

namespace {

// Collects the formats of one line as HTML spans.
class SpanWriter final : public KSH::AbstractHighlighter
{
public:
    QString html;
    QStringView line;

    KSH::State highlight(QStringView text, const KSH::State &state)
    {
        line = text;
        return highlightLine(text, state);
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        const QString text = line.mid(offset, length).toString().toHtmlEscaped();
        if (format.textStyle() == KSH::Theme::Normal || format.isDefaultTextStyle(theme())) {
            html += text;
        } else {
            html += QStringLiteral("<span class=\"hl%1\">").arg(int(format.textStyle())) + text + u"</span>";
        }
    }
};

// `prefix` scopes every rule (a selector and a space, or indentation only).
QString themeRules(const KSH::Theme &theme, const QString &prefix)
{
    QString css;
    for (int style = KSH::Theme::Normal; style <= KSH::Theme::Others; ++style) {
        const auto s = KSH::Theme::TextStyle(style);
        QStringList decls;
        if (const QRgb rgb = theme.textColor(s)) {
            decls << QStringLiteral("color: %1").arg(QColor::fromRgba(rgb).name());
        }
        if (theme.isBold(s)) {
            decls << QStringLiteral("font-weight: bold");
        }
        if (theme.isItalic(s)) {
            decls << QStringLiteral("font-style: italic");
        }
        if (!decls.isEmpty()) {
            css += prefix + QStringLiteral(".hl%1 { %2; }\n").arg(style).arg(decls.join(u"; "));
        }
    }
    const QColor background = QColor::fromRgba(theme.editorColor(KSH::Theme::BackgroundColor));
    const QColor foreground = QColor::fromRgba(theme.textColor(KSH::Theme::Normal));
    css += prefix
        + QStringLiteral("pre.code { background: %1; color: %2; }\n").arg(background.name(), foreground.name());
    return css;
}

} // namespace

struct CodeHighlighter::Private {
    std::shared_ptr<const KSH::Repository> repository; // never null
};

CodeHighlighter::CodeHighlighter(std::shared_ptr<const KSH::Repository> repository)
    : d(std::make_unique<Private>(repository ? std::move(repository) : std::make_shared<const KSH::Repository>()))
{
}

CodeHighlighter::~CodeHighlighter() = default;

QString CodeHighlighter::definitionName(const QString &language) const
{
    const QString lang = language.trimmed();
    if (lang.isEmpty()) {
        return {};
    }
    KSH::Definition def = d->repository->definitionForName(lang);
    if (!def.isValid()) {
        // Fence names are usually file extensions ("py", "js", "rs").
        def = d->repository->definitionForFileName(QStringLiteral("code.") + lang.toLower());
    }
    if (!def.isValid()) {
        for (const KSH::Definition &candidate : d->repository->definitions()) {
            if (candidate.name().compare(lang, Qt::CaseInsensitive) == 0) {
                def = candidate;
                break;
            }
        }
    }
    return def.isValid() ? def.name() : QString();
}

QString CodeHighlighter::toHtml(const QString &code, const QString &language) const
{
    const QString name = definitionName(language);
    if (name.isEmpty()) {
        return code.toHtmlEscaped();
    }
    SpanWriter writer;
    writer.setDefinition(d->repository->definitionForName(name));
    writer.setTheme(d->repository->defaultTheme(KSH::Repository::LightTheme));
    KSH::State state;
    const QStringList lines = code.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            writer.html += u'\n';
        }
        // highlightLine() reports the line's ranges through applyFormat.
        state = writer.highlight(lines[i], state);
    }
    return writer.html;
}

QString CodeHighlighter::styleSheet() const
{
    // The application tells the page its theme (data-theme on the root element); until it has,
    // the page follows the system's preference.
    const KSH::Theme dark = d->repository->defaultTheme(KSH::Repository::DarkTheme);
    QString css = themeRules(d->repository->defaultTheme(KSH::Repository::LightTheme), QString());
    // Paper is white: printing always uses the light theme.
    css += QStringLiteral("@media screen and (prefers-color-scheme: dark) {\n");
    css += themeRules(dark, QStringLiteral("  :root:not([data-theme=\"light\"]) "));
    css += QStringLiteral("}\n@media screen {\n");
    css += themeRules(dark, QStringLiteral("  :root[data-theme=\"dark\"] "));
    css += QStringLiteral("}\n");
    return css;
}

} // namespace Glossa::Render
