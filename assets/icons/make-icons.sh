#!/usr/bin/env bash
# Renders the icon's PNGs (hicolor sizes, and the window icon) from crm-roi.svg:
#   sudo apt-get install librsvg2-bin && assets/icons/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" crm-roi.svg --output "crm-roi-$size.png"
done
ls -l crm-roi-*.png
