using Rempart.Domain.Registrations;
using S = Rempart.Domain.Registrations.RegistrationStage;
using A = Rempart.Domain.Registrations.StageActor;

namespace Rempart.Tests.Registrations;

/// <summary>
/// Every (from, to, actor) triple of the lifecycle, allowed or refused, against the rules
/// written out here once more as a list: who may move a registration from where to where.
/// </summary>
public sealed class RegistrationLifecycleTests
{
    private static readonly RegistrationFacts Everything = new(DocumentsComplete: true, Paid: true, NothingToPay: true, SessionStarted: true);

    private static readonly S[] Open = [S.PreRegistered, S.UnderReview, S.Accepted, S.AwaitingDocuments, S.AwaitingPayment, S.Confirmed];

    private static readonly HashSet<(S, S, A)> Allowed = BuildAllowed();

    private static HashSet<(S, S, A)> BuildAllowed()
    {
        var allowed = new HashSet<(S, S, A)>
        {
            (S.PreRegistered, S.UnderReview, A.Staff), (S.PreRegistered, S.UnderReview, A.System),
            (S.PreRegistered, S.Accepted, A.System),
            (S.PreRegistered, S.Refused, A.Organiser), (S.PreRegistered, S.Refused, A.Staff),
            (S.UnderReview, S.Accepted, A.Organiser), (S.UnderReview, S.Accepted, A.Staff), (S.UnderReview, S.Accepted, A.System),
            (S.UnderReview, S.Refused, A.Organiser), (S.UnderReview, S.Refused, A.Staff),
            (S.AwaitingDocuments, S.AwaitingPayment, A.Organiser), (S.AwaitingDocuments, S.AwaitingPayment, A.Staff), (S.AwaitingDocuments, S.AwaitingPayment, A.System),
            (S.Accepted, S.Confirmed, A.Staff), (S.Accepted, S.Confirmed, A.System),
            (S.AwaitingDocuments, S.Confirmed, A.Staff), (S.AwaitingDocuments, S.Confirmed, A.System),
            (S.AwaitingPayment, S.Confirmed, A.Staff), (S.AwaitingPayment, S.Confirmed, A.System),
            (S.Confirmed, S.Attended, A.Organiser), (S.Confirmed, S.Attended, A.Staff),
            (S.Confirmed, S.NoShow, A.Organiser), (S.Confirmed, S.NoShow, A.Staff),
            (S.Attended, S.NoShow, A.Staff), (S.NoShow, S.Attended, A.Staff),
        };
        foreach (var actor in Enum.GetValues<A>())
        {
            allowed.Add((S.Accepted, S.AwaitingDocuments, actor));
            allowed.Add((S.Accepted, S.AwaitingPayment, actor));
        }
        foreach (var from in Open)
        {
            allowed.Add((from, S.CancelledByVolunteer, A.Volunteer));
            allowed.Add((from, S.CancelledByStaff, A.Organiser));
            allowed.Add((from, S.CancelledByStaff, A.Staff));
            allowed.Add((from, S.CancelledByStaff, A.System));
        }
        return allowed;
    }

    public static TheoryData<S, S, A> EveryTriple()
    {
        var data = new TheoryData<S, S, A>();
        foreach (var from in Enum.GetValues<S>())
            foreach (var to in Enum.GetValues<S>())
                foreach (var actor in Enum.GetValues<A>())
                    data.Add(from, to, actor);
        return data;
    }

    [Theory, MemberData(nameof(EveryTriple))]
    public void EveryChange_IsAllowedExactlyWhenTheRulesSaySo(S from, S to, A actor)
    {
        var refusal = RegistrationLifecycle.Check(from, to, actor, Everything, reason: "motif");

        if (Allowed.Contains((from, to, actor))) Assert.Null(refusal);
        else Assert.False(string.IsNullOrWhiteSpace(refusal));
    }

