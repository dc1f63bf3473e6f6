"""Files: what ``dump`` writes over and how, ``load``'s size limit, and the nesting limit."""

from __future__ import annotations

import json
import os
import re
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import NotARegularFileError, ValidationError, dump, load, loads
from bilateral._wire.jsontext import MAX_NESTING, nesting_depth, parse_json
from tests.test_model import small

TEMPORARY = re.compile(r"\.bilateral-[0-9a-f]{8}\.tmp")


def others(folder: Path, *names: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in names)


class TestSymbolicLinks:
    def test_dump_writes_through_a_link_to_its_target(self, tmp_path):
        (tmp_path / "real").mkdir()
        target = tmp_path / "real" / "data.json"
        target.write_text("old", encoding="utf-8")
        link = tmp_path / "link.json"
        link.symlink_to(Path("real") / "data.json")

        dump(small(), link)

        assert link.is_symlink()
        assert Path("real") / "data.json" == link.readlink()
        assert small() == load(target)
        assert [] == others(tmp_path / "real", "data.json")
        assert [] == others(tmp_path, "real", "link.json")

    def test_a_chain_of_links_and_a_dangling_link(self, tmp_path):
        target = tmp_path / "data.json"
        (tmp_path / "a.json").symlink_to("b.json")
        (tmp_path / "b.json").symlink_to("data.json")  # data.json does not exist yet

        dump(small(), tmp_path / "a.json")

        assert (tmp_path / "a.json").is_symlink()
        assert (tmp_path / "b.json").is_symlink()
        assert small() == load(target)

    def test_the_target_keeps_its_permissions(self, tmp_path):
        target = tmp_path / "data.json"
        target.write_text("old", encoding="utf-8")
        target.chmod(0o640)
        (tmp_path / "link.json").symlink_to("data.json")

        dump(small(), tmp_path / "link.json")

        assert 0o640 == stat.S_IMODE(target.stat().st_mode)


class TestNotARegularFile:
    def test_a_fifo_is_refused_without_blocking(self, tmp_path):
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)

        with pytest.raises(NotARegularFileError) as info:
            dump(small(), fifo)

        assert f"{fifo}: a FIFO, not a regular file; refusing to write over it" == str(info.value)
        assert stat.S_ISFIFO(fifo.lstat().st_mode)
        assert ["pipe"] == others(tmp_path)

    def test_a_folder_is_refused(self, tmp_path):
        with pytest.raises(NotARegularFileError, match="a folder, not a regular file"):
            dump(small(), tmp_path)

    def test_a_socket_is_refused(self, tmp_path):
        path = tmp_path / "s"
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(path))
            with pytest.raises(NotARegularFileError, match="a socket, not a regular file"):
                dump(small(), path)

    def test_a_device_is_refused_even_through_a_link(self, tmp_path):
        # Before, root replaced /dev/null with a regular file.
        (tmp_path / "null.json").symlink_to(os.devnull)

        with pytest.raises(NotARegularFileError, match="a device, not a regular file") as info:
            dump(small(), tmp_path / "null.json")

        assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)
        assert str(tmp_path / "null.json") == info.value.filename
        assert ["null.json"] == others(tmp_path)

    def test_the_error_is_a_bilateral_error_and_an_os_error(self):
        assert issubclass(NotARegularFileError, bilateral.BilateralError)
        assert issubclass(NotARegularFileError, OSError)


class TestTemporaryFile:
    def watch(self, monkeypatch, folder: Path) -> list[tuple[str, int]]:
        """Record the temporary file's name and permissions when it is synced."""
        seen: list[tuple[str, int]] = []
        fsync = os.fsync

        def spy(fd: int) -> None:
            seen.extend(
                (p.name, stat.S_IMODE(os.fstat(fd).st_mode))
                for p in folder.iterdir()
                if p.name.endswith(".tmp")
            )
            fsync(fd)

        monkeypatch.setattr("os.fsync", spy)
        return seen

    def test_never_more_readable_than_the_file_it_replaces(self, tmp_path, monkeypatch):
        secret = tmp_path / "secret.json"
        secret.write_text("old", encoding="utf-8")
        secret.chmod(0o600)
        seen = self.watch(monkeypatch, tmp_path)
        umask = os.umask(0o022)
        try:
            dump(small(), secret)
        finally:
            os.umask(umask)

        assert [0o600] == [mode for _, mode in seen]
        assert 0o600 == stat.S_IMODE(secret.stat().st_mode)

    def test_a_shared_file_stays_shared_though_the_umask_is_narrower(self, tmp_path, monkeypatch):
        shared = tmp_path / "shared.json"
        shared.write_text("old", encoding="utf-8")
        shared.chmod(0o664)
        seen = self.watch(monkeypatch, tmp_path)
        umask = os.umask(0o077)
        try:
            dump(small(), shared)
        finally:
            os.umask(umask)

        assert [0o664] == [mode for _, mode in seen]
        assert 0o664 == stat.S_IMODE(shared.stat().st_mode)

    def test_a_short_recognisable_name(self, tmp_path, monkeypatch):
        seen = self.watch(monkeypatch, tmp_path)

        dump(small(), tmp_path / "data.json")

        assert 1 == len(seen)
        assert TEMPORARY.fullmatch(seen[0][0])

    @pytest.mark.parametrize("length", [234, 250, 255])
    def test_a_name_of_up_to_255_bytes(self, tmp_path, length):
        path = tmp_path / ("d" * (length - len(".json")) + ".json")

        dump(small(), path)

        assert small() == load(path)
        assert [path.name] == others(tmp_path)

    def test_removed_when_writing_fails(self, tmp_path, monkeypatch):
        def full(_fd: int) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr("os.fsync", full)
        with pytest.raises(OSError, match="No space left"):
            dump(small(), tmp_path / "data.json")

        assert [] == others(tmp_path)


