#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (the fuzz preset: clang, ASan, UBSan) and runs
# each for a set time, one after the other, starting from its seed corpus in
# tests/fuzz/corpus/<target>. New inputs libFuzzer keeps go to
# build/fuzz/corpus/<target> (not into the repository); a crash, hang, leak or
# failed check is saved under build/fuzz/findings/<target>/ and fails the run.
#
#   run-fuzz.sh [SECONDS] [TARGET...]    SECONDS per target, default 60
#
# To keep a finding as a regression input, fix the bug, then copy the file into
# tests/fuzz/corpus/<target>/: the test suite replays every corpus file.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-60}
shift || true
[[ $seconds =~ ^[0-9]+$ ]] || { echo "run-fuzz.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }
targets=("$@")
((${#targets[@]})) || targets=(hydraoverride sshconfig rayjobsjson profilefile)

build_dir=$repo/build/fuzz
cd "$repo"
if [[ ! -f $build_dir/build.ninja ]]; then
    echo "==> Configuring (fuzz)" >&2
    cmake --preset fuzz >/dev/null
fi
echo "==> Building the fuzz targets" >&2
cmake --build "$build_dir" --target "${targets[@]/#/fuzz_}"

# Every finding stops the target with a report; leaks count as findings too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

summary=()
failed=0
for target in "${targets[@]}"; do
    seeds=$repo/tests/fuzz/corpus/$target
    [[ -d $seeds ]] || { echo "run-fuzz.sh: unknown target '$target' (no $seeds)" >&2; exit 2; }
    work=$build_dir/corpus/$target
    findings=$build_dir/findings/$target
    log=$build_dir/fuzz-$target.log
    mkdir -p "$work" "$findings"
    echo "==> Fuzzing $target for ${seconds}s (log: $log)" >&2
    set +e
    "$build_dir/tests/fuzz/fuzz_$target" "$work" "$seeds" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1
    status=$?
    set -e
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    corpus=$(find "$work" -type f | wc -l)
    found=$(find "$findings" -type f | wc -l)
    if ((status != 0 || found != 0)); then
        failed=1
        tail -40 "$log" >&2
    fi
    summary+=("$(printf '%-14s %6ss %12s execs %6s corpus files %3s findings (exit %s)' \
        "$target" "$seconds" "${execs:-?}" "$corpus" "$found" "$status")")
done

echo
printf '%s\n' "${summary[@]}"
if ((failed)); then
    echo "Findings are in $build_dir/findings/; replay one with: $build_dir/tests/fuzz/fuzz_<target> <file>" >&2
    exit 1
fi
