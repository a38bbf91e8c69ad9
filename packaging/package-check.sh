#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the .deb declares every dependency it needs: installs it with apt into
# a fresh, minimal Debian 12 (bookworm) root made by debootstrap, without
# Recommends, and runs `raydeck-cli --version` and (offscreen)
# `raydeck --version` there as an unprivileged user. Also checks that every Qt
# plugin and helper RayDeck loads at run time finds its libraries, and that the
# desktop file and AppStream metainfo in the package validate.
#
#   sudo ./packaging/package-check.sh    (usually through ./packaging/dev.sh package-check)
#
# Needs root (debootstrap, mount, chroot) and http://deb.debian.org. The
# pristine root is made once and cached in build/package-check/ (made again
# when broken); each run installs into a throwaway overlay (or copy) of it, so
# every check starts from the same fresh system. Downloaded .debs are cached
# too. RAYDECK_DEBIAN_MIRROR overrides the mirror.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
suite=bookworm
mirror=${RAYDECK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=$repo/build/package-check
base=$cache/$suite-base
archives=$cache/apt-archives
run=$cache/run
root=$run/root

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf '\033[1;31mpackage-check: FAILED: %s\033[0m\n' "$*" >&2; exit 1; }
now() { date +%s; }

[[ $(uname -s) == Linux ]] || fail "the .deb check runs on Linux only"
if [[ $(id -u) != 0 ]]; then
    fail "must run as root (debootstrap, mount and chroot need it); try: sudo ./packaging/dev.sh package-check"
fi
command -v apt-get >/dev/null || fail "needs a Debian or Ubuntu host (apt-get)"

started=$(now)

