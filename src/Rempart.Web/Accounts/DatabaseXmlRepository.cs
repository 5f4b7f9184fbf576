using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Domain.Accounts;

namespace Rempart.Web.Accounts;

/// <summary>
/// Data-protection keys in the application's database: every server of a cluster reads the keys
/// the others made, so a cookie, an antiforgery token or a reset link issued by one is valid on
/// another. The framework's interface is synchronous; it is called rarely (at start, then when the
/// key ring is refreshed or a key is made, every few weeks).
/// </summary>
public sealed class DatabaseXmlRepository(IDbContextFactory<RempartDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
