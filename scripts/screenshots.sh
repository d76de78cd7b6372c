#!/usr/bin/env bash
# Takes the README's screenshots: the desk in demo mode at 1280x800, each pane in front once, in both themes.
# Needs a built tree (build/) and, without a display, Xvfb (Debian package xvfb); the tray's needs trayer and
# imagemagick.
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (default docs/)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs}
app=$root/build/app/gui/switchboard
[ -x "$app" ] || { echo "build first: $app is missing" >&2; exit 1; }
mkdir -p "$out"

xvfb_pid=
if [ -z "${DISPLAY:-}" ]; then
    export DISPLAY=:${SB_SCREENSHOT_DISPLAY:-91}
    Xvfb "$DISPLAY" -screen 0 1600x1000x24 -nolisten tcp &
    xvfb_pid=$!
    trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
    if command -v xdpyinfo >/dev/null; then
        for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break || sleep 0.1; done
    else
        sleep 1 # the server needs a moment before the first client
    fi
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; [ -n "$xvfb_pid" ] && kill $xvfb_pid 2>/dev/null || true' EXIT

# name  workspace  panes brought to the front
shots=(
    "desk Default mrn"
    "news News mrn,alerts"
    "operations Operations salto,opera"
    "topic-inspector Default pubsub"
    "alerts Default alerts"
)
for theme in light dark; do
    for shot in "${shots[@]}"; do
        read -r name workspace raise <<<"$shot"
        home=$scratch/$theme-$name
        mkdir -p "$home"
        args=(--demo --theme "$theme" --settings "$home/settings.ini" --workspace "$workspace"
            --snapshot "$out/screenshot-$name-$theme.png" --snapshot-after "${SB_SCREENSHOT_AFTER:-10}")
        IFS=, read -ra feeds <<<"$raise"
        for feed in "${feeds[@]}"; do args+=(--raise "$feed"); done
        HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$app" "${args[@]}"
        echo "$out/screenshot-$name-$theme.png"
    done
done

# The desk in German and Japanese (the language follows the locale): the layouts must hold the longer words.
for locale in de_DE ja_JP; do
    language=${locale%_*}
    home=$scratch/$language-desk
    mkdir -p "$home"
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config LANGUAGE=$language LANG=$locale.UTF-8 \
        "$app" --demo --theme light --settings "$home/settings.ini" --workspace Default --raise mrn \
        --snapshot "$out/screenshot-desk-$language.png" --snapshot-after "${SB_SCREENSHOT_AFTER:-10}"
    echo "$out/screenshot-desk-$language.png"
done
# The tray icon's badge (unread watch items and open alarms, red while one is open) and a rule's notification: the
# desk in the Operations workspace with its default rules, in a tray hosted by trayer (Debian package trayer) on the
# same X screen, which is captured whole (ImageMagick's import) since the tray is not the desk's window.
if command -v trayer >/dev/null && command -v import >/dev/null; then
    home=$scratch/tray
    mkdir -p "$home"
    trayer --edge top --align right --widthtype pixel --width 160 --heighttype pixel --height 40 &
    trayer_pid=$!
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$app" --demo --theme dark \
        --settings "$home/settings.ini" --workspace Operations --raise salto \
        --snapshot "$scratch/unused.png" --snapshot-after 30 &
    desk_pid=$!
    sleep 25 # door incidents of high severity arrive every few seconds in the demo
    import -window root "$scratch/root.png"
    wait $desk_pid || true
    kill $trayer_pid 2>/dev/null || true
    width=$(xdpyinfo | awk '/dimensions:/ { split($2, d, "x"); print d[1] }')
    convert "$scratch/root.png" -crop "320x110+$((width - 320))+0" +repage -scale 200% "$out/screenshot-tray.png"
    echo "$out/screenshot-tray.png"
else
    echo "no tray screenshot: install trayer and imagemagick" >&2
fi

# The Preferences, Rules and Credentials dialogs and an alarm acknowledged with a note, saved by their own tests (the
# Credentials one against a private gnome-keyring, as in CI) when SB_SCREENSHOT_DIR is set.
for test in tests/ui/dialogs/tst_preferences_dialog tests/ui/dialogs/tst_rules_dialog tests/ui/dialogs/tst_credentials_dialog \
    tests/ui/desk/tst_main_window_alarms; do
    [ -x "$root/build/$test" ] || { echo "build $(basename "$test") for its screenshot" >&2; continue; }
    SB_SCREENSHOT_DIR=$out "$root/tests/support/with_private_keyring.sh" "$root/build/$test" >/dev/null
done
echo "$out/screenshot-preferences.png"
echo "$out/screenshot-rules.png"
echo "$out/screenshot-credentials.png"
echo "$out/screenshot-alarm-acknowledged.png"
