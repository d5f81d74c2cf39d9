"""The streamed build's byte copies keep what they copy."""


def test_append_files_keeps_order_and_buffered_writes(tmp_path):
    from diplograph.streaming import _append_files

    parts = []
    for i in range(5):
        path = tmp_path / f"part{i}.nq"
        path.write_bytes(f"line {i}\n".encode() * (i * 1000))     # the first one empty
        parts.append(path)
    with (tmp_path / "all.nq").open("wb") as target:
        target.write(b"head\n")                 # buffered before the kernel copies
        _append_files(target, parts[:3])
        target.write(b"middle\n")
        _append_files(target, parts[3:])
    expected = b"head\n" + b"".join(p.read_bytes() for p in parts[:3]) + b"middle\n" + b"".join(p.read_bytes() for p in parts[3:])
    assert (tmp_path / "all.nq").read_bytes() == expected
