# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
#
# The checks of tools/dev that build the code a second way (sourced by it): `test --sanitize`, the
# unit and command-line tests under AddressSanitizer and UndefinedBehaviorSanitizer (gcc), and
# `fuzz`, the libFuzzer targets of tests/fuzz (clang). Each has a build folder of its own beside the
# ordinary one, so `build` and `test` never compile anything more.
#
# Uses from tools/dev: TOP, MODE, BUILD_DIR, ROOT_DIR, JOBS, FUZZ_PKG_LIST, phase, die, env_run,
# cmd_setup, set_build_dir, npm_deps_current, npm_deps, configure, ensure_root_extras.

# What the sanitizers do on a finding: stop at the first one with a stack, so a test fails on it.
# Leaks are checked; tools/lsan-suppressions.txt lists the libraries' own (never Glossa's).
sanitizer_env() {
    printf '%s\n' \
        "ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1" \
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1" \
        "LSAN_OPTIONS=suppressions=$TOP/tools/lsan-suppressions.txt:print_suppressions=0"
}

# --- tools/dev test --sanitize -----------------------------------------------------------------
configure_sanitize() {
    local dir=$1 launcher=()
    if env_run sh -c 'command -v ccache' >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    # -O1 keeps stacks readable and the build quicker; warnings do not fail this build (gcc warns
    # differently with the sanitizers on, and the ordinary build already holds the code to -Werror).
    (cd "$TOP" && env_run cmake -S "$TOP" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g -DNDEBUG" \
        "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
        "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" -DGLOSSA_WERROR=OFF \
        "-DGLOSSA_EXTERNAL_WINDOW=$BUILD_DIR/bin/glossa-window" "${launcher[@]}" >/dev/null)
}

cmd_test_sanitize() {
    cmd_setup
    set_build_dir
    local dir="$BUILD_DIR-sanitize"
    if ! npm_deps_current; then phase npm-ci npm_deps; fi
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then phase configure configure; fi
    # The commands that need the web engine hand over to glossa-window (execv): the ordinary one,
    # not instrumented (QtWebEngine's Chromium is not built for the sanitizers), is linked beside the
    # instrumented glossa (GLOSSA_EXTERNAL_WINDOW). The instrumented build compiles no UI.
    phase build-window env_run cmake --build "$BUILD_DIR" --target glossa-window -j "$JOBS"
    if [ ! -f "$dir/build.ninja" ]; then phase configure-san configure_sanitize "$dir"; fi
    phase build-san env_run cmake --build "$dir" --target headless_tests -j "$JOBS"
    web_env
    export QT_QPA_PLATFORM=offscreen CTEST_OUTPUT_ON_FAILURE=1
    local vars; mapfile -t vars < <(sanitizer_env)
    cd "$TOP"
    phase test-san env_run env "${vars[@]}" ctest --test-dir "$dir" -L 'unit|cli' --output-on-failure -j "$JOBS" "$@"
}

# --- tools/dev fuzz ----------------------------------------------------------------------------
# tests/fuzz/targets.txt: NAME|DICTIONARY|SEED FOLDERS (from the top of the checkout), one a line.
fuzz_targets() { grep -v -e '^#' -e '^[[:space:]]*$' "$TOP/tests/fuzz/targets.txt"; }

configure_fuzz() {
    local dir=$1 launcher=()
    if env_run sh -c 'command -v ccache' >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    (cd "$TOP" && env_run cmake -S "$TOP" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DGLOSSA_FUZZ=ON -DGLOSSA_WERROR=OFF "${launcher[@]}" >/dev/null)
}

