#!/usr/bin/env bash
# Starts a throwaway WordPress (Debian's wordpress package) on http://127.0.0.1:PORT, with its own
# MariaDB server on a socket in FOLDER and Rempart's plugin active. Prints "PASSWORD <user> <secret>"
# (an application password), then "READY", and serves until killed; the test kills the whole tree.
#   tests/wordpress/start-wordpress.sh FOLDER PORT
set -euo pipefail
dir=$1; port=$2
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
url="http://127.0.0.1:$port"
mkdir -p "$dir"
user=$(id -un)

# A copy of WordPress, with symlinks followed, so that its configuration and uploads are this folder's.
cp -rL /usr/share/wordpress "$dir/wp"
rm -f "$dir/wp/.htaccess"
mkdir -p "$dir/wp/wp-content/uploads" "$dir/wp/wp-content/plugins"
cp -r "$repo/wordpress/rempart-programme" "$dir/wp/wp-content/plugins/"

mariadb-install-db --no-defaults --datadir="$dir/mysql" --user="$user" --auth-root-authentication-method=normal --skip-test-db >"$dir/install-db.log" 2>&1
mariadbd --no-defaults --datadir="$dir/mysql" --socket="$dir/mysql.sock" --skip-networking --pid-file="$dir/mysql.pid" \
  --user="$user" --log-error="$dir/mysql.err" --innodb-flush-log-at-trx-commit=0 &
trap 'kill $(jobs -p) 2>/dev/null; wait' EXIT
for _ in $(seq 1 100); do [ -S "$dir/mysql.sock" ] && break; sleep 0.1; done
mariadb --no-defaults -S "$dir/mysql.sock" -uroot -e "CREATE DATABASE wordpress CHARACTER SET utf8mb4"

keys=$(for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
  echo "define('$k', '$(head -c 32 /dev/urandom | base64 | tr -d '/+=')');"; done)
cat > "$dir/wp/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:$dir/mysql.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
// Application passwords over plain HTTP are allowed for a "local" site only: this one, on loopback.
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
$keys
\$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP

php "$here/install.php" "$dir/wp" "$url" 2>"$dir/install.err"
php -S "127.0.0.1:$port" -t "$dir/wp" "$here/router.php" >"$dir/php.log" 2>&1 &
for _ in $(seq 1 100); do curl -fs -o /dev/null "$url/wp-json/" && break; sleep 0.1; done
echo READY
wait
