"""The one-long-archive step: its archive holds every post, and its verdict tells linear from quadratic."""

from bench.measure import Sample
from bench.one_archive import LINEAR_RATE_SHARE, rate_share, section, write_one_archive
from bench.suite import Step


def imported(size, seconds, written=None, failed=0):
    notes = dict(inner_time=True, in_archives=size, written=size if written is None else written,
                 failed_archives=failed, bytes=size * 2500)
    return Step(samples=[Sample(seconds, 80.0, cpu_seconds=seconds, extra={"seconds": seconds})], notes=notes)


def test_the_archive_is_one_file_with_every_post(tmp_path):
    path = write_one_archive(30, 7, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["one_long_archive.txt"]
    assert path.read_text(encoding="utf-8").count("appeared first on") == 30


def test_linear_time_keeps_the_rate_and_quadratic_time_does_not():
    linear = {1000: imported(1000, 1.0), 8000: imported(8000, 8.4)}
    quadratic = {1000: imported(1000, 1.0), 8000: imported(8000, 64.0)}
    assert rate_share(linear) >= LINEAR_RATE_SHARE
    assert rate_share(quadratic) < LINEAR_RATE_SHARE
    assert "(linear;" in "\n".join(section(linear))
    assert "**not linear**" in "\n".join(section(quadratic))


def test_a_refused_archive_is_reported_not_scored():
    steps = {1000: imported(1000, 1.0), 10000: imported(10000, 0.001, written=0, failed=1)}
    text = "\n".join(section(steps))
    assert "refused" in text
    assert rate_share(steps) is None
