using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Documents;

/// <summary>Rights on folders: inherited down the tree unless a folder has its own, the strongest grant winning.</summary>
public sealed class DocumentAccessTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), Elus = Guid.NewGuid();

    private static FolderGrant Grant(Guid folder, GranteeKind grantee, DocumentRight right = DocumentRight.Read, ProfileKind? profile = null, Guid? organisation = null, Guid? group = null) =>
        new() { FolderId = folder, Grantee = grantee, Right = right, Profile = profile, OrganisationId = organisation, GroupId = group };

    [Fact]
    public void Subfolders_Inherit_UnlessTheyOverride_AndTheStrongestGrantWins()
    {
        Guid union = Guid.NewGuid(), minutes = Guid.NewGuid(), privateA = Guid.NewGuid(), elected = Guid.NewGuid(), open = Guid.NewGuid(), loose = Guid.NewGuid();
        var tree = new Dictionary<Guid, FolderNode>
        {
            // The union's folder: every association manager reads; association A manages.
            [union] = new(union, null, false, [Grant(union, GranteeKind.Profile, profile: ProfileKind.AssociationManager), Grant(union, GranteeKind.Organisation, DocumentRight.Manage, organisation: A)]),
            [minutes] = new(minutes, union, false, [Grant(minutes, GranteeKind.Public)]),
            [privateA] = new(privateA, minutes, true, [Grant(privateA, GranteeKind.Organisation, organisation: A)]),
            [elected] = new(elected, null, false, [Grant(elected, GranteeKind.Group, group: Elus)]),
            [open] = new(open, null, false, [Grant(open, GranteeKind.Public)]),
            // A root with no grant: staff only.
            [loose] = new(loose, null, false, []),
        };
        var managerA = TestActors.Holding(A, ProfileKind.AssociationManager);
        var managerB = TestActors.Holding(B, ProfileKind.AssociationManager);
        var volunteer = TestActors.Holding(null, ProfileKind.Volunteer);
        var staff = TestActors.Holding(null, ProfileKind.Staff);
        var noGroups = new HashSet<Guid>();

        Assert.Equal(DocumentRight.Manage, DocumentAccess.RightOn(union, tree, managerA, noGroups));
        // Inherited: the subfolder's own (ignored) public grant opens nothing to a volunteer.
        Assert.Equal(DocumentRight.Manage, DocumentAccess.RightOn(minutes, tree, managerA, noGroups));
        Assert.Equal(DocumentRight.Read, DocumentAccess.RightOn(minutes, tree, managerB, noGroups));
        Assert.Null(DocumentAccess.RightOn(minutes, tree, volunteer, noGroups));
        // Overridden: only A, and only to read (A's manage right on the union does not come down).
        Assert.Equal(DocumentRight.Read, DocumentAccess.RightOn(privateA, tree, managerA, noGroups));
        Assert.Null(DocumentAccess.RightOn(privateA, tree, managerB, noGroups));
        Assert.Null(DocumentAccess.RightOn(elected, tree, managerA, noGroups));
        Assert.Equal(DocumentRight.Read, DocumentAccess.RightOn(elected, tree, volunteer, new HashSet<Guid> { Elus }));
        Assert.Equal(DocumentRight.Read, DocumentAccess.RightOn(open, tree, null, noGroups));
        Assert.Null(DocumentAccess.RightOn(union, tree, null, noGroups));
        Assert.Null(DocumentAccess.RightOn(loose, tree, managerA, noGroups));
        // Staff holding documents.manage manage everything, the loose root included.
        Assert.All(tree.Keys, id => Assert.Equal(DocumentRight.Manage, DocumentAccess.RightOn(id, tree, staff, noGroups)));
        Assert.Equal(new[] { union, minutes, privateA }.Order(), DocumentAccess.Rights(tree, managerA, noGroups).Keys.Where(k => k != open).Order());
    }

    [Fact]
    public void ALoopInTheTree_GrantsNothing_InsteadOfHanging()
    {
        Guid one = Guid.NewGuid(), two = Guid.NewGuid();
        var tree = new Dictionary<Guid, FolderNode>
        {
            [one] = new(one, two, false, [Grant(one, GranteeKind.Public)]),
            [two] = new(two, one, false, [Grant(two, GranteeKind.Public)]),
        };
        Assert.Null(DocumentAccess.RightOn(one, tree, null, new HashSet<Guid>()));
    }

    [Theory]
    [InlineData("l'église", "\"église\"*")]
    [InlineData("\"restau\" AND (élevé OR NOT)", "\"restau\"* \"élevé\"*")]
    [InlineData("or et argent", "\"or\"* \"et\"* \"argent\"*")]
    [InlineData("🏰 château 🏰", "\"château\"*")]
    [InlineData("a", "\"a\"*")]
    [InlineData("   ", null)]
    [InlineData("*** \" ( ) :", null)]
    public void WhatIsTyped_BecomesQuotedPrefixWords_NeverAnExpression(string typed, string? expected) =>
        Assert.Equal(expected, Data.Documents.SearchText.ToMatch(typed));

    [Fact]
    public void TenThousandCharacters_GiveAFewWords() =>
        Assert.Equal(Data.Documents.SearchText.MaximumWords, Data.Documents.SearchText.Words(string.Join(" ", Enumerable.Range(0, 2000).Select(i => $"mot{i}"))).Count);
}
