"""`reader config`, `reader themes` and `reader parse --text --color`, run as a user would."""

from __future__ import annotations

import subprocess

import pytest
from config_helpers import run_reader, settings_file

ARTICLE = (
    "Lighthouse keeper retires after forty years\n\n"
    "The keeper of the Saltmarsh light handed over the keys on March 3, 2024.\n\n"
    "“It was never lonely,” said Edda Voss, who kept the light since the 1980s.\n"
)


def broken(home, text: str) -> bytes:
    path = settings_file(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path.read_bytes()


def test_config_path_get_and_set(tmp_path) -> None:
    assert run_reader(tmp_path, "config", "path").stdout.strip() == str(settings_file(tmp_path))
    assert run_reader(tmp_path, "config", "get", "theme").stdout == "dark\n"
    assert run_reader(tmp_path, "config", "set", "theme", "paper").returncode == 0
    assert run_reader(tmp_path, "config", "set", "keys.quit", "ctrl+q").returncode == 0
    assert run_reader(tmp_path, "config", "get", "theme").stdout == "paper\n"
    assert run_reader(tmp_path, "config", "get", "keys").stdout == "quit = ctrl+q\n"
    assert run_reader(tmp_path, "config", "get", "justify").stdout == "false\n"


def test_config_set_refuses_an_unknown_theme_with_the_allowed_ones(tmp_path) -> None:
    result = run_reader(tmp_path, "config", "set", "theme", "neon")
    assert result.returncode == 2
    assert "unknown theme 'neon'" in result.stderr
    assert "dark, dusk, high-contrast, light, paper, terminal" in result.stderr
    assert not settings_file(tmp_path).exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("reading_width", "wide"), "a whole number from 30 to 400"),
        (("comment_order", "random"), "page, oldest, newest"),
        (("layot", "stacked"), "did you mean 'layout'"),
        (("theme", "../dark"), "unknown theme '../dark'"),
    ],
)
def test_config_set_refuses_bad_values(tmp_path, args: tuple[str, str], words: str) -> None:
    result = run_reader(tmp_path, "config", "set", *args)
    assert result.returncode == 2 and words in result.stderr


def test_config_get_an_unknown_setting(tmp_path) -> None:
    result = run_reader(tmp_path, "config", "get", "colour")
    assert result.returncode == 2 and "unknown setting 'colour'" in result.stderr


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('theme = "dark"\nreading_width = \n', 2, "Invalid value"),
        ('theme = "dark"\nthem = "paper"\n', 2, "did you mean 'theme'"),
        ('justify = "yes"\n', 1, "justify must be true, false"),
    ],
)
def test_a_broken_file_is_one_line_exit_2_and_never_written(tmp_path, text, line, words) -> None:
    before = broken(tmp_path, text)
    for args in (("config", "get", "theme"), ("config", "set", "theme", "paper")):
        result = run_reader(tmp_path, *args)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith(f"reader: {settings_file(tmp_path)}:{line}: ")
        assert words in result.stderr
        assert settings_file(tmp_path).read_bytes() == before


def test_themes_lists_one_a_line_name_first(tmp_path) -> None:
    result = run_reader(tmp_path, "themes")
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) >= 6
    assert [line.split()[0] for line in lines][:3] == ["dark", "dusk", "high-contrast"]
    assert lines[4].split(None, 1) == ["paper", "Sepia paper with brown ink, easy on the eyes"]


def test_a_broken_user_theme_is_reported_and_the_rest_listed(tmp_path) -> None:
    folder = settings_file(tmp_path).parent / "themes"
    folder.mkdir(parents=True)
    (folder / "neon.toml").write_text("description = \n")
    result = run_reader(tmp_path, "themes")
    assert result.returncode == 0 and "neon.toml" in result.stderr
    assert len(result.stdout.splitlines()) == 6


def parse(tmp_path, *args: str) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE)
    return run_reader(tmp_path, "parse", *args, str(source))


def test_parse_text_color_writes_ansi_codes_and_plain_text_none(tmp_path) -> None:
    colored = parse(tmp_path, "--text", "--color")
    assert colored.returncode == 0, colored.stderr
    assert "\x1b[" in colored.stdout
    plain = parse(tmp_path, "--text")
    assert "\x1b" not in plain.stdout
    assert plain.stdout.startswith("LIGHTHOUSE KEEPER")


def test_parse_color_follows_the_theme_and_refuses_a_broken_settings_file(tmp_path) -> None:
    run_reader(tmp_path, "config", "set", "theme", "terminal")
    terminal = parse(tmp_path, "--text", "--color").stdout
    run_reader(tmp_path, "config", "set", "theme", "paper")
    assert parse(tmp_path, "--text", "--color").stdout != terminal
    broken(tmp_path, "theme = \n")
    result = parse(tmp_path, "--text", "--color")
    assert result.returncode == 2 and "settings.toml:1:" in result.stderr
    assert parse(tmp_path, "--json", "--color").returncode == 2


def test_config_set_in_a_read_only_folder_says_so(tmp_path, monkeypatch, capsys) -> None:
    from config_helpers import can_make_read_only, isolate

    from reader import locations
    from reader.cli import main

    isolate(tmp_path, monkeypatch)
    folder = locations.config_dir()
    folder.mkdir(parents=True)
    if can_make_read_only(folder):
        folder.chmod(0o500)
    else:  # root writes anyway: simulate the refusal

        def refuse(*_: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("reader.config.atomic.os.replace", refuse)
    try:
        assert main(["config", "set", "justify", "true"]) == 1
    finally:
        folder.chmod(0o700)
    error = capsys.readouterr().err
    assert error.startswith(f"reader: cannot write {locations.settings_path()}: ")
    assert "Permission denied" in error and list(folder.iterdir()) == []
