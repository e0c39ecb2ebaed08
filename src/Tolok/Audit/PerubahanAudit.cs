using System.Text.Json;
using Tolok.Infrastructure;

namespace Tolok.Audit;

/// <summary>
/// An audit entry as people read it (issue 15): the fields that changed, each with its value before and after; for
/// a row added or removed, its filled fields. Values are shown as stored, cut at 120 characters.
/// </summary>
public static class PerubahanAudit
{
    public sealed record Baris(string Kolom, string? Lama, string? Baru);

    public static List<Baris> Dari(string? lama, string? baru)
    {
        var before = Baca(lama);
        var after = Baca(baru);
        var result = new List<Baris>();
        foreach (var kolom in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var a = before.GetValueOrDefault(kolom);
            var b = after.GetValueOrDefault(kolom);
            if (a == b || (a is null or "null" && b is null or "null"))
            {
                continue;
            }
            result.Add(new Baris(kolom, Tampil(a), Tampil(b)));
        }
        return result;
    }

    private static Dictionary<string, string> Baca(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                ? doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal)
                : new Dictionary<string, string> { ["(nilai)"] = json };
        }
        catch (JsonException)
        {
            return new Dictionary<string, string> { ["(nilai)"] = json };
        }
    }

    private static string? Tampil(string? value) => value is null or "null" ? null : Format.Potong(value, 120);
}
