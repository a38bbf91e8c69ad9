#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders resources/icons/raydeck.svg into the PNG sizes desktops and the macOS
# iconset ask for. The PNGs are committed, so this only runs again when the SVG
# changes: ./packaging/render-icons.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
icons=$repo/resources/icons
sizes=(16 32 48 64 128 256 512)

if ! command -v rsvg-convert >/dev/null; then
    command -v apt-get >/dev/null || { echo "render-icons.sh: install rsvg-convert (librsvg) first" >&2; exit 1; }
    sudo=(); [[ $(id -u) == 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends librsvg2-bin
fi

for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "$icons/raydeck-$size.png" "$icons/raydeck.svg"
done
echo "Rendered ${sizes[*]} px icons into resources/icons/"
