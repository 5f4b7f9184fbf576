using Rempart.Domain.Registrations;

namespace Rempart.Web.Registrations;

/// <summary>The stage groups the review list filters on, shared by the page and its exports.</summary>
public static class RegistrationFilters
{
    public static readonly (string Key, RegistrationStage[] Stages)[] Groups =
    [
        ("ToReview", [RegistrationStage.PreRegistered, RegistrationStage.UnderReview]),
        ("InProgress", [RegistrationStage.Accepted, RegistrationStage.AwaitingDocuments, RegistrationStage.AwaitingPayment]),
        ("Confirmed", [RegistrationStage.Confirmed, RegistrationStage.Attended, RegistrationStage.NoShow]),
        ("Closed", [RegistrationStage.Refused, RegistrationStage.CancelledByVolunteer, RegistrationStage.CancelledByStaff]),
        ("All", []),
    ];

    public static RegistrationStage[] StagesOf(string? key) => Groups.FirstOrDefault(g => g.Key == key).Stages ?? Groups[0].Stages;
}
