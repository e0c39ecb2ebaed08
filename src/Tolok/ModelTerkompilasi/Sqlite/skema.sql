CREATE TABLE "AngkaReferensi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AngkaReferensi" PRIMARY KEY AUTOINCREMENT,
    "KodeIndikator" TEXT NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Jenis" TEXT NOT NULL,
    "Satker" TEXT NOT NULL,
    "Label" TEXT NOT NULL,
    "Nilai" TEXT NOT NULL,
    "Sumber" TEXT NOT NULL
);


CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "NamaLengkap" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "AturanMenang" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AturanMenang" PRIMARY KEY AUTOINCREMENT,
    "Putusan" TEXT NOT NULL,
    "PeranKpu" TEXT NOT NULL,
    "Menang" INTEGER NOT NULL
);


CREATE TABLE "AturanValidasi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AturanValidasi" PRIMARY KEY AUTOINCREMENT,
    "Kode" TEXT NOT NULL,
    "Kiri" TEXT NOT NULL,
    "Operator" TEXT NOT NULL,
    "Kanan" TEXT NOT NULL,
    "Tingkat" TEXT NOT NULL,
    "Keterangan" TEXT NOT NULL,
    "Aktif" INTEGER NOT NULL
);


CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);


CREATE TABLE "DefinisiUkuran" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DefinisiUkuran" PRIMARY KEY AUTOINCREMENT,
    "Satker" TEXT NULL,
    "Tahun" INTEGER NULL,
    "KodeIndikator" TEXT NOT NULL,
    "Register" TEXT NOT NULL,
    "Parameter" INTEGER NULL,
    "Uraian" TEXT NOT NULL
);


CREATE TABLE "JejakAudit" (
    "Urutan" INTEGER NOT NULL CONSTRAINT "PK_JejakAudit" PRIMARY KEY,
    "Waktu" TEXT NOT NULL,
    "Pengguna" TEXT NOT NULL,
    "Tabel" TEXT NOT NULL,
    "Kunci" TEXT NOT NULL,
    "Aksi" TEXT NOT NULL,
    "Lama" TEXT NULL,
    "Baru" TEXT NULL,
    "HashSebelumnya" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);


CREATE TABLE "LkeBagian" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LkeBagian" PRIMARY KEY AUTOINCREMENT,
    "Edisi" TEXT NOT NULL,
    "Kode" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "Induk" TEXT NULL,
    "Bobot" TEXT NOT NULL,
    "Urutan" INTEGER NOT NULL
);


CREATE TABLE "LkeKriteria" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LkeKriteria" PRIMARY KEY AUTOINCREMENT,
    "Edisi" TEXT NOT NULL,
    "Kode" TEXT NOT NULL,
    "SubKomponen" TEXT NOT NULL,
    "Uraian" TEXT NOT NULL,
    "JenisJawaban" TEXT NOT NULL,
    "Bukti" TEXT NULL,
    "Urutan" INTEGER NOT NULL
);


CREATE TABLE "LkeSkalaJawaban" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LkeSkalaJawaban" PRIMARY KEY AUTOINCREMENT,
    "Edisi" TEXT NOT NULL,
    "JenisJawaban" TEXT NOT NULL,
    "Jawaban" TEXT NOT NULL,
    "Nilai" TEXT NOT NULL,
    "Urutan" INTEGER NOT NULL
);


CREATE TABLE "Pemilihan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pemilihan" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "Tanggal" TEXT NOT NULL
);


CREATE TABLE "PenandaSistem" (
    "Kunci" TEXT NOT NULL CONSTRAINT "PK_PenandaSistem" PRIMARY KEY,
    "Nilai" TEXT NOT NULL
);


CREATE TABLE "PengingatTerkirim" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PengingatTerkirim" PRIMARY KEY AUTOINCREMENT,
    "Kunci" TEXT NOT NULL,
    "HariSebelum" INTEGER NOT NULL,
    "Penerima" TEXT NOT NULL,
    "DikirimPada" TEXT NOT NULL
);


CREATE TABLE "PenugasanPic" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PenugasanPic" PRIMARY KEY AUTOINCREMENT,
    "NamaPengguna" TEXT NOT NULL,
    "Satker" TEXT NOT NULL,
    "Register" TEXT NOT NULL
);


CREATE TABLE "PercobaanMasuk" (
    "Alamat" TEXT NOT NULL,
    "Menit" INTEGER NOT NULL,
    "Jumlah" INTEGER NOT NULL,
    CONSTRAINT "PK_PercobaanMasuk" PRIMARY KEY ("Alamat", "Menit")
);


