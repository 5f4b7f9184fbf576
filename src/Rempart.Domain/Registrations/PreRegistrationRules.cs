using Rempart.Domain.Volunteers;

namespace Rempart.Domain.Registrations;

/// <summary>What a pre-registration must contain; messages keyed by field, in French.</summary>
public static class PreRegistrationRules
{
    /// <param name="form">The form as filled in.</param>
    /// <param name="today">Today, for the date of birth.</param>
    /// <param name="registrantKnown">The person filling it in is signed in: their identity comes from their account.</param>
    public static Dictionary<string, string> Validate(PreRegistrationForm form, DateOnly today, bool registrantKnown)
    {
        var errors = VolunteerRules.Validate(form.FirstName, form.LastName, form.Email, form.BirthDate, today);
        if (!string.IsNullOrWhiteSpace(form.Phone) && !VolunteerRules.IsPhone(form.Phone))
            errors[nameof(form.Phone)] = VolunteerRules.PhoneInvalid;
        if (form.ForSomeoneElse && !registrantKnown)
        {
            var registrant = VolunteerRules.Validate(form.RegistrantFirstName, form.RegistrantLastName, form.RegistrantEmail, today.AddYears(-30), today);
            foreach (var (field, message) in registrant) errors["Registrant" + field] = message;
        }
        if (!form.AcceptsDataUse) errors[nameof(form.AcceptsDataUse)] = "Cochez cette case pour que nous puissions traiter la demande.";
        return errors;
    }

}