run_fuzz_target() { # run_fuzz_target DIR NAME DICT SEEDS LIMIT...
    local dir=$1 name=$2 dict=$3 seeds=$4; shift 4
    local corpus="$dir/corpus/$name" findings="$dir/findings/$name"
    mkdir -p "$corpus" "$findings"
    local args=("$@" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 "-artifact_prefix=$findings/")
    if [ -n "$dict" ]; then args+=("-dict=$TOP/$dict"); fi
    local folders=("$corpus") s
    [ -d "$TOP/tests/fuzz/corpus/$name" ] && folders+=("$TOP/tests/fuzz/corpus/$name")
    for s in $seeds; do folders+=("$TOP/$s"); done
    local vars; mapfile -t vars < <(sanitizer_env)
    # In the root, llvm-symbolizer (tools/root-packages-fuzz.txt) is not on PATH under that name.
    if [ "$MODE" = root ]; then vars+=("ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-19/bin/llvm-symbolizer"); fi
    # The fuzzer writes what it learnt to the first folder (in the build tree); the seeds stay as
    # they are. A finding is a crash, a sanitizer report or a timeout: the input is kept in
    # $findings and the run fails.
    env_run env "${vars[@]}" "$dir/fuzz/fuzz_$name" "${args[@]}" "${folders[@]}" 2>&1 \
        | tee "$dir/fuzz-$name.log" | grep -E '^(#[0-9]+[[:space:]]+(DONE|INITED)|stat::|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)' >&2
    local rc=${PIPESTATUS[0]}
    [ "$rc" -eq 0 ] || printf 'tools/dev: fuzz_%s found a problem; its input is in %s (log: %s)\n' \
        "$name" "$findings" "$dir/fuzz-$name.log" >&2
    return "$rc"
}

FUZZ_FAILED=()
fuzz_one() { # fuzz_one ARGS...: run_fuzz_target, remembering a finding and going on with the next target
    run_fuzz_target "$@" || FUZZ_FAILED+=("$2")
}

cmd_fuzz() {
    local only="" runs=1000000 limit=()
    while [ $# -gt 0 ]; do
        case $1 in
            --seconds) [ $# -ge 2 ] || die "--seconds needs a number"; limit+=(-max_total_time="$2"); shift 2 ;;
            --runs) [ $# -ge 2 ] || die "--runs needs a number"; runs=$2; shift 2 ;;
            -*) die "fuzz: unknown option '$1' (fuzz [TARGET] [--seconds N] [--runs N])" ;;
            *) [ -z "$only" ] || die "fuzz: one target at a time, or none for all"; only=$1; shift ;;
        esac
    done
    limit+=(-runs="$runs") # whichever comes first
    cmd_setup
    set_build_dir
    if [ "$MODE" = root ]; then
        phase fuzz-packages ensure_root_extras "$FUZZ_PKG_LIST" "$ROOT_DIR/.glossa-fuzz-stamp"
    elif ! command -v clang++ >/dev/null 2>&1; then
        die "fuzzing needs clang with libFuzzer and the sanitizer runtimes (Debian/Ubuntu: sudo apt install clang libclang-rt-dev)"
    fi
    local dir="$BUILD_DIR-fuzz" line name dict seeds targets=()
    while IFS= read -r line; do
        if [ -z "$only" ] || [ "$only" = "${line%%|*}" ]; then targets+=("$line"); fi
    done < <(fuzz_targets)
    [ ${#targets[@]} -gt 0 ] || die "no fuzz target '$only'; the targets are: $(fuzz_targets | cut -d'|' -f1 | tr '\n' ' ')"
    if [ ! -f "$dir/build.ninja" ]; then phase configure-fuzz configure_fuzz "$dir"; fi
    local build=()
    for line in "${targets[@]}"; do build+=(--target "fuzz_${line%%|*}"); done
    phase build-fuzz env_run cmake --build "$dir" "${build[@]}" -j "$JOBS"
    for line in "${targets[@]}"; do
        IFS='|' read -r name dict seeds <<<"$line"
        phase "fuzz_$name" fuzz_one "$dir" "$name" "$dict" "$seeds" "${limit[@]}"
    done
    [ ${#FUZZ_FAILED[@]} -eq 0 ] || die "findings in: ${FUZZ_FAILED[*]} (inputs in $dir/findings)"
}