CREATE TABLE "PeringkatKategori" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PeringkatKategori" PRIMARY KEY AUTOINCREMENT,
    "Skala" TEXT NOT NULL,
    "Label" TEXT NOT NULL,
    "Peringkat" INTEGER NOT NULL
);


CREATE TABLE "Satker" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Satker" PRIMARY KEY AUTOINCREMENT,
    "Kode" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "IndukId" INTEGER NULL,
    "Alamat" TEXT NULL,
    CONSTRAINT "FK_Satker_Satker_IndukId" FOREIGN KEY ("IndukId") REFERENCES "Satker" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "SkalaCapaian" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SkalaCapaian" PRIMARY KEY AUTOINCREMENT,
    "Skala" TEXT NOT NULL,
    "Label" TEXT NOT NULL,
    "Bawah" TEXT NULL,
    "BawahInklusif" INTEGER NOT NULL,
    "Atas" TEXT NULL,
    "AtasInklusif" INTEGER NOT NULL,
    "Warna" TEXT NOT NULL,
    "Urutan" INTEGER NOT NULL
);


CREATE TABLE "StempelData" (
    "Kunci" TEXT NOT NULL CONSTRAINT "PK_StempelData" PRIMARY KEY,
    "Nilai" TEXT NOT NULL
);


CREATE TABLE "SumberPartisipasiIku" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SumberPartisipasiIku" PRIMARY KEY AUTOINCREMENT,
    "Satker" TEXT NULL,
    "Tahun" INTEGER NOT NULL,
    "KodeIndikator" TEXT NOT NULL,
    "Ukuran" TEXT NOT NULL,
    "Penyebut" TEXT NOT NULL,
    "Pemilihan" TEXT NOT NULL,
    "SuratSuara" TEXT NOT NULL,
    "Utama" INTEGER NOT NULL,
    "Urutan" INTEGER NOT NULL
);


CREATE TABLE "TokenApi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TokenApi" PRIMARY KEY AUTOINCREMENT,
    "Nama" TEXT NOT NULL,
    "NamaPengguna" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "Awalan" TEXT NOT NULL,
    "DibuatPada" TEXT NOT NULL,
    "DibuatOleh" TEXT NOT NULL,
    "BerlakuSampai" TEXT NULL,
    "TerakhirDipakai" TEXT NULL,
    "DicabutPada" TEXT NULL,
    "DicabutOleh" TEXT NULL
);


CREATE TABLE "TokenKalender" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TokenKalender" PRIMARY KEY AUTOINCREMENT,
    "PenggunaId" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "DibuatPada" TEXT NOT NULL
);


CREATE TABLE "blok_tps" (
    "surat_suara_id" INTEGER NOT NULL,
    "kode" INTEGER NOT NULL,
    "rekap" INTEGER NOT NULL,
    "isi" BLOB NOT NULL,
    "jumlah_entri" INTEGER NOT NULL,
    "jumlah_bermasalah" INTEGER NOT NULL,
    "impor_id" INTEGER NULL,
    "diubah_pada" TEXT NOT NULL,
    CONSTRAINT "PK_blok_tps" PRIMARY KEY ("surat_suara_id", "kode")
);


CREATE TABLE "rekap" (
    "surat_suara_id" INTEGER NOT NULL,
    "kode" INTEGER NOT NULL,
    "semua" BLOB NOT NULL,
    "hanya_valid" BLOB NOT NULL,
    CONSTRAINT "PK_rekap" PRIMARY KEY ("surat_suara_id", "kode")
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ImporTps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImporTps" PRIMARY KEY AUTOINCREMENT,
    "PemilihanId" INTEGER NOT NULL,
    "SuratSuara" TEXT NOT NULL,
    "Satker" TEXT NOT NULL,
    "Berkas" TEXT NOT NULL,
    "Oleh" TEXT NULL,
    "Waktu" TEXT NOT NULL,
    "Baru" INTEGER NOT NULL,
    "Diganti" INTEGER NOT NULL,
    "Ditolak" INTEGER NOT NULL,
    CONSTRAINT "FK_ImporTps_Pemilihan_PemilihanId" FOREIGN KEY ("PemilihanId") REFERENCES "Pemilihan" ("Id") ON DELETE CASCADE
);


