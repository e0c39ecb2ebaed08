using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Lke : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LkeBagian",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Edisi = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Induk = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Bobot = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LkeBagian", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LkeKriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Edisi = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubKomponen = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Uraian = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    JenisJawaban = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Bukti = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Urutan = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LkeKriteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LkeSkalaJawaban",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Edisi = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    JenisJawaban = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Jawaban = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Nilai = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LkeSkalaJawaban", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PenilaianLke",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Edisi = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DibuatPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PenilaianLke", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PenilaianLke_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JawabanLke",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    PenilaianLkeId = table.Column<int>(type: "integer", nullable: false),
                    KodeKriteria = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Jawaban = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AlasanBeda = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Bukti = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DiubahOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DiubahPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JawabanLke", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JawabanLke_PenilaianLke_PenilaianLkeId",
                        column: x => x.PenilaianLkeId,
                        principalTable: "PenilaianLke",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JawabanLke_PenilaianLkeId_KodeKriteria",
                table: "JawabanLke",
                columns: new[] { "PenilaianLkeId", "KodeKriteria" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LkeBagian_Edisi_Kode",
                table: "LkeBagian",
                columns: new[] { "Edisi", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LkeKriteria_Edisi_Kode",
                table: "LkeKriteria",
                columns: new[] { "Edisi", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LkeSkalaJawaban_Edisi_JenisJawaban_Jawaban",
                table: "LkeSkalaJawaban",
                columns: new[] { "Edisi", "JenisJawaban", "Jawaban" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PenilaianLke_SatkerId_Tahun",
                table: "PenilaianLke",
                columns: new[] { "SatkerId", "Tahun" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JawabanLke");

            migrationBuilder.DropTable(
                name: "LkeBagian");

            migrationBuilder.DropTable(
                name: "LkeKriteria");

            migrationBuilder.DropTable(
                name: "LkeSkalaJawaban");

            migrationBuilder.DropTable(
                name: "PenilaianLke");
        }
    }
}
