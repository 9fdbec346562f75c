#!/usr/bin/env bash
# Installs what the report tests need (a Debian package) when it is missing: Chromium, which renders
# index.html headless (--dump-dom, --screenshot) in harness/Plumb.Harness.Tests/Reports/HtmlReportBrowserTests.
# Never a runtime dependency: the reports themselves are static files.
# Usage: scripts/install-report-tools.sh   (prints the browser's path on its last line)
set -euo pipefail
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "install-report-tools: installing chromium (renders the HTML report in a test)" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  # Other jobs on the machine may hold apt's locks: wait for them rather than fail.
  lock=(-o DPkg::Lock::Timeout=600)
  for _ in $(seq 60); do
    $SUDO apt-get "${lock[@]}" update -qq >/dev/null 2>&1 && break
    sleep 5
  done
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${lock[@]}" install -y -qq --no-install-recommends chromium >/dev/null
  browser="$(command -v chromium)"
fi
echo "$browser"
