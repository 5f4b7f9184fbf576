namespace Rempart.Domain.Accounts;

/// <summary>
/// One key of ASP.NET Core's data protection (cookies, antiforgery tokens, reset links), as the
/// framework writes it (an XML element). Kept in the database when several servers share it.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string FriendlyName { get; set; } = "";
    public string Xml { get; set; } = "";
}
