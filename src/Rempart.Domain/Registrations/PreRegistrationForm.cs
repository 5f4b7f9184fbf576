namespace Rempart.Domain.Registrations;

/// <summary>
/// What a pre-registration asks: who the volunteer is and how to reach them, and, when someone
/// else fills it in (a parent, a social worker), who that person is.
/// </summary>
public sealed class PreRegistrationForm
{
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public DateOnly? BirthDate { get; set; }

    /// <summary>The person filling the form in is not the volunteer.</summary>
    public bool ForSomeoneElse { get; set; }
    public string RegistrantFirstName { get; set; } = "";
    public string RegistrantLastName { get; set; } = "";
    public string RegistrantEmail { get; set; } = "";

    /// <summary>The session is full: the person asks for its waiting list instead.</summary>
    public bool JoinWaitingList { get; set; }

    /// <summary>The person agrees that Rempart keeps these data to process the registration.</summary>
    public bool AcceptsDataUse { get; set; }
}
