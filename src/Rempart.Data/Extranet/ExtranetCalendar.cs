using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Extranet;

namespace Rempart.Data.Extranet;

/// <summary>An occurrence as the calendar shows it, with everything its pop-up says.</summary>
public sealed record CalendarOccurrence(
    Guid EventId, DateOnly OriginalDate, string Title, string? Description, string? Location, DateTime Start, DateTime End, bool AllDay, bool Moved, bool Repeats,
    IReadOnlyList<string> Groups, IReadOnlyList<(string Name, string Value)> Attributes);

/// <summary>The calendar's filters: one group, and one attribute holding one value.</summary>
public sealed record CalendarFilter(Guid? GroupId = null, Guid? AttributeId = null, string? AttributeValue = null);

/// <summary>An event with what goes with it, for its form and the feed.</summary>
public sealed record EventDetail(CalendarEvent Event, IReadOnlyList<Guid> Groups, IReadOnlyDictionary<Guid, string> Values, IReadOnlyList<CalendarEventChange> Changes);

/// <summary>An event as its form gives it (local Paris times).</summary>
public sealed record EventDraft(
    Guid? Id, string? Title, string? Description, string? Location, DateTime Start, DateTime End, bool AllDay, Recurrence Recurrence,
    bool ForEveryMember, IReadOnlyList<Guid> Groups, IReadOnlyDictionary<Guid, string?> Values, bool RemindDayBefore);

