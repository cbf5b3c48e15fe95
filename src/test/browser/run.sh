#!/usr/bin/env bash
# Browser check of the HTML report: installs Debian's Chromium when it is missing, installs playwright-core
# (no browser download: it drives /usr/bin/chromium), and checks every HTML report the build produced next to
# its JSON report. Run after `./mvnw verify`; screenshots go to target/browser/.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../../.. && pwd)"

if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

pages=()
for html in "$ROOT/target/reports-golden/incident-notice.html" "$ROOT"/target/it/*/target/incident-notice/incident-notice.html; do
  [ -f "$html" ] || continue
  case "$html" in
    */target/it/*) name="it-$(basename "$(dirname "$(dirname "$(dirname "$html")")")")" ;;
    *) name="golden" ;;
  esac
  pages+=("$name=$html")
done
if [ "${#pages[@]}" -eq 0 ]; then
  echo "no HTML report found: run ./mvnw verify first"; exit 1
fi
CHROMIUM="$(command -v chromium)" node check-html-report.mjs "$ROOT/target/browser" "${pages[@]}"
