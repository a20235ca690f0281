"""The worker pool of `communique.scale.run_pool`: workers are forked from a forkserver that
built and warmed the pipeline once (no worker loads models again), the forkserver holds no
thread when it forks, and workers run numerical libraries on one thread each."""

from __future__ import annotations

import multiprocessing as mp
import os
import subprocess
import sys
from pathlib import Path

import pytest

from communique import scale

SRC = Path(scale.__file__).resolve().parents[1]
needs_forkserver = pytest.mark.skipif("forkserver" not in mp.get_all_start_methods(),
                                      reason="this OS has no forkserver: the pool spawns its workers")


def _probe(_):
    """What a worker knows about itself (runs in the worker)."""
    return os.getppid(), scale._preloaded_by, list(scale._warmed), os.environ.get("OMP_NUM_THREADS")


@needs_forkserver
def test_workers_are_forked_from_a_warm_forkserver():
    before = os.environ.get("OMP_NUM_THREADS")
    ctx = scale.pool_context(None)
    assert ctx.get_start_method() == "forkserver"
    with scale._WorkerEnv():
        pool = ctx.Pool(2, initializer=scale.init_worker, initargs=(None,))
    with pool:
        seen = pool.map(_probe, range(8), chunksize=1)
    assert os.environ.get("OMP_NUM_THREADS") == before        # this process's own value is back
    for ppid, preloaded_by, warmed, omp in seen:
        assert ppid != os.getpid()            # forked by the forkserver, not started by us
        assert preloaded_by == ppid           # which built and warmed the default pipeline
        assert warmed == [{}]                 # and the worker did not build it again
        assert omp == (before or "1")


def test_worker_env_keeps_what_the_user_set(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    monkeypatch.delenv("MKL_NUM_THREADS", raising=False)
    with scale._WorkerEnv():
        assert os.environ["OMP_NUM_THREADS"] == "3" and os.environ["MKL_NUM_THREADS"] == "1"
    assert os.environ["OMP_NUM_THREADS"] == "3" and "MKL_NUM_THREADS" not in os.environ


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to count threads")
def test_preloaded_process_holds_one_thread_and_no_onnx_session():
    """Forking a process that holds threads can deadlock the child; the preload must leave a
    single thread (the romaniser's ONNX runtime, which starts threads, loads after the fork)."""
    code = ("import os, sys; import communique.worker_preload; from communique import scale; "
            "print(len(os.listdir('/proc/self/task')), 'onnxruntime' in sys.modules, scale._warmed, "
            "scale._preloaded_by == os.getpid())")
    env = dict(os.environ, PYTHONPATH=str(SRC), **scale.WORKER_THREAD_ENV)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "False", "[{}]", "True"]


def test_init_worker_with_other_options_builds_them(monkeypatch):
    """A warm default pipeline does not stand in for one with other options."""
    monkeypatch.setattr(scale, "_options", {})
    monkeypatch.setattr(scale, "_warmed", [{}])
    built = []
    monkeypatch.setattr(scale, "_pipeline", lambda: built.append(dict(scale._options)) or (lambda a: a))
    scale.init_worker(None)
    assert built == []
    scale.init_worker({"lang": "en"})
    assert built == [{"lang": "en"}] and scale._warmed == [{}, {"lang": "en"}]
