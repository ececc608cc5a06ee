#!/usr/bin/env bash
# Builds the benchmark corpus: the real AIS logs shipped in shared/data/ais, comment and blank lines dropped, repeated
# in a fixed order until there are at least MIN_LINES lines. Prints the corpus path. Rebuilt only when missing.
#   usage: bench/corpus.sh [MIN_LINES]      (data folder: $CONCERT_AIS_DATA, default shared/data/ais beside the repo)
set -euo pipefail
bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
min_lines=${1:-1000000}

data=${CONCERT_AIS_DATA:-}
if [[ -z "$data" ]]; then
  for candidate in "$bench/../../shared/data/ais" /work/shared/data/ais; do
    [[ -d "$candidate" ]] && { data=$candidate; break; }
  done
fi
[[ -n "$data" && -d "$data" ]] || { echo "corpus.sh: no AIS data folder; set CONCERT_AIS_DATA" >&2; exit 1; }

# The fixed order of the logs in one cycle: gpsd's regression sample, pyais's test logs, libais's examples.
logs=(
  gpsd/sample.aivdm
  pyais/inline_from_tests.nmea
  pyais/messages.ais
  pyais/mixed.txt
  pyais/timestamped.ais
  libais/tagblock.nmea
  libais/typeexamples.nmea
)

corpus="$bench/corpus/ais-${min_lines}.nmea"
if [[ ! -s "$corpus" ]]; then
  mkdir -p "$bench/corpus"
  cycle=$(mktemp)
  trap 'rm -f "$cycle"' EXIT
  for log in "${logs[@]}"; do
    grep -v -e '^#' -e '^[[:space:]]*$' "$data/$log" | tr -d '\r'
  done >"$cycle"
  cycle_lines=$(wc -l <"$cycle")
  repeats=$(((min_lines + cycle_lines - 1) / cycle_lines))
  for ((i = 0; i < repeats; i++)); do cat "$cycle"; done >"$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
echo "$corpus"
