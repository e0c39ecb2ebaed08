using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Pic : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PenugasanPic",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NamaPengguna = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Satker = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Register = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PenugasanPic", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PenugasanPic_NamaPengguna_Satker_Register",
                table: "PenugasanPic",
                columns: new[] { "NamaPengguna", "Satker", "Register" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PenugasanPic");
        }
    }
}