# --- host tools ---------------------------------------------------------------
needed=()
command -v debootstrap >/dev/null || needed+=(debootstrap)
[[ -f /usr/share/keyrings/debian-archive-keyring.gpg ]] || needed+=(debian-archive-keyring)
command -v desktop-file-validate >/dev/null || needed+=(desktop-file-utils)
command -v appstreamcli >/dev/null || needed+=(appstream)
if ((${#needed[@]})); then
    log "Installing ${needed[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >&2
fi

mkdir -p "$cache" "$archives"
# One check at a time per checkout: they share the cached root.
exec 9>"$cache/.lock"
flock -n 9 || fail "another package-check is running on this checkout"

# --- mounts, and cleaning them up whatever happens ----------------------------
mounted=()
mount_in_root() { # mount_in_root <mount args...> <target>
    mount "$@"
    mounted+=("${!#}")
}

# Unmounts everything at or below a directory, deepest first. Also cleans up
# after a run that was killed before its trap could.
unmount_below() {
    local dir=$1 target
    while read -r target; do
        umount "$target" 2>/dev/null || umount -l "$target"
    done < <(awk -v d="$dir" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/self/mounts | sort -r)
}

# Removes a directory tree that may have had mounts in it, never crossing into
# another file system (so never into a bind-mounted /dev).
remove_tree() {
    local dir=$1
    [[ -e $dir ]] || return 0
    unmount_below "$dir"
    if awk -v d="$dir" '$2 == d || index($2, d "/") == 1 { found = 1 } END { exit !found }' /proc/self/mounts; then
        printf 'package-check: cannot unmount everything below %s; not deleting it\n' "$dir" >&2
        return 1
    fi
    rm -rf --one-file-system "$dir"
}

# Ends the processes still running inside a chroot (apt, dpkg scripts) so that
# their mounts can go. Only ever processes whose root is that directory.
kill_in_root() {
    local dir=$1 proc target tries
    local pids=()
    for proc in /proc/[0-9]*; do
        target=$(readlink "$proc/root" 2>/dev/null) || continue
        [[ $target != "$dir" ]] || pids+=("${proc#/proc/}")
    done
    ((${#pids[@]})) || return 0
    kill -TERM "${pids[@]}" 2>/dev/null
    for ((tries = 0; tries < 50; tries++)); do
        kill -0 "${pids[@]}" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "${pids[@]}" 2>/dev/null
}

# Runs a long command in the background and waits for it, so that a signal
# reaches the cleanup trap at once rather than when the command ends.
interruptible() {
    "$@" &
    wait $!
}

cleanup() {
    local status=$?
    local i
    set +e
    kill_in_root "$root"
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[i]}" 2>/dev/null || umount -R -l "${mounted[i]}" 2>/dev/null || true
    done
    mounted=()
    remove_tree "$run/root" && rm -rf --one-file-system "$run/upper" "$run/work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# --- the package ----------------------------------------------------------------
t=$(now)
log "Building the package"
deb=$("$repo/packaging/package.sh" | tail -n 1)
[[ -f $deb ]] || fail "packaging/package.sh did not produce a .deb"
package_seconds=$(($(now) - t))

# The one version number: the project's, as CMake saw it.
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$repo/build/package/CMakeCache.txt")
[[ -n $version ]] || fail "cannot read the project version from build/package/CMakeCache.txt"
deb_version=$(dpkg-deb -f "$deb" Version)
[[ $deb_version == "$version" ]] || fail "the .deb is version $deb_version, the project is $version"

# --- static checks of the package contents ------------------------------------
extract=$run/extract
rm -rf "$extract"
mkdir -p "$extract"
dpkg-deb -x "$deb" "$extract"
app_id=org.raydeck.RayDeck
expected=(usr/bin/raydeck usr/bin/raydeck-cli
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" usr/share/doc/raydeck/copyright
    usr/share/doc/raydeck/changelog.gz usr/share/man/man1/raydeck.1.gz usr/share/man/man1/raydeck-cli.1.gz)
for size in 16 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x$size/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    [[ -f $extract/$file ]] || fail "the .deb lacks /$file"
done
desktop-file-validate "$extract/usr/share/applications/$app_id.desktop" \
    | grep -v 'contains more than one main category' >&2 || true
desktop-file-validate "$extract/usr/share/applications/$app_id.desktop" >/dev/null \
    || fail "the desktop file does not validate"
appstreamcli validate --no-net "$extract/usr/share/metainfo/$app_id.metainfo.xml" >&2 \
    || fail "the AppStream metainfo does not validate"
grep -q "<release version=\"$version\"" "$extract/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the AppStream metainfo does not name release $version"
rm -rf "$extract"

# --- the pristine Debian root -------------------------------------------------
base_ok() {
    [[ -f $base/.raydeck-complete ]] &&
        chroot "$base" /usr/bin/apt-get --version >/dev/null 2>&1 &&
        [[ -z $(chroot "$base" /usr/bin/dpkg --audit 2>&1) ]]
}

t=$(now)
unmount_below "$cache"
if ! base_ok; then
    [[ ! -e $base ]] || log "The cached Debian root is incomplete or broken; making it again"
    remove_tree "$base" || fail "cannot remove the broken Debian root $base"
    remove_tree "$base.tmp" || fail "cannot remove $base.tmp"
    log "Making a minimal Debian 12 root with debootstrap from $mirror (once)"
    debootstrap --variant=minbase "$suite" "$base.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 \
        || { tail -n 30 "$cache/debootstrap.log" >&2; fail "debootstrap failed (log: $cache/debootstrap.log)"; }
    security_mirror=${mirror%/debian}/debian-security
    cat >"$base.tmp/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security_mirror $suite-security main
EOF
    # Nothing installed in the root may start a service on the host.
    printf '#!/bin/sh\nexit 101\n' >"$base.tmp/usr/sbin/policy-rc.d"
    chmod 755 "$base.tmp/usr/sbin/policy-rc.d"
    # Package lists in the cached root, so that later runs only refresh them.
    cp -L /etc/resolv.conf "$base.tmp/etc/resolv.conf"
    chroot "$base.tmp" /usr/bin/apt-get update -q >>"$cache/debootstrap.log" 2>&1 \
        || { tail -n 30 "$cache/debootstrap.log" >&2; fail "apt-get update failed in the new Debian root"; }
    touch "$base.tmp/.raydeck-complete"
    mv "$base.tmp" "$base"
fi
base_seconds=$(($(now) - t))

# --- a throwaway copy of it ---------------------------------------------------
t=$(now)
remove_tree "$run/root" || fail "cannot clean up $run/root from an earlier run"
rm -rf --one-file-system "$run/upper" "$run/work"
mkdir -p "$run/root" "$run/upper" "$run/work"
if mount -t overlay overlay -o "lowerdir=$base,upperdir=$run/upper,workdir=$run/work" "$run/root" 2>/dev/null; then
    mounted+=("$run/root")
else
    log "No overlayfs here; copying the Debian root instead"
    cp -a --one-file-system "$base/." "$run/root/"
fi
mount_in_root -t proc proc "$root/proc"
mount_in_root --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mkdir -p "$archives/partial"
mount_in_root --bind "$archives" "$root/var/cache/apt/archives"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
deb_in_root=/tmp/$(basename "$deb")

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
# What a user runs: no root, a clean environment, and a time limit so that a
# hanging program fails the check instead of blocking it.
as_user() {
    timeout 60 chroot --userspec=65534:65534 "$root" \
        /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 "$@"
}

log "Installing $(basename "$deb") with apt (no Recommends)"
interruptible in_root apt-get update -q >"$run/apt.log" 2>&1 \
    || { tail -n 30 "$run/apt.log" >&2; fail "apt-get update failed in the Debian root (log: $run/apt.log)"; }
interruptible in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb_in_root" \
    >>"$run/apt.log" 2>&1 \
    || { tail -n 30 "$run/apt.log" >&2; fail "apt could not install the package (log: $run/apt.log)"; }
# shellcheck disable=SC2016 # dpkg-query expands these itself
in_root dpkg-query -W -f='${Status} ${Version}\n' raydeck | grep -qx "install ok installed $version" \
    || fail "raydeck $version is not installed in the Debian root after apt"
install_seconds=$(($(now) - t))

# --- run it -------------------------------------------------------------------
check_version() { # check_version <label> <command...>
    local label=$1 output
    shift
    local status=0
    output=$(as_user "$@" 2>"$run/stderr") || status=$?
    if ((status != 0)); then
        cat "$run/stderr" >&2
        ((status != 124)) || fail "'$label' did not finish within 60 s in the fresh Debian 12 root"
        fail "'$label' exited with status $status in the fresh Debian 12 root"
    fi
    if ! grep -qw -- "$version" <<<"$output"; then
        printf '%s\n' "$output" >&2
        cat "$run/stderr" >&2
        fail "'$label' printed '$output', not version $version"
    fi
    log "$label: $output"
}
check_version "raydeck-cli --version" raydeck-cli --version
check_version "QT_QPA_PLATFORM=offscreen raydeck --version" QT_QPA_PLATFORM=offscreen raydeck --version

# Things no ELF header names but RayDeck loads at run time: the WebEngine helper
# process, Qt's platform, TLS, image and icon plugins, and libsecret (dlopened
# by QtKeychain). Each must be installed and find all of its libraries.
qt_plugins=$(in_root sh -c 'ls -d /usr/lib/*/qt6/plugins' | head -n 1)
[[ -n $qt_plugins ]] || fail "no Qt 6 plugin directory after installing the package"
runtime_files=(/usr/bin/raydeck /usr/bin/raydeck-cli /usr/lib/qt6/libexec/QtWebEngineProcess
    "$qt_plugins/platforms/libqxcb.so" "$qt_plugins/platforms/libqoffscreen.so"
    "$qt_plugins/tls/libqopensslbackend.so" "$qt_plugins/imageformats/libqsvg.so"
    "$qt_plugins/iconengines/libqsvgicon.so")
for file in "${runtime_files[@]}"; do
    in_root test -f "$file" || fail "$file is missing after installing the package"
    missing=$(in_root ldd "$file" | grep 'not found' || true)
    [[ -z $missing ]] || fail "$file cannot find: $missing"
done
in_root sh -c 'ldconfig -p | grep -q "libsecret-1\.so\.0 "' \
    || fail "libsecret-1.so.0 (QtKeychain's Secret Service backend) is missing"
in_root sh -c 'ldconfig -p | grep -q "libssl\.so\.3 "' \
    || fail "libssl.so.3 (Qt's TLS backend) is missing"

printf '\033[1;32mpackage-check: OK\033[0m raydeck %s installs with apt on a fresh Debian 12 and runs.\n' "$version"
printf 'Timings: package %ss, Debian root %ss, install %ss, total %ss\n' \
    "$package_seconds" "$base_seconds" "$install_seconds" "$(($(now) - started))"
