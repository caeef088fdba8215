// SPDX-License-Identifier: GPL-3.0-or-later
// Language detection from function-word profiles: the reader page's lang attribute and the
// boilerplate classifier both depend on it.
#include "ingest/language.h"

#include <QTest>

using namespace Glossa::Ingest;

class TstLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsProfiledLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addRow("it") << QStringLiteral(
            "La biblioteca del quartiere è rimasta aperta anche durante l’estate, e i "
            "volontari hanno organizzato letture per i bambini che non partivano in vacanza.")
                            << QStringLiteral("it");
        QTest::addRow("fr") << QStringLiteral(
            "La bibliothèque du quartier est restée ouverte pendant l’été, et les "
            "bénévoles ont organisé des lectures pour les enfants qui ne partaient pas.")
                            << QStringLiteral("fr");
        QTest::addRow("en") << QStringLiteral("The neighbourhood library stayed open during the summer, and the "
                                              "volunteers organised readings for the children who were not going away.")
                            << QStringLiteral("en");
        QTest::addRow("de") << QStringLiteral(
            "Die Bibliothek im Viertel blieb auch im Sommer geöffnet, und die "
            "Freiwilligen haben Lesungen für die Kinder organisiert, die nicht in den Urlaub fuhren.")
                            << QStringLiteral("de");
        QTest::addRow("es") << QStringLiteral(
            "La biblioteca del barrio se quedó abierta durante el verano, y los "
            "voluntarios organizaron lecturas para los niños que no se iban de vacaciones.")
                            << QStringLiteral("es");
        QTest::addRow("too short") << QStringLiteral("Ciao a tutti") << QString();
        QTest::addRow("unprofiled language")
            << QStringLiteral("Kirjasto pysyi avoinna koko kesän ajan, ja vapaaehtoiset järjestivät lukuhetkiä "
                              "lapsille, jotka eivät lähteneet lomalle mökille tai ulkomaille.")
            << QString();
        QTest::addRow("a list of names") << QStringLiteral(
            "Mario Rossi, Anna Bianchi, Luca Verdi, Paolo Neri, Sara Gialli, "
            "Marco Blu, Elena Viola, Giorgio Grigi")
                                         << QString();
    }

    void detectsProfiledLanguages()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(Language::detect(text), language);
    }

    void wordsSplitElisions()
    {
        QCOMPARE(Language::words(u"L’isolamento dell'Europa, oggi."),
            (QStringList {QStringLiteral("l"), QStringLiteral("isolamento"), QStringLiteral("dell"),
                QStringLiteral("europa"), QStringLiteral("oggi")}));
    }

    void functionWordShareSeparatesProseFromChrome()
    {
        const QStringList prose
            = Language::words(u"Il sindaco ha detto che la città non può più aspettare i fondi della regione.");
        const QStringList chrome = Language::words(u"Home Notizie Sport Meteo Contatti Newsletter");
        QVERIFY(Language::functionWordShare(prose, QStringLiteral("it")) > 0.3);
        QCOMPARE(Language::functionWordShare(chrome, QStringLiteral("it")), 0.0);
        QVERIFY(Language::supported().contains(QStringLiteral("de")));
    }
};

QTEST_GUILESS_MAIN(TstLanguage)
#include "tst_language.moc"
