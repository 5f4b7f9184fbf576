namespace Rempart.Tests.Infrastructure;

/// <summary>What scripts/test.sh prepared: a PostgreSQL server, chromium, a Python with aiosmtpd, the OpenAPI validator.</summary>
public static class TestEnvironment
{
    public static string PostgresConnectionString =>
        Environment.GetEnvironmentVariable("REMPART_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "REMPART_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts a throwaway PostgreSQL server.");

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("REMPART_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string PythonPath =>
        Environment.GetEnvironmentVariable("REMPART_TEST_PYTHON") is { Length: > 0 } path ? path : "/usr/bin/python3";

    /// <summary>The independent OpenAPI validator (tests/openapi-validator, restored by npm ci in scripts/test.sh).</summary>
    public static string OpenApiValidator =>
        Environment.GetEnvironmentVariable("REMPART_TEST_OPENAPI_VALIDATOR")
        ?? throw new InvalidOperationException("REMPART_TEST_OPENAPI_VALIDATOR is not set: run the tests with scripts/test.sh, which restores the validator.");

    /// <summary>The repository's root (where Rempart.sln is), found from the test assembly's folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "Rempart.sln"))) return folder.FullName;
            throw new InvalidOperationException("Rempart.sln not found above the test assembly.");
        }
    }

    /// <summary>A loopback port free now, for a server a test starts (nginx, WordPress, an app process, the SMTP server).</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string NewTempFolder(string prefix)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
