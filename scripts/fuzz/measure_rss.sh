#!/usr/bin/env bash
# Peak memory of `warta code` on one huge single-line input, generated on the fly (not stored):
# plain text and one JSONL record. Usage: scripts/fuzz/measure_rss.sh [MB] [path/to/warta]
set -euo pipefail
MB=${1:-1024}
WARTA=${2:-target/release/warta}
gen() { # MB of one line of text, no newline
  python3 -c "
import sys
chunk = ('Tentara menembaki desa itu dan polisi menangkap warga ' * 20000).encode()
left = $MB << 20
out = sys.stdout.buffer
while left > 0:
    out.write(chunk[:left]); left -= len(chunk)
"
}
small() { echo "Polisi menangkap dua tersangka di Jakarta kemarin." | /usr/bin/time -v "$WARTA" code --lang id - 2>&1 >/dev/null | grep -E 'Maximum resident|Elapsed'; }
echo "small input:"; small
echo "$MB MB single-line text on stdin:"
gen | /usr/bin/time -v "$WARTA" code --lang id --published 2016-01-01 - 2>&1 >/dev/null | grep -E 'Maximum resident|Elapsed|truncated|warta: '
echo "$MB MB single-line JSONL record on stdin:"
{ printf '{"id":"big","text":"'; gen; printf '"}\n'; } | /usr/bin/time -v "$WARTA" code --lang id --published 2016-01-01 - 2>&1 >/dev/null | grep -E 'Maximum resident|Elapsed|truncated|warta: '
f=$(mktemp /tmp/warta-big-XXXX.txt)
gen >"$f"
echo "$MB MB single-line .txt file:"
/usr/bin/time -v "$WARTA" code --lang id --published 2016-01-01 "$f" 2>&1 >/dev/null | grep -E 'Maximum resident|Elapsed|truncated|warta: '
rm -f "$f"
