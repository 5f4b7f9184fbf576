using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Audit;

namespace Rempart.Data.Audit;

/// <summary>Appends one entry to the audit log, in its own short transaction (an audit entry is never rolled back with the action it records).</summary>
public sealed class WriteAudit(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task ExecuteAsync(AuditEvent what, Guid? userId, string? email, string? ipAddress, string? details = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, Event = what, UserId = userId, Email = email?.Trim().ToLowerInvariant(),
            IpAddress = ipAddress, Details = details,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
