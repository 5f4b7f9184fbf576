using Rempart.Domain.Accounts;

namespace Rempart.Domain.Payments;

/// <summary>
/// Who touches the union's money. Money is handled by the union's staff, whatever a custom profile
/// grants: orders, invoices and payments span every association, so a permission alone (given to an
/// association manager's profile by mistake) never opens them.
/// </summary>
public static class FinanceAccess
{
    /// <summary>Records payments, refunds, credit notes.</summary>
    public static bool MayHandleMoney(Actor actor) => actor.IsStaff && actor.Can(Permissions.PaymentsRecord);

    /// <summary>Reads every order, invoice, payment and the accounts.</summary>
    public static bool MayReadAccounts(Actor actor) => actor.IsStaff && (actor.Can(Permissions.PaymentsRecord) || actor.Can(Permissions.AccountingRead));
}
