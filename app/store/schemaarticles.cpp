// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/notetags.h"
#include "schemaarticles_p.h"
#include "tagstore.h"

namespace Glossa::Store::SchemaArticles {

// articles.published: when the source says it was published (ISO 8601 as the source gave it).
// articles.note: the note on the whole article (Markdown).
const char kVersion10[] = R"SQL(
ALTER TABLE articles ADD COLUMN published TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN note TEXT NOT NULL DEFAULT '';
)SQL";

// No progress: the notes with a `#` are few, and the progress line speaks of the search index.
Status noteTags(Database &db, const Schema::Progress &)
{
    auto q = db.prepare(QStringLiteral("SELECT id, note FROM annotations WHERE note LIKE '%#%' ORDER BY seq"));
    if (!q) {
        return q.status();
    }
    QList<std::pair<QString, QString>> notes;
    if (Status s = (*q)->forEach([&](const Statement &row) { notes.append({row.text(0), row.text(1)}); }); !s) {
        return s;
    }
    for (const auto &[id, note] : std::as_const(notes)) {
        const QStringList inNote = Model::NoteTags::inText(note);
        if (!inNote.isEmpty()) {
            auto current = TagStore::tags(db, TagStore::Owner::Annotation, id);
            if (!current) {
                return current.error();
            }
            const QStringList tags = Model::NoteTags::merged(*current, QString(), note);
            if (tags != *current) {
                if (Status s = TagStore::setTags(db, TagStore::Owner::Annotation, id, tags); !s) {
                    return s;
                }
            }
        }
    }
    return {};
}

} // namespace Glossa::Store::SchemaArticles
