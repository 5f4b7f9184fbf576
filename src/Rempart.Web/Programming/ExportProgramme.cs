using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Radzen;
using Rempart.Data;
using Rempart.Data.Programming;
using Rempart.Domain.Accounts;
using Rempart.Web.Exports;
using Rempart.Web.Resources;
using Rempart.Web.Ui.Grids;

namespace Rempart.Web.Programming;

/// <summary>
/// The programme's grids as files: sites, worksites, sessions and leaders, read through the same
/// scoped queries as the grids (<see cref="ProgrammeRows"/>) with the grid's search, column filters
/// and sort (<see cref="GridQuery"/>), page after page so that a complete export never holds a
/// database connection for long.
/// </summary>
public sealed class ExportProgramme(IDbContextFactory<RempartDbContext> contexts, IStringLocalizer<StaffTexts> texts)
{
    private const int PageSize = 1000;

    public static bool Lists(string list) => list is "sites" or "chantiers" or "sessions" or "animateurs";

    /// <summary>Sites and leaders are the union's lists; worksites and sessions also their association's managers'.</summary>
    public static bool MayExport(string list, Actor actor) => list switch
    {
        "sites" or "animateurs" => actor.IsStaff,
        "chantiers" or "sessions" => actor.IsStaff || (actor.Profiles.Contains(ProfileKind.AssociationManager) && actor.Can(Permissions.SessionsEdit) && actor.OrganisationId is not null),
        _ => false,
    };

    /// <summary>The list with the grid's keys; at most <c>limit</c> rows (a direct download), or all of them when null.</summary>
    public async Task<ExportTable?> BuildAsync(string list, IReadOnlyDictionary<string, string?> query, Actor actor, int? limit, Func<int, Task>? progress, CancellationToken cancellationToken)
    {
        if (!MayExport(list, actor)) return null;
        var search = query.GetValueOrDefault(GridQuery.SearchKey);
        string S(string key) => texts[key];
        return list switch
        {
            "sites" => new ExportTable(S("Sites_Title"),
                [S("Field_Name"), S("Field_Commune"), S("Field_Departement"), S("Field_Region"), S("Field_HeritageStatus"), S("Field_AssociationId")],
                await ReadAsync(db => ProgrammeRows.Sites(db, search), query, q => q.OrderBy(r => r.Name).ThenBy(r => r.Id), q => q.ThenBy(r => r.Id),
                    r => [r.Name, r.Commune, r.Departement, r.Region, S("Enum_HeritageStatus_" + r.HeritageStatus), r.Association], limit, progress, cancellationToken)),
            "chantiers" => new ExportTable(S("Worksites_Title"),
                [S("Field_Title"), S("Field_SiteId"), S("Field_Commune"), S("Field_AssociationId"), S("Field_Audience"), S("Field_Status"), S("Field_Techniques")],
                await ReadAsync(db => ProgrammeRows.Worksites(db, actor, search), query, q => q.OrderBy(r => r.Title).ThenBy(r => r.Id), q => q.ThenBy(r => r.Id),
                    r => [r.Title, r.Site, r.Commune, r.Association, S("Enum_Audience_" + r.Audience), S("Enum_WorksiteStatus_" + r.Status), r.Techniques], limit, progress, cancellationToken)),
            "sessions" => new ExportTable(S("Sessions_Title"),
                [S("Field_WorksiteId"), S("Field_Commune"), S("Field_Region"), S("Field_StartDate"), S("Field_EndDate"), S("Field_Capacity"), S("Places_Confirmed"),
                 S("Field_MinimumAge"), S("Field_MaximumAge"), S("Field_Status"), S("Field_AssociationId")],
                await ReadAsync(db => ProgrammeRows.Sessions(db, actor, search), query, q => q.OrderByDescending(r => r.StartDate).ThenBy(r => r.Worksite).ThenBy(r => r.Id), q => q.ThenBy(r => r.Id),
                    r => [r.Worksite, r.Commune, r.Region, r.StartDate, r.EndDate, r.Capacity, r.Confirmed, r.MinimumAge, r.MaximumAge, S("Enum_SessionStatus_" + r.Status), r.Association],
                    limit, progress, cancellationToken)),
            _ => new ExportTable(S("Leaders_Title"),
                [S("Field_LastName"), S("Field_FirstName"), S("Field_Email"), S("Field_Phone")],
                await ReadAsync(db => ProgrammeRows.Leaders(db, search), query, q => q.OrderBy(r => r.LastName).ThenBy(r => r.FirstName).ThenBy(r => r.Id), q => q.ThenBy(r => r.Id),
                    r => [r.LastName, r.FirstName, r.Email, r.Phone], limit, progress, cancellationToken)),
        };
    }

    // Pages follow a total order (the grid's sort, then the id), so that no row is read twice or skipped.
    private async Task<IReadOnlyList<IReadOnlyList<object?>>> ReadAsync<T>(
        Func<RempartDbContext, IQueryable<T>> rows, IReadOnlyDictionary<string, string?> query,
        Func<IQueryable<T>, IOrderedQueryable<T>> defaultOrder, Func<IOrderedQueryable<T>, IOrderedQueryable<T>> tieBreak,
        Func<T, IReadOnlyList<object?>> cells, int? limit, Func<int, Task>? progress, CancellationToken cancellationToken)
    {
        var args = GridQuery.ArgsOf<T>(query);
        var result = new List<IReadOnlyList<object?>>();
        int? total = null;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var filtered = GridLoader.Filter(rows(db), args);
            total ??= Math.Min(await filtered.CountAsync(cancellationToken), limit ?? int.MaxValue);
            var sorted = args.Sorts?.Any() == true ? tieBreak(GridLoader.Order(filtered, args, defaultOrder)) : defaultOrder(filtered);
            var take = Math.Min(PageSize, total.Value - result.Count);
            if (take <= 0) break;
            var page = await sorted.Skip(result.Count).Take(take).ToListAsync(cancellationToken);
            result.AddRange(page.Select(cells));
            if (page.Count < take || result.Count >= total) break;
            if (progress is not null) await progress(result.Count * 100 / total.Value);
        }
        return result;
    }
}
