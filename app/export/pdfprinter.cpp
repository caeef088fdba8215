// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfprinter.h"

#include <algorithm>

namespace Glossa::Export {

QString pageSizeName(PageSize size)
{
    return size == PageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

std::optional<PageSize> pageSizeFromName(QStringView name)
{
    if (name.compare(u"a4", Qt::CaseInsensitive) == 0) {
        return PageSize::A4;
    }
    if (name.compare(u"letter", Qt::CaseInsensitive) == 0) {
        return PageSize::Letter;
    }
    return std::nullopt;
}

PageSize pageSizeFor(const QLocale &locale)
{
    // CLDR supplemental data, paperSize "US-Letter".
    static constexpr QLocale::Territory Letter[] = {QLocale::Belize, QLocale::Canada, QLocale::Chile, QLocale::Colombia,
        QLocale::CostaRica, QLocale::ElSalvador, QLocale::Guatemala, QLocale::Mexico, QLocale::Nicaragua,
        QLocale::Panama, QLocale::Philippines, QLocale::PuertoRico, QLocale::UnitedStates, QLocale::Venezuela};
    return std::ranges::find(Letter, locale.territory()) != std::end(Letter) ? PageSize::Letter : PageSize::A4;
}

PageSize defaultPageSize()
{
    // Qt's system locale follows the messages and numbers; the paper has a category of its own.
    for (const char *variable : {"LC_ALL", "LC_PAPER"}) {
        QString name = qEnvironmentVariable(variable);
        name = name.left(name.indexOf(u'.')); // "en_US.UTF-8"
        if (!name.isEmpty() && name != u"C" && name != u"POSIX") {
            return pageSizeFor(QLocale(name));
        }
    }
    return pageSizeFor(QLocale::system());
}

QList<Model::Annotation> annotationsToExport(const QList<Model::Annotation> &annotations, bool includePrivate)
{
    QList<Model::Annotation> chosen;
    for (const Model::Annotation &a : annotations) {
        if (a.anchor.isAnchored() && a.anchor.end > a.anchor.start && Model::isReaderAnnotation(a)
            && (includePrivate || !a.isPrivate)) {
            chosen << a;
        }
    }
    Model::sortInTextOrder(chosen);
    return chosen;
}

} // namespace Glossa::Export
