#!/usr/bin/env bash
# benchmarks/run.sh [--quick] — every benchmark against its baseline, one line per figure:
#   NAME VALUE UNIT RATIOx   (ratio = our cost over the baseline's; lower is better)
# Runs from any directory. Builds the benchmarks jar and the CLI jar quietly first; the figures
# and their ratios are computed in Java (Figures), so nothing beyond a JDK 17 is needed.
# --quick: about 2½ minutes on 2 cores. Without it: about 11 minutes, steadier figures.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"

for arg in "$@"; do
  case "$arg" in
    --quick) ;;
    *) echo "usage: benchmarks/run.sh [--quick]" >&2; exit 2 ;;
  esac
done

build_log="$(mktemp)"
trap 'rm -f "$build_log"' EXIT
if ! ./mvnw -q -B -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    -Dcyclonedx.skip=true -pl benchmarks -am package >"$build_log" 2>&1; then
  cat "$build_log" >&2
  echo "run.sh: building the benchmarks failed; see above" >&2
  exit 2
fi
# The launcher builds the CLI jar when it is missing or stale; a first run here keeps that build
# out of the timings.
if ! ./telelicense number 京B2-20190486 >/dev/null; then
  echo "run.sh: the CLI does not run" >&2
  exit 2
fi

exec java -cp benchmarks/target/benchmarks.jar dev.telelicense.benchmarks.Figures "$@"
