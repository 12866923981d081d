#!/usr/bin/env bash
# Builds the committed HEAD twice, in two fresh clones at different paths, and checks that every jar
# (and the SBOM) comes out byte-for-byte the same. Exit 0 when they do, 1 when they do not, 2 when a
# build fails. Uncommitted changes play no part: commit first.
#
#   scripts/check-reproducible.sh
#
# What makes the jars reproducible: project.build.outputTimestamp in the parent pom (entry times and
# order in every jar, shaded ones included) and -notimestamp for the Javadoc pages.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  local dir="$1"
  git clone -q "$root" "$dir"
  # Tests are compiled (test jars are jars too) but not run: verify's checks are the CI's business.
  if ! (cd "$dir" && ./mvnw -B -q -DskipTests package) >"$dir.log" 2>&1; then
    cat "$dir.log" >&2
    echo "check-reproducible: the build in $dir failed; see above" >&2
    exit 2
  fi
}

artifacts() {
  (cd "$1" && find . -path '*/target/*' -maxdepth 3 \( -name '*.jar' -o -name '*-sbom.json' \) | sort)
}

build "$work/first"
build "$work/second-build"

differ=0
if ! diff <(artifacts "$work/first") <(artifacts "$work/second-build") >/dev/null; then
  echo "check-reproducible: the two builds made different sets of files:" >&2
  diff <(artifacts "$work/first") <(artifacts "$work/second-build") >&2 || true
  differ=1
fi
count=0
while read -r f; do
  count=$((count + 1))
  if ! cmp -s "$work/first/$f" "$work/second-build/$f"; then
    echo "check-reproducible: ${f#./} differs between the two builds" >&2
    differ=1
  fi
done < <(artifacts "$work/first")

if [ "$differ" -ne 0 ]; then
  echo "check-reproducible: NOT reproducible (compare the two with diffoscope to see why)" >&2
  exit 1
fi
echo "check-reproducible: $count files, byte-for-byte identical in two builds"
