#!/usr/bin/env bash
# Rebuilds the bundled font subsets from Debian's font packages:
#   sudo apt-get install fonts-noto-cjk fonts-dejavu-core python3-fonttools
# - NotoSansSC-subset.otf: Noto Sans CJK SC (SIL OFL 1.1) cut to GB2312 level 1 (the 3,755
#   most common Simplified Chinese characters), CJK punctuation, and every character of the
#   Chinese messages (assets/i18n/zh-CN/crm_roi.ftl).
# - DejaVuSans-symbols.ttf: DejaVu Sans (Bitstream Vera licence) cut to the signs egui's own
#   fonts lack: the rouble sign and a few arrows and marks.
set -euo pipefail
cd "$(dirname "$0")"
python=/usr/bin/python3
chars=$(mktemp)
"$python" - "$chars" <<'PY'
import sys
out = set()
# GB2312 level 1: rows 16-55 (lead bytes 0xB0-0xD7).
for lead in range(0xB0, 0xD8):
    for trail in range(0xA1, 0xFF):
        try:
            out.add(bytes([lead, trail]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
# CJK symbols and punctuation, full-width forms.
out.update(chr(c) for c in range(0x3000, 0x3040))
out.update(chr(c) for c in range(0xFF01, 0xFF5F))
out.update(open("../i18n/zh-CN/crm_roi.ftl", encoding="utf-8").read())
open(sys.argv[1], "w", encoding="utf-8").write("".join(sorted(out)))
PY
"$python" -m fontTools.subset /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
  --font-number=2 --text-file="$chars" --output-file=NotoSansSC-subset.otf \
  --layout-features='*' --no-hinting --desubroutinize --name-IDs='*' --name-languages='*'
"$python" -m fontTools.subset /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
  --unicodes=U+20BD,U+2192,U+2190,U+2022,U+2248,U+2264,U+2265,U+2212,U+00D7 \
  --output-file=DejaVuSans-symbols.ttf --no-hinting
rm -f "$chars"
ls -l NotoSansSC-subset.otf DejaVuSans-symbols.ttf
