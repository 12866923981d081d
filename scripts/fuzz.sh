#!/usr/bin/env bash
# Real fuzzing (JAZZER_FUZZ=1) of one @FuzzTest for a number of minutes.
#   scripts/fuzz.sh TARGET MINUTES      e.g. scripts/fuzz.sh number 10
#   scripts/fuzz.sh --list
# New crashing inputs land in the test's resources directory (…Inputs/<method>/) and are replayed by
# every ./mvnw verify from then on. The generated corpus stays under .cifuzz-corpus (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"

# target  module  test-class#method
targets() {
  cat <<'LIST'
number             license-model  dev.telelicense.model.LicenseNumberFuzzTest#parseNeverThrowsAnythingElse
find               license-model  dev.telelicense.model.LicenseNumberFindFuzzTest#findAllNeverThrows
text               license-io     dev.telelicense.io.text.LicenseTextParserFuzzTest#parseNeverThrows
licence-reader     license-io     dev.telelicense.io.document.ReaderFuzzTest#licenceReadersThrowOnlyDocumentException
facts-reader       license-io     dev.telelicense.io.document.ReaderFuzzTest#factsReadersThrowOnlyDocumentException
report-reader      license-io     dev.telelicense.io.document.ReaderFuzzTest#reportReadersThrowOnlyDocumentException
licence-roundtrip  license-io     dev.telelicense.io.document.DocumentFuzzTest#generatedLicencesReadBackEqual
facts-roundtrip    license-io     dev.telelicense.io.document.DocumentFuzzTest#generatedFactsAndReportsReadBackEqual
LIST
}

if [ "${1:-}" = "--list" ] || [ $# -ne 2 ]; then
  [ "${1:-}" = "--list" ] || echo "usage: scripts/fuzz.sh TARGET MINUTES" >&2
  echo "targets:" >&2
  targets >&2
  [ "${1:-}" = "--list" ]
  exit $?
fi

target="$1"
minutes="$2"
all="$(targets)"
line="$(printf '%s\n' "$all" | awk -v t="$target" '$1 == t { print }' | head -n 1)"
if [ -z "$line" ]; then
  echo "fuzz.sh: unknown target '$target'; try --list" >&2
  exit 2
fi
module="$(echo "$line" | awk '{ print $2 }')"
test="$(echo "$line" | awk '{ print $3 }')"

cd "$root"
echo "fuzzing $test for $minutes minutes" >&2
JAZZER_FUZZ=1 ./mvnw -B -pl "$module" -am test \
  -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Djazzer.max_duration=${minutes}m -Djazzer.instrument=dev.telelicense.** -Xmx1g"