/// <summary>
/// The shared calendar: the occurrences one may see in a range (expanded by
/// <see cref="RecurrenceRules"/>), and for those who manage the extranet, events, their changed
/// occurrences and the custom attributes.
/// </summary>
public sealed class ExtranetCalendar(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<CalendarOccurrence>> OccurrencesAsync(DateOnly from, DateOnly to, Actor actor, CalendarFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var groups = await ExtranetQueries.GroupsOfAsync(db, actor.UserId, cancellationToken);
        var visible = ExtranetQueries.VisibleEvents(db, actor, groups);
        if (filter?.GroupId is { } group) visible = visible.Where(e => db.CalendarEventGroups.Any(g => g.EventId == e.Id && g.GroupId == group));
        if (filter?.AttributeId is { } attribute && !string.IsNullOrWhiteSpace(filter.AttributeValue))
        {
            var value = filter.AttributeValue.Trim();
            visible = visible.Where(e => db.EventAttributeValues.Any(v => v.EventId == e.Id && v.AttributeId == attribute && v.Value == value));
        }
        // A series may have started long before the range; a one-off event only matters if it ends in it.
        var rangeStart = from.ToDateTime(TimeOnly.MinValue);
        var rangeEnd = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var events = await visible.Where(e => e.Start < rangeEnd && (e.Frequency != RecurrenceFrequency.None || e.End >= rangeStart)).AsNoTracking().ToListAsync(cancellationToken);
        if (events.Count == 0) return [];
        var ids = events.Select(e => e.Id).ToList();
        var changes = (await db.CalendarEventChanges.Where(c => ids.Contains(c.EventId)).AsNoTracking().ToListAsync(cancellationToken)).ToLookup(c => c.EventId);
        var groupNames = await db.ExtranetGroups.ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var eventGroups = (await db.CalendarEventGroups.Where(g => ids.Contains(g.EventId)).ToListAsync(cancellationToken)).ToLookup(g => g.EventId, g => groupNames.GetValueOrDefault(g.GroupId, "?"));
        var attributes = await db.EventAttributes.OrderBy(a => a.Position).ToDictionaryAsync(a => a.Id, cancellationToken);
        var values = (await db.EventAttributeValues.Where(v => ids.Contains(v.EventId)).ToListAsync(cancellationToken)).ToLookup(v => v.EventId);

        return events.SelectMany(e =>
        {
            var shown = values[e.Id].Where(v => attributes.ContainsKey(v.AttributeId)).OrderBy(v => attributes[v.AttributeId].Position)
                .Select(v => (attributes[v.AttributeId].Name, Display(attributes[v.AttributeId], v.Value))).ToList();
            var names = eventGroups[e.Id].Order().ToList();
            return RecurrenceRules.Expand(e.Start, e.End, e.Recurrence, changes[e.Id].Select(c => new OccurrenceChange(c.OriginalDate, c.Cancelled, c.Start, c.End)).ToList(), from, to)
                .Select(o => new CalendarOccurrence(e.Id, o.OriginalDate, e.Title, e.Description, e.Location, o.Start, o.End, e.AllDay, o.Moved,
                    e.Frequency != RecurrenceFrequency.None, names, shown));
        }).OrderBy(o => o.Start).ThenBy(o => o.Title).ToList();
    }

    public async Task<EventDetail?> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var groups = await ExtranetQueries.GroupsOfAsync(db, actor.UserId, cancellationToken);
        var found = await ExtranetQueries.VisibleEvents(db, actor, groups).AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return found is null ? null : (await DetailsAsync(db, [found], cancellationToken))[0];
    }

    /// <summary>The events with their groups, values and changed occurrences, in three queries whatever their number.</summary>
    internal static async Task<IReadOnlyList<EventDetail>> DetailsAsync(RempartDbContext db, IReadOnlyList<CalendarEvent> events, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.Id).ToList();
        var groups = (await db.CalendarEventGroups.Where(g => ids.Contains(g.EventId)).ToListAsync(cancellationToken)).ToLookup(g => g.EventId, g => g.GroupId);
        var values = (await db.EventAttributeValues.Where(v => ids.Contains(v.EventId)).ToListAsync(cancellationToken)).ToLookup(v => v.EventId);
        var changes = (await db.CalendarEventChanges.Where(c => ids.Contains(c.EventId)).ToListAsync(cancellationToken)).ToLookup(c => c.EventId);
        return events.Select(e => new EventDetail(e, groups[e.Id].ToList(), values[e.Id].ToDictionary(v => v.AttributeId, v => v.Value),
            changes[e.Id].OrderBy(c => c.OriginalDate).ToList())).ToList();
    }

    public async Task<(CalendarEvent? Event, IReadOnlyDictionary<string, string> Errors)> SaveAsync(EventDraft draft, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ExtranetAccess.Manages(actor)) return (null, new Dictionary<string, string> { [""] = "Vous ne pouvez pas modifier le calendrier de l'extranet." });
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (start, end) = draft.AllDay ? (draft.Start.Date, draft.End.Date) : (draft.Start, draft.End);
        var errors = RecurrenceRules.Validate(start, end, draft.Recurrence);
        if (string.IsNullOrWhiteSpace(draft.Title)) errors["Title"] = "Donnez un titre à l'événement.";
        else if (draft.Title.Trim().Length > CalendarEvent.MaximumTitle) errors["Title"] = $"{CalendarEvent.MaximumTitle} caractères au plus.";
        if (!draft.ForEveryMember && draft.Groups.Count == 0) errors["Groups"] = "Choisissez au moins un groupe, ou tous les membres.";
        var attributes = await db.EventAttributes.ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var (attributeId, value) in draft.Values)
            if (attributes.GetValueOrDefault(attributeId) is { } attribute && !string.IsNullOrWhiteSpace(value) && Problem(attribute, value.Trim()) is { } problem)
                errors[$"Attribute:{attributeId}"] = problem;
        if (errors.Count > 0) return (null, errors);

        var saved = draft.Id is { } id ? await db.CalendarEvents.FirstOrDefaultAsync(e => e.Id == id, cancellationToken) : null;
        if (draft.Id is not null && saved is null) return (null, new Dictionary<string, string> { [""] = "Cet événement n'existe plus." });
        if (saved is null)
        {
            saved = new CalendarEvent();
            db.CalendarEvents.Add(saved);
        }
        (saved.Title, saved.Description, saved.Location) = (draft.Title!.Trim(), Trimmed(draft.Description), Trimmed(draft.Location));
        (saved.Start, saved.End, saved.AllDay, saved.Recurrence) = (start, end, draft.AllDay, draft.Recurrence);
        (saved.ForEveryMember, saved.RemindDayBefore, saved.UpdatedAt, saved.UpdatedBy) = (draft.ForEveryMember, draft.RemindDayBefore, clock.GetUtcNow().UtcDateTime, actor.Name);
        db.CalendarEventGroups.RemoveRange(await db.CalendarEventGroups.Where(g => g.EventId == saved.Id).ToListAsync(cancellationToken));
        if (!draft.ForEveryMember) db.CalendarEventGroups.AddRange(draft.Groups.Distinct().Select(g => new CalendarEventGroup { EventId = saved.Id, GroupId = g }));
        db.EventAttributeValues.RemoveRange(await db.EventAttributeValues.Where(v => v.EventId == saved.Id).ToListAsync(cancellationToken));
        db.EventAttributeValues.AddRange(draft.Values.Where(v => attributes.ContainsKey(v.Key) && !string.IsNullOrWhiteSpace(v.Value))
            .Select(v => new EventAttributeValue { EventId = saved.Id, AttributeId = v.Key, Value = v.Value!.Trim() }));
        await db.SaveChangesAsync(cancellationToken);
        return (saved, new Dictionary<string, string>());
    }

    public async Task<string?> DeleteAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ExtranetAccess.Manages(actor)) return "Vous ne pouvez pas modifier le calendrier de l'extranet.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CalendarEvents.Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken) == 0 ? "Cet événement n'existe plus." : null;
    }

    /// <summary>Cancels one occurrence of a series, moves it (new local times), or (neither) puts it back as the series says.</summary>
    public async Task<string?> ChangeOccurrenceAsync(Guid eventId, DateOnly originalDate, bool cancel, DateTime? start, DateTime? end, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ExtranetAccess.Manages(actor)) return "Vous ne pouvez pas modifier le calendrier de l'extranet.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var series = await db.CalendarEvents.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (series is null) return "Cet événement n'existe plus.";
        if (!RecurrenceRules.Days(DateOnly.FromDateTime(series.Start), series.Recurrence).TakeWhile(d => d <= originalDate).Contains(originalDate))
            return "Cette date n'est pas une occurrence de l'événement.";
        if (start is { } s && end is { } e && e < s) return "La fin est avant le début.";
        var existing = await db.CalendarEventChanges.FirstOrDefaultAsync(c => c.EventId == eventId && c.OriginalDate == originalDate, cancellationToken);
        if (existing is not null) db.CalendarEventChanges.Remove(existing);
        if (cancel || start is not null)
            db.CalendarEventChanges.Add(new CalendarEventChange { EventId = eventId, OriginalDate = originalDate, Cancelled = cancel, Start = cancel ? null : start, End = cancel ? null : end });
        // The feed's LAST-MODIFIED tells calendar applications the series changed.
        (series.UpdatedAt, series.UpdatedBy) = (clock.GetUtcNow().UtcDateTime, actor.Name);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<IReadOnlyList<EventAttribute>> AttributesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EventAttributes.OrderBy(a => a.Position).ThenBy(a => a.Name).AsNoTracking().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> SaveAttributeAsync(EventAttribute attribute, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ExtranetAccess.Manages(actor)) return new Dictionary<string, string> { [""] = "Vous ne pouvez pas modifier le calendrier de l'extranet." };
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(attribute.Name)) errors["Name"] = "Donnez un nom à l'attribut.";
        else if (attribute.Name.Trim().Length > 80) errors["Name"] = "80 caractères au plus.";
        if (attribute.Type == AttributeType.Choice && attribute.ChoiceList.Count == 0) errors["Choices"] = "Donnez les valeurs possibles, une par ligne.";
        if (errors.Count > 0) return errors;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.EventAttributes.FirstOrDefaultAsync(a => a.Id == attribute.Id, cancellationToken);
        if (saved is null)
        {
            saved = new EventAttribute { Id = attribute.Id, Position = await db.EventAttributes.CountAsync(cancellationToken) };
            db.EventAttributes.Add(saved);
        }
        (saved.Name, saved.Type, saved.Choices) = (attribute.Name.Trim(), attribute.Type, attribute.Type == AttributeType.Choice ? string.Join('\n', attribute.ChoiceList) : null);
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    public async Task<string?> DeleteAttributeAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ExtranetAccess.Manages(actor)) return "Vous ne pouvez pas modifier le calendrier de l'extranet.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.EventAttributes.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken);
        return null;
    }

    /// <summary>Why a value does not fit its attribute's type; null when it does.</summary>
    public static string? Problem(EventAttribute attribute, string value) => attribute.Type switch
    {
        AttributeType.Number when !decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out _) => $"« {attribute.Name} » attend un nombre.",
        AttributeType.YesNo when value is not ("oui" or "non") => $"« {attribute.Name} » attend oui ou non.",
        AttributeType.Choice when !attribute.ChoiceList.Contains(value) => $"« {attribute.Name} » attend une des valeurs proposées.",
        AttributeType.Date when !DateOnly.TryParseExact(value, "yyyy-MM-dd", out _) => $"« {attribute.Name} » attend une date.",
        _ when value.Length > 500 => $"« {attribute.Name} » : 500 caractères au plus.",
        _ => null,
    };

    private static string Display(EventAttribute attribute, string value) =>
        attribute.Type == AttributeType.Date && DateOnly.TryParseExact(value, "yyyy-MM-dd", out var day) ? day.ToString("dd/MM/yyyy") : value;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
