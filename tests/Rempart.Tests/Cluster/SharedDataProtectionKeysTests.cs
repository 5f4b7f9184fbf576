using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Accounts;

namespace Rempart.Tests.Cluster;

/// <summary>Data-protection keys in the database on PostgreSQL: what one server protects (a cookie, a reset link), another server without its data folder reads.</summary>
public sealed class SharedDataProtectionKeysTests
{
    [Fact]
    public async Task OnPostgres_WhatOneServerProtects_AnotherWithoutItsDataFolderReads()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Postgres);
        app.CreateClient().Dispose();
        const string purpose = "Rempart.Tests.Cluster";
        var sealedByApp = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Protect("jeton de l'un");

        await using (var db = app.Database.CreateContext())
            Assert.True(await db.DataProtectionKeys.AnyAsync());
        var keysFolder = Path.Combine(app.StorageRoot, "keys");
        Assert.False(Directory.Exists(keysFolder) && Directory.EnumerateFiles(keysFolder, "key-*.xml").Any());

        // Another server: the same application name and the same database, nothing else in common.
        var other = new ServiceCollection();
        other.AddLogging();
        other.AddDataProtection().SetApplicationName("Rempart");
        other.Configure<KeyManagementOptions>(options => options.XmlRepository = new DatabaseXmlRepository(app.Database.Contexts));
        await using var provider = other.BuildServiceProvider();
        Assert.Equal("jeton de l'un", provider.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(sealedByApp));
    }

    [Fact]
    public async Task OnSqlite_KeysStayInTheDataFolder()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        app.CreateClient().Dispose();
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("x").Protect("y");
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(app.StorageRoot, "keys"), "key-*.xml"));
        await using var db = app.Database.CreateContext();
        Assert.False(await db.DataProtectionKeys.AnyAsync());
    }
}
