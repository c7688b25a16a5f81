#!/bin/sh
# Check a real build of the one-folder app, as CI does after `packaging/build.py --onedir-only`:
#
#   sh packaging/smoke_test.sh [DIST_DIR]        (DIST_DIR defaults to dist)
#
# 1. DIST_DIR/ptquiz/ptquiz --version and --self-test run headless and succeed;
# 2. the bundle carries the translations (ptquiz_de.qm, ptquiz_en.qm and Qt's own qtbase_de.qm)
#    and with PTQUIZ_LANGUAGE=de the window paints in German, no catalogue reported missing;
# 3. the app wrote nothing inside its own folder;
# 4. the release tarball installs into a throw-away HOME, the installed launcher passes
#    --self-test too, and uninstall.sh leaves that HOME exactly as it was.
set -eu

dist=${1:-dist}
app_dir=$dist/ptquiz
app=$app_dir/ptquiz

fail() {
    printf 'smoke_test: FAILED: %s\n' "$1" >&2
    exit 1
}

[ -x "$app" ] || fail "$app not found: run packaging/build.py --onedir-only first"
tarball=$(find "$dist" -maxdepth 1 -name 'ptquiz-*-linux-*.tar.gz' | sort | tail -n 1)
[ -n "$tarball" ] || fail "no ptquiz-*-linux-*.tar.gz in $dist"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export PTQUIZ_DATA_DIR="$work/data"
export XDG_CONFIG_HOME="$work/config"
export XDG_CACHE_HOME="$work/cache"
export XDG_DATA_HOME="$work/xdg-data"

stamp=$work/stamp
touch "$stamp"

version=$("$app" --version) || fail "$app --version exited $?"
printf 'version:   %s\n' "$version"
self_test=$("$app" --self-test) || fail "$app --self-test exited $?: $self_test"
printf 'self-test: %s\n' "$self_test"

for qm in ptquiz_de.qm ptquiz_en.qm qtbase_de.qm; do
    [ -n "$(find "$app_dir" -name "$qm" -print)" ] || fail "the bundle has no $qm"
done
german=$(PTQUIZ_LANGUAGE=de PTQUIZ_BENCH_EXIT_AFTER_PAINT=1 "$app" 2>&1) || fail "the app in German exited $?: $german"
case $german in *PTQUIZ_FIRST_PAINT*) ;; *) fail "the app in German painted no window: $german" ;; esac
case $german in *missing*) fail "with PTQUIZ_LANGUAGE=de: $german" ;; esac
printf 'german:    the window painted with ptquiz_de.qm and qtbase_de.qm\n'

written=$(find "$app_dir" -newer "$stamp" -print)
[ -z "$written" ] || fail "the app wrote inside its bundle: $written"

mkdir -p "$work/unpacked" "$work/home/.local/share/ptquiz"
printf 'my attempts\n' >"$work/home/.local/share/ptquiz/history.sqlite3"
tar -xzf "$tarball" -C "$work/unpacked"
release=$(find "$work/unpacked" -mindepth 1 -maxdepth 1 -type d)
before=$(cd "$work/home" && find . | sort && cat .local/share/ptquiz/history.sqlite3)

unset XDG_DATA_HOME
HOME=$work/home sh "$release/install.sh" || fail "install.sh failed"
launcher=$work/home/.local/bin/ptquiz
[ -L "$launcher" ] || fail "install.sh made no launcher at $launcher"
installed_version=$("$launcher" --version) || fail "the installed launcher failed"
[ "$installed_version" = "$version" ] || fail "installed $installed_version, built $version"
"$launcher" --self-test >/dev/null || fail "the installed app's --self-test failed"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$work/home/.local/share/applications/ptquiz.desktop" ||
        fail "the installed desktop entry is invalid"
fi
HOME=$work/home sh "$work/home/.local/lib/ptquiz/uninstall.sh" || fail "uninstall.sh failed"
after=$(cd "$work/home" && find . | sort && cat .local/share/ptquiz/history.sqlite3)
[ "$before" = "$after" ] || fail "uninstall.sh did not restore HOME: $(printf '%s\n' "$after")"

printf 'smoke_test: OK (%s, %s)\n' "$version" "$(basename "$tarball")"
