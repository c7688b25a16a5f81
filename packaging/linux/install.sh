#!/bin/sh
# Install PTQuiz for the current user from this unpacked release folder; no root needed.
#
#   app       ~/.local/lib/ptquiz/            (a copy of ./ptquiz, plus uninstall.sh)
#   launcher  ~/.local/bin/ptquiz             (a symlink to the app)
#   menu      $XDG_DATA_HOME/applications/ptquiz.desktop
#   icons     $XDG_DATA_HOME/icons/hicolor/<size>/apps/ptquiz.{png,svg}
#
# XDG_DATA_HOME defaults to ~/.local/share.  Running it again updates the install.  Every
# file and folder it creates is listed in ~/.local/lib/ptquiz/installed-files.txt, which
# uninstall.sh reads; your history, settings and banks are never touched.
set -eu

name=ptquiz
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)

die() {
    printf 'install.sh: %s\n' "$1" >&2
    exit 1
}

[ -n "${HOME:-}" ] || die "HOME is not set"
data_home=${XDG_DATA_HOME:-}
case $data_home in
    /*) ;;
    *) data_home=$HOME/.local/share ;;
esac
app_dir=$HOME/.local/lib/$name
staging=$app_dir.partial
bin_dir=$HOME/.local/bin
launcher=$bin_dir/$name
applications_dir=$data_home/applications
icons_root=$data_home/icons/hicolor
manifest=$staging/installed-files.txt

[ -x "$here/$name/$name" ] || die "$here/$name/$name not found: run install.sh from the unpacked release folder"
[ -f "$here/$name.desktop" ] || die "$here/$name.desktop not found"
if [ -e "$launcher" ] || [ -L "$launcher" ]; then
    if ! [ -L "$launcher" ] || [ "$(readlink -- "$launcher")" != "$app_dir/$name" ]; then
        die "$launcher already exists and is not PTQuiz's launcher; move it away and run install.sh again"
    fi
fi

# The folders `mkdir -p "$1"` would create, outermost last.
missing_dirs() {
    dir=$1
    while ! [ -d "$dir" ]; do
        printf '%s\n' "$dir"
        dir=$(dirname -- "$dir")
    done
}

# mkdir -p that lists each folder it creates in the manifest, so uninstall.sh can remove
# exactly those again (and only while they are empty).
make_dir() {
    missing_dirs "$1" | sed 's/^/dir /' >>"$manifest"
    mkdir -p -- "$1"
}

# A desktop-entry string value writes a backslash as two.
desktop_string() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g'
}

# Exec= needs the quoting rules for arguments, then the string escaping on top of them;
# a literal % is written %%.
desktop_exec_quote() {
    desktop_string "\"$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g')\""
}

rm -rf -- "$staging"
lib_dir=$(dirname -- "$app_dir")
lib_dir_created=$(missing_dirs "$lib_dir")
mkdir -p -- "$lib_dir"
cp -R -- "$here/$name" "$staging"
: >"$manifest"
if [ -n "$lib_dir_created" ]; then
    printf '%s\n' "$lib_dir_created" | sed 's/^/dir /' >>"$manifest"
fi
# Folders created by an earlier install are still ours to remove.
if [ -f "$app_dir/installed-files.txt" ]; then
    grep '^dir ' "$app_dir/installed-files.txt" >>"$manifest" || true
fi
cp -- "$here/uninstall.sh" "$staging/uninstall.sh"
chmod 755 "$staging/uninstall.sh"

make_dir "$applications_dir"
desktop_file=$applications_dir/$name.desktop
exec_line="Exec=$(desktop_exec_quote "$app_dir/$name")"
while IFS= read -r line; do
    case $line in
        Exec=*) printf '%s\n' "$exec_line" ;;
        TryExec=*) printf 'TryExec=%s\n' "$(desktop_string "$app_dir/$name")" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$here/$name.desktop" >"$desktop_file.partial"
mv -f -- "$desktop_file.partial" "$desktop_file"
printf 'file %s\n' "$desktop_file" >>"$manifest"

for icon in "$here"/icons/hicolor/*/apps/"$name".*; do
    [ -f "$icon" ] || continue
    size_dir=$(basename -- "$(dirname -- "$(dirname -- "$icon")")")
    target_dir=$icons_root/$size_dir/apps
    make_dir "$target_dir"
    cp -- "$icon" "$target_dir/"
    printf 'file %s\n' "$target_dir/$(basename -- "$icon")" >>"$manifest"
done

make_dir "$bin_dir"
printf 'file %s\n' "$launcher" >>"$manifest"
sort -u -o "$manifest" "$manifest"

rm -rf -- "$app_dir"
mv -- "$staging" "$app_dir"
ln -sfn -- "$app_dir/$name" "$launcher"

# Refresh the desktop's caches only where they already exist; never create new ones.
if [ -f "$applications_dir/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications_dir" || true
fi
if [ -f "$icons_root/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$icons_root" || true
fi

version=$("$app_dir/$name" --version 2>/dev/null) || version=$name
printf 'Installed %s in %s\n' "$version" "$app_dir"
printf 'Start it from your applications menu, or run: %s\n' "$launcher"
case ":${PATH:-}:" in
    *":$bin_dir:"*) ;;
    *) printf 'Note: %s is not on your PATH; the menu entry works regardless.\n' "$bin_dir" ;;
esac
printf 'To remove it: %s/uninstall.sh\n' "$app_dir"
