<?php
/**
 * Plugin Name:       Rempart — programme
 * Description:       Déclare les types de contenus, taxonomies et champs dans lesquels Rempart publie le programme (sites, chantiers, sessions) par l'API REST de WordPress.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * License:           GPL-2.0-or-later
 * Text Domain:       rempart-programme
 *
 * Rempart writes these posts with an application password; editors of the website read them in
 * their theme (get_post_meta, the terms, the featured image and the gallery's attachment ids) and
 * should not edit them by hand: the next push from Rempart overwrites what it sent.
 */

defined('ABSPATH') || exit;

function rempart_programme_types(): array
{
    return [
        'rempart_session' => ['Sessions de chantier', 'Session de chantier', 'sessions'],
        'rempart_chantier' => ['Chantiers', 'Chantier', 'chantiers'],
        'rempart_site' => ['Sites', 'Site', 'sites'],
    ];
}

/**
 * The fields Rempart fills, by JSON type; every one is shown in the REST API. Values that may be
 * missing (a maximum age, coordinates, a price) are strings, empty when missing: WordPress refuses
 * null for a number it has never stored.
 */
function rempart_programme_fields(): array
{
    return [
        'rempart_id' => 'string',
        'rempart_association' => 'string',
        'rempart_commune' => 'string',
        'rempart_departement' => 'string',
        'rempart_latitude' => 'string',
        'rempart_longitude' => 'string',
        'rempart_public' => 'string',
        'rempart_langues' => 'string',
        'rempart_hebergement' => 'string',
        'rempart_debut' => 'string',
        'rempart_fin' => 'string',
        'rempart_age_min' => 'integer',
        'rempart_age_max' => 'string',
        'rempart_places_libres' => 'integer',
        'rempart_inscriptions_ouvertes' => 'boolean',
        'rempart_prix_a_partir_de' => 'string',
        'rempart_tarifs' => 'string',
        'rempart_chantier' => 'integer',
        'rempart_site' => 'integer',
        'rempart_lien_inscription' => 'string',
    ];
}

add_action('init', function () {
    $types = rempart_programme_types();
    foreach ($types as $type => [$plural, $singular, $slug]) {
        register_post_type($type, [
            'labels' => ['name' => $plural, 'singular_name' => $singular],
            'public' => true,
            'has_archive' => true,
            'show_in_rest' => true,
            'rewrite' => ['slug' => $slug],
            'menu_icon' => 'dashicons-building',
            'supports' => ['title', 'editor', 'excerpt', 'thumbnail', 'custom-fields'],
        ]);
    }
    $taxonomies = [
        'rempart_region' => ['Régions', 'Région', 'region'],
        'rempart_technique' => ['Techniques', 'Technique', 'technique'],
    ];
    foreach ($taxonomies as $taxonomy => [$plural, $singular, $slug]) {
        register_taxonomy($taxonomy, array_keys($types), [
            'labels' => ['name' => $plural, 'singular_name' => $singular],
            'public' => true,
            'hierarchical' => false,
            'show_in_rest' => true,
            'rewrite' => ['slug' => $slug],
        ]);
    }
    $may_edit = function () {
        return current_user_can('edit_posts');
    };
    foreach (array_keys($types) as $type) {
        foreach (rempart_programme_fields() as $key => $json_type) {
            register_post_meta($type, $key, [
                'type' => $json_type,
                'single' => true,
                'show_in_rest' => true,
                'auth_callback' => $may_edit,
            ]);
        }
        // The gallery: the media ids of the photos after the featured one, in Rempart's order.
        register_post_meta($type, 'rempart_galerie', [
            'type' => 'array',
            'single' => true,
            'show_in_rest' => ['schema' => ['type' => 'array', 'items' => ['type' => 'integer']]],
            'auth_callback' => $may_edit,
        ]);
    }
});

/*
 * ?rempart_id=… on the collections: Rempart finds the post it made for an item even when it never
 * got WordPress's answer (a timeout after the post was created), so that a retry updates that post
 * instead of making a second one.
 */
add_action('rest_api_init', function () {
    foreach (array_keys(rempart_programme_types()) as $type) {
        add_filter("rest_{$type}_collection_params", function ($params) {
            $params['rempart_id'] = [
                'description' => "L'identifiant Rempart de l'élément.",
                'type' => 'string',
            ];
            return $params;
        });
        add_filter("rest_{$type}_query", function ($args, $request) {
            if (!empty($request['rempart_id'])) {
                $args['meta_query'] = [['key' => 'rempart_id', 'value' => sanitize_text_field($request['rempart_id'])]];
            }
            return $args;
        }, 10, 2);
    }
});
