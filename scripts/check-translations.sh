#!/usr/bin/env bash
# Fails when a translation is out of date: lupdate, run on a copy of translations/ with the options of ui/CMakeLists
# (qt_add_translations; -pluralonly for English), would add, change or drop an entry; or an entry is unfinished,
# vanished or obsolete.
# Refresh with `cmake --build build --target update_translations`, then translate what it marked unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] && { lupdate=$candidate; break; }
    done
fi
[ -n "$lupdate" ] || { echo "lupdate not found (Debian package qt6-l10n-tools)" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in translations/switchboard_*.ts; do
    cp "$ts" "$scratch/"
    copy=$scratch/$(basename "$ts")
    # English, the source language, translates only its plurals (ui/CMakeLists.txt).
    only=()
    [ "$(basename "$ts")" = switchboard_en.ts ] && only=(-pluralonly)
    "$lupdate" -silent "${only[@]}" -no-obsolete -locations none ui app/gui -ts "$copy" >/dev/null
    if ! diff -u "$ts" "$copy" >"$scratch/diff"; then
        echo "$ts is out of date with the sources (lupdate would change it):" >&2
        head -n 40 "$scratch/diff" >&2
        status=1
    fi
    unfinished=$(grep -cE 'type="(unfinished|vanished|obsolete)"' "$ts" || true)
    if [ "$unfinished" != 0 ]; then
        echo "$ts: $unfinished entries unfinished, vanished or obsolete" >&2
        status=1
    fi
done
[ "$status" = 0 ] && echo "translations up to date and finished: $(ls translations/switchboard_*.ts | xargs -n1 basename | tr '\n' ' ')"
exit "$status"
