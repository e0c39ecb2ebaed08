using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;

namespace Tolok.Monitoring;

/// <summary>
/// A parent satker's monitoring (issue 17): its units × IKU with achievement colours, data completeness and the
/// realisation workflow per period; sorted and filtered by colour or status; exported as XLSX; each unit opens its
/// own dashboard.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public class IndexModel(TolokDb db) : PageModel, Aturan.IHalamanSatker
{
    [FromQuery(Name = "satker")] public string Satker { get; set; } = Tolok.Satker.SatkerSeed.KodeRi;
    [FromQuery(Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [FromQuery(Name = "periode")] public string Periode { get; set; } = "tahunan";
    [FromQuery(Name = "tingkat")] public string Tingkat { get; set; } = MonitoringQuery.Anak;
    /// <summary>Only units with at least one IKU of this achievement category (merah, kuning, hijau).</summary>
    [FromQuery(Name = "warna")] public string? Warna { get; set; }
    /// <summary>Only units whose period workflow is in this state (draf, diajukan, diverifikasi, disetujui, dikembalikan, belum ada IKU).</summary>
    [FromQuery(Name = "status")] public string? Status { get; set; }
    /// <summary>kode (default), nama, terisi (least complete first) or an IKU code (lowest achievement first).</summary>
    [FromQuery(Name = "urut")] public string Urut { get; set; } = "kode";

    public MonitoringDto? Data { get; private set; }
    public List<BarisMonitoringDto> Baris { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Periode = Kinerja.Periode.Dari(Tahun, Periode).Nama;
        Tingkat = MonitoringQuery.SemuaTingkat.Contains(Tingkat) ? Tingkat : MonitoringQuery.Anak;
        ViewData["Tahun"] = Tahun;
        Data = await MonitoringQuery.GetAsync(db, Satker, Tahun, Periode, Tingkat, ct);
        if (Data is null)
        {
            return NotFound();
        }
        IEnumerable<BarisMonitoringDto> rows = Data.Unit;
        if (!string.IsNullOrEmpty(Warna))
        {
            rows = rows.Where(u => u.Nilai.Any(n => n.Kategori == Warna));
        }
        if (!string.IsNullOrEmpty(Status))
        {
            rows = rows.Where(u => u.Status == Status);
        }
        rows = Urut switch
        {
            "nama" => rows.OrderBy(u => u.Nama, StringComparer.Ordinal),
            "terisi" => rows.OrderBy(u => u.JumlahIku == 0 ? -1m : (decimal)u.Terisi / u.JumlahIku).ThenBy(u => u.Kode, StringComparer.Ordinal),
            "kode" => rows,
            var kode => rows.OrderBy(u => u.Nilai.FirstOrDefault(n => n.Kode == kode)?.Capaian ?? decimal.MaxValue).ThenBy(u => u.Kode, StringComparer.Ordinal),
        };
        Baris = [.. rows];
        return Page();
    }

    public string Tautan(string? warna = null, string? status = null, string? urut = null, string? format = null)
    {
        var q = new List<string> { $"satker={Uri.EscapeDataString(Satker)}", $"tahun={Tahun}", $"periode={Periode}", $"tingkat={Tingkat}" };
        if ((warna ?? Warna) is { Length: > 0 } w)
        {
            q.Add($"warna={Uri.EscapeDataString(w)}");
        }
        if ((status ?? Status) is { Length: > 0 } s)
        {
            q.Add($"status={Uri.EscapeDataString(s)}");
        }
        q.Add($"urut={Uri.EscapeDataString(urut ?? Urut)}");
        return format == "xlsx"
            ? $"/api/v1/satker/{Uri.EscapeDataString(Satker)}/monitoring/{Tahun}.xlsx?periode={Periode}&tingkat={Tingkat}"
            : "/Monitoring?" + string.Join("&", q);
    }
}