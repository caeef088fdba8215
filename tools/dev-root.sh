# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
#
# The Debian 13 build root of tools/dev (sourced by it; see ../shared/ENVIRONMENT.md): where it
# lives, how it is bootstrapped and brought up to date with tools/root-packages*.txt, and root_run,
# the one place that mounts /proc, /dev and /sys into it and runs a command there.
#
# Uses from tools/dev: TOP, phase and die.

PKG_LIST="$TOP/tools/root-packages.txt"
ROOT_DIR=${GLOSSA_ROOT_DIR:-$CACHE_HOME/glossa/debian13-root}
DEBIAN_MIRROR=${GLOSSA_DEBIAN_MIRROR:-http://deb.debian.org/debian}

# --- stamps ------------------------------------------------------------------------------------
# A stamp file holds the hash of the package list last installed from; a changed list (another
# hash) is installed again on the next run. The base list's stamp is .glossa-stamp; each extra
# list (lint, npm) has its own.
pkg_hash() { # the stamp of a package list: its meaningful lines, hashed
    grep -v -e '^#' -e '^[[:space:]]*$' "$1" | sort | sha256sum | cut -c1-16
}
stamp_current() { # stamp_current LIST STAMPFILE
    [ -f "$2" ] && [ "$(cat "$2")" = "$(pkg_hash "$1")" ]
}
root_ready() { stamp_current "$PKG_LIST" "$ROOT_DIR/.glossa-stamp"; }

# --- running a command in the root -------------------------------------------------------------
# root_run [--bind DIR]... [--cd DIR] [--env NAME=VALUE]... -- CMD...
# Runs CMD in the root inside a private mount namespace, so every mount vanishes when it exits:
# /proc, /dev (with its own /dev/shm) and /sys, then each --bind DIR at the same path (skipped
# when DIR does not exist). CMD starts in --cd DIR (default /) with an empty environment apart
# from PATH, HOME=/root, LANG=C.UTF-8 and the --env variables (which may override those three).
root_run() {
    # shellcheck disable=SC2016 # the script expands its variables inside the new namespace
    unshare --mount --propagation private bash -c '
        set -e; r=$1; shift
        binds=() vars=(PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8) cwd=/
        while [ $# -gt 0 ]; do
            case $1 in
                --bind) binds+=("$2"); shift 2 ;;
                --cd) cwd=$2; shift 2 ;;
                --env) vars+=("$2"); shift 2 ;;
                --) shift; break ;;
                *) echo "root_run: unknown option $1" >&2; exit 2 ;;
            esac
        done
        mount -t proc proc "$r/proc"
        mount --rbind /dev "$r/dev"
        mount -t tmpfs tmpfs "$r/dev/shm"
        mount --rbind /sys "$r/sys"
        for d in "${binds[@]}"; do
            [ -d "$d" ] || continue
            mkdir -p "$r$d"
            mount --rbind "$d" "$r$d"
        done
        cp -L /etc/resolv.conf "$r/etc/resolv.conf" 2>/dev/null || true
        exec chroot "$r" env -i "${vars[@]}" bash -c "cd \"\$0\" && exec \"\$@\"" "$cwd" "$@"' \
        _ "$ROOT_DIR" "$@"
}

# --- provisioning ------------------------------------------------------------------------------
bootstrap_root() {
    command -v debootstrap >/dev/null 2>&1 || {
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
    } || die "could not install debootstrap on this host (apt-get install debootstrap)"
    # A root is built beside its final place and renamed only when complete, so an interrupted
    # bootstrap is simply started again.
    local partial="$ROOT_DIR.partial"
    rm -rf "$partial"
    mkdir -p "$(dirname "$ROOT_DIR")"
    debootstrap --variant=minbase --include=ca-certificates trixie "$partial" "$DEBIAN_MIRROR" \
        >"$(dirname "$ROOT_DIR")/debootstrap.log" 2>&1 \
        || die "debootstrap failed; see $(dirname "$ROOT_DIR")/debootstrap.log"
    # Documentation and translations are never read inside the root: skip them to save space.
    cat >"$partial/etc/dpkg/dpkg.cfg.d/01-glossa-nodoc" <<'EOF'
path-exclude /usr/share/doc/*
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
EOF
    mv "$partial" "$ROOT_DIR"
}

install_root_packages() { # install_root_packages LIST STAMPFILE
    local list=$1 stamp=$2
    local pkgs
    pkgs=$(grep -v -e '^#' -e '^[[:space:]]*$' "$list" | tr '\n' ' ')
    # dpkg --configure -a finishes whatever an interrupted earlier run left half-installed; the
    # stamp is written only after apt succeeded, so an interrupted install is simply run again.
    root_run --env DEBIAN_FRONTEND=noninteractive -- bash -c "dpkg --configure -a && apt-get update -qq && \
        apt-get install -y -qq --no-install-recommends $pkgs >/var/log/glossa-apt.log 2>&1 \
        || { tail -n 30 /var/log/glossa-apt.log; exit 1; }" || return
    pkg_hash "$list" >"$stamp"
}

# One provisioning at a time: a second tools/dev waits on this lock instead of racing apt.
lock_root() { mkdir -p "$(dirname "$ROOT_DIR")"; exec 9>"$ROOT_DIR.lock"; flock 9; }
unlock_root() { flock -u 9; exec 9>&-; }

setup_root() {
    [ "$(id -u)" = 0 ] || die "provisioning the Debian 13 root needs root (or install Qt 6.8 and KF6 natively)"
    command -v unshare >/dev/null 2>&1 || die "unshare (util-linux) is needed to use the Debian 13 root"
    [ -x "$ROOT_DIR/usr/bin/apt-get" ] && root_ready && return 0
    lock_root
    if [ ! -x "$ROOT_DIR/usr/bin/apt-get" ]; then
        phase provision-root bootstrap_root
    fi
    # Checked again under the lock: another tools/dev may have just brought the root up to date.
    if ! root_ready; then
        phase root-packages install_root_packages "$PKG_LIST" "$ROOT_DIR/.glossa-stamp"
    fi
    unlock_root
}

ensure_root_extras() { # ensure_root_extras LIST STAMPFILE: extra packages for one tool, under the lock
    stamp_current "$1" "$2" && return 0
    lock_root
    stamp_current "$1" "$2" || install_root_packages "$1" "$2" || { unlock_root; return 1; }
    unlock_root
}
