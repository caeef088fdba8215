// SPDX-License-Identifier: GPL-3.0-or-later
// The reading view: a web view showing one article's reader page from the glossa: scheme.
#pragma once

#include <QWebEngineView>

namespace Glossa::Ui {

class ReaderPage;
class ReaderProfile;

class ReaderView final : public QWebEngineView
{
    Q_OBJECT

public:
    ReaderView(ReaderProfile *profile, QWidget *parent = nullptr);
    // Deletes the page first: a page must go before the profile it was made from, which may be
    // the view's child too (as in the main window).
    ~ReaderView() override;

    void showArticle(const QString &articleId);
    QString articleId() const { return m_articleId; }
    ReaderPage *readerPage() const { return m_page; }
    ReaderProfile *readerProfile() const { return m_profile; }

Q_SIGNALS:
    // The article's page is laid out and painted.
    void articlePainted(const QString &articleId);

private:
    ReaderProfile *m_profile;
    ReaderPage *m_page;
    QString m_articleId;
};

} // namespace Glossa::Ui
