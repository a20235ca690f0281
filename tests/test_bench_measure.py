"""Pieces of the benchmark's 1-vs-2-workers measurement (`communique.bench.measure`) that
can be checked without timing anything."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique.bench.measure import TreeUsage, _ingest_counts, ingest_command


def test_counts_come_from_the_ingest_summary_line():
    err = ("communique: error: a.jsonl:2: E206 bad record\n"
           "ingested: 1998 added (0 new versions), 0 unchanged, 2 failed\n")
    assert _ingest_counts(err) == {"n": 1998, "failed": 2}
    with pytest.raises(RuntimeError):
        _ingest_counts("Traceback (most recent call last): …")


def test_ingest_command_runs_this_copy_of_the_package(tmp_path):
    cmd, env = ingest_command(Path("c.jsonl"), "sqlite:///x.db", 2)
    assert cmd[:4] == [sys.executable, "-m", "communique", "ingest"]
    assert cmd[cmd.index("--workers") + 1] == "2" and "--no-fuse" in cmd
    import communique

    assert env["PYTHONPATH"].split(":")[0] == str(Path(communique.__file__).resolve().parents[1])


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_tree_usage_counts_grandchildren():
    """A forkserver's workers are grandchildren of the ingest process: they must count."""
    child = ("import subprocess, sys; p = subprocess.Popen([sys.executable, '-c', "
             "'import sys; sum(i * i for i in range(3_000_000)); sys.stdin.read()'], stdin=subprocess.PIPE); "
             "sys.stdin.read(); p.stdin.close(); p.wait()")
    proc = subprocess.Popen([sys.executable, "-c", child], stdin=subprocess.PIPE)
    use = TreeUsage(proc.pid, every=0.05)
    with use:
        # both processes wait on stdin until told to end; poll until the grandchild is seen
        for _ in range(600):
            use._poll()
            if len(use.cpu) >= 2:
                break
            time.sleep(0.05)
    proc.stdin.close()
    proc.wait()
    assert len(use.cpu) >= 2 and use.peak_mb > 0
