using Rempart.Domain.Places;

namespace Rempart.Domain.Registrations;

/// <summary>
/// The one state machine of a registration. Every change is asked here: it is allowed, or refused
/// with a French reason. A change is allowed when the transition exists, the actor is one of those
/// the transition names, its guard holds, and a reason is given where one is required.
/// </summary>
public static class RegistrationLifecycle
{
    private sealed record Transition(RegistrationStage From, RegistrationStage To, StageActor[] Actors, Func<RegistrationFacts, string?>? Guard = null, bool NeedsReason = false);

    private static readonly StageActor[] Anyone = [StageActor.Volunteer, StageActor.Organiser, StageActor.Staff, StageActor.System];
    private static readonly StageActor[] Deciders = [StageActor.Organiser, StageActor.Staff];
    private static readonly StageActor[] Rempart = [StageActor.Staff, StageActor.System];

    /// <summary>Refused or cancelled: the registration waits for no payment any more, and what its order says is not chased.</summary>
    public static bool IsClosed(RegistrationStage stage) =>
        stage is RegistrationStage.Refused or RegistrationStage.CancelledByStaff or RegistrationStage.CancelledByVolunteer;

    /// <summary>The stages a registration keeps a place in: from its acceptance to its confirmation.</summary>
    public static readonly IReadOnlySet<RegistrationStage> KeepAPlace = new HashSet<RegistrationStage>
    {
        RegistrationStage.Accepted, RegistrationStage.AwaitingDocuments, RegistrationStage.AwaitingPayment, RegistrationStage.Confirmed,
    };

    private static readonly RegistrationStage[] Open =
    [
        RegistrationStage.PreRegistered, RegistrationStage.UnderReview, RegistrationStage.Accepted,
        RegistrationStage.AwaitingDocuments, RegistrationStage.AwaitingPayment, RegistrationStage.Confirmed,
    ];

    private static readonly List<Transition> Transitions = Build();

    private static List<Transition> Build()
    {
        string? DocumentsIn(RegistrationFacts f) => f.DocumentsComplete ? null : "Des documents demandés manquent encore ou n'ont pas été validés.";
        string? PaidOrFree(RegistrationFacts f) => f.Paid || f.NothingToPay ? null : "Le paiement n'a pas encore été reçu.";
        string? FreeAndComplete(RegistrationFacts f) => !f.NothingToPay ? "Il reste un montant à payer." : DocumentsIn(f);
        string? Started(RegistrationFacts f) => f.SessionStarted ? null : "La session n'a pas encore commencé.";

        var list = new List<Transition>
        {
            new(RegistrationStage.PreRegistered, RegistrationStage.UnderReview, Rempart),
            // Sessions that accept automatically skip the review: Rempart accepts at once.
            new(RegistrationStage.PreRegistered, RegistrationStage.Accepted, [StageActor.System]),
            new(RegistrationStage.UnderReview, RegistrationStage.Accepted, [StageActor.Organiser, StageActor.Staff, StageActor.System]),
            new(RegistrationStage.UnderReview, RegistrationStage.Refused, Deciders, NeedsReason: true),
            new(RegistrationStage.PreRegistered, RegistrationStage.Refused, Deciders, NeedsReason: true),
            new(RegistrationStage.Accepted, RegistrationStage.AwaitingDocuments, Anyone),
            new(RegistrationStage.Accepted, RegistrationStage.AwaitingPayment, Anyone, DocumentsIn),
            new(RegistrationStage.Accepted, RegistrationStage.Confirmed, Rempart, FreeAndComplete),
            new(RegistrationStage.AwaitingDocuments, RegistrationStage.AwaitingPayment, [StageActor.Organiser, StageActor.Staff, StageActor.System], DocumentsIn),
            new(RegistrationStage.AwaitingDocuments, RegistrationStage.Confirmed, Rempart, FreeAndComplete),
            new(RegistrationStage.AwaitingPayment, RegistrationStage.Confirmed, Rempart, PaidOrFree),
            new(RegistrationStage.Confirmed, RegistrationStage.Attended, Deciders, Started),
            new(RegistrationStage.Confirmed, RegistrationStage.NoShow, Deciders, Started),
            // Corrections of the roll call, by staff only.
            new(RegistrationStage.Attended, RegistrationStage.NoShow, [StageActor.Staff]),
            new(RegistrationStage.NoShow, RegistrationStage.Attended, [StageActor.Staff]),
        };
        foreach (var from in Open)
        {
            list.Add(new(from, RegistrationStage.CancelledByVolunteer, [StageActor.Volunteer]));
            // Rempart cancels too: a payment not made in time releases the place.
            list.Add(new(from, RegistrationStage.CancelledByStaff, [StageActor.Organiser, StageActor.Staff, StageActor.System], NeedsReason: true));
        }
        return list;
    }

