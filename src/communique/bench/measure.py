"""The measurements behind `make bench`; each returns plain numbers."""

from __future__ import annotations

import time
from pathlib import Path

from ..api import load_pipeline
from ..ingest.readers import record_to_article


def _articles(records):
    return [record_to_article(r, "bench", i) for i, r in enumerate(records, 1)]


def measure_extraction(records: list[dict]) -> dict:
    """Full pipeline, readout and its validation per language, on one core, the way an
    ingest worker runs it (chunks of articles, English parse batched across a chunk), after
    a warm-up article (models load once per process; start-up is not counted)."""
    from ..scale import CHUNKSIZE, extract_batch

    pipe = load_pipeline()
    out: dict = {"readouts": []}
    for lang in ("en", "ar"):
        recs = [r for r in records if r["language"] == lang]
        if not recs:
            continue
        extract_batch(_articles(recs[:1]), pipe)
        arts = _articles(recs)
        nbytes = sum(len(r["text"].encode("utf-8")) for r in recs)
        t, c = time.perf_counter(), time.process_time()
        for k in range(0, len(arts), CHUNKSIZE):
            out["readouts"] += extract_batch(arts[k:k + CHUNKSIZE], pipe)
        secs, cpu = time.perf_counter() - t, time.process_time() - c
        out[lang] = {"n": len(recs), "seconds": secs, "cpu_seconds": cpu,
                     "articles_per_s": len(recs) / secs if secs else 0.0,
                     "articles_per_cpu_s": len(recs) / cpu if cpu else 0.0,
                     "mb": nbytes / 1e6, "mb_per_s": nbytes / 1e6 / secs if secs else 0.0}
    return out


def measure_spacy_floor(records: list[dict]) -> dict:
    """spaCy's own full parse (every component of en_core_web_sm) of the same English texts,
    nothing else: the floor for the English pipeline."""
    import spacy

    from ..en.nlp import MODEL

    nlp = spacy.load(MODEL)
    texts = [r["text"] for r in records if r["language"] == "en"]
    list(nlp.pipe(texts[:1]))
    t, c = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    secs, cpu = time.perf_counter() - t, time.process_time() - c
    return {"n": len(texts), "seconds": secs, "cpu_seconds": cpu,
            "articles_per_s": len(texts) / secs if secs else 0.0,
            "articles_per_cpu_s": len(texts) / cpu if cpu else 0.0, "components": list(nlp.pipe_names)}


def measure_ingest(readouts: list[dict], db: Path) -> dict:
    """Readouts already extracted, into a fresh SQLite store (no fusion)."""
    from ..store.ingest import ingest_readouts
    from ..store.schema import open_store

    engine = open_store(f"sqlite:///{db}")
    t = time.perf_counter()
    stats = ingest_readouts(engine, readouts)
    secs = time.perf_counter() - t
    engine.dispose()
    return {"n": stats.added, "seconds": secs, "articles_per_s": stats.added / secs if secs else 0.0}


def measure_fusion(sizes: list[int]) -> dict:
    """fuse() on stores of each size of synthetic reports, and the encoder's rate. Each size
    runs in a fresh process of its own, so its memory is reported apart from extraction's."""
    import multiprocessing as mp
    import tempfile
    from concurrent.futures import ProcessPoolExecutor

    from .fusion import encoder_rate, time_fusion

    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as ex:
                out[str(n)] = ex.submit(time_fusion, n, tmp).result()
    out["encoder"] = encoder_rate()
    return out


def machine_busy_seconds() -> float:
    """CPU seconds every process of the machine has used since boot (/proc/stat), to tell how
    much of a run's time other users took; 0.0 where /proc is absent."""
    import os

    try:
        with open("/proc/stat") as fh:
            v = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0
    return (sum(v) - v[3] - v[4]) / os.sysconf("SC_CLK_TCK")      # all but idle and iowait


def hwm_mb(pid: int | str = "self") -> float:
    """Peak resident memory (VmHWM) of a process since it started its program, in MB.
    (getrusage's ru_maxrss would count a spawned child's parent: Linux keeps it across exec.)"""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


