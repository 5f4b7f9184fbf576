namespace Rempart.Data.DemoData;

internal static class DemoNames
{
    public static readonly string[] FirstNames =
    [
        "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Jade", "Louise", "Alice", "Lina", "Zoé", "Clara",
        "Sarah", "Juliette", "Anaïs", "Margaux", "Élise", "Mathilde", "Pauline", "Lucie", "Hugo", "Lucas", "Louis",
        "Gabriel", "Arthur", "Jules", "Adam", "Raphaël", "Léo", "Nathan", "Tom", "Théo", "Maxime", "Antoine",
        "Baptiste", "Clément", "Quentin", "Romain", "Thomas", "Victor", "Yanis", "Noé", "Paul", "Mathis", "Ethan",
        "Anna", "Sofia", "Lukas", "Jonas", "Marta", "Giulia", "Pablo", "Carmen", "Oliver", "Hannah",
    ];

    public static readonly string[] LastNames =
    [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André",
        "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
        "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
        "Le Goff", "Kerbrat", "Etcheverry", "Schmitt", "Rossi", "Fernández", "Schneider", "Novák",
    ];

    public static readonly string[] AssociationPrefixes =
    [
        "Les Amis de", "Association pour la sauvegarde de", "Renaissance de", "Les Compagnons de",
        "Chantiers du patrimoine de", "Club du Vieux Manoir de", "Association de restauration de", "Patrimoine vivant de",
    ];

    public static readonly string[] Techniques =
    [
        "maçonnerie", "taille de pierre", "charpente", "archéologie", "enduits à la chaux", "pierre sèche",
        "couverture", "menuiserie", "ferronnerie", "vitrail",
    ];

    public static readonly string[] WorksiteKinds =
    [
        "Restauration des courtines", "Consolidation du donjon", "Relevé des murs en pierre sèche",
        "Fouilles de la basse-cour", "Restauration de la chapelle", "Réfection de la charpente du logis",
        "Dégagement des fossés", "Restauration du lavoir", "Reprise des enduits de la tour",
    ];
}
