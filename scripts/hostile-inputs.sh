#!/usr/bin/env bash
# Feeds the CLI hostile input and checks each answer: a clear first line on stderr, a non-zero exit,
# no Java stack trace, within 10 seconds, in a 256 MiB heap. Prints one line per case and
# 'N passed, N failed' at the end; exits non-zero when any case fails.
set -uo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cli="$root/telelicense"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export JAVA_OPTS="-Xmx256m"
licence="$root/examples/licenses/jing-b2-20240286.txt"

# Build once up front so that no case is timed with the build in it.
"$cli" --version >/dev/null 2>&1 || { echo "the CLI does not start"; exit 2; }

python3 - "$work" <<'PY'
import os, random, sys
w = sys.argv[1]
random.seed(20261122)
def write(name, data):
    with open(os.path.join(w, name), "wb") as f:
        f.write(data)
# A billion-laughs document under a key the facts reader knows, so that refusing aliases is what stops it.
bomb = "services: &a [x, x, x, x, x, x, x, x, x]\n"
for i in range(1, 9):
    bomb += "%s: &%s [%s]\n" % (["websites", "annualReports", "entityChanges", "infoChanges",
                                  "illegalInfoDisposals", "securityAssessments", "advertisements", "attestations"][i - 1],
                                 chr(97 + i), ", ".join(["*" + chr(96 + i)] * 9))
write("bomb.yaml", bomb.encode())
write("deep.json", b"[" * 200000 + b"]" * 200000)
write("deep-object.json", b'{"number":' + b"[" * 200000 + b"]" * 200000 + b"}")
write("random.txt", bytes(random.getrandbits(8) for _ in range(2 * 1024 * 1024)))
write("invalid-utf8.txt", "经营许可证编号：京B2-20190486\n".encode() + b"\xff\xfe\xc3\x28\n")
write("nul.txt", "经营许可证编号：京B2-20190486\n".encode() + b"\x00\x00\n")
write("huge.txt", ("经营许可证编号：京B2-20190486\n" + "你公司应当遵守下列规定。" * 100 + "\n").encode() * 20000)
for name, unit in (("jing", "京"), ("digits", "0123456789"), ("paren", "（"), ("dun", "、"),
                   ("labels", "网站名称：网站域名：")):
    write("line-%s.txt" % name, (unit * (1024 * 1024 // len(unit.encode()))).encode() + b"\n")
write("typo-facts.yaml", b"anualReports: [{year: 2025, filedOn: 2025-03-20}]\n")
write("bad-date-facts.yaml", b"renewalAppliedOn: 2025-02-30\n")
# A page built to make a number scanner backtrack: runs that start a number and fail late (京ICP备 and
# nine digits with no 号, categories chained without a dash, near-numbers one digit short), gaps and
# tags between every part, unclosed tags and references; one real number at the very end.
bait = "".join([
    "京ICP备 1 2 3 4 5 6 7 8 9 " * 20000,
    "A1.A2.B1.B2." * 20000,
    "B2-2019048 " * 20000,
    "京<b>B</b>2-<i>2019</i>048<br>" * 15000,
    "&#x4EAC" * 30000 + "&" * 100000,
    "京 " * 100000,
    "<a title=\"京B2-" + "1" * 200000,
])
write("backtrack-page.html", (bait + ">\n<p>ICP证：京B2-20190486</p>\n").encode())
os.mkdir(os.path.join(w, "a-directory"))
PY

passed=0
failed=0
# case NAME EXPECTED_EXIT COMMAND...
check() {
  local name="$1" want="$2"
  shift 2
  local start end code first
  start=$(date +%s%N)
  timeout 10 "$@" >"$work/out" 2>"$work/err"
  code=$?
  end=$(date +%s%N)
  first="$(head -n 1 "$work/err")"
  local ms=$(( (end - start) / 1000000 ))
  local why=""
  if [ "$code" = 124 ]; then why="timed out"
  elif [ "$code" = 0 ]; then why="exit 0"
  elif [ "$want" != any ] && [ "$code" != "$want" ]; then why="exit $code, expected $want"
  elif [ -z "$first" ]; then why="nothing on stderr"
  elif grep -qE '^\s+at [a-zA-Z]|Exception in thread|OutOfMemoryError' "$work/err"; then why="stack trace or OOM"
  fi
  if [ -z "$why" ]; then
    passed=$((passed + 1)); printf 'ok    %-22s exit %s %5d ms  %s\n' "$name" "$code" "$ms" "$first"
  else
    failed=$((failed + 1)); printf 'FAIL  %-22s %s (%d ms): %s\n' "$name" "$why" "$ms" "$first"
  fi
}

check alias-bomb-facts    2 "$cli" check "$licence" --facts "$work/bomb.yaml" --as-of 2026-11-22
check deep-json-licence   2 "$cli" parse "$work/deep.json"
check deep-json-field     2 "$cli" parse "$work/deep-object.json"
check random-bytes        2 "$cli" parse "$work/random.txt"
check invalid-utf8        2 "$cli" parse "$work/invalid-utf8.txt"
check nul-bytes           2 "$cli" parse "$work/nul.txt"
check 60mb-text           2 "$cli" parse "$work/huge.txt"
for name in jing digits paren dun labels; do
  check "1mb-line-$name"  1 "$cli" parse "$work/line-$name.txt"
done
check missing-file        2 "$cli" parse "$work/no-such-file.txt"
check directory           2 "$cli" parse "$work/a-directory"
check unknown-option      2 "$cli" parse --frmat yaml "$licence"
check typo-facts-key      2 "$cli" check "$licence" --facts "$work/typo-facts.yaml" --as-of 2026-11-22
check impossible-date     2 "$cli" check "$licence" --as-of 2025-02-30
check impossible-fact     2 "$cli" check "$licence" --facts "$work/bad-date-facts.yaml" --as-of 2026-11-22
check bad-number          1 "$cli" number 京B3-20190486

# find on the backtracking page: in time, no trace, and the one real number found (exit 0).
start=$(date +%s%N)
timeout 10 "$cli" find "$work/backtrack-page.html" >"$work/out" 2>"$work/err"
code=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$code" = 0 ] && [ ! -s "$work/err" ] && grep -q '"number":"京B2-20190486"' "$work/out"; then
  passed=$((passed + 1)); printf 'ok    %-22s exit 0 %5d ms  %s\n' find-backtrack-page "$ms" "$(wc -l <"$work/out") found"
else
  failed=$((failed + 1)); printf 'FAIL  %-22s exit %s (%d ms): %s\n' find-backtrack-page "$code" "$ms" "$(head -n 1 "$work/err")"
fi
check find-missing-file   2 "$cli" find "$work/no-such-file.html"
check find-bad-encoding   2 "$cli" find "$work/backtrack-page.html" --encoding NO-SUCH-CHARSET

# Not hostile, but must keep working: a BOM and mixed line endings are read as the same licence.
printf '\xef\xbb\xbf' >"$work/bom.txt"; cat "$licence" >>"$work/bom.txt"
sed 's/$/\r/' "$licence" | awk 'NR % 2 == 0 { sub(/\r$/, "") } { print }' >"$work/mixed.txt"
"$cli" parse "$licence" >"$work/plain.json" 2>/dev/null
for variant in bom mixed; do
  if "$cli" parse "$work/$variant.txt" 2>/dev/null | cmp -s - "$work/plain.json"; then
    passed=$((passed + 1)); printf 'ok    %-22s same licence as the plain text\n' "$variant"
  else
    failed=$((failed + 1)); printf 'FAIL  %-22s differs from the plain text\n' "$variant"
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
