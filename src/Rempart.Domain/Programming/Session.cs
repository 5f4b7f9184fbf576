namespace Rempart.Domain.Programming;

/// <summary>A dated session of a worksite that volunteers join.</summary>
public sealed class Session : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid WorksiteId { get; set; }

    /// <summary>Arrival day.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Departure day: another session of the same worksite may start that day.</summary>
    public DateOnly EndDate { get; set; }
    public int Capacity { get; set; }
    public int MinimumAge { get; set; }
    public int? MaximumAge { get; set; }
    public DateOnly? RegistrationOpens { get; set; }
    public DateOnly? RegistrationCloses { get; set; }
    public SessionStatus Status { get; set; }
    public string? PracticalInformation { get; set; }

    /// <summary>Associations and partners may also register into the open pool, beyond their allocations.</summary>
    public bool OpenPoolForOrganisations { get; set; }

    /// <summary>Pre-registrations are accepted at once, while places are free, without a review.</summary>
    public bool AcceptAutomatically { get; set; }

    /// <summary>What the registration form asks for; a minor's parental authorisation is always asked.</summary>
    public bool RequiresIdentityDocument { get; set; }
    public bool RequiresHealthForm { get; set; }

    /// <summary>A certificate the session needs (a tetanus vaccination, a diving licence), by its name; none when empty.</summary>
    public string? RequiredCertificate { get; set; }
    public bool MotivationRequired { get; set; }
    public List<SessionLeader> Leaders { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public string? UpdatedBy { get; set; }

    /// <summary>A copy of the session's own fields, without its leaders (saved separately).</summary>
    public Session CopyFields()
    {
        var copy = (Session)MemberwiseClone();
        copy.Leaders = [];
        return copy;
    }

    /// <summary>The season is the year the session starts in.</summary>
    public int Season => StartDate.Year;
}
