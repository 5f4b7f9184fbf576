namespace Rempart.Domain.Registrations;

/// <summary>
/// The registration form as the volunteer (or whoever acts for them) fills it in: their profile,
/// kept for their next registrations, and what belongs to this registration (motivation, consents).
/// </summary>
public sealed class RegistrationFileDraft
{
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Phone { get; set; }
    public string? EmergencyContactName { get; set; }
    public string? EmergencyContactPhone { get; set; }
    public string? Diet { get; set; }
    public string? Languages { get; set; }
    public string? Skills { get; set; }
    public string? Motivation { get; set; }
    public string? GuardianName { get; set; }
    public bool GuardianConsents { get; set; }
    public bool MinorConsents { get; set; }
}
