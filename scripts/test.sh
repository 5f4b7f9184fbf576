#!/usr/bin/env bash
# Installs what the tests need on a new machine, starts a throwaway PostgreSQL, runs every test,
# and ends with the line "tests: N passed, N failed". .ci/run calls exactly this.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '\n== %s\n' "$*"; }

# --- system packages (Debian) -------------------------------------------------------------
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdftotext >/dev/null || need+=(poppler-utils)
# OCR of scanned PDFs in the docuthèque (French and English), and ghostscript to make a scan in the tests.
command -v ocrmypdf >/dev/null || need+=(ocrmypdf tesseract-ocr-fra tesseract-ocr-eng)
command -v gs >/dev/null || need+=(ghostscript)
# Photo sizes for the public API (vipsthumbnail), and vips to make a large test photo.
command -v vipsthumbnail >/dev/null || need+=(libvips-tools)
# A real WordPress for the push's round trip (tests/wordpress/start-wordpress.sh): Debian's package,
# MariaDB, PHP's command line (its built-in server) with MySQL and GD (WordPress's image sizes).
[ -f /usr/share/wordpress/wp-settings.php ] || need+=(wordpress)
command -v mariadbd >/dev/null || need+=(mariadb-server)
command -v php >/dev/null || need+=(php-cli)
php -m 2>/dev/null | grep -qx mysqli || need+=(php-mysql)
php -m 2>/dev/null | grep -qx gd || need+=(php-gd)
command -v curl >/dev/null || need+=(curl)
# Two servers behind nginx, with the documented configuration (deploy/nginx/rempart.conf).
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)
/usr/bin/python3 -c 'import icalendar' 2>/dev/null || need+=(python3-icalendar)
command -v /usr/lib/postgresql/15/bin/initdb >/dev/null || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "apt-get install failed"; echo "tests: 0 passed, 1 failed"; exit 1; }
fi

# --- throwaway PostgreSQL cluster ---------------------------------------------------------
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/rempart-pg.XXXXXX)
pgport=$(( 20000 + RANDOM % 20000 ))
chown postgres:postgres "$pgdir" 2>/dev/null || true
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"; }
trap stop_pg EXIT
log "starting PostgreSQL on 127.0.0.1:$pgport"
as_pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null \
  && as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
       -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
  || { echo "PostgreSQL did not start"; cat "$pgdir/server.log" 2>/dev/null; echo "tests: 0 passed, 1 failed"; exit 1; }
export REMPART_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
export REMPART_TEST_CHROMIUM="$(command -v chromium)"
export REMPART_TEST_PYTHON=/usr/bin/python3

# --- the independent OpenAPI validator (npm, restored from its lock file) ----------------------
log "restoring the OpenAPI validator"
npm ci --prefix "$root/tests/openapi-validator" --no-audit --no-fund --silent >/dev/null \
  || { echo "npm ci failed"; echo "tests: 0 passed, 1 failed"; exit 1; }
export REMPART_TEST_OPENAPI_VALIDATOR="$root/tests/openapi-validator/validate.mjs"

# --- build and test -----------------------------------------------------------------------
log "building"
dotnet build "$root/Rempart.sln" -c Release -nologo -v q -clp:ErrorsOnly \
  || { echo "tests: 0 passed, 1 failed"; exit 1; }
results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
log "testing"
dotnet test "$root/tests/Rempart.Tests/Rempart.Tests.csproj" -c Release --no-build -nologo \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?

trx="$results/results.trx"
if [ -f "$trx" ]; then
  passed=$(grep -o '<Counters [^>]*' "$trx" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
  failed=$(grep -o '<Counters [^>]*' "$trx" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
  total=$(grep -o '<Counters [^>]*' "$trx" | grep -o ' total="[0-9]*"' | grep -o '[0-9]*')
  # Tests that did not run (a crashed host, an aborted run) count as failures, never as silence.
  notrun=$(( ${total:-0} - ${passed:-0} - ${failed:-0} ))
  [ "$notrun" -gt 0 ] && failed=$(( failed + notrun ))
else
  passed=0; failed=1
fi
[ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ] && failed=1
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
[ "${failed:-0}" -eq 0 ]
