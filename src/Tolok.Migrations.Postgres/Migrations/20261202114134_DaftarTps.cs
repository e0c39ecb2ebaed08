using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DaftarTps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "daftar_tps",
                columns: table => new
                {
                    pemilihan_id = table.Column<int>(type: "integer", nullable: false),
                    kode_desa = table.Column<long>(type: "bigint", nullable: false),
                    jumlah = table.Column<int>(type: "integer", nullable: false),
                    nomor = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    dpt_l = table.Column<long>(type: "bigint", nullable: true),
                    dpt_p = table.Column<long>(type: "bigint", nullable: true),
                    sumber = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_daftar_tps", x => new { x.pemilihan_id, x.kode_desa });
                    table.ForeignKey(
                        name: "FK_daftar_tps_Pemilihan_pemilihan_id",
                        column: x => x.pemilihan_id,
                        principalTable: "Pemilihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "daftar_tps");
        }
    }
}
