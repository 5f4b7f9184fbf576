<?php
// Installs a fresh WordPress in the folder given, activates Rempart's plugin, sets pretty
// permalinks and prints an application password for the administrator ("PASSWORD <user> <secret>").
[$script, $root, $url] = $argv;
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$result = wp_install('Union REMPART (essai)', 'rempart', 'web@rempart.test', true, '', wp_generate_password(24));
$user = (int) $result['user_id'];
wp_set_current_user($user);
update_option('permalink_structure', '/%postname%/');
$activated = activate_plugin('rempart-programme/rempart-programme.php');
if (is_wp_error($activated)) {
    fwrite(STDERR, $activated->get_error_message() . "\n");
    exit(1);
}
flush_rewrite_rules();
[$password] = WP_Application_Passwords::create_new_application_password($user, ['name' => 'Rempart']);
echo "PASSWORD rempart $password\n";
