using Rempart.Domain.Organisations;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;
using Rempart.Domain.Programming;
using Rempart.Domain.Volunteers;

namespace Rempart.Data.DemoData;

/// <summary>
/// Places for the demo: about a third of each session allocated to its organising association (given
/// back a month before it starts), two places to a partner in one session out of five, and confirmed
/// volunteers of the right age filling part of each pool, never more than it holds.
/// </summary>
internal static class DemoRegistrations
{
    public static (List<Allocation> Allocations, List<Registration> Registrations) Build(
        List<Session> sessions, List<Worksite> worksites, List<Organisation> organisations, List<Volunteer> volunteers, Random random)
    {
        var partners = organisations.Where(o => o.Kind is OrganisationKind.ForeignPartner or OrganisationKind.SocialStructure).ToList();
        var allocations = new List<Allocation>();
        var registrations = new List<Registration>();
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            var organiser = worksites.First(w => w.Id == session.WorksiteId).AssociationId;
            var created = session.StartDate.AddMonths(-5).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var own = new Allocation
            {
                SessionId = session.Id, OrganisationId = organiser, Size = session.Capacity / 3, ReleaseDate = session.StartDate.AddDays(-30), CreatedAt = created,
            };
            allocations.Add(own);
            Allocation? partner = null;
            if (i % 5 == 0 && session.Capacity >= 10)
            {
                partner = new Allocation { SessionId = session.Id, OrganisationId = partners[i / 5 % partners.Count].Id, Size = 2, CreatedAt = created };
                allocations.Add(partner);
            }
            var openPool = session.Capacity - own.Size - (partner?.Size ?? 0);
            var eligible = volunteers.Where(v => PlaceRules.AgeAllowed(v.BirthDate, session.StartDate, session.MinimumAge, session.MaximumAge))
                .OrderBy(_ => random.Next()).ToList();
            var pools = new (Guid? Allocation, int Count)[]
            {
                (own.Id, random.Next(0, own.Size + 1)),
                (partner?.Id, partner is null ? 0 : random.Next(0, partner.Size + 1)),
                (null, random.Next(0, openPool * 4 / 5 + 1)),
            };
            var next = 0;
            foreach (var (allocation, count) in pools)
                for (var k = 0; k < count && next < eligible.Count; k++, next++)
                    registrations.Add(new Registration
                    {
                        SessionId = session.Id, VolunteerId = eligible[next].Id, AllocationId = allocation, Status = RegistrationStatus.Confirmed,
                        Stage = RegistrationStage.Confirmed, CreatedAt = created.AddDays(random.Next(1, 100)), UpdatedAt = created.AddDays(100),
                    });
            // A few requests waiting for the association's answer, so that review lists are not empty.
            for (var k = random.Next(0, 3); k > 0 && next < eligible.Count; k--, next++)
                registrations.Add(new Registration
                {
                    SessionId = session.Id, VolunteerId = eligible[next].Id, Status = RegistrationStatus.Requested, Stage = RegistrationStage.UnderReview,
                    CreatedAt = created.AddDays(random.Next(100, 120)), UpdatedAt = created.AddDays(120),
                });
        }
        return (allocations, registrations);
    }
}
