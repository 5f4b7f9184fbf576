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

    /// <summary>
    /// The group a list shows: the one asked for if it exists; else, with a search alone (the staff's
    /// search box links a volunteer so), every stage; else what waits for an answer.
    /// </summary>
    public static string GroupOf(string? asked, string? search) =>
        Groups.Any(g => g.Key == asked) ? asked! : string.IsNullOrWhiteSpace(search) ? Groups[0].Key : "All";
}
