#!/usr/bin/env bash
# Installs what running the linux-arm64 build of plumb on an x64 Debian machine needs, from Debian's packages
# only (apt-get), when it is missing:
#   - qemu-user-static: the user-mode emulator qemu-aarch64-static, registered with the kernel's binfmt_misc
#     so that an arm64 executable runs as any other (plumb's spec workers are the same executable started
#     again, so `qemu-aarch64 plumb` alone would not be enough: the workers' exec must be emulated too);
#   - the arm64 dynamic loader and the libraries a self-contained .NET app loads (glibc, libstdc++, libgcc,
#     ICU, zlib, OpenSSL) from Debian's multiarch packages (`dpkg --add-architecture arm64`), so that
#     /lib/ld-linux-aarch64.so.1 and /usr/lib/aarch64-linux-gnu exist as on an arm64 machine.
# Usage: scripts/install-arm64-tools.sh   (prints the emulator's path on its last line)
set -euo pipefail
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
lock=(-o DPkg::Lock::Timeout=600)

apt_update() {
  # Other jobs on the machine may hold apt's locks: wait for them rather than fail.
  for _ in $(seq 60); do
    $SUDO apt-get "${lock[@]}" update -qq >/dev/null 2>&1 && return 0
    sleep 5
  done
  echo "install-arm64-tools: apt-get update failed" >&2
  return 1
}

case "$(uname -m)" in
  aarch64|arm64) echo "install-arm64-tools: this machine is arm64, nothing to emulate" >&2; exit 0 ;;
esac

# Debian 12 calls ICU's package libicu72, 13 libicu76: take whichever this release has.
icu_package() { apt-cache search --names-only '^libicu[0-9]+$' | awk '{print $1}' | sort -V | tail -1; }

need=()
command -v qemu-aarch64-static >/dev/null || need+=(qemu-user-static)
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  echo "install-arm64-tools: adding the arm64 architecture to dpkg (multiarch)" >&2
  $SUDO dpkg --add-architecture arm64
  apt_update
  updated=1
fi
[ -e /lib/ld-linux-aarch64.so.1 ] || need+=(libc6:arm64)
for p in libstdc++6 libgcc-s1 zlib1g libssl3; do
  dpkg -s "$p:arm64" >/dev/null 2>&1 || need+=("$p:arm64")
done
if [ ${#need[@]} -gt 0 ] || ! ls /usr/lib/aarch64-linux-gnu/libicuuc.so.* >/dev/null 2>&1; then
  [ "${updated:-0}" = 1 ] || apt_update
  icu="$(icu_package)"
  [ -n "$icu" ] && need+=("$icu:arm64")
  echo "install-arm64-tools: installing ${need[*]}" >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${lock[@]}" install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Register qemu-aarch64-static with binfmt_misc unless something (systemd-binfmt, binfmt-support) already did.
# The F flag makes the kernel open the emulator once, at registration, so it is found from any mount namespace.
binfmt=/proc/sys/fs/binfmt_misc
if [ ! -e "$binfmt/register" ]; then
  $SUDO mount -t binfmt_misc binfmt_misc "$binfmt" 2>/dev/null || {
    echo "install-arm64-tools: cannot mount binfmt_misc (a container without CAP_SYS_ADMIN?): arm64 programs can only run as 'qemu-aarch64-static PROGRAM', and plumb spec's workers will not start" >&2
    exit 1
  }
fi
if [ ! -e "$binfmt/qemu-aarch64" ]; then
  conf=/usr/lib/binfmt.d/qemu-aarch64.conf
  if [ -f "$conf" ]; then
    # The file is the register line itself (":name:type:offset:magic:mask:interpreter:flags").
    grep -v '^#' "$conf" | $SUDO tee "$binfmt/register" >/dev/null
  else
    magic='\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00'
    mask='\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff'
    printf ':qemu-aarch64:M::%s:%s:%s:F\n' "$magic" "$mask" "$(command -v qemu-aarch64-static)" | $SUDO tee "$binfmt/register" >/dev/null
  fi
fi
[ "$(head -1 "$binfmt/qemu-aarch64")" = enabled ] || { echo "install-arm64-tools: qemu-aarch64 binfmt entry is not enabled" >&2; exit 1; }
command -v qemu-aarch64-static
