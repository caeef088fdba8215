// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's own strings (standard buttons, the print and file dialogs) speak the user's language along
// with Glossa's: Cli::installTranslations loads Qt's qtbase_<lang>.qm from Qt's translations folder
// (Debian's qt6-translations-l10n) beside Glossa's own translation.
#include "cli/cli.h"
#include "helpers/uitestmain.h"

#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>

using namespace Glossa;

class TstQtTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theItalianUiHasItalianStandardButtons()
    {
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        Cli::Cli::installTranslations(*qApp);
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QVERIFY2(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Annulla"),
            qPrintable(QStringLiteral("Cancel reads \"%1\"; Qt's translations are looked for in %2")
                    .arg(box.button(QDialogButtonBox::Cancel)->text(),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath))));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Chiudi"));
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstQtTranslations)
#include "tst_qttranslations.moc"
