using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

namespace Rempart.Web.Registrations;

/// <summary>What a decision did: refused with a reason, or made (and whether its e-mail left).</summary>
public sealed record MoveResult(string? Refusal, bool MailSent)
{
    public bool Succeeded => Refusal is null;
}

/// <summary>Moves a registration (<see cref="ChangeRegistrationStage"/>) and announces the change by e-mail.</summary>
public sealed class MoveRegistration(ChangeRegistrationStage change, RegistrationMails mails)
{
    public async Task<MoveResult> ExecuteAsync(Guid registrationId, RegistrationStage to, Actor actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        var (move, refusal) = await change.ExecuteAsync(registrationId, to, actor, reason, cancellationToken);
        if (move is null) return new MoveResult(refusal, false);
        return new MoveResult(null, await mails.SendStageChangeAsync(move, cancellationToken));
    }
}