CREATE TABLE "SuratSuara" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SuratSuara" PRIMARY KEY AUTOINCREMENT,
    "PemilihanId" INTEGER NOT NULL,
    "Kode" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "Urutan" INTEGER NOT NULL,
    CONSTRAINT "FK_SuratSuara_Pemilihan_PemilihanId" FOREIGN KEY ("PemilihanId") REFERENCES "Pemilihan" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Tahapan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tahapan" PRIMARY KEY AUTOINCREMENT,
    "PemilihanId" INTEGER NOT NULL,
    "Nomor" INTEGER NOT NULL,
    "Nama" TEXT NOT NULL,
    "JadwalMulai" TEXT NOT NULL,
    "JadwalSelesai" TEXT NOT NULL,
    CONSTRAINT "FK_Tahapan_Pemilihan_PemilihanId" FOREIGN KEY ("PemilihanId") REFERENCES "Pemilihan" ("Id") ON DELETE CASCADE
);


CREATE TABLE "daftar_tps" (
    "pemilihan_id" INTEGER NOT NULL,
    "kode_desa" INTEGER NOT NULL,
    "jumlah" INTEGER NOT NULL,
    "nomor" TEXT NOT NULL,
    "dpt_l" INTEGER NULL,
    "dpt_p" INTEGER NULL,
    "sumber" TEXT NOT NULL,
    CONSTRAINT "PK_daftar_tps" PRIMARY KEY ("pemilihan_id", "kode_desa"),
    CONSTRAINT "FK_daftar_tps_Pemilihan_pemilihan_id" FOREIGN KEY ("pemilihan_id") REFERENCES "Pemilihan" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AlurData" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AlurData" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Jenis" TEXT NOT NULL,
    "Kunci" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DiajukanOleh" TEXT NULL,
    "DiverifikasiOleh" TEXT NULL,
    "Cuplikan" TEXT NULL,
    "DiubahPada" TEXT NOT NULL,
    CONSTRAINT "FK_AlurData_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AnggaranKegiatan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AnggaranKegiatan" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Kode" TEXT NOT NULL,
    "Uraian" TEXT NOT NULL,
    "Pagu" TEXT NOT NULL,
    "Realisasi" TEXT NOT NULL,
    "Iku" TEXT NULL,
    CONSTRAINT "FK_AnggaranKegiatan_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AturanKewajiban" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AturanKewajiban" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NULL,
    "Kode" TEXT NOT NULL,
    "Judul" TEXT NOT NULL,
    "TahunBerikut" INTEGER NOT NULL,
    "Bulan" INTEGER NOT NULL,
    "Hari" INTEGER NULL,
    "Aktif" INTEGER NOT NULL,
    CONSTRAINT "FK_AturanKewajiban_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "BuktiDukung" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BuktiDukung" PRIMARY KEY AUTOINCREMENT,
    "SatkerId" INTEGER NOT NULL,
    "Jenis" TEXT NOT NULL,
    "Kunci" TEXT NOT NULL,
    "NamaBerkas" TEXT NOT NULL,
    "TipeKonten" TEXT NOT NULL,
    "Ukuran" INTEGER NOT NULL,
    "Hash" TEXT NOT NULL,
    "DiunggahOleh" TEXT NOT NULL,
    "DiunggahPada" TEXT NOT NULL,
    CONSTRAINT "FK_BuktiDukung_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "IkuSet" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IkuSet" PRIMARY KEY AUTOINCREMENT,
    "SatkerId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Revisi" INTEGER NOT NULL,
    "TempatPenetapan" TEXT NULL,
    "TanggalPenetapan" TEXT NULL,
    "JabatanPenandatangan" TEXT NULL,
    "NamaPenandatangan" TEXT NULL,
    "DibuatPada" TEXT NOT NULL,
    "DibuatOleh" TEXT NULL,
    "Keterangan" TEXT NULL,
    CONSTRAINT "FK_IkuSet_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "LaporanKeuangan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LaporanKeuangan" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "TahunAnggaran" INTEGER NOT NULL,
    "Jenis" TEXT NOT NULL,
    "Pemeriksa" TEXT NOT NULL,
    "Hasil" TEXT NULL,
    "TanggalHasil" TEXT NULL,
    "SesuaiSap" INTEGER NULL,
    "TanggalDisampaikan" TEXT NULL,
    "BatasWaktu" TEXT NULL,
    CONSTRAINT "FK_LaporanKeuangan_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "LaporanRb" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LaporanRb" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Nama" TEXT NOT NULL,
    "PeriodeDari" TEXT NOT NULL,
    "PeriodeSampai" TEXT NOT NULL,
    "JatuhTempo" TEXT NOT NULL,
    "TanggalDisampaikan" TEXT NULL,
    "Bukti" TEXT NULL,
    CONSTRAINT "FK_LaporanRb_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "LayananInformasi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LayananInformasi" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Nama" TEXT NOT NULL,
    CONSTRAINT "FK_LayananInformasi_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Lhe" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Lhe" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "TahunDievaluasi" INTEGER NOT NULL,
    "Evaluator" TEXT NOT NULL,
    "TanggalLhe" TEXT NOT NULL,
    "Nilai" TEXT NOT NULL,
    "Perencanaan" TEXT NULL,
    "Pengukuran" TEXT NULL,
    "Pelaporan" TEXT NULL,
    "EvaluasiInternal" TEXT NULL,
    "Rekomendasi" TEXT NULL,
    "TindakLanjut" TEXT NULL,
    CONSTRAINT "FK_Lhe_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "LogoSatker" (
    "SatkerId" INTEGER NOT NULL CONSTRAINT "PK_LogoSatker" PRIMARY KEY,
    "Png" BLOB NOT NULL,
    "DiubahPada" TEXT NOT NULL,
    CONSTRAINT "FK_LogoSatker_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "NarasiLaporan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NarasiLaporan" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Bagian" TEXT NOT NULL,
    "Teks" TEXT NOT NULL,
    "DiubahPada" TEXT NOT NULL,
    "DiubahOleh" TEXT NULL,
    CONSTRAINT "FK_NarasiLaporan_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Pegawai" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pegawai" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Golongan" TEXT NOT NULL,
    "Pendidikan" TEXT NOT NULL,
    "JenisKelamin" TEXT NOT NULL,
    "Jumlah" INTEGER NOT NULL,
    CONSTRAINT "FK_Pegawai_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Pejabat" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pejabat" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Nama" TEXT NOT NULL,
    "Nip" TEXT NULL,
    "TanpaNip" INTEGER NOT NULL,
    "Jabatan" TEXT NOT NULL,
    "Unit" TEXT NULL,
    "AtasanId" INTEGER NULL,
    "Urutan" INTEGER NOT NULL,
    "Mulai" TEXT NULL,
    "Selesai" TEXT NULL,
    CONSTRAINT "FK_Pejabat_Pejabat_AtasanId" FOREIGN KEY ("AtasanId") REFERENCES "Pejabat" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Pejabat_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PenilaianLke" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PenilaianLke" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Edisi" TEXT NOT NULL,
    "DibuatPada" TEXT NOT NULL,
    CONSTRAINT "FK_PenilaianLke_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Perkara" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Perkara" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Forum" TEXT NOT NULL,
    "NomorPerkara" TEXT NOT NULL,
    "Pihak" TEXT NOT NULL,
    "PeranKpu" TEXT NOT NULL,
    "Pokok" TEXT NOT NULL,
    "TanggalRegistrasi" TEXT NOT NULL,
    "TanggalPutusan" TEXT NULL,
    "Putusan" TEXT NULL,
    "Catatan" TEXT NULL,
    CONSTRAINT "FK_Perkara_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "RealisasiManual" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RealisasiManual" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Periode" TEXT NOT NULL,
    "KodeIndikator" TEXT NOT NULL,
    "Nilai" TEXT NULL,
    "Kategori" TEXT NULL,
    "Justifikasi" TEXT NOT NULL,
    "Bukti" TEXT NOT NULL,
    "DicatatPada" TEXT NOT NULL,
    "DicatatOleh" TEXT NULL,
    CONSTRAINT "FK_RealisasiManual_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "RencanaAksiKegiatan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RencanaAksiKegiatan" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "KodeIndikator" TEXT NOT NULL,
    "Triwulan" INTEGER NOT NULL,
    "Uraian" TEXT NOT NULL,
    "PenanggungJawab" TEXT NOT NULL,
    CONSTRAINT "FK_RencanaAksiKegiatan_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Renstra" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Renstra" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "TahunMulai" INTEGER NOT NULL,
    "TahunSelesai" INTEGER NOT NULL,
    "Dasar" TEXT NULL,
    "Tujuan" TEXT NOT NULL,
    CONSTRAINT "FK_Renstra_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "TargetIku" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TargetIku" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "KodeIndikator" TEXT NOT NULL,
    "Tahunan" TEXT NULL,
    "Tw1" TEXT NULL,
    "Tw2" TEXT NULL,
    "Tw3" TEXT NULL,
    "Tw4" TEXT NULL,
    "Baseline" TEXT NULL,
    "Renstra" TEXT NULL,
    "Kategori" TEXT NULL,
    "DiubahPada" TEXT NOT NULL,
    "DiubahOleh" TEXT NULL,
    CONSTRAINT "FK_TargetIku_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "riwayat_blok_tps" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_riwayat_blok_tps" PRIMARY KEY AUTOINCREMENT,
    "surat_suara_id" INTEGER NOT NULL,
    "kode" INTEGER NOT NULL,
    "isi" BLOB NOT NULL,
    "jumlah_entri" INTEGER NOT NULL,
    "impor_id" INTEGER NULL,
    "diubah_pada" TEXT NOT NULL,
    CONSTRAINT "FK_riwayat_blok_tps_SuratSuara_surat_suara_id" FOREIGN KEY ("surat_suara_id") REFERENCES "SuratSuara" ("Id") ON DELETE CASCADE
);


