from typer.testing import CliRunner

from geo.cli import app

runner = CliRunner()


def test_help_lists_the_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("check", "gazetteer"):
        assert command in result.output


def test_check_reports_every_requirement_ok_on_a_complete_install(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check"])
    lines = result.output.splitlines()
    required = [line for line in lines if line.startswith(("ok", "FAIL"))]
    assert {line.split(":")[0].split(None, 1)[1] for line in required} >= {
        "gazetteer",
        "basemap",
        "sample corpus",
        "offline map assets",
        "output folder",
    }
    assert not [line for line in lines if line.startswith("FAIL")], result.output
    assert result.exit_code == 0


def test_check_fails_with_the_fix_when_output_is_not_writable(tmp_path, monkeypatch):
    blocked = tmp_path / "ro"
    blocked.mkdir()
    (blocked / "maps").write_text("a file where the folder should be")
    monkeypatch.chdir(blocked)
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 1
    assert "FAIL output folder" in result.output
    assert "fix: run from a writable folder" in result.output


def test_places_reads_a_long_text_argument_as_text():
    sentence = "Chinese coast guard ships sailed near the Senkaku Islands again today. "
    result = runner.invoke(app, ["places", "--json", sentence * 5])  # over 255 bytes, no newline
    assert result.exit_code == 0, result.output
    assert "islands.senkaku" in result.output
