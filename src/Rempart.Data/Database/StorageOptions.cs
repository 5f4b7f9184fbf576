namespace Rempart.Data.Database;

/// <summary>
/// The data folder: SQLite file, uploads, data-protection keys, indexes, mail pickup.
/// Bound from "Storage"; a relative root is resolved against the content root.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string Root { get; set; } = "data";

    public string SqliteFile => Path.Combine(Root, "rempart.db");
    public string KeysFolder => Path.Combine(Root, "keys");
    public string MailPickupFolder => Path.Combine(Root, "mail-pickup");
    public string UploadsFolder => Path.Combine(Root, "uploads");

    /// <summary>
    /// Where data-protection keys live: "Database" or "Folder"; empty, the database on PostgreSQL
    /// (several servers may share it) and the data folder on SQLite (one server).
    /// </summary>
    public string? DataProtectionKeys { get; set; }

    public bool KeysInDatabase(DatabaseProvider provider) => DataProtectionKeys switch
    {
        "Database" => true,
        "Folder" => false,
        _ => provider == DatabaseProvider.Postgres,
    };
}
