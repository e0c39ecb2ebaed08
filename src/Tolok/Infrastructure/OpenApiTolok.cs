using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Tolok.Infrastructure;

/// <summary>
/// What <c>/openapi/v1.json</c> says beyond what the framework infers (issue 14, decision 92): the two ways to sign in
/// (the sign-in cookie, a bearer token) and which operations need one; the error answers each operation really sends,
/// as problem details; the parameters described; one path for routes that differ only by a parameter's name.
/// </summary>
public static partial class OpenApiTolok
{
    public const string Cookie = "cookie";
    public const string Bearer = "bearer";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, context, ct) =>
        {
            document.Info.Title = "Tolok API";
            document.Info.Description = "Pengukuran kinerja (SAKIP) KPU: IKU, register sumber, realisasi, alur persetujuan, dokumen dan data partisipasi. " +
                "Baca tanpa masuk: IKU yang ditetapkan, daftar satker, portal publik. Selebihnya: cookie masuk (halaman Tolok; perubahan data juga " +
                "membawa header RequestVerificationToken) atau token API (Authorization: Bearer tolok_…, dibuat dengan `tolok token add`). " +
                "Galat dijawab sebagai problem details (application/problem+json) dalam bahasa Indonesia.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "tolok.auth",
                Description = "Cookie masuk dari halaman /Akun/Masuk. Permintaan yang mengubah data dengan cookie wajib membawa header RequestVerificationToken.",
            };
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Token API (tolok token add NAMA --user PENGGUNA): bertindak sebagai penggunanya, dengan peran dan lingkupnya.",
            };
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }
            GabungJalurSama(document);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, ct) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var anonim = metadata.OfType<IAllowAnonymous>().Any();
            var aturan = metadata.OfType<IAuthorizeData>().ToList();
            var method = context.Description.HttpMethod ?? "GET";
            var path = context.Description.RelativePath ?? "";
            var parameters = context.Description.ParameterDescriptions.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var multipart = metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>().Any(a => a.ContentTypes.Contains("multipart/form-data"));
            var ubah = method is not ("GET" or "HEAD");

            operation.Security = anonim
                ? []
                : [Requirement(Cookie, context.Document), Requirement(Bearer, context.Document)];

            operation.Responses ??= [];
            if (parameters.Contains("tahun") || ubah || parameters.Count > 0)
            {
                Tambah(operation, "400", "Parameter atau isi permintaan tidak valid (mis. tahun di luar 2000–2100), atau token anti-pemalsuan tidak ada.");
            }
            if (!anonim)
            {
                Tambah(operation, "401", "Perlu masuk (cookie) atau token API yang berlaku.");
                Tambah(operation, "403", "Peran atau lingkup satker pengguna tidak mengizinkan.");
            }
            else if (path.Contains("dokumen", StringComparison.Ordinal) || path.Contains("bukti", StringComparison.Ordinal))
            {
                Tambah(operation, "401", "Dokumen draf atau bukti item yang belum disetujui: perlu masuk.");
                Tambah(operation, "403", "Di luar lingkup satker pengguna.");
            }
            if (path.Contains('{'))
            {
                Tambah(operation, "404", "Satker, tahun, item atau baris tidak ditemukan.");
            }
            if (method == "PUT" && aturan.Count > 0)
            {
                Tambah(operation, "409", "Item terkunci oleh alur persetujuan, atau permintaan lain menyimpan data yang sama.");
                Tambah(operation, "412", "Versi (If-Match) sudah usang; jawaban membawa ETag dan nilai tersimpan.");
                Tambah(operation, "428", "If-Match wajib: ambil baris dengan GET lebih dulu dan kirim ETag-nya.");
            }
            else if (ubah && !anonim)
            {
                Tambah(operation, "409", "Item terkunci oleh alur persetujuan, atau tindakan bersamaan.");
            }
            if (multipart)
            {
                Tambah(operation, "413", "Berkas melebihi batas (ukuran, jumlah baris, isi terurai, rasio kompresi); batasnya disebut.");
                Tambah(operation, "422", "Berkas tidak dapat dibaca sebagai format yang didukung, atau barisnya ditolak; tidak ada yang disimpan.");
                Tambah(operation, "429", "Impor lain sedang berjalan (batas Impor:Bersamaan); coba lagi sebentar lagi.");
            }
            if (!ubah && JenisBerkas(path) is { Length: > 0 } jenis)
            {
                // A download: the 200 answer is a file, in the media types its extension allows.
                var ok = operation.Responses.TryGetValue("200", out var existing) && existing is OpenApiResponse r ? r : new OpenApiResponse();
                ok.Description = "Berkas: " + string.Join(", ", jenis);
                ok.Content = jenis.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
                operation.Responses["200"] = ok;
            }
            foreach (var p in operation.Parameters ?? [])
            {
                if (p is OpenApiParameter parameter && string.IsNullOrEmpty(parameter.Description) && Keterangan(parameter.Name) is { } text)
                {
                    parameter.Description = text;
                }
            }
            return Task.CompletedTask;
        });
    }

    private const string Pdf = "application/pdf";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Csv = "text/csv";

    /// <summary>The media types a download route answers with, from its path (empty for JSON reads).</summary>
    private static string[] JenisBerkas(string path) => path switch
    {
        _ when path.Contains("publik", StringComparison.Ordinal) && path.EndsWith(".{format}", StringComparison.Ordinal) => ["application/json", Csv],
        _ when path.EndsWith("tabel.{format}", StringComparison.Ordinal) => [Csv, Xlsx],
        _ when path.Contains("/dokumen/", StringComparison.Ordinal) && path.EndsWith(".{format}", StringComparison.Ordinal) => [Pdf, Docx, Xlsx],
        _ when path.EndsWith(".csv", StringComparison.Ordinal) => [Csv],
        _ when path.StartsWith("api/v1/bukti/", StringComparison.Ordinal) => [Pdf, "image/png", "image/jpeg", Docx, Xlsx],
        _ => [],
    };

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    private static void Tambah(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType() },
        };
    }

    /// <summary>What the common parameters mean.</summary>
    private static string? Keterangan(string? name) => name switch
    {
        "kode" => "Kode satker: RI, kode provinsi (51) atau kabupaten/kota (51.01).",
        "tahun" => "Tahun kinerja, 2000–2100.",
        "periode" => "Periode: tahunan (bawaan), TW1–TW4 (kumulatif), atau S1/S2.",
        "id" => "Id baris, atau slug pemilihan (pemilu-2024) pada rute pemilihan.",
        "kodeWilayah" => "Kode wilayah Kemendagri (51.01, 51.01.01.2001) atau kode TPS 13 angka; RI = nasional.",
        "suratSuara" => "Kode surat suara (PPWP, DPR, GUBERNUR …); bawaan: yang pertama.",
        "format" => "Format berkas: pdf, docx atau xlsx (csv/json pada data terbuka).",
        "jenis" => "Jenis item atau dokumen, sebagaimana dicantumkan pada ringkasan operasi.",
        "kunci" => "Kunci item alur (mis. id baris register, atau pemilu-2024:PPWP untuk partisipasi).",
        "aksi" => "Aksi alur: ajukan, verifikasi, setujui, kembalikan, buka.",
        "revisi" => "Nomor revisi IKU; bawaan: revisi terakhir.",
        "satker" => "Kode satker yang datanya ditulis.",
        "partial" => "true: simpan baris yang baik dan kembalikan yang ditolak; bawaan false (semua atau tidak sama sekali).",
        "status" => "Saring menurut status alur: diajukan, diverifikasi, disetujui, dikembalikan.",
        "If-Match" => "ETag versi baris yang diubah (dari GET).",
        _ => null,
    };

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    /// <summary>
    /// Routes that differ only by a parameter's name (<c>GET …/layanan/{tahun}</c> lists a year, <c>PUT
    /// …/layanan/{layananId}</c> changes one service) become one path whose parameter names both meanings; each
    /// operation keeps its own description of it.
    /// </summary>
    private static void GabungJalurSama(OpenApiDocument document)
    {
        if (document.Paths is null)
        {
            return;
        }
        foreach (var group in document.Paths.Keys.GroupBy(k => Parameter().Replace(k, "{}")).Where(g => g.Count() > 1).ToList())
        {
            var paths = group.ToList();
            var names = paths.Select(p => Parameter().Matches(p).Select(m => m.Value.Trim('{', '}')).ToList()).ToList();
            var merged = Enumerable.Range(0, names[0].Count)
                .Select(i => string.Join("_atau_", names.Select(n => n[i]).Distinct(StringComparer.Ordinal)))
                .ToList();
            var index = 0;
            var target = Parameter().Replace(paths[0], _ => "{" + merged[index++] + "}");
            var item = new OpenApiPathItem { Operations = [] };
            for (var p = 0; p < paths.Count; p++)
            {
                if (document.Paths[paths[p]] is not OpenApiPathItem source)
                {
                    continue;
                }
                foreach (var (method, operation) in source.Operations ?? [])
                {
                    foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(x => x.In == ParameterLocation.Path))
                    {
                        var position = names[p].IndexOf(parameter.Name!);
                        if (position >= 0 && merged[position] != parameter.Name)
                        {
                            parameter.Description = $"{parameter.Name}: {parameter.Description ?? Keterangan(parameter.Name) ?? ""}".TrimEnd(' ', ':');
                            parameter.Name = merged[position];
                        }
                    }
                    item.Operations[method] = operation;
                }
                document.Paths.Remove(paths[p]);
            }
            document.Paths[target] = item;
        }
    }
}
