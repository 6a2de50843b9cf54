import gc
import warnings

from crawler.warc import WarcFile, iter_responses, read_response


def test_records_round_trip_and_offsets(tmp_path):
    warc = WarcFile(tmp_path)
    bodies = [f"<html>{i} hợp tác xã</html>".encode("windows-1258", "replace") for i in range(3)]
    offsets = [warc.write(f"http://127.0.0.1/{i}", 200, [("Content-Type", "text/html; charset=windows-1258")], b)
               for i, b in enumerate(bodies)]
    warc.close()
    assert [o for o, _ in iter_responses(warc.path)] == offsets
    for offset, body in zip(offsets, bodies):
        record = read_response(warc.path, offset)
        assert record.body == body and record.status == 200
        assert record.content_type == "text/html; charset=windows-1258"


def test_file_cut_short_stays_readable_up_to_last_whole_record(tmp_path):
    warc = WarcFile(tmp_path)
    first = warc.write("http://127.0.0.1/a", 200, [], b"<html>a</html>")
    second = warc.write("http://127.0.0.1/b", 200, [], b"<html>b</html>" * 100)
    warc.close()
    data = warc.path.read_bytes()
    warc.path.write_bytes(data[: second + 20])  # killed while writing the second record
    assert read_response(warc.path, first).body == b"<html>a</html>"


def test_no_temporary_file_left_open(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        warc = WarcFile(tmp_path)
        warc.write("http://127.0.0.1/a", 200, [], b"<html></html>")
        warc.close()
        gc.collect()


def test_crawls_started_in_the_same_second_never_share_a_file(tmp_path):
    """Two processes (parallel `lmhtx crawl`s) opening their WARC file at once get two files."""
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from crawler.warc import WarcFile; "
            "w = WarcFile(Path(sys.argv[1])); w.write('http://127.0.0.1/' + sys.argv[2], 200, [], b'x'); "
            "w.close(); print(w.relative)")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path), str(i)], stdout=subprocess.PIPE, text=True)
             for i in range(3)]
    names = {p.communicate(timeout=60)[0].strip() for p in procs}
    assert len(names) == 3
    for name in names:
        assert [r.url for _, r in iter_responses(tmp_path / name)] and len(list(iter_responses(tmp_path / name))) == 1