CREATE TABLE "riwayat_data_tps" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_riwayat_data_tps" PRIMARY KEY AUTOINCREMENT,
    "surat_suara_id" INTEGER NOT NULL,
    "kode" INTEGER NOT NULL,
    "nilai" BLOB NOT NULL,
    "status" INTEGER NOT NULL,
    "pelanggaran" TEXT NULL,
    "impor_id" INTEGER NULL,
    "diubah_pada" TEXT NOT NULL,
    CONSTRAINT "FK_riwayat_data_tps_SuratSuara_surat_suara_id" FOREIGN KEY ("surat_suara_id") REFERENCES "SuratSuara" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PelaksanaanTahapan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PelaksanaanTahapan" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "TahapanId" INTEGER NOT NULL,
    "RealisasiMulai" TEXT NULL,
    "RealisasiSelesai" TEXT NULL,
    "SesuaiKetentuan" INTEGER NULL,
    "Catatan" TEXT NULL,
    CONSTRAINT "FK_PelaksanaanTahapan_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PelaksanaanTahapan_Tahapan_TahapanId" FOREIGN KEY ("TahapanId") REFERENCES "Tahapan" ("Id") ON DELETE CASCADE
);


CREATE TABLE "RiwayatAlur" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RiwayatAlur" PRIMARY KEY AUTOINCREMENT,
    "AlurDataId" INTEGER NOT NULL,
    "Dari" TEXT NOT NULL,
    "Ke" TEXT NOT NULL,
    "Oleh" TEXT NOT NULL,
    "Pada" TEXT NOT NULL,
    "Catatan" TEXT NULL,
    CONSTRAINT "FK_RiwayatAlur_AlurData_AlurDataId" FOREIGN KEY ("AlurDataId") REFERENCES "AlurData" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Sasaran" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sasaran" PRIMARY KEY AUTOINCREMENT,
    "IkuSetId" INTEGER NOT NULL,
    "Nomor" INTEGER NOT NULL,
    "Uraian" TEXT NOT NULL,
    CONSTRAINT "FK_Sasaran_IkuSet_IkuSetId" FOREIGN KEY ("IkuSetId") REFERENCES "IkuSet" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PelaksanaanLayanan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PelaksanaanLayanan" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "LayananInformasiId" INTEGER NOT NULL,
    "Tanggal" TEXT NOT NULL,
    "Kanal" TEXT NOT NULL,
    "JenisPemohon" TEXT NOT NULL,
    "Perihal" TEXT NOT NULL,
    "WaktuResponsJam" TEXT NULL,
    "Terpenuhi" INTEGER NOT NULL,
    CONSTRAINT "FK_PelaksanaanLayanan_LayananInformasi_LayananInformasiId" FOREIGN KEY ("LayananInformasiId") REFERENCES "LayananInformasi" ("Id") ON DELETE CASCADE
);


