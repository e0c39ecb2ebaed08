using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Lhe : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Skala",
                table: "SkalaCapaian",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "capaian"); // bands stored before scales had names are achievement bands

            migrationBuilder.CreateTable(
                name: "Lhe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    TahunDievaluasi = table.Column<int>(type: "INTEGER", nullable: false),
                    Evaluator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TanggalLhe = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Perencanaan = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Pengukuran = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Pelaporan = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    EvaluasiInternal = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Rekomendasi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TindakLanjut = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lhe", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lhe_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Lhe_SatkerId",
                table: "Lhe",
                column: "SatkerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Lhe");

            migrationBuilder.DropColumn(
                name: "Skala",
                table: "SkalaCapaian");
        }
    }
}
