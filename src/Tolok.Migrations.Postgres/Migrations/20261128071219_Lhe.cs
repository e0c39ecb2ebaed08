using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
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
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "capaian"); // bands stored before scales had names are achievement bands

            migrationBuilder.CreateTable(
                name: "Lhe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    TahunDievaluasi = table.Column<int>(type: "integer", nullable: false),
                    Evaluator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TanggalLhe = table.Column<DateOnly>(type: "date", nullable: false),
                    Nilai = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Perencanaan = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Pengukuran = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Pelaporan = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    EvaluasiInternal = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Rekomendasi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TindakLanjut = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
