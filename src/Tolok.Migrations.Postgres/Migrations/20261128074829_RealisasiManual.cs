using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RealisasiManual : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RealisasiManual",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Periode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    KodeIndikator = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Nilai = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Kategori = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Justifikasi = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Bukti = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DicatatPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DicatatOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisasiManual", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RealisasiManual_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiManual_SatkerId_Tahun_Periode_KodeIndikator",
                table: "RealisasiManual",
                columns: new[] { "SatkerId", "Tahun", "Periode", "KodeIndikator" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RealisasiManual");
        }
    }
}