CREATE TABLE "RekomendasiLhe" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RekomendasiLhe" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "LheId" INTEGER NOT NULL,
    "Nomor" INTEGER NOT NULL,
    "Uraian" TEXT NOT NULL,
    "Komponen" TEXT NULL,
    "JatuhTempo" TEXT NOT NULL,
    "PenanggungJawab" TEXT NOT NULL,
    CONSTRAINT "FK_RekomendasiLhe_Lhe_LheId" FOREIGN KEY ("LheId") REFERENCES "Lhe" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PenetapanDokumen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PenetapanDokumen" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "SatkerId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Dokumen" TEXT NOT NULL,
    "PenandatanganId" INTEGER NULL,
    "PihakKeduaId" INTEGER NULL,
    "Tempat" TEXT NULL,
    "Tanggal" TEXT NULL,
    CONSTRAINT "FK_PenetapanDokumen_Pejabat_PenandatanganId" FOREIGN KEY ("PenandatanganId") REFERENCES "Pejabat" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PenetapanDokumen_Pejabat_PihakKeduaId" FOREIGN KEY ("PihakKeduaId") REFERENCES "Pejabat" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PenetapanDokumen_Satker_SatkerId" FOREIGN KEY ("SatkerId") REFERENCES "Satker" ("Id") ON DELETE CASCADE
);


