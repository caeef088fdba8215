#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Rewrites the golden files in tests/data from what the current build makes of the inputs next to
# them, through `glossa extract --json` (the importers the tests call):
#
#   ingest/text/NAME.body.txt  the blocks of NAME.txt, one a line ("# " heading, "- " list item,
#                              "---" separator), as tst_plaintextimporter compares them
#   ingest/text/NAME.meta      title=, byline=, lang= and published= (when there is one)
#   ingest/html/NAME.body.txt  the blocks' text, one a line, for the pages tst_htmlextractor compares
#                              whole (it_article, fr_no_article, en_remote)
#
#   ingest/markdown/structure.blocks.txt, ingest/html/en_structure.blocks.txt  the blocks and inline
#                              marks (tests/helpers/blockdump.h) tst_markdownimporter and tst_htmlextractor
#                              compare, written by those tests when GLOSSA_REGENERATE_GOLDEN=1
#   export/markdown/NAME.md    the Markdown export of the annotated article tests/helpers/
#                              annotatedarticle.h makes (it_news_chrome.md, and .private.md with the
#                              private notes), as tst_markdownexport compares them; that test writes
#                              them itself when GLOSSA_REGENERATE_GOLDEN=1, since the annotations are
#                              made through the Library API
#   export/markdown/porti_links.md  the Markdown export's Links section for the linked library
#                              tests/helpers/linkedlibrary.h makes, as tst_exportlinks compares it
#                              (written by that test in the same way)
#
# ingest/html/de_news.body.txt and en_blog_comments.body.txt are written by hand: paragraphs that must
# appear in order, whatever else the page yields. This script leaves them alone.
#
# Run after a deliberate change to an importer, then review `git diff tests/data` line by line
# before committing it: every changed line is a change in what users get.
#
#   tools/dev build && tools/dev exec -- tests/data/regenerate.sh [path/to/glossa [path/to/tst_markdownexport [path/to/tst_exportlinks]]]
set -euo pipefail

DATA=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GLOSSA=${1:-glossa} # tools/dev exec puts the built glossa on PATH
command -v "$GLOSSA" >/dev/null || { echo "regenerate.sh: no $GLOSSA; build first (tools/dev build)" >&2; exit 1; }
MARKDOWN_TEST=${2:-tst_markdownexport} # built beside glossa, so on PATH too
command -v "$MARKDOWN_TEST" >/dev/null || { echo "regenerate.sh: no $MARKDOWN_TEST; build first (tools/dev build)" >&2; exit 1; }

HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT

# As the CLI tests run it: no display, and a home of its own so no real library is touched.
extract() { # extract FILE FORMAT: the JSON on stdout
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/data" \
        "$GLOSSA" extract "$1" --format "$2" --json
}

# write MODE OUT_PREFIX < JSON: MODE text writes OUT_PREFIX.body.txt and OUT_PREFIX.meta, MODE html
# only OUT_PREFIX.body.txt.
write() {
    python3 -c '
import json, sys
mode, prefix = sys.argv[1], sys.argv[2]
o = json.load(sys.stdin)
def line(b):
    if mode == "html":
        return b["text"]
    return {"heading": "# " + b["text"], "list-item": "- " + b["text"], "separator": "---"}.get(b["type"], b["text"])
with open(prefix + ".body.txt", "w", encoding="utf-8", newline="\n") as f:
    f.writelines(line(b) + "\n" for b in o["blocks"])
if mode == "text":
    meta = [("title", o["title"]), ("byline", o["byline"]), ("lang", o["lang"])]
    if o.get("published"):
        meta.append(("published", o["published"]))
    with open(prefix + ".meta", "w", encoding="utf-8", newline="\n") as f:
        f.writelines(k + "=" + v + "\n" for k, v in meta)
' "$1" "$2"
}

for meta in "$DATA"/ingest/text/*.meta; do
    name=${meta%.meta}
    extract "$name.txt" text | write text "$name"
    echo "wrote ${name#"$DATA"/}.body.txt, .meta"
done

for name in it_article fr_no_article en_remote; do
    extract "$DATA/ingest/html/$name.html" html | write html "$DATA/ingest/html/$name"
    echo "wrote ingest/html/$name.body.txt"
done

env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/data" \
    GLOSSA_REGENERATE_GOLDEN=1 "$MARKDOWN_TEST" articleMatchesGoldenFile articleWithPrivateNotesMatchesGoldenFile \
    | grep '^QINFO.*wrote' | sed "s|.*wrote $DATA/|wrote |"
LINKS_TEST=${3:-tst_exportlinks}
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/data" \
    GLOSSA_REGENERATE_GOLDEN=1 "$LINKS_TEST" markdownLinksSectionMatchesGoldenFile \
    | grep '^QINFO.*wrote' | sed "s|.*wrote $DATA/|wrote |"

# The structure golden files (blocks and their marks) the importer tests write themselves.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/data" \
    GLOSSA_REGENERATE_GOLDEN=1 tst_markdownimporter structureMatchesGoldenFile \
    | grep '^QINFO.*wrote' | sed "s|.*wrote $DATA/|wrote |"
env -u DISPLAY -u WAYLAND_DISPLAY HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/data" QT_QPA_PLATFORM=offscreen \
    GLOSSA_REGENERATE_GOLDEN=1 tst_htmlextractor structureMatchesGoldenFile \
    | grep '^QINFO.*wrote' | sed "s|.*wrote $DATA/|wrote |"

echo "now review the change: git diff -- tests/data (outside tools/dev: the build root has no git)"
