"""Reading input: encodings, normalisation, and a clean one-line error for bad input."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.ingest.source import InputError, clean, from_bytes

TEXT = "Café owners “protest” rent — again\n\nA second paragraph here.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    source = from_bytes(data, "x")
    assert source.text == TEXT
    assert source.encoding == encoding


def test_latin1_bytes_that_cp1252_cannot_decode_fall_back() -> None:
    source = from_bytes("Ma\u00eftre d\u2019h".encode("utf-8")[:0] + b"Ma\xeetre \x81 x\n", "x")
    assert source.text.startswith("Maître")


def test_crlf_nbsp_zero_width_and_soft_hyphen_are_normalised() -> None:
    text = clean("One\u00a0two\u200b three\u00adfour\r\nnext\rline")
    assert text == "One two threefour\nnext\nline"


def test_escape_sequences_and_control_characters_are_removed() -> None:
    text = clean("Red \x1b[31mALERT\x1b[0m \x1b]0;title\x07done\x07\x08 \x9b2Jx\x00y")
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    assert text == "Red ALERT done xy"


_SPACE_LIKE = "\u00a0\u1680\u2000\u2005\u200a\u202f\u205f\u3000"
_INVISIBLE = "\x00\x08\x0b\x1f\x7f\x85\x9f\u00ad\u200b\u200d\u2060\ufeff\ud800\udfff"


@given(st.text(alphabet=st.sampled_from(f"ab é“\n\t{_SPACE_LIKE}{_INVISIBLE}")))
def test_every_odd_character_is_cleaned_wherever_it_stands(text: str) -> None:
    """Character by character: a space of any width is a space, a tab four, an invisible
    or control character nothing, all else stays."""
    each = {**dict.fromkeys(_SPACE_LIKE, " "), **dict.fromkeys(_INVISIBLE, ""), "\t": "    "}
    assert clean(text) == "".join(each.get(c, c) for c in text)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"\x00\x01\x02ELF binary\x00", "binary"),
        (b"  \n\n\t\n", "empty"),
    ],
)
def test_bad_input_gives_one_line_and_exit_1(tmp_path, content, message) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader:") and message in lines[0]
    assert "Traceback" not in result.stderr


def test_a_directory_is_refused(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr.startswith("reader:") and "directory" in result.stderr


def test_from_bytes_refuses_blank_text() -> None:
    with pytest.raises(InputError):
        from_bytes(b"\n   \n", "x")


def run_parse(*args: str, stdin=None, timeout: float = 30) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "parse", *args],
        stdin=stdin,
        capture_output=True,
        timeout=timeout,
    )


def one_clean_line(result: subprocess.CompletedProcess[bytes]) -> str:
    line = result.stderr.decode()
    assert result.returncode == 1 and line.startswith("reader: ") and line.count("\n") == 1
    assert all(c >= " " for c in line.strip()), line
    return line


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_only_regular_files_are_read(tmp_path, kind: str) -> None:
    path = "/dev/zero" if kind == "device" else str(tmp_path / "fifo")
    if kind == "fifo":
        os.mkfifo(path)
    assert "not a regular file" in one_clean_line(run_parse(path, timeout=10))


def test_standard_input_stops_at_its_limit() -> None:
    with open("/dev/zero", "rb") as zeros:
        line = one_clean_line(run_parse("-", stdin=zeros))
    assert "standard input is over 128 MB" in line


def test_a_file_name_in_a_message_is_cleaned(tmp_path) -> None:
    line = one_clean_line(run_parse(str(tmp_path / "a\x1b]0;owned\x07b\x9b2J.txt")))
    assert line.endswith("ab.txt: no such file\n")