CREATE TABLE "JawabanLke" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_JawabanLke" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "PenilaianLkeId" INTEGER NOT NULL,
    "KodeKriteria" TEXT NOT NULL,
    "Jawaban" TEXT NULL,
    "Catatan" TEXT NULL,
    "AlasanBeda" TEXT NULL,
    "Bukti" TEXT NULL,
    "DiubahOleh" TEXT NOT NULL,
    "DiubahPada" TEXT NOT NULL,
    CONSTRAINT "FK_JawabanLke_PenilaianLke_PenilaianLkeId" FOREIGN KEY ("PenilaianLkeId") REFERENCES "PenilaianLke" ("Id") ON DELETE CASCADE
);


CREATE TABLE "InsidenTahapan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InsidenTahapan" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "PelaksanaanTahapanId" INTEGER NOT NULL,
    "Tanggal" TEXT NOT NULL,
    "Tempat" TEXT NOT NULL,
    "Jenis" TEXT NOT NULL,
    "Keparahan" INTEGER NOT NULL,
    "Ditangani" INTEGER NOT NULL,
    "Keterangan" TEXT NULL,
    CONSTRAINT "FK_InsidenTahapan_PelaksanaanTahapan_PelaksanaanTahapanId" FOREIGN KEY ("PelaksanaanTahapanId") REFERENCES "PelaksanaanTahapan" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Indikator" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Indikator" PRIMARY KEY AUTOINCREMENT,
    "SasaranId" INTEGER NOT NULL,
    "Urutan" INTEGER NOT NULL,
    "Kode" TEXT NOT NULL,
    "Uraian" TEXT NOT NULL,
    "CaraPengukuran" TEXT NULL,
    "SumberData" TEXT NULL,
    "Satuan" TEXT NULL,
    "Polaritas" TEXT NOT NULL,
    "KodeInduk" TEXT NULL,
    CONSTRAINT "FK_Indikator_Sasaran_SasaranId" FOREIGN KEY ("SasaranId") REFERENCES "Sasaran" ("Id") ON DELETE CASCADE
);


CREATE TABLE "TindakLanjutLhe" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TindakLanjutLhe" PRIMARY KEY AUTOINCREMENT,
    "Versi" INTEGER NOT NULL,
    "RekomendasiLheId" INTEGER NOT NULL,
    "Tanggal" TEXT NOT NULL,
    "Uraian" TEXT NOT NULL,
    "Bukti" TEXT NULL,
    "Status" TEXT NOT NULL,
    "DicatatOleh" TEXT NOT NULL,
    "DicatatPada" TEXT NOT NULL,
    CONSTRAINT "FK_TindakLanjutLhe_RekomendasiLhe_RekomendasiLheId" FOREIGN KEY ("RekomendasiLheId") REFERENCES "RekomendasiLhe" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AlurData_Jenis_Status" ON "AlurData" ("Jenis", "Status");


CREATE UNIQUE INDEX "IX_AlurData_SatkerId_Jenis_Kunci" ON "AlurData" ("SatkerId", "Jenis", "Kunci");


CREATE UNIQUE INDEX "IX_AnggaranKegiatan_SatkerId_Tahun_Kode" ON "AnggaranKegiatan" ("SatkerId", "Tahun", "Kode");


CREATE UNIQUE INDEX "IX_AngkaReferensi_KodeIndikator_Tahun_Jenis_Satker" ON "AngkaReferensi" ("KodeIndikator", "Tahun", "Jenis", "Satker");


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE UNIQUE INDEX "IX_AturanKewajiban_SatkerId_Kode" ON "AturanKewajiban" ("SatkerId", "Kode");


CREATE UNIQUE INDEX "IX_AturanMenang_Putusan_PeranKpu" ON "AturanMenang" ("Putusan", "PeranKpu");