class TreeUsage:
    """CPU seconds and peak memory of a process and all its descendants (a forkserver and the
    workers forked from it are not the ingest process's children, so getrusage would miss
    them), polled from /proc every `every` seconds while it runs; a process's last moments
    before it exits may be missed (at most `every` seconds of CPU each)."""

    def __init__(self, root: int, every: float = 0.2, include_root: bool = True):
        import threading

        self.root, self.every, self.include_root = str(root), every, include_root
        self.cpu: dict[str, float] = {}
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _poll(self) -> None:
        import os

        tick = os.sysconf("SC_CLK_TCK")
        stat: dict[str, list[str]] = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open(f"/proc/{d}/stat") as fh:
                        stat[d] = fh.read().rsplit(")", 1)[1].split()
                except (OSError, IndexError):
                    pass
        tree, grew = {self.root}, True
        while grew:
            new = {p for p, f in stat.items() if f[1] in tree and p not in tree}
            tree |= new
            grew = bool(new)
        if not self.include_root:
            tree.discard(self.root)
        for p in tree & stat.keys():
            f = stat[p]
            # fields after the name: state ppid … utime(12) stime(13), counted from 0 at state
            self.cpu[p] = max(self.cpu.get(p, 0.0), (int(f[11]) + int(f[12])) / tick)
            self.peak_mb = max(self.peak_mb, hwm_mb(p))

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self._poll()

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def ingest_command(corpus: Path, db: str, workers: int) -> tuple[list[str], dict]:
    """The `communique ingest` command line of one run, and its environment: this
    interpreter, and this copy of the package first on the path (the code being measured)."""
    import os
    import sys

    root = str(Path(__file__).resolve().parents[2])          # …/src, holding communique/
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p))
    return ([sys.executable, "-m", "communique", "ingest", str(corpus), "--db", db, "--workers", str(workers),
             "--no-fuse", "--quiet"], env)


def measure_workers(corpus: Path, workers=(1, 2), repeats: int = 2) -> dict:
    """`communique ingest --workers N --no-fuse` of the same corpus into a fresh SQLite store,
    each run a new process as a user would start it: reading, start-up (models load in the
    process itself for 1 worker, in the worker processes for N), extraction and writing all
    count, and no run profits from models or caches another left warm. The runs alternate
    (1, 2, 1, 2, …) and each side keeps its fastest (on a shared machine other users only ever
    slow a run down); every run is listed with the CPU time the whole machine spent meanwhile."""
    import subprocess
    import tempfile

    runs: dict[str, list[dict]] = {str(w): [] for w in workers}
    for _ in range(max(1, repeats)):
        for w in workers:
            with tempfile.TemporaryDirectory() as tmp:
                cmd, env = ingest_command(corpus, f"sqlite:///{tmp}/w{w}.db", w)
                busy, t = machine_busy_seconds(), time.perf_counter()
                proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                with TreeUsage(proc.pid) as use:
                    _, err = proc.communicate()
                secs, busy = time.perf_counter() - t, machine_busy_seconds() - busy
            if proc.returncode not in (0, 1):
                raise RuntimeError(f"ingest --workers {w} failed: {err.strip()[-500:]}")
            stats = _ingest_counts(err)
            runs[str(w)].append({"seconds": secs, "cpu_seconds": use.cpu_seconds, "processes": len(use.cpu),
                                 "peak_mb": use.peak_mb, "machine_busy_cpu_seconds": busy, **stats,
                                 "articles_per_s": stats["n"] / secs if secs else 0.0})
    out: dict = {}
    for w, rs in runs.items():
        best = max(rs, key=lambda r: r["articles_per_s"])
        out[w] = {**best, "runs": rs}
    return out


def _ingest_counts(stderr: str) -> dict:
    """Added and failed counts from `communique ingest`'s closing line."""
    import re

    m = re.search(r"ingested: (\d+) added .*?(\d+) failed", stderr)
    if not m:
        raise RuntimeError(f"no summary line from ingest: {stderr.strip()[-500:]}")
    return {"n": int(m.group(1)), "failed": int(m.group(2))}


def measure_pool(corpus: Path, workers=(1, 2)) -> dict:
    """Extraction alone in a pool of 1 and of 2 spawned processes over the same articles,
    timed from the first finished chunk to the last, so both sides leave out the processes'
    start-up (model loading, ~2–6 CPU-s each) and neither has the parent's warm models."""
    from ..scale import CHUNKSIZE, input_items, run_pool

    out = {}
    for w in workers:
        t0 = time.perf_counter()
        first = None
        n = 0
        for _ in run_pool(input_items([str(corpus)]), w):
            n += 1
            if first is None and n == CHUNKSIZE:
                first = time.perf_counter()
        end = time.perf_counter()
        steady = (n - CHUNKSIZE) / (end - first) if first and end > first else 0.0
        out[str(w)] = {"n": n, "seconds": end - t0, "startup_and_first_chunk": (first or end) - t0,
                       "articles_per_s": steady}
    return out
