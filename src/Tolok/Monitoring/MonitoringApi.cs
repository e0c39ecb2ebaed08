using Microsoft.AspNetCore.Http.HttpResults;
using Tolok.Dokumen;
using Tolok.Infrastructure;

namespace Tolok.Monitoring;

public static class MonitoringApi
{
    public static RouteGroupBuilder MapMonitoringApi(this RouteGroupBuilder api)
    {
        api.MapGet("/satker/{kode}/monitoring/{tahun:int}", async Task<Results<Ok<MonitoringDto>, ProblemHttpResult>> (string kode, int tahun, string? periode, string? tingkat, TolokDb db, CancellationToken ct) =>
                Periksa(periode, tingkat) is { } bad ? bad
                : await MonitoringQuery.GetAsync(db, kode, tahun, periode ?? "tahunan", tingkat ?? MonitoringQuery.Anak, ct) is { } dto ? TypedResults.Ok(dto)
                : TidakAda(kode))
            .WithTags("Monitoring")
            .WithName("Monitoring")
            .WithSummary("Monitoring satker induk: unit di bawahnya (tingkat=anak|provinsi|kabupaten) × IKU dengan target, realisasi, capaian, warna, status alur dan agregat (periode=tahunan|TW1–TW4)")
            .RequireAuthorization();
        api.MapGet("/satker/{kode}/monitoring/{tahun:int}.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string kode, int tahun, string? periode, string? tingkat, TolokDb db, CancellationToken ct) =>
                Periksa(periode, tingkat) is { } bad ? bad
                : await MonitoringQuery.GetAsync(db, kode, tahun, periode ?? "tahunan", tingkat ?? MonitoringQuery.Anak, ct) is { } dto
                    ? TypedResults.File(XlsxRenderer.Render(MonitoringDokumen.Build(dto)), DokumenFormat.ContentType("xlsx"), $"monitoring-{kode.Replace('.', '-')}-{tahun}-{dto.Periode}.xlsx")
                    : TidakAda(kode))
            .WithTags("Monitoring")
            .WithName("MonitoringXlsx")
            .WithSummary("Matriks monitoring sebagai XLSX")
            .RequireAuthorization();
        return api;
    }

    private static ProblemHttpResult? Periksa(string? periode, string? tingkat) =>
        periode is not null && !Kinerja.Periode.Valid(periode)
            ? TypedResults.Problem(statusCode: 400, title: "Permintaan tidak valid", detail: $"periode \"{Format.Potong(periode)}\" tidak dikenal; pilih tahunan, TW1, TW2, TW3 atau TW4.")
            : tingkat is not null && !MonitoringQuery.SemuaTingkat.Contains(tingkat)
                ? TypedResults.Problem(statusCode: 400, title: "Permintaan tidak valid", detail: $"tingkat \"{Format.Potong(tingkat)}\" tidak dikenal; pilih anak, provinsi atau kabupaten.")
                : null;

    private static ProblemHttpResult TidakAda(string kode) =>
        TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Satker \"{Format.Potong(kode)}\" tidak ada.");
}

/// <summary>The monitoring matrix as a worksheet: one row per unit, target/realisation/achievement per IKU, then the aggregates.</summary>
public static class MonitoringDokumen
{
    public static DokumenModel Build(MonitoringDto m)
    {
        var kepala1 = new List<string> { "KODE", "SATKER", "STATUS" };
        var kepala2 = new List<string> { "^^", "^^", "^^" };
        var kolom = new List<Kolom> { new(1), new(3.2), new(1.4) };
        foreach (var k in m.Iku)
        {
            kepala1.AddRange([$"IKU {k.Kode}", "<<", "<<"]);
            kepala2.AddRange(["TARGET", "REALISASI", "CAPAIAN (%)"]);
            kolom.AddRange([new Kolom(1, true), new Kolom(1, true), new Kolom(1, true)]);
        }
        var rows = new List<IReadOnlyList<Sel?>>();
        foreach (var u in m.Unit)
        {
            var row = new List<Sel?> { new(u.Kode), new(u.Nama), new(u.Status) };
            foreach (var k in m.Iku)
            {
                var c = u.Nilai.FirstOrDefault(n => n.Kode == k.Kode);
                row.AddRange([Nilai(c?.Target), Nilai(c?.Realisasi), Sel.Nilai(c?.Capaian)]);
            }
            rows.Add(row);
        }
        var agregat = new List<Sel?> { new("JUMLAH"), new($"{m.Unit.Count(u => u.PunyaIku)} dari {m.Unit.Count} unit ber-IKU"), new("") };
        foreach (var a in m.Agregat)
        {
            agregat.AddRange([new Sel(""), a.Nilai is { } v ? Sel.Nilai(v) : new Sel(string.Join("; ", a.Sebaran.Select(s => $"{s.Key}: {s.Value}"))), new Sel("")]);
        }
        rows.Add(agregat);
        var judul = $"Monitoring Kinerja {m.Satker.Nama} Tahun {m.Tahun} ({Periode(m.Periode)})";
        return new DokumenModel(judul, true,
        [
            new Judul(judul),
            new Tabel(kolom, [kepala1, kepala2], rows) { NamaLembar = "Monitoring", Keterangan = "Agregat: IKU rasio = jumlah pembilang ÷ jumlah penyebut; skor = rata-rata; kategori = sebaran." },
        ]);
    }

    private static Sel Nilai(object? value) => value switch
    {
        decimal d => Sel.Nilai(d),
        string s => new Sel(s),
        _ => new Sel("—"),
    };

    public static string Periode(string periode) => periode switch
    {
        "TW1" => "Triwulan I",
        "TW2" => "Triwulan II",
        "TW3" => "Triwulan III",
        "TW4" => "Triwulan IV",
        _ => "Tahunan",
    };
}