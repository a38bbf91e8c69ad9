#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the installable package: a .deb on Debian/Ubuntu, a .dmg on macOS.
# Uses its own Release build in build/package (installed under /usr on Linux,
# no tests), then CPack. Quick when nothing changed. Progress goes to stderr;
# the last line on stdout is the package's path.
#
#   ./packaging/package.sh            (usually through ./packaging/dev.sh package)
#
# Environment: RAYDECK_BUILD_JOBS (default 2) parallel compile jobs;
# RAYDECK_CODESIGN_IDENTITY (macOS) signs with the hardened runtime.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=$repo/build/package
jobs=${RAYDECK_BUILD_JOBS:-2}

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'package.sh: %s\n' "$*" >&2; exit 1; }

case "$(uname -s)" in
    Linux)
        generator=DEB
        extension=deb
        # dpkg-shlibdeps (dpkg-dev) computes the library dependencies.
        if ! command -v dpkg-shlibdeps >/dev/null; then
            command -v apt-get >/dev/null || die "building a .deb needs Debian or Ubuntu (dpkg-dev)"
            sudo=(); [[ $(id -u) == 0 ]] || sudo=(sudo)
            log "Installing dpkg-dev"
            "${sudo[@]}" apt-get update -qq
            "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dpkg-dev >&2
        fi
        install_prefix=/usr
        ;;
    Darwin)
        generator=DragNDrop
        extension=dmg
        # dev.sh exports CMAKE_PREFIX_PATH for Homebrew's Qt and friends.
        install_prefix=/Applications
        ;;
    *) die "unsupported system $(uname -s)" ;;
esac

# Configure once; afterwards the build re-runs CMake itself when a CMakeLists
# changes.
if [[ ! -f $build_dir/build.ninja ]]; then
    log "Configuring the package build (Release, prefix $install_prefix)"
    cmake -S "$repo" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$install_prefix" \
        -DBUILD_TESTING=OFF >&2
fi

log "Building"
cmake --build "$build_dir" --parallel "$jobs" >&2

# File dates inside the package are the last commit's, so that packaging the
# same build twice gives the same bytes.
if [[ -z ${SOURCE_DATE_EPOCH:-} ]] && epoch=$(git -C "$repo" log -1 --format=%ct 2>/dev/null); then
    export SOURCE_DATE_EPOCH=$epoch
fi

# Start from an empty output directory so that exactly one package is left,
# the one for the current version.
out_dir=$build_dir/packages
rm -rf "$out_dir"
log "Packaging ($generator)"
(cd "$build_dir" && cpack -G "$generator" -C Release) >&2

shopt -s nullglob
packages=("$out_dir"/*."$extension")
((${#packages[@]} == 1)) || die "expected one .$extension in $out_dir, found ${#packages[@]}"
log "Package: ${packages[0]}"
echo "${packages[0]}"
