"""Shared fixtures. `store_url` runs a store test twice: on a real SQLite file in a temp dir and
on a real PostgreSQL server, a throwaway cluster started here (initdb + pg_ctl from
/usr/lib/postgresql/*/bin, a free port on 127.0.0.1, stopped at the end of the session). The
PostgreSQL half is skipped, with the reason, when the server binaries are missing."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))           # readout_factory


def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    if found:
        return os.path.dirname(found[-1])
    exe = shutil.which("pg_ctl")
    return os.path.dirname(exe) if exe else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    """initdb refuses to run as root: run the server tools as the `postgres` user then."""
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    return [runuser, "-u", "postgres", "--", *cmd] if runuser else ["su", "postgres", "-c", " ".join(cmd)]


@pytest.fixture(scope="session")
def pg_server():
    """(host, port, user) of a PostgreSQL cluster for this test session."""
    bindir = _pg_bin()
    if not bindir:
        pytest.skip("PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin); "
                    "scripts/test-setup.sh installs them")
    if os.geteuid() == 0:
        try:
            import pwd

            pw = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user to run initdb as")
    root = tempfile.mkdtemp(prefix="communique-pg-")
    data = os.path.join(root, "data")
    os.mkdir(data)
    if os.geteuid() == 0:
        os.chown(root, pw.pw_uid, pw.pw_gid)
        os.chown(data, pw.pw_uid, pw.pw_gid)
    port = _free_port()
    log = os.path.join(root, "server.log")
    try:
        subprocess.run(_as_server_user([f"{bindir}/initdb", "-D", data, "-U", "postgres", "--auth=trust",
                                        "-E", "UTF8", "--locale=C.UTF-8" if _has_c_utf8() else "--no-locale"]),
                       check=True, capture_output=True)
        opts = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={root} -c fsync=off"
        subprocess.run(_as_server_user([f"{bindir}/pg_ctl", "-D", data, "-l", log, "-o", opts, "-w", "start"]),
                       check=True, capture_output=True)
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"could not start a PostgreSQL cluster: {exc.stderr.decode(errors='replace')[-300:]}")
    try:
        yield ("127.0.0.1", port, "postgres")
    finally:
        subprocess.run(_as_server_user([f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def _has_c_utf8() -> bool:
    out = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    return "c.utf8" in out or "c.utf-8" in out


_db_numbers = itertools.count(1)


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the session's cluster; dropped after the test."""
    import psycopg

    host, port, user = pg_server
    name = f"t{os.getpid()}_{next(_db_numbers)}"
    with psycopg.connect(host=host, port=port, user=user, dbname="postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://{user}@{host}:{port}/{name}"
    with psycopg.connect(host=host, port=port, user=user, dbname="postgres", autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request):
    """The same store test against a real SQLite file and a real PostgreSQL server."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def engine(store_url):
    from communique.store.schema import open_store

    eng = open_store(store_url)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def fake_encode():
    """A deterministic stand-in for the sentence encoder where a test is not about similarity:
    bag-of-words hashed into 64 dimensions."""
    import hashlib

    import numpy as np

    def encode(texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % 64] += 1
        return out
    return encode