class TestLoadLimit:
    def test_a_file_over_the_limit_is_refused(self, tmp_path):
        path = tmp_path / "data.json"
        dump(small(), path)
        size = path.stat().st_size

        assert small() == load(path, max_bytes=size)
        with pytest.raises(ValidationError) as info:
            load(path, max_bytes=size - 1)

        assert [f"$: larger than the limit of {size - 1} bytes; not read further"] == [
            str(p) for p in info.value.problems
        ]

    @pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
    def test_an_endless_file_is_read_up_to_the_limit_only(self):
        with pytest.raises(ValidationError, match="larger than the limit of 1000000 bytes"):
            load("/dev/zero", max_bytes=1_000_000)

    def test_the_default_limit_is_256_mib(self):
        assert 256 * 1024 * 1024 == load.__kwdefaults__["max_bytes"]


def depth(value: object) -> int:
    if isinstance(value, list):
        return 1 + max(map(depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(depth, value.values()), default=0)
    return 0


tricky_text = st.text(alphabet="[]{}\"\\'ab\u00e9\u20ac\n\t\x00\U0001f600\ud800,:")
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | tricky_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(tricky_text, inner, max_size=4),
    max_leaves=40,
)


class TestNesting:
    @given(json_values, st.booleans(), st.sampled_from([None, 1]))
    def test_the_depth_counted_without_parsing_is_the_depth(self, value, ascii_only, indent):
        text = json.dumps(value, ensure_ascii=ascii_only, indent=indent)

        # surrogatepass: a lone surrogate is refused later, not miscounted
        assert depth(value) == nesting_depth(text.encode("utf-8", "surrogatepass"))

    @pytest.mark.parametrize(("open_", "close"), [("[", "]"), ('{"a": ', "}")])
    def test_the_limit_is_exact(self, open_, close):
        def nested(levels: int) -> str:
            return open_ * levels + "1" + close * levels

        def wide(levels: int) -> str:  # empty arrays and objects are dropped first
            return "[" + "[], {}, [[{}]], " * 1000 + nested(levels - 1) + "]"

        assert 512 == MAX_NESTING
        for ok in (nested(512), wide(512)):
            assert 512 == nesting_depth(ok.encode())
            assert parse_json(ok)
        for text in (nested(513), wide(513)):
            with pytest.raises(ValidationError, match="nested more than 512 levels deep"):
                parse_json(text)

    @pytest.mark.parametrize(
        "text",
        [
            '["' + "[" * 1000 + '"]',  # brackets in a string
            '["\\"' + "[" * 1000 + '"]',  # after an escaped quote
            '["\\\\\\"' + "[" * 1000 + '"]',  # after an escaped backslash and quote
        ],
    )
    def test_brackets_in_strings_do_not_count(self, text):
        assert 1 == nesting_depth(text.encode("utf-8"))
        with pytest.raises(ValidationError, match="expected a JSON object, got"):
            loads(text)

    def test_the_limit_does_not_depend_on_the_recursion_limit(self):
        # Before, json.loads overflowed the C stack: the process crashed.
        script = (
            "import sys; sys.setrecursionlimit(10**6)\n"
            "import bilateral\n"
            "for text in (b'[' * 500_000, '{\"a\":' * 500_000, b'[' * 500_000 + b']' * 500_000):\n"
            "    try:\n"
            "        bilateral.loads(text)\n"
            "    except bilateral.ValidationError as error:\n"
            "        print(error.problems[0])\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=False
        )

        assert 0 == result.returncode, result.stderr
        assert ["$: not valid JSON: nested more than 512 levels deep"] * 3 == (
            result.stdout.splitlines()
        )

    def test_structuring_data_at_the_limit_does_not_recurse_into_it(self):
        # The model nests a few levels; data deeper than that, where a record
        # or a string is expected, is reported shallowly.
        deep: object = 1
        for _ in range(MAX_NESTING - 3):
            deep = [deep]
        document = {"format": "bilateral", "version": 1, "people": [deep], "relations": deep}

        with pytest.raises(ValidationError) as info:
            loads(json.dumps(document))

        assert {"$.people[0]", "$.relations[0]"} <= {p.path for p in info.value.problems}
