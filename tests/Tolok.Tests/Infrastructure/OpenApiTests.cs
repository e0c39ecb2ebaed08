using System.Net.Http.Json;
using System.Text.Json;

namespace Tolok.Tests.Infrastructure;

/// <summary>The API describes itself truthfully (issue 14): security schemes, per-operation security and error answers, lint-clean.</summary>
public sealed class OpenApiTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task The_document_declares_how_to_sign_in_and_what_each_operation_answers()
    {
        using var client = app.CreateClient();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("http", schemes.GetProperty("bearer").GetProperty("type").GetString());
        Assert.Equal("cookie", schemes.GetProperty("cookie").GetProperty("in").GetString());
        var kinerja = doc.GetProperty("paths").GetProperty("/api/v1/satker/{kode}/kinerja/{tahun}").GetProperty("get");
        Assert.Equal(2, kinerja.GetProperty("security").GetArrayLength());
        foreach (var status in new[] { "400", "401", "403", "404" })
        {
            Assert.True(kinerja.GetProperty("responses").TryGetProperty(status, out _), status);
        }
        var iku = doc.GetProperty("paths").GetProperty("/api/v1/satker/{kode}/iku/{tahun}").GetProperty("get");
        Assert.Equal(0, iku.GetProperty("security").GetArrayLength());
        var impor = doc.GetProperty("paths").GetProperty("/api/v1/pemilihan/{id}/tps/impor").GetProperty("post");
        foreach (var status in new[] { "413", "422", "429" })
        {
            Assert.True(impor.GetProperty("responses").TryGetProperty(status, out _), status);
        }
    }

    [Fact]
    public async Task Redocly_lint_with_the_recommended_rules_reports_no_error()
    {
        var redocly = Environment.GetEnvironmentVariable("TOLOK_REDOCLY");
        Assert.False(string.IsNullOrEmpty(redocly), "TOLOK_REDOCLY tidak diset: jalankan ./test.sh, yang memasang @redocly/cli");
        using var client = app.CreateClient();
        var file = Path.Combine(Path.GetTempPath(), $"tolok-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await client.GetStringAsync("/openapi/v1.json"));
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(redocly!, ["lint", file, "--format=summary"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var text = await output + await error;
            Assert.True(process.ExitCode == 0, text);
            Assert.DoesNotContain("error ", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
