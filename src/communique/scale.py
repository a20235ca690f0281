"""Execution strategies for extraction: in this process, in a local process pool, on Dask.

The unit of work is the article, not the file: one JSON Lines file of 2,000 records keeps
every worker busy. The parent process reads the inputs (cheap), sends chunks of articles to
the workers, and gets readouts (or InputErrors naming file and line) back in input order, so
what the single writer stores, and in which order, does not depend on the number of workers.

Each worker builds the pipeline once (models, knowledge base, matchers) and warms it on two
short texts before its first chunk, so no article pays a start-up cost. Where the OS has a
forkserver, the pipeline is built once, in the forkserver, and every worker is forked from it
with the models already loaded (copy-on-write): a pool of N starts in about the time one
process takes to load, not N times its CPU. At most `window`
chunks are in flight at a time: memory stays bounded however large the input is (a plain
`Pool.imap` would read the whole input into its task queue first).
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .errors import CommuniqueError, InputError
from .model import Article

Item = dict | InputError          # what comes out: a readout or the error of one document
CHUNKSIZE = 8                     # articles per task: amortises pickling, keeps workers balanced
WINDOW_PER_WORKER = 4             # chunks in flight per worker

# Warm-up texts (our own sentences): one per language, so every lazily loaded model and
# matcher is built by the initializer rather than by the first real article.
_WARM = (
    ("warm-en", "en", "The foreign minister met the envoy in Geneva on Monday to discuss the talks."),
    ("warm-ar", "ar", "التقى وزير الخارجية المبعوث الأممي في جنيف يوم الاثنين لبحث المحادثات."),
)

_lock = threading.Lock()          # one article at a time per process, even on threaded Dask workers
_options: dict[str, Any] = {}
_warmed: list[dict[str, Any]] = []   # the options this process has already built and warmed
_preloaded_by: int | None = None     # pid of the process that ran `preload` (a worker's forkserver)

# Thread pools of numerical libraries in worker processes: one process per core already uses
# every core, so a library's own threads would only oversubscribe them (and a forkserver must
# hold no thread when it forks). The serial path keeps the defaults: it uses one core anyway
# (measured: CPU time / wall time 0.98 for `ingest --workers 1`).
WORKER_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
PRELOAD_MODULE = "communique.worker_preload"


def _pipeline():
    from .api import load_pipeline

    return load_pipeline(**_options)


def init_worker(options: dict[str, Any] | None = None) -> None:
    """Pool initializer: build and warm the pipeline once in this process."""
    from .ingest.readers import text_article

    global _options
    _options = dict(options or {})
    if _options in _warmed:         # forked from a forkserver that built and warmed it already
        return
    pipe = _pipeline()
    _warmed.append(dict(_options))
    for doc_id, lang, text in _WARM:
        art = text_article(text, "", doc_id=doc_id)
        art.scratch["language_hint"] = lang
        try:
            pipe(art)
        except Exception:       # a warm-up failure must not kill the worker; real articles report theirs
            pass


def extract_article(article: Article, pipeline=None) -> Item:
    """The readout of one article, validated, or an InputError naming its file and record line."""
    from .readout import CheckedReadout, build, validate

    pipe = pipeline or _pipeline()
    try:
        readout = build(pipe(article))
    except Exception as exc:  # one article's failure must not stop a batch
        return InputError(article.source, f"E299 extraction failed: {type(exc).__name__}: {exc}",
                          article.scratch.get("record_line"))
    # validated here, in the worker, so the single writer does not spend its time on it
    try:
        validate(readout)
    except Exception as exc:
        return InputError(article.source, f"E301 not a storable readout: {str(exc).splitlines()[0]}",
                          article.scratch.get("record_line"))
    return CheckedReadout(readout)


# The first stage that reads the English parse: stages before it run article by article, then
# the paragraphs of every English article of the chunk are parsed in one `nlp.pipe` call
# (spaCy is fastest on many short docs per batch), then the remaining stages run.
PARSE_STAGE = "mentions"
PARSE_BATCH = 64


def _run(stages, article: Article, ctx) -> None:
    for st in stages:
        if st.applies_to(article):
            st.fn(article, ctx)


def parse_english(articles: list[Article]) -> None:
    """Parse the paragraphs of every English article in one spaCy batch and leave each
    article's Docs where `communique.en.nlp.parsed_paragraphs` keeps them, so the stages
    find the parse done. The same Docs as one article at a time (spaCy parses docs
    independently); only the batches are larger."""
    todo = [a for a in articles if a.supported and a.language == "en" and "en_docs" not in a.scratch]
    if not todo:
        return
    from .en.nlp import get_nlp

    texts = [a.text[p.start:p.end] for a in todo for p in a.paragraphs]
    docs = iter(get_nlp().pipe(texts, batch_size=PARSE_BATCH))
    for a in todo:
        a.scratch["en_docs"] = [(p.start, next(docs)) for p in a.paragraphs]


def extract_batch(articles: list[Article], pipeline=None) -> list[Item]:
    """`extract_article` for each of `articles`, with the English parse batched across them."""
    pipe = pipeline or _pipeline()
    names = pipe.names
    cut = names.index(PARSE_STAGE) if PARSE_STAGE in names else len(names)
    early, failed = pipe.stages[:cut], {}
    for k, a in enumerate(articles):
        try:
            _run(early, a, pipe.context)
        except Exception as exc:
            failed[k] = InputError(a.source, f"E299 extraction failed: {type(exc).__name__}: {exc}",
                                   a.scratch.get("record_line"))
    try:
        parse_english([a for k, a in enumerate(articles) if k not in failed])
    except Exception:       # let each article parse (and fail) on its own
        pass
    late = _Stages(pipe.stages[cut:], pipe.context)
    return [failed[k] if k in failed else extract_article(a, late) for k, a in enumerate(articles)]


class _Stages:
    """The remaining stages as a callable, for `extract_article`."""

    def __init__(self, stages, ctx):
        self.stages, self.ctx = stages, ctx

    def __call__(self, article: Article) -> Article:
        _run(self.stages, article, self.ctx)
        return article


def extract_chunk(articles: list[Article], options: dict[str, Any] | None = None) -> list[Item]:
    """Readouts for a chunk of articles, in order (the task a worker runs)."""
    global _options
    with _lock:
        if options is not None and options != _options:
            _options = dict(options)
        return extract_batch(articles, _pipeline())


def _dask_extract_chunk(articles: list[Article], options: dict[str, Any] | None = None) -> list[Item]:
    # a Dask worker has no initializer: the first chunk in a process warms the pipeline
    if not getattr(_dask_extract_chunk, "warm", False):
        with _lock:
            init_worker(options)
        _dask_extract_chunk.warm = True
    return extract_chunk(articles, options)


class _Done:
    """Already-known items kept in the ordered queue beside pending tasks."""

    def __init__(self, items: list[Item]):
        self.items = items

    def result(self) -> list[Item]:
        return self.items


def ordered_map(items: Iterable[Article | Item], submit: Callable[[list[Article]], Any],
                chunksize: int = CHUNKSIZE, window: int = 8) -> Iterator[Item]:
    """Articles in `items` go through `submit` in chunks (a future-like with `.result()`);
    readouts and errors pass through. Output keeps the input order; at most `window` chunks
    are pending at once."""
    pending: deque = deque()
    in_flight = 0
    buf: list[Article] = []

    def flush() -> None:
        nonlocal buf, in_flight
        if buf:
            pending.append(submit(buf))
            in_flight += 1
            buf = []

    def drain(limit: int) -> Iterator[Item]:
        nonlocal in_flight
        while pending and (in_flight > limit or isinstance(pending[0], _Done)):
            head = pending.popleft()
            if not isinstance(head, _Done):
                in_flight -= 1
            yield from head.result()

    for it in items:
        if isinstance(it, Article):
            buf.append(it)
            if len(buf) >= chunksize:
                flush()
        else:
            flush()
            pending.append(_Done([it]))
        yield from drain(window)
    flush()
    yield from drain(-1)


def input_items(files: Iterable[str]) -> Iterator[Article | Item]:
    """Every document of `files` in order: readout files give readouts; other files give
    Articles to extract; unreadable input gives InputErrors."""
    from .ingest.readers import read_file
    from .store.ingest import is_readout_file, read_readouts

    for f in files:
        if is_readout_file(f):
            yield from read_readouts(f)
        else:
            yield from read_file(f)


class _Sync:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def run_serial(items: Iterable[Article | Item], options: dict[str, Any] | None = None) -> Iterator[Item]:
    """Extraction in this process."""
    global _options
    _options = dict(options or {})
    pipe = _pipeline()
    yield from ordered_map(items, lambda chunk: _Sync(extract_batch(chunk, pipe)), CHUNKSIZE, window=0)


class _PoolTask:
    def __init__(self, res):
        self.res = res

    def result(self):
        return self.res.get()


def preload() -> None:
    """Build and warm the default pipeline in this process, for a forkserver to fork workers
    from. Never raises (a failure here must not kill the forkserver: the workers then load
    their own). Loads nothing that starts a thread: the romaniser's ONNX session, the one
    part that does, is created lazily by the first Arabic name, after the fork."""
    import gc

    global _preloaded_by
    try:
        init_worker(None)
        _preloaded_by = os.getpid()
    except Exception:
        pass
    # what is loaded now is shared with every forked worker; frozen, the workers' garbage
    # collector does not walk it (walking writes to the objects and copies their pages)
    gc.freeze()


def pool_context(options: dict[str, Any] | None = None):
    """The multiprocessing context of `run_pool`: a forkserver that preloads the pipeline
    where the OS has one (Linux, macOS), else spawn. Neither forks a process that holds
    threads (this one may: tqdm, SQLAlchemy, the caller's). The forkserver is per parent
    process and outlives the pool; its preload is only the default pipeline, so with other
    `options` the workers build theirs as spawned ones do."""
    import multiprocessing as mp

    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    if not options:
        ctx.set_forkserver_preload([PRELOAD_MODULE])
    return ctx


class _WorkerEnv:
    """WORKER_THREAD_ENV in os.environ while worker processes (and the forkserver) start, so
    they inherit it; values the user set are kept, and this process's are restored after."""

    def __enter__(self):
        self.saved = {k: os.environ.get(k) for k in WORKER_THREAD_ENV}
        for k, v in WORKER_THREAD_ENV.items():
            os.environ.setdefault(k, v)

    def __exit__(self, *exc):
        for k, v in self.saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run_pool(items: Iterable[Article | Item], workers: int, options: dict[str, Any] | None = None,
             chunksize: int = CHUNKSIZE) -> Iterator[Item]:
    """Extraction in `workers` local processes (forked from a preloaded forkserver, else
    spawned: both safe beside threads), each initialised once."""
    ctx = pool_context(options)
    with _WorkerEnv():
        pool = ctx.Pool(workers, initializer=init_worker, initargs=(options,))
    with pool:
        def submit(chunk: list[Article]) -> _PoolTask:
            return _PoolTask(pool.apply_async(extract_chunk, (chunk, options)))

        yield from ordered_map(items, submit, chunksize, window=WINDOW_PER_WORKER * workers)


def run_dask(items: Iterable[Article | Item], address: Any, options: dict[str, Any] | None = None,
             chunksize: int = CHUNKSIZE) -> Iterator[Item]:
    """Extraction on an existing Dask cluster (`address` of its scheduler, or a Client).
    Workers must be able to import communique (the same environment). Results come back
    to this process, which writes them: the store needs no network access from workers."""
    from distributed import Client

    own = not isinstance(address, Client)
    try:
        client = Client(address, timeout="20s") if own else address
    except (OSError, TimeoutError) as exc:
        raise CommuniqueError(f"E120 cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        n = max(1, sum(client.nthreads().values()))

        def submit(chunk: list[Article]):
            # pure=False: two identical chunks are still two tasks (no result sharing surprises)
            return client.submit(_dask_extract_chunk, chunk, options, pure=False)

        yield from ordered_map(items, submit, chunksize, window=WINDOW_PER_WORKER * n)
    finally:
        if own:
            client.close()


def extract_files(files: Iterable[str], workers: int = 1, dask: Any = None,
                  options: dict[str, Any] | None = None, chunksize: int = CHUNKSIZE) -> Iterator[Item]:
    """Readouts (or InputErrors) for every document of `files`, in input order, extracted
    on Dask when `dask` names a scheduler, else in `workers` local processes."""
    items = input_items(files)
    if dask:
        return run_dask(items, dask, options, chunksize)
    if workers > 1:
        return run_pool(items, workers, options, chunksize)
    return run_serial(items, options)
