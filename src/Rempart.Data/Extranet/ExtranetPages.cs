using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Extranet;

namespace Rempart.Data.Extranet;

/// <summary>A page in the menu: its place in the tree as the asker sees it (a page under one they may not see shows at the top).</summary>
public sealed record PageEntry(Guid Id, Guid? ParentId, string Title, string Slug, int Position);

public sealed record PageView(ExtranetPage Page, IReadOnlyList<Guid> Groups);

/// <summary>A page as its editor gives it; the body is already cleaned by the mails' allowlist.</summary>
public sealed record PageDraft(Guid? Id, Guid? ParentId, string? Title, string? Slug, string CleanBody, int Position, bool ForEveryMember, IReadOnlyList<Guid> Groups);

/// <summary>The extranet's pages: the menu, one page, and (for those who manage the extranet) saving, moving and deleting.</summary>
public sealed class ExtranetPages(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<PageEntry>> MenuAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var groups = await ExtranetQueries.GroupsOfAsync(db, actor.UserId, cancellationToken);
        var visible = await ExtranetQueries.VisiblePages(db, actor, groups).AsNoTracking()
            .Select(p => new PageEntry(p.Id, p.ParentId, p.Title, p.Slug, p.Position)).ToListAsync(cancellationToken);
        var ids = visible.Select(p => p.Id).ToHashSet();
        return visible.Select(p => p.ParentId is { } parent && !ids.Contains(parent) ? p with { ParentId = null } : p)
            .OrderBy(p => p.Position).ThenBy(p => p.Title, StringComparer.Create(new CultureInfo("fr-FR"), true)).ToList();
    }

    /// <summary>A page the asker may see; null for any other, as if it did not exist.</summary>
    public async Task<PageView?> ReadAsync(string slug, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var groups = await ExtranetQueries.GroupsOfAsync(db, actor.UserId, cancellationToken);
        var page = await ExtranetQueries.VisiblePages(db, actor, groups).AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (page is null) return null;
        return new PageView(page, await db.ExtranetPageGroups.Where(g => g.PageId == page.Id).Select(g => g.GroupId).ToListAsync(cancellationToken));
    }

    public async Task<PageView?> ReadAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var slug = await db.ExtranetPages.Where(p => p.Id == id).Select(p => p.Slug).FirstOrDefaultAsync(cancellationToken);
        return slug is null ? null : await ReadAsync(slug, actor, cancellationToken);
    }

    public async Task<(ExtranetPage? Page, IReadOnlyDictionary<string, string> Errors)> SaveAsync(PageDraft draft, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ExtranetAccess.Manages(actor)) return (null, new Dictionary<string, string> { [""] = "Vous ne pouvez pas modifier les pages de l'extranet." });
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(draft.Title)) errors["Title"] = "Donnez un titre à la page.";
        else if (draft.Title.Trim().Length > ExtranetPage.MaximumTitle) errors["Title"] = $"{ExtranetPage.MaximumTitle} caractères au plus.";
        var slug = Slug(string.IsNullOrWhiteSpace(draft.Slug) ? draft.Title ?? "" : draft.Slug);
        if (slug.Length == 0) errors["Slug"] = "L'adresse doit contenir au moins une lettre ou un chiffre.";
        else if (await db.ExtranetPages.AnyAsync(p => p.Slug == slug && p.Id != draft.Id, cancellationToken)) errors["Slug"] = $"L'adresse « {slug} » est déjà celle d'une autre page.";
        if (draft.ParentId is { } parent)
        {
            var parents = await db.ExtranetPages.Select(p => new { p.Id, p.ParentId }).ToDictionaryAsync(p => p.Id, p => p.ParentId, cancellationToken);
            if (!parents.ContainsKey(parent)) errors["ParentId"] = "Cette page parente n'existe pas.";
            // Under itself or one of its own children, a page would hang in a loop.
            for (Guid? current = parent; current is { } c && errors.Count == 0; current = parents.GetValueOrDefault(c))
                if (c == draft.Id) errors["ParentId"] = "Une page ne peut pas être rangée sous elle-même ni sous ses sous-pages.";
        }
        if (!draft.ForEveryMember && draft.Groups.Count == 0) errors["Groups"] = "Choisissez au moins un groupe, ou tous les membres.";
        if (errors.Count > 0) return (null, errors);

        var page = draft.Id is { } id ? await db.ExtranetPages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (draft.Id is not null && page is null) return (null, new Dictionary<string, string> { [""] = "Cette page n'existe plus." });
        if (page is null)
        {
            page = new ExtranetPage();
            db.ExtranetPages.Add(page);
        }
        (page.ParentId, page.Title, page.Slug, page.Body, page.Position, page.ForEveryMember) = (draft.ParentId, draft.Title!.Trim(), slug, draft.CleanBody, draft.Position, draft.ForEveryMember);
        (page.UpdatedAt, page.UpdatedBy) = (clock.GetUtcNow().UtcDateTime, actor.Name);
        db.ExtranetPageGroups.RemoveRange(await db.ExtranetPageGroups.Where(g => g.PageId == page.Id).ToListAsync(cancellationToken));
        if (!draft.ForEveryMember) db.ExtranetPageGroups.AddRange(draft.Groups.Distinct().Select(g => new ExtranetPageGroup { PageId = page.Id, GroupId = g }));
        await db.SaveChangesAsync(cancellationToken);
        return (page, new Dictionary<string, string>());
    }

    /// <summary>Deletes a page without sub-pages (move or delete those first).</summary>
    public async Task<string?> DeleteAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ExtranetAccess.Manages(actor)) return "Vous ne pouvez pas supprimer les pages de l'extranet.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ExtranetPages.AnyAsync(p => p.ParentId == id, cancellationToken)) return "Cette page a des sous-pages : déplacez-les ou supprimez-les d'abord.";
        return await db.ExtranetPages.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) == 0 ? "Cette page n'existe plus." : null;
    }

    /// <summary>"Comité de pilotage 2027" becomes "comite-de-pilotage-2027".</summary>
    public static string Slug(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var slug = string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 150 ? slug[..150].TrimEnd('-') : slug;
    }
}