    [Fact]
    public void Guards_RefuseWithTheReason_WhatTheFactsDoNotAllowYet()
    {
        var nothing = RegistrationFacts.None;

        Assert.Equal("Des documents demandés manquent encore ou n'ont pas été validés.", RegistrationLifecycle.Check(S.Accepted, S.AwaitingPayment, A.Volunteer, nothing));
        Assert.Equal("Le paiement n'a pas encore été reçu.", RegistrationLifecycle.Check(S.AwaitingPayment, S.Confirmed, A.System, nothing));
        Assert.Null(RegistrationLifecycle.Check(S.AwaitingPayment, S.Confirmed, A.System, nothing with { Paid = true }));
        Assert.Equal("Il reste un montant à payer.", RegistrationLifecycle.Check(S.Accepted, S.Confirmed, A.System, nothing with { DocumentsComplete = true }));
        Assert.Equal("La session n'a pas encore commencé.", RegistrationLifecycle.Check(S.Confirmed, S.Attended, A.Staff, nothing));
        Assert.Equal("Indiquez le motif : il sera envoyé au volontaire.", RegistrationLifecycle.Check(S.UnderReview, S.Refused, A.Organiser, nothing, " "));
        Assert.Equal("Indiquez le motif : il sera envoyé au volontaire.", RegistrationLifecycle.Check(S.AwaitingPayment, S.CancelledByStaff, A.System, nothing));
    }

    [Fact]
    public void RefusalsSayWhatIsWrong_InFrench()
    {
        Assert.Equal("L'inscription est « refusée » : elle ne change plus d'état.", RegistrationLifecycle.Check(S.Refused, S.Accepted, A.Staff, Everything));
        Assert.Equal("Une inscription « pré-inscrite » ne peut pas passer à « confirmée ».", RegistrationLifecycle.Check(S.PreRegistered, S.Confirmed, A.Staff, Everything));
        Assert.Equal("Le volontaire ne peut pas faire passer une inscription de « en cours d'examen » à « acceptée ».",
            RegistrationLifecycle.Check(S.UnderReview, S.Accepted, A.Volunteer, Everything));
        Assert.Equal("L'inscription est déjà « confirmée ».", RegistrationLifecycle.Check(S.Confirmed, S.Confirmed, A.Staff, Everything));
    }

    [Fact]
    public void EveryStage_CanBeReachedFromAPreRegistration_AndOnlyFinalStagesAreDeadEnds()
    {
        var reached = new HashSet<S> { S.PreRegistered };
        var queue = new Queue<S>(reached);
        while (queue.TryDequeue(out var stage))
            foreach (var next in RegistrationLifecycle.Next(stage).Where(reached.Add))
                queue.Enqueue(next);

        Assert.Equal(Enum.GetValues<S>().ToHashSet(), reached);
        Assert.All(Enum.GetValues<S>().Where(s => !RegistrationLifecycle.IsFinal(s)), s => Assert.NotEmpty(RegistrationLifecycle.Next(s)));
        Assert.All(Enum.GetValues<S>().Where(RegistrationLifecycle.IsFinal), s =>
            Assert.All(RegistrationLifecycle.Next(s), next => Assert.Contains(next, new[] { S.Attended, S.NoShow })));
    }

    [Fact]
    public void AnAllowedChange_IsRecordedWithWhoWhenAndWhy()
    {
        var at = new DateTime(2027, 3, 2, 10, 0, 0, DateTimeKind.Utc);

        var (change, refusal) = RegistrationLifecycle.Change(S.UnderReview, S.Refused, A.Organiser, RegistrationFacts.None, at, "Les Amis de Blandy", "  session complète pour les mineurs ");

        Assert.Null(refusal);
        Assert.Equal(new StageChange(S.UnderReview, S.Refused, at, "Les Amis de Blandy", "session complète pour les mineurs"), change);
        Assert.Equal([S.Accepted, S.AwaitingDocuments, S.AwaitingPayment, S.Confirmed], RegistrationLifecycle.KeepAPlace.Order());
    }
}