    /// <summary>Null when the change is allowed; otherwise why not, in French.</summary>
    public static string? Check(RegistrationStage from, RegistrationStage to, StageActor actor, RegistrationFacts facts, string? reason = null)
    {
        if (from == to) return $"L'inscription est déjà « {Label(to)} ».";
        var transition = Transitions.FirstOrDefault(t => t.From == from && t.To == to);
        if (transition is null)
            return IsFinal(from)
                ? $"L'inscription est « {Label(from)} » : elle ne change plus d'état."
                : $"Une inscription « {Label(from)} » ne peut pas passer à « {Label(to)} ».";
        if (!transition.Actors.Contains(actor)) return $"{Who(actor)} ne peut pas faire passer une inscription de « {Label(from)} » à « {Label(to)} ».";
        if (transition.NeedsReason && string.IsNullOrWhiteSpace(reason)) return "Indiquez le motif : il sera envoyé au volontaire.";
        return transition.Guard?.Invoke(facts);
    }

    /// <summary>Applies a change if <see cref="Check"/> allows it, and returns the record to keep.</summary>
    public static (StageChange? Change, string? Refusal) Change(RegistrationStage from, RegistrationStage to, StageActor actor, RegistrationFacts facts, DateTime at, string by, string? reason = null) =>
        Check(from, to, actor, facts, reason) is { } refusal ? (null, refusal) : (new StageChange(from, to, at, by, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()), null);

    /// <summary>The stages in which the registration form and its documents may still change: from acceptance until the file is complete.</summary>
    public static bool FileOpen(RegistrationStage stage) => stage is RegistrationStage.Accepted or RegistrationStage.AwaitingDocuments;

    /// <summary>Whether this change needs a reason, sent to the volunteer.</summary>
    public static bool NeedsReason(RegistrationStage from, RegistrationStage to) =>
        Transitions.Any(t => t.From == from && t.To == to && t.NeedsReason);

    /// <summary>The stages one may go to from here, whoever asks.</summary>
    public static IReadOnlyList<RegistrationStage> Next(RegistrationStage from) => Transitions.Where(t => t.From == from).Select(t => t.To).Distinct().ToList();

    /// <summary>No way out, except the roll-call corrections between attended and no-show.</summary>
    public static bool IsFinal(RegistrationStage stage) => stage is RegistrationStage.Refused or RegistrationStage.CancelledByVolunteer
        or RegistrationStage.CancelledByStaff or RegistrationStage.Attended or RegistrationStage.NoShow;

    /// <summary>
    /// What a registration entering <paramref name="to"/> does to the session's places: kept from its
    /// acceptance to the end of the session, given back when refused or cancelled, none while asked
    /// for (a place held for a time, as a waiting-list offer, stays held until answered).
    /// </summary>
    public static RegistrationStatus PlaceAfter(RegistrationStage to, RegistrationStatus current) => to switch
    {
        _ when KeepAPlace.Contains(to) => RegistrationStatus.Confirmed,
        RegistrationStage.Attended or RegistrationStage.NoShow => RegistrationStatus.Confirmed,
        RegistrationStage.PreRegistered or RegistrationStage.UnderReview => current == RegistrationStatus.Held ? RegistrationStatus.Held : RegistrationStatus.Requested,
        _ => RegistrationStatus.Cancelled,
    };

    /// <summary>What the volunteer has to do (or to wait for) at this stage, in their words.</summary>
    public static string NextStep(RegistrationStage stage) => stage switch
    {
        RegistrationStage.PreRegistered => "Votre demande est enregistrée : elle va être examinée.",
        RegistrationStage.UnderReview => "L'association examine votre demande ; vous recevrez sa réponse par e-mail.",
        RegistrationStage.Accepted => "Votre candidature est acceptée et votre place réservée : complétez maintenant votre dossier d'inscription.",
        RegistrationStage.AwaitingDocuments => "Complétez votre dossier et envoyez les documents demandés ; les organisateurs les vérifient.",
        RegistrationStage.AwaitingPayment => "Choisissez vos options et réglez votre inscription.",
        RegistrationStage.Confirmed => "Votre inscription est confirmée : à bientôt sur le chantier !",
        RegistrationStage.Refused => "Votre demande n'a pas été retenue.",
        RegistrationStage.CancelledByVolunteer or RegistrationStage.CancelledByStaff => "Cette inscription est annulée.",
        RegistrationStage.Attended => "Merci pour votre participation !",
        _ => "Vous étiez absent(e) à cette session.",
    };

    public static string Label(RegistrationStage stage) => stage switch
    {
        RegistrationStage.PreRegistered => "pré-inscrite",
        RegistrationStage.UnderReview => "en cours d'examen",
        RegistrationStage.Accepted => "acceptée",
        RegistrationStage.Refused => "refusée",
        RegistrationStage.AwaitingDocuments => "documents attendus",
        RegistrationStage.AwaitingPayment => "paiement attendu",
        RegistrationStage.Confirmed => "confirmée",
        RegistrationStage.CancelledByVolunteer => "annulée par le volontaire",
        RegistrationStage.CancelledByStaff => "annulée par l'organisation",
        RegistrationStage.Attended => "présent",
        _ => "absent",
    };

    private static string Who(StageActor actor) => actor switch
    {
        StageActor.Volunteer => "Le volontaire",
        StageActor.Organiser => "L'association organisatrice",
        StageActor.Staff => "Le personnel de l'Union",
        _ => "Rempart",
    };
}
