// SPDX-License-Identifier: GPL-3.0-or-later
// The site and publication date an HTML page gives about itself (Ingest::HtmlMetadata): meta tags
// first, then JSON-LD, then the first <time datetime>; nothing when the page says nothing.
#include "ingest/htmlmetadata.h"

#include <QTest>

using namespace Glossa::Ingest;
using namespace Qt::StringLiterals;

class TstHtmlMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatThePageSaysAboutItself_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("published");
        QTest::addRow("open graph")
            << u"<head><meta property=\"og:site_name\" content=\"Limes &amp; Co\">"
               "<meta property=\"article:published_time\" content=\"2024-06-19T08:30:00+02:00\"></head>"_s
            << u"Limes & Co"_s << u"2024-06-19T08:30:00+02:00"_s;
        QTest::addRow("json-ld graph")
            << u"<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebSite\"}, {\"@type\": "
               "\"NewsArticle\", \"datePublished\": \"2024-06-20\", \"publisher\": {\"name\": \"ISPI\"}}]}</script>"_s
            << u"ISPI"_s << u"2024-06-20"_s;
        QTest::addRow("time element")
            << u"<article><p>Di <b>Anna</b> <time datetime='2023-11-02'>2 novembre</time></p></article>"_s << QString()
            << u"2023-11-02"_s;
        QTest::addRow("meta before json-ld before time")
            << u"<time datetime=\"2020-01-01\"></time><script type=\"application/ld+json\">"
               "{\"datePublished\": \"2021-01-01\"}</script><meta content=\"2022-01-01\" name=\"date\">"_s
            << QString() << u"2022-01-01"_s;
        QTest::addRow("nothing") << u"<p>Solo testo, del 2024.</p>"_s << QString() << QString();
        QTest::addRow("broken json-ld") << u"<script type=\"application/ld+json\">{\"datePublished\": </script>"_s
                                        << QString() << QString();
    }

    void readsWhatThePageSaysAboutItself()
    {
        QFETCH(QString, html);
        QFETCH(QString, site);
        QFETCH(QString, published);
        const HtmlMetadata::Found found = HtmlMetadata::read(html);
        QCOMPARE(found.site, site);
        QCOMPARE(found.published, published);
    }
};

QTEST_GUILESS_MAIN(TstHtmlMetadata)
#include "tst_htmlmetadata.moc"
