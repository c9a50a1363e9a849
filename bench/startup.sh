#!/usr/bin/env bash
# Measures start-up to first answer: cold (empty database: migrate + read the report + load it) and warm
# (database already built). Usage: bench/startup.sh [runs]  — prints the median of each in seconds.
# The same measurement bench/speed.sh reports (Release, Production, 127.0.0.1); the timing lives in lib.sh.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
runs=${1:-5}
bench_init
build_release src/OpenData.Api
startup_medians "$runs"
echo "cold start (empty database to first answer), median of $runs: ${cold_s} s"
echo "warm start (database built), median of $runs: ${warm_s} s"
