// SPDX-License-Identifier: GPL-3.0-or-later
#include "hovertext.h"

#include "library/library.h"
#include "model/elide.h"
#include "model/palette.h"
#include "render/notetext.h"

namespace Glossa::Render {

QString HoverText::build(
    const Library &library, const Model::Palette &palette, const QString &articleId, const QStringList &ids)
{
    // A tooltip is a glance, not a reading pane: the note's first lines, each on one short line.
    constexpr qsizetype MaxNoteLines = 3;
    constexpr qsizetype MaxLineLength = 80;
    auto elide = [](const QString &line) {
        return Model::elided(line, MaxLineLength);
    };
    QStringList parts;
    for (const QString &id : ids) {
        const auto a = library.annotation(id);
        if (!a || a->articleId != articleId) {
            continue;
        }
        QString head = palette.labelFor(a->color);
        if (a->textChanged()) {
            //: In the tooltip of a highlight whose passage was edited since it was made. %1 is the
            //: colour's meaning.
            head = tr("%1 (text changed)").arg(head);
        }
        QStringList lines {head};
        if (!a->originalQuote.isEmpty()) {
            //: In a highlight's tooltip: the words that were marked, before the article changed them.
            lines << elide(tr("It read: “%1”").arg(a->originalQuote.simplified()));
        }
        const QString note = Render::NoteText::plain(a->note);
        for (const QStringView line : QStringView(note).split(u'\n')) {
            const QString plain = line.toString().simplified();
            if (plain.isEmpty()) {
                continue;
            }
            if (lines.size() > MaxNoteLines) {
                lines.last() = elide(lines.last() + u' ' + QChar(0x2026));
                break;
            }
            lines << elide(plain);
        }
        parts << lines.join(u'\n');
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace Glossa::Render
