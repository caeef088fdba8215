// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationtags.h"

#include "library/library.h"
#include "library/readonlymode.h"
#include "model/notetags.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>

#include <algorithm>

namespace Glossa::Ui {

namespace {

constexpr int kSuggested = 8; // the library's most used tags offered in the menu

QStringList typedTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// The library's tags, most used first.
QStringList tagsByUse(Library *library)
{
    QList<Store::TagStore::Count> counts = library->readTagCounts().valueOr({});
    std::stable_sort(counts.begin(), counts.end(),
        [](const auto &a, const auto &b) { return a.articles + a.annotations > b.articles + b.annotations; });
    QStringList out;
    for (const Store::TagStore::Count &c : std::as_const(counts)) {
        out << c.name;
    }
    return out;
}

} // namespace

AnnotationTagsLine::AnnotationTagsLine(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_edit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("annotationTags"));
    ReadOnlyMode::markWriting(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Ta&gs:"), this);
    label->setBuddy(m_edit);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    m_edit->setPlaceholderText(tr("storia, fonti — or write #storia in the note"));
    m_edit->setToolTip(tr("The annotation's tags, separated by commas or spaces. A #tag written in the note "
                          "is added here by itself."));
    m_edit->setAccessibleName(tr("Tags"));
    connect(m_edit, &QLineEdit::editingFinished, this, &AnnotationTagsLine::save);
    const auto changed = [this](const QString &id) {
        if (id == m_annotationId && !m_edit->hasFocus()) {
            load();
        }
    };
    connect(library, &Library::annotationChanged, this, changed);
    connect(library, &Library::annotationRemoved, this, [this](const QString &id) {
        if (id == m_annotationId) {
            setAnnotation({});
        }
    });
    setAnnotation({});
}

void AnnotationTagsLine::setAnnotation(const QString &annotationId)
{
    m_annotationId = annotationId;
    load();
}

void AnnotationTagsLine::load()
{
    const auto a = m_annotationId.isEmpty() ? std::nullopt : m_library->annotation(m_annotationId);
    m_edit->setEnabled(bool(a));
    m_edit->setText(a ? a->tags.join(QStringLiteral(", ")) : QString());
    auto *completer = new QCompleter(tagsByUse(m_library), m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_edit->completer();
    m_edit->setCompleter(completer);
}

void AnnotationTagsLine::save()
{
    const auto a = m_annotationId.isEmpty() ? std::nullopt : m_library->annotation(m_annotationId);
    if (!a) {
        return;
    }
    if (const Store::Status s = m_library->setAnnotationTags(a->id, typedTags(m_edit->text())); !s) {
        Q_EMIT message(s.error().message);
    }
    load();
}

QMenu *annotationTagsMenu(Library *library, const QString &annotationId, QWidget *parent)
{
    auto *menu = new QMenu(AnnotationTagsLine::tr("&Tags"), parent);
    menu->setObjectName(QStringLiteral("tagsMenu"));
    const auto a = library->annotation(annotationId);
    if (!a) {
        menu->setEnabled(false);
        return menu;
    }
    const QStringList current = a->tags;
    const auto set = [library, annotationId](const QStringList &tags) {
        library->setAnnotationTags(annotationId, tags);
    };
    for (const QString &tag : current) {
        QAction *remove = menu->addAction(QString(u'#' + tag));
        remove->setCheckable(true);
        remove->setChecked(true);
        remove->setToolTip(AnnotationTagsLine::tr("Remove the tag"));
        QObject::connect(
            remove, &QAction::triggered, menu, [set, current, tag] { set(Model::NoteTags::withoutTag(current, tag)); });
    }
    int offered = 0;
    for (const QString &tag : tagsByUse(library)) {
        if (offered == kSuggested || current.contains(tag, Qt::CaseInsensitive)) {
            continue;
        }
        ++offered;
        QAction *add = menu->addAction(QString(u'#' + tag));
        add->setCheckable(true);
        QObject::connect(
            add, &QAction::triggered, menu, [set, current, tag] { set(Model::NoteTags::withTag(current, tag)); });
    }
    if (!menu->isEmpty()) {
        menu->addSeparator();
    }
    QAction *other = menu->addAction(AnnotationTagsLine::tr("&Add Tag…"));
    other->setObjectName(QStringLiteral("addTag"));
    QObject::connect(other, &QAction::triggered, parent, [library, annotationId, parent] {
        bool ok = false;
        const QString typed = QInputDialog::getText(parent, AnnotationTagsLine::tr("Add Tag"),
            AnnotationTagsLine::tr("Tag:"), QLineEdit::Normal, QString(), &ok);
        const auto now = library->annotation(annotationId);
        if (ok && now) {
            library->setAnnotationTags(annotationId, Model::NoteTags::withTag(now->tags, typed.trimmed()));
        }
    });
    return menu;
}

} // namespace Glossa::Ui
