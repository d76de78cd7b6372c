#!/bin/bash
# Instructions per story of the MRN decode path and of bare libdeflate gunzip of the same bytes, counted by
# callgrind (machine noise does not move them, unlike the times mrn_decode prints). Needs valgrind and a build with
# -DSB_BENCH=ON. Usage: scripts/mrn-decode-instructions.sh [BUILD_DIR] [STORIES]
set -euo pipefail
build=${1:-build}
stories=${2:-1000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out/cg" '--toggle-collect=sb::MrnFrameDecoder::decode(*' \
    --toggle-collect=libdeflate_gzip_decompress "$build/tests/bench/mrn_decode" "$stories" 1 >/dev/null 2>"$out/log"
callgrind_annotate --inclusive=yes "$out/cg" >"$out/incl" 2>/dev/null
cost() { grep -m1 "$1" "$out/incl" | awk '{gsub(",", "", $1); print $1}'; }
decode=$(cost 'MrnFrameDecoder::decode(sb::RawFrame')
gunzip=$(cost ' ???:libdeflate_gzip_decompress \[')
# mrn_decode runs each of its two corpora once: `stories` stories each.
awk -v d="$decode" -v g="$gunzip" -v n="$((2 * stories))" 'BEGIN {
    printf "mrn decode, callgrind: %.0f instructions/story full path, %.0f bare libdeflate gunzip; ratio %.2fx\n",
        d / n, g / n, d / g }'
