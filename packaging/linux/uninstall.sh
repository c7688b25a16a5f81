#!/bin/sh
# Remove what install.sh installed for the current user, as listed in
# ~/.local/lib/ptquiz/installed-files.txt.  Your history, settings and banks
# (~/.local/share/ptquiz, ~/.config/ptquiz, or your --data-dir) are never touched.
set -eu

name=ptquiz

die() {
    printf 'uninstall.sh: %s\n' "$1" >&2
    exit 1
}

[ -n "${HOME:-}" ] || die "HOME is not set"
app_dir=$HOME/.local/lib/$name
manifest=$app_dir/installed-files.txt
[ -f "$manifest" ] || die "$manifest not found: PTQuiz is not installed for this user; nothing removed"

# Only files named like ours are removed, whatever the list says; the launcher only while it
# still points at this install.
while IFS= read -r line; do
    case $line in
        "file "*) path=${line#file } ;;
        *) continue ;;
    esac
    case $(basename -- "$path") in
        "$name")
            if [ -L "$path" ] && [ "$(readlink -- "$path")" = "$app_dir/$name" ]; then
                rm -f -- "$path"
            fi
            ;;
        "$name.desktop" | "$name.png" | "$name.svg")
            rm -f -- "$path"
            ;;
        *) printf 'uninstall.sh: left %s alone (not a PTQuiz file)\n' "$path" >&2 ;;
    esac
done <"$manifest"

created_dirs=$(sed -n 's/^dir //p' "$manifest" | sort -r -u)
rm -rf -- "$app_dir"
# Deepest first; a folder that now holds anything else stays.
if [ -n "$created_dirs" ]; then
    printf '%s\n' "$created_dirs" | while IFS= read -r dir; do
        rmdir -- "$dir" 2>/dev/null || true
    done
fi

data_home=${XDG_DATA_HOME:-}
case $data_home in
    /*) ;;
    *) data_home=$HOME/.local/share ;;
esac
if [ -f "$data_home/applications/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" || true
fi
if [ -f "$data_home/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" || true
fi

printf 'Removed PTQuiz from %s. Your history, settings and banks were kept.\n' "$app_dir"
