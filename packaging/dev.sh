#!/usr/bin/env bash
# RayDeck developer entry point. Every command installs what is missing first,
# so a fresh Debian 12 / Ubuntu machine (root, or a user with sudo) or a Mac
# with Homebrew needs nothing else. Everything is idempotent and quick when
# nothing changed.
#
#   ./packaging/dev.sh run     build and launch RayDeck
#   ./packaging/dev.sh test    build and run the whole test suite
#   ./packaging/dev.sh test-asan      the whole test suite again, built with ASan + UBSan (build/asan)
#   ./packaging/dev.sh fuzz [SECONDS] run each libFuzzer target SECONDS (default 60)
#   ./packaging/dev.sh demo    launch RayDeck against a simulated GPU server on this machine
#   ./packaging/dev.sh bench   side-by-side benchmarks (our tunnel against ssh -L, ...)
#   ./packaging/dev.sh load    load tests: 64 x 64 MiB through one tunnel, 1,000 connect cycles
#   ./packaging/dev.sh package        build the .deb (Linux) or the .dmg (macOS)
#   ./packaging/dev.sh package-check  install the .deb into a fresh Debian 12 root and run it there
#   ./packaging/dev.sh build   only build
#   ./packaging/dev.sh deps    only install dependencies
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
preset=${RAYDECK_PRESET:-default}
build_dir=$repo/build/$preset

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

# Debian/Ubuntu package names, by what they are needed for.
build_packages=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    qt6-webengine-dev qt6-webengine-dev-tools qt6-websockets-dev
    qt6-charts-dev libssh-dev qtkeychain-qt6-dev libyaml-cpp-dev)
# Real peers the tests talk to: sshd, ssh-agent, a Secret Service on a private
# D-Bus, Python for the simulated docker/ray stand-ins, ss for listening checks.
test_packages=(openssh-server openssh-client gnome-keyring dbus dbus-x11 libsecret-tools
    python3 procps iproute2 xvfb xauth)
# Load generators and measuring tools for the benchmarks.
bench_packages=(iperf3 socat wrk hyperfine)

as_root() {
    if [[ $(id -u) == 0 ]]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "need root or sudo to install packages: $*"
    fi
}

install_debian_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    ((${#missing[@]})) || return 0
    log "Installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_deps() {
    local with_tests=${1:-}
    case "$(uname -s)" in
        Linux)
            command -v dpkg-query >/dev/null || die "only Debian and Ubuntu are supported by this script; install: ${build_packages[*]}"
            install_debian_packages "${build_packages[@]}"
            [[ $with_tests != tests ]] || install_debian_packages "${test_packages[@]}"
            ;;
        Darwin)
            command -v brew >/dev/null || die "install Homebrew first (https://brew.sh)"
            local formulae=(cmake ninja qt libssh qtkeychain yaml-cpp)
            local missing=()
            for formula in "${formulae[@]}"; do brew list --formula "$formula" >/dev/null 2>&1 || missing+=("$formula"); done
            ((${#missing[@]} == 0)) || { log "brew install ${missing[*]}"; brew install "${missing[@]}"; }
            export CMAKE_PREFIX_PATH="$(brew --prefix qt):$(brew --prefix qtkeychain):$(brew --prefix libssh):${CMAKE_PREFIX_PATH:-}"
            ;;
        *) die "unsupported system $(uname -s)" ;;
    esac
}

build() {
    if [[ ! -f $build_dir/build.ninja ]]; then
        log "Configuring ($preset)"
        cmake --preset "$preset" >/dev/null
    fi
    log "Building ($preset)"
    cmake --build --preset "$preset"
}

# Chromium refuses to run as root with its sandbox; only tests and the demo
# running as root turn it off. The shipped app keeps it.
webengine_root_workaround() {
    if [[ $(id -u) == 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
}

run_tests() {
    webengine_root_workaround
    log "Running the test suite"
    ctest --preset "$preset" --output-on-failure "$@"
}

command=${1:-}
shift || true
case $command in
    deps) install_deps tests ;;
    build) install_deps; build ;;
    run)
        install_deps; build
        exec "$build_dir/app/raydeck" "$@"
        ;;
    test)
        install_deps tests; build
        run_tests "$@"
        ;;
    test-asan)
        # The whole suite again, built with ASan + UBSan in build/asan. Tests
        # marked webengine run with the two allowances Chromium needs (see
        # tests/CMakeLists.txt); everything else runs with the full checks.
        install_deps tests
        preset=asan; build_dir=$repo/build/asan
        build
        run_tests "$@"
        ;;
    fuzz)
        install_deps; install_debian_packages clang-14 libclang-rt-14-dev llvm-14
        exec "$repo/packaging/fuzz/run-fuzz.sh" "$@"
        ;;
    demo)
        install_deps tests; build
        webengine_root_workaround
        exec "$repo/tests/simhost/demo.sh" "$build_dir" "$@"
        ;;
    package)
        install_deps
        exec "$repo/packaging/package.sh" "$@"
        ;;
    package-check)
        install_deps
        exec "$repo/packaging/package-check.sh" "$@"
        ;;
    load)
        install_deps tests; build
        run_tests -L load "$@"
        ;;
    bench)
        install_deps tests; install_debian_packages "${bench_packages[@]}"; build
        exec "$repo/packaging/bench/run-bench.sh" "$build_dir" "$@"
        ;;
    *)
        sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        [[ -z $command ]] || exit 2
        ;;
esac
