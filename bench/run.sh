#!/usr/bin/env bash
# Times Concert against its peers on one corpus of real AIS lines, in one run on this machine, each peer pinned to the
# same core (taskset -c 0), and prints the median of three runs with the ratios. Numbers from different runs or
# machines are not comparable; compare only within one table. Each tool counts its own messages; "records vs peer" is
# Concert's records-per-second over the peer's messages-per-second. gpsdecode without -s prints type 24 only as joined
# part Bs, so its count is a little lower than Concert's, whose gpsd output is that of gpsdecode -s.
#   usage: bench/run.sh [MIN_LINES]      (default 1,000,000 lines)
set -euo pipefail
bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$bench")
runs=3

for tool in gpsdecode taskset /usr/bin/python3; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing; ./test.sh installs what the benchmarks need" >&2; exit 1; }
done
/usr/bin/python3 -c 'import ais' 2>/dev/null || { echo "run.sh: libais (python3-ais) is missing; ./test.sh installs it" >&2; exit 1; }

echo "Building Release" >&2
dotnet build "$repo/bench/Concert.Benchmarks/Concert.Benchmarks.csproj" -c Release -v quiet -nologo >&2
dotnet build "$repo/src/Concert/Concert.csproj" -c Release -v quiet -nologo >&2
benchmarks="$bench/Concert.Benchmarks/bin/Release/net10.0/Concert.Benchmarks"
concert="$repo/src/Concert/bin/Release/net10.0/concert"

echo "Building the corpus" >&2
corpus=$("$bench/corpus.sh" "${1:-1000000}")
lines=$(wc -l <"$corpus")

# The peers, in table order: a name and the command that decodes $corpus. The command's standard output is what
# counts the messages: a number printed by the tool itself, or one line per message for the tools that print them.
names=(
  "Concert records"
  "Concert gpsd JSON (-u)"
  "gpsdecode -u -j"
  "gpsdecode -u -c"
  "libais (python3-ais)"
)
commands=(
  "$(printf '%q --throughput %q' "$benchmarks" "$corpus")"
  "$(printf '%q decode --format gpsd --unscaled %q' "$concert" "$corpus")"
  "$(printf 'gpsdecode -u -j < %q' "$corpus")"
  "$(printf 'gpsdecode -u -c < %q' "$corpus")"
  "$(printf '/usr/bin/python3 %q %q' "$bench/libais_decode.py" "$corpus")"
)
# How each peer's message count is read: "printed" (the first number on its output) or "lines" (of its output).
counts=(printed lines lines lines printed)

# Wall-clock seconds of one run of a command on core 0, its output going to $2 (a file, or /dev/null when timed).
time_once() {
  local start end
  start=$EPOCHREALTIME
  taskset -c 0 bash -c "$1" >"$2" 2>/dev/null
  end=$EPOCHREALTIME
  echo "$start $end" | awk '{ printf "%.3f", $2 - $1 }'
}

output=$(mktemp)
trap 'rm -f "$output"' EXIT
messages=() seconds=()
for i in "${!names[@]}"; do
  echo "Timing ${names[$i]}" >&2
  if [[ ${counts[$i]} == printed ]]; then
    samples=()
    for ((run = 0; run < runs; run++)); do samples+=("$(time_once "${commands[$i]}" "$output")"); done
    messages+=("$(grep -Eo '[0-9]+' "$output" | head -n 1)")
  else
    # One untimed run counts the lines; the timed runs write to /dev/null, as a pipeline would discard them.
    bash -c "${commands[$i]}" 2>/dev/null >"$output"
    messages+=("$(wc -l <"$output")")
    samples=()
    for ((run = 0; run < runs; run++)); do samples+=("$(time_once "${commands[$i]}" /dev/null)"); done
  fi
  seconds+=("$(printf '%s\n' "${samples[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")")
done

rate() { awk -v m="$1" -v s="$2" 'BEGIN { printf "%.0f", m / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

echo
echo "Corpus: $corpus ($lines lines); median of $runs runs, each pinned to core 0"
printf '%-26s %10s %9s %12s %16s\n' peer messages seconds messages/s "records vs peer"
records_rate=$(rate "${messages[0]}" "${seconds[0]}")
for i in "${!names[@]}"; do
  peer_rate=$(rate "${messages[$i]}" "${seconds[$i]}")
  printf '%-26s %10d %9.3f %12d %16s\n' "${names[$i]}" "${messages[$i]}" "${seconds[$i]}" "$peer_rate" \
    "$(ratio "$records_rate" "$peer_rate")"
done
echo
echo "Concert gpsd JSON (-u) vs gpsdecode -u -j: $(ratio "$(rate "${messages[1]}" "${seconds[1]}")" \
  "$(rate "${messages[2]}" "${seconds[2]}")") the messages per second"
echo
echo "Concert records, in one process after compilation (processor time, best of three passes over the same file):"
taskset -c 0 "$benchmarks" --throughput "$corpus" --warm | tail -n 1
