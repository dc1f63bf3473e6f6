"""Reading with a size limit sets aside what the input needs, not the limit."""

from __future__ import annotations

import io
import os
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import ValidationError, dumps, load, load_bundled
from bilateral._wire import files
from bilateral._wire.files import read_limited


def test_loading_a_small_file_does_not_set_the_limit_aside(tmp_path):
    path = tmp_path / "small.json"
    path.write_text(dumps(load_bundled()), encoding="utf-8")
    load(path)  # first-use work out of the way
    tracemalloc.start()
    try:
        load(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    # 256 MiB was set aside for a moment before; the file is 17 kB.
    assert peak < 8 * 1024 * 1024


@given(st.binary(max_size=40), st.integers(min_value=0, max_value=50))
def test_a_stream_read_in_pieces_gives_its_bytes_up_to_the_limit(data, limit):
    chunk = files._CHUNK
    files._CHUNK = 3  # pieces of 3 bytes
    try:
        if len(data) > limit:
            with pytest.raises(ValidationError):
                read_limited(io.BytesIO(data), limit)
        else:
            assert data == read_limited(io.BytesIO(data), limit)
    finally:
        files._CHUNK = chunk


def test_a_file_that_grows_is_read_past_its_first_size(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "_size_hint", lambda _: 3)  # as if it had 3 bytes then
    path = tmp_path / "data"
    path.write_bytes(b"0123456789")
    with path.open("rb") as stream:
        assert b"0123456789" == read_limited(stream, 10)


def test_a_pipe_is_read_to_its_end(monkeypatch):
    monkeypatch.setattr(files, "_CHUNK", 1000)
    read, write = os.pipe()
    with os.fdopen(read, "rb") as reader:
        with os.fdopen(write, "wb") as writer:
            writer.write(b"x" * 5500)  # less than a pipe holds

        assert b"x" * 5500 == read_limited(reader, 100_000)


def test_a_file_is_read_from_where_the_stream_stands(tmp_path):
    path = tmp_path / "data"
    path.write_bytes(b"0123456789")
    with path.open("rb") as stream:
        stream.read(4)

        assert b"456789" == read_limited(stream, 6)