CREATE UNIQUE INDEX "IX_AturanValidasi_Kode" ON "AturanValidasi" ("Kode");


CREATE INDEX "IX_BuktiDukung_SatkerId_Jenis_Kunci" ON "BuktiDukung" ("SatkerId", "Jenis", "Kunci");


CREATE UNIQUE INDEX "IX_IkuSet_SatkerId_Tahun_Revisi" ON "IkuSet" ("SatkerId", "Tahun", "Revisi");


CREATE INDEX "IX_ImporTps_PemilihanId" ON "ImporTps" ("PemilihanId");


CREATE UNIQUE INDEX "IX_Indikator_SasaranId_Urutan" ON "Indikator" ("SasaranId", "Urutan");


CREATE INDEX "IX_InsidenTahapan_PelaksanaanTahapanId" ON "InsidenTahapan" ("PelaksanaanTahapanId");


CREATE UNIQUE INDEX "IX_JawabanLke_PenilaianLkeId_KodeKriteria" ON "JawabanLke" ("PenilaianLkeId", "KodeKriteria");


CREATE INDEX "IX_JejakAudit_Tabel_Kunci" ON "JejakAudit" ("Tabel", "Kunci");


CREATE INDEX "IX_JejakAudit_Waktu" ON "JejakAudit" ("Waktu");


CREATE INDEX "IX_LaporanKeuangan_SatkerId" ON "LaporanKeuangan" ("SatkerId");


CREATE INDEX "IX_LaporanRb_SatkerId" ON "LaporanRb" ("SatkerId");


CREATE UNIQUE INDEX "IX_LayananInformasi_SatkerId_Tahun_Nama" ON "LayananInformasi" ("SatkerId", "Tahun", "Nama");


CREATE INDEX "IX_Lhe_SatkerId" ON "Lhe" ("SatkerId");


CREATE UNIQUE INDEX "IX_LkeBagian_Edisi_Kode" ON "LkeBagian" ("Edisi", "Kode");


CREATE UNIQUE INDEX "IX_LkeKriteria_Edisi_Kode" ON "LkeKriteria" ("Edisi", "Kode");


CREATE UNIQUE INDEX "IX_LkeSkalaJawaban_Edisi_JenisJawaban_Jawaban" ON "LkeSkalaJawaban" ("Edisi", "JenisJawaban", "Jawaban");


CREATE UNIQUE INDEX "IX_NarasiLaporan_SatkerId_Tahun_Bagian" ON "NarasiLaporan" ("SatkerId", "Tahun", "Bagian");


CREATE UNIQUE INDEX "IX_Pegawai_SatkerId_Tahun_Golongan_Pendidikan_JenisKelamin" ON "Pegawai" ("SatkerId", "Tahun", "Golongan", "Pendidikan", "JenisKelamin");


CREATE INDEX "IX_Pejabat_AtasanId" ON "Pejabat" ("AtasanId");


CREATE INDEX "IX_Pejabat_SatkerId_Urutan" ON "Pejabat" ("SatkerId", "Urutan");


CREATE INDEX "IX_PelaksanaanLayanan_LayananInformasiId" ON "PelaksanaanLayanan" ("LayananInformasiId");


CREATE UNIQUE INDEX "IX_PelaksanaanTahapan_SatkerId_TahapanId" ON "PelaksanaanTahapan" ("SatkerId", "TahapanId");


CREATE INDEX "IX_PelaksanaanTahapan_TahapanId" ON "PelaksanaanTahapan" ("TahapanId");


CREATE UNIQUE INDEX "IX_Pemilihan_Slug" ON "Pemilihan" ("Slug");


CREATE INDEX "IX_PenetapanDokumen_PenandatanganId" ON "PenetapanDokumen" ("PenandatanganId");


CREATE INDEX "IX_PenetapanDokumen_PihakKeduaId" ON "PenetapanDokumen" ("PihakKeduaId");


CREATE UNIQUE INDEX "IX_PenetapanDokumen_SatkerId_Tahun_Dokumen" ON "PenetapanDokumen" ("SatkerId", "Tahun", "Dokumen");


CREATE UNIQUE INDEX "IX_PengingatTerkirim_Kunci_HariSebelum_Penerima" ON "PengingatTerkirim" ("Kunci", "HariSebelum", "Penerima");


CREATE UNIQUE INDEX "IX_PenilaianLke_SatkerId_Tahun" ON "PenilaianLke" ("SatkerId", "Tahun");


