#!/usr/bin/env bash
# Runs every test of the solution and ends with one line of totals, "N passed, N failed", summed from the TRX files.
# Exits non-zero when a test fails, when the build fails, or when no test ran at all.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# What the tests run, and the Debian package that provides it. A program a test needs is added here, in one place.
#   file the tests use                               package
REQUIRED=(
  "/usr/bin/gpsdecode                                gpsd-clients"  # gpsd's decoder: the oracle of the AIS tests
  "/usr/lib/python3/dist-packages/ais/__init__.py    python3-ais"   # libais: a peer in bench/run.sh
)

install_missing() {
  local missing=() entry file package
  for entry in "${REQUIRED[@]}"; do
    read -r file package <<<"$entry"
    [[ -e "$file" ]] || missing+=("$package")
  done
  ((${#missing[@]} == 0)) && return 0
  if ((EUID != 0)); then
    echo "test.sh: missing ${missing[*]}; run it as root so that it can install them with apt-get" >&2
    exit 1
  fi
  echo "Installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # The package lists are refreshed only when they turn out to be stale, so a machine that has them installs offline.
  apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; }
}

# Prints "project passed failed skipped" for one TRX file. The project is named after the test assembly the results
# came from (xunit's "Discovering:" line names it even when it holds no test); failed counts every outcome that is not
# a pass or a skip (failed, error, timeout, aborted).
trx_counts() {
  local trx=$1 counters project
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
  project=$(grep -o 'Discovering: [A-Za-z0-9_.]*' "$trx" | head -n 1 | sed 's/^Discovering: //' || true)
  counter() { sed -nE "s/.* $1=\"([0-9]+)\".*/\1/p" <<<"$counters" | grep . || echo 0; }
  local total executed passed failed error timeout aborted
  total=$(counter total) executed=$(counter executed) passed=$(counter passed)
  failed=$(counter failed) error=$(counter error) timeout=$(counter timeout) aborted=$(counter aborted)
  echo "${project:-$(basename "$trx" .trx)} $passed $((failed + error + timeout + aborted)) $((total - executed))"
}

install_missing
scripts/ensure-chromium.sh  # Debian's Chromium for the browser tests (tests/Concert.Tests/Browser)

results=TestResults
rm -rf "$results"
test_status=0
source scripts/ensure-postgres.sh >/dev/null || echo "test.sh: PostgreSQL unavailable; its storage tests skip (fail under CI=true)" >&2
dotnet test Concert.slnx --logger trx --results-directory "$results" || test_status=$?

echo
passed_sum=0 failed_sum=0 skipped_sum=0
shopt -s nullglob
trx_files=("$results"/*.trx)
while read -r project passed failed skipped; do
  printf '%-32s %6d passed %6d failed %6d skipped\n' "$project" "$passed" "$failed" "$skipped"
  passed_sum=$((passed_sum + passed)) failed_sum=$((failed_sum + failed)) skipped_sum=$((skipped_sum + skipped))
done < <(for trx in "${trx_files[@]}"; do trx_counts "$trx"; done | sort)
printf '%-32s %6d passed %6d failed %6d skipped\n' "all projects" "$passed_sum" "$failed_sum" "$skipped_sum"

status=0
if ((test_status != 0)); then
  echo "dotnet test exited with $test_status" >&2
  status=1
fi
if ((passed_sum + failed_sum == 0)); then
  echo "No test ran" >&2
  status=1
fi
((failed_sum == 0)) || status=1
echo "$passed_sum passed, $failed_sum failed"
exit "$status"