CREATE UNIQUE INDEX "IX_PenugasanPic_NamaPengguna_Satker_Register" ON "PenugasanPic" ("NamaPengguna", "Satker", "Register");


CREATE INDEX "IX_PercobaanMasuk_Menit" ON "PercobaanMasuk" ("Menit");


CREATE UNIQUE INDEX "IX_PeringkatKategori_Skala_Label" ON "PeringkatKategori" ("Skala", "Label");


CREATE UNIQUE INDEX "IX_Perkara_SatkerId_Forum_NomorPerkara" ON "Perkara" ("SatkerId", "Forum", "NomorPerkara");


CREATE UNIQUE INDEX "IX_RealisasiManual_SatkerId_Tahun_Periode_KodeIndikator" ON "RealisasiManual" ("SatkerId", "Tahun", "Periode", "KodeIndikator");


CREATE UNIQUE INDEX "IX_RekomendasiLhe_LheId_Nomor" ON "RekomendasiLhe" ("LheId", "Nomor");


CREATE INDEX "IX_RencanaAksiKegiatan_SatkerId_Tahun_KodeIndikator_Triwulan" ON "RencanaAksiKegiatan" ("SatkerId", "Tahun", "KodeIndikator", "Triwulan");


CREATE UNIQUE INDEX "IX_Renstra_SatkerId_TahunMulai" ON "Renstra" ("SatkerId", "TahunMulai");


CREATE INDEX "IX_RiwayatAlur_AlurDataId" ON "RiwayatAlur" ("AlurDataId");


CREATE UNIQUE INDEX "IX_Sasaran_IkuSetId_Nomor" ON "Sasaran" ("IkuSetId", "Nomor");


CREATE INDEX "IX_Satker_IndukId" ON "Satker" ("IndukId");


CREATE UNIQUE INDEX "IX_Satker_Kode" ON "Satker" ("Kode");


CREATE UNIQUE INDEX "IX_SumberPartisipasiIku_Satker_Tahun_KodeIndikator_Pemilihan_SuratSuara" ON "SumberPartisipasiIku" ("Satker", "Tahun", "KodeIndikator", "Pemilihan", "SuratSuara");


CREATE UNIQUE INDEX "IX_SuratSuara_PemilihanId_Kode" ON "SuratSuara" ("PemilihanId", "Kode");


CREATE UNIQUE INDEX "IX_Tahapan_PemilihanId_Nomor" ON "Tahapan" ("PemilihanId", "Nomor");


CREATE UNIQUE INDEX "IX_TargetIku_SatkerId_Tahun_KodeIndikator" ON "TargetIku" ("SatkerId", "Tahun", "KodeIndikator");


CREATE INDEX "IX_TindakLanjutLhe_RekomendasiLheId" ON "TindakLanjutLhe" ("RekomendasiLheId");


CREATE UNIQUE INDEX "IX_TokenApi_Hash" ON "TokenApi" ("Hash");


CREATE INDEX "IX_TokenApi_NamaPengguna" ON "TokenApi" ("NamaPengguna");


CREATE UNIQUE INDEX "IX_TokenKalender_Hash" ON "TokenKalender" ("Hash");


CREATE UNIQUE INDEX "IX_TokenKalender_PenggunaId" ON "TokenKalender" ("PenggunaId");


CREATE INDEX "IX_riwayat_blok_tps_surat_suara_id_kode" ON "riwayat_blok_tps" ("surat_suara_id", "kode");


CREATE INDEX "IX_riwayat_data_tps_surat_suara_id_kode" ON "riwayat_data_tps" ("surat_suara_id", "kode");



CREATE TABLE "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128052945_Awal', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128061253_Partisipasi', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128065327_Kinerja', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128070004_Tahapan', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128070346_Sengketa', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128070842_Laporan', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128071209_Lhe', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128071758_Layanan', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128074819_RealisasiManual', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128075840_Lkjip', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128081908_PenandaSistem', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128082551_Audit', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128083554_Alur', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128085501_Bukti', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128090622_Pic', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128102640_BlokTanpaFk', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202051237_Versi', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202074333_TokenApi', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202114058_DaftarTps', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202143443_ProfilDanRencanaAksi', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202193428_StempelData', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203031437_KodeIndukIku', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203053654_KunciDanBatasMasuk', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203065458_RiwayatBlokTps', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203161316_Lke', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203184356_KalenderRekomendasi', '10.0.15');

