"""make bench: every page kind, export and the PDF at 1x, 10x and 100x the demo data.

For each factor it builds a PostgreSQL database of its own (bench_1x, bench_10x,
bench_100x on BENCH_POSTGRES, by default the machine's server on 127.0.0.1:5432): migrate,
loaddemo, and ``scaledemo --factor N``. Then, with DEBUG off:

- queries and HTML bytes: a pass of Django's test client with CaptureQueriesContext, once
  with nothing cached and once again (bench/queries.py);
- one request over HTTP with nothing cached (the data version moved just before);
- p50, p99 and requests per second under load: wrk, 8 connections for BENCH_SECONDS
  (default 5) seconds a page, against gunicorn (config/gunicorn.py, 2 workers) on
  127.0.0.1 only, signed in with a session cookie (bench/cookie.lua);
- each export and the PDF once more with nothing cached, while wrk keeps 8 connections busy
  on the responses list: its time and first byte under load, beside the quiet ones;
- the first request after a change to the heaviest pages (bench/pages.py,
  ``after_a_change``), with a worker running (``manage.py run_worker``): a reply is changed
  in SQL, a request is made at once (the previous figures, marked as such: core.figures),
  and again once the worker has computed the change's figures, with how long that took.

Each page's p50 is set beside the floor's (a bare signed-in view) and the peer's (the
admin's changelist of responses). Writes bench/results/latest.json and latest.md, and puts
the table in the README's performance section. The 100x database takes a few minutes to
build; a whole run takes about 15 to 25 minutes on two cores. BENCH_FACTORS="1 10" runs
fewer; BENCH_REUSE=1 keeps a database already built; BENCH_ONLY names pages to measure alone.
"""
from __future__ import annotations

import datetime
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
RESULTS = ROOT / "bench" / "results"
SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
FACTORS = [int(f) for f in os.environ.get("BENCH_FACTORS", "1 10 100").split()]
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
PORT = int(os.environ.get("BENCH_PORT", "8765"))
# BENCH_ONLY="reports;organizations" measures those pages alone; with BENCH_MERGE they
# replace their rows in the committed run of the same factor, whose floor and peer stay.
ONLY = {name.strip() for name in os.environ.get("BENCH_ONLY", "").split(";") if name.strip()}
BASE = f"http://127.0.0.1:{PORT}"
CACHED_TARGET, PEER_TARGET = 3.0, 1.0  # p50 / floor when cached; one request / peer
# An export's 10,000 rows in about 2 s (one request alone, nothing cached) and a CSV's
# first byte within a second; the PDF in under a second with nothing cached, and from the cache
# within the cached pages' target.
FIRST_BYTE_TARGET, TEN_THOUSAND_ROWS_TARGET, PDF_TARGET = 1.0, 2.0, 1.0
# After a change: its first request within 3 times the floor once the worker has caught up,
# and the change on every page within 5 seconds.
AFTER_CHANGE_TARGET, CAUGHT_UP_TARGET = 3.0, 5.0
LOADED_WITH = "/responses/"  # what keeps the connections busy while an export is timed


def env_for(database: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "CACHE_URL", "REDIS_URL"}}
    env.update({
        "DATABASE_URL": f"{SERVER}/{database}", "DEBUG": "0", "SECURE_COOKIES": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver", "LOG_LEVEL": "WARNING",
        "ACCESS_LOG": "", "GUNICORN_BIND": f"127.0.0.1:{PORT}", "WEB_CONCURRENCY": "2",
        "CONN_MAX_AGE": "60", "AXES_FAILURE_LIMIT": "1000",
        # a 100x export may take minutes on a loaded machine: measured, not killed
        "GUNICORN_TIMEOUT": os.environ.get("BENCH_REQUEST_TIMEOUT", "300"),
        # every export made inside the request, to measure the export itself: the app hands
        # one of more rows to a worker (core.downloads), which runs the same code
        "EXPORT_IN_REQUEST_ROWS": "10000000",
    })
    if not env.get("SECRET_KEY") and not env.get("SECRET_KEY_FILE"):
        env["SECRET_KEY"] = "bench-only-" + os.urandom(16).hex()
    return env


def run(args: list[str], env: dict, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def manage(env: dict, *args: str) -> str:
    return run([PYTHON, "manage.py", *args], env).stdout


def sql(database: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{SERVER}/{database}", autocommit=True) as connection:
        connection.execute(statement)


def build(factor: int) -> tuple[str, dict, float]:
    database = f"bench_{factor}x"
    env = env_for(database)
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        reuse = exists and os.environ.get("BENCH_REUSE")
        if exists and not reuse:
            connection.execute(f'DROP DATABASE "{database}" WITH (FORCE)')
        if not exists or not reuse:
            connection.execute(f'CREATE DATABASE "{database}"')
    if reuse:  # built by an earlier run: brought up to the code's migrations
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        return database, env, 0.0
    started = time.perf_counter()
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "loaddemo", "--verbosity", "0")
    if factor > 1:
        manage(env, "scaledemo", "--factor", str(factor), "--seed", "2001")
    sql(database, "VACUUM ANALYZE")
    return database, env, time.perf_counter() - started


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"the app did not answer at {url}")


def drained(seconds: float = 180) -> None:
    """Wait until the workers have finished what the last load run left queued (a slow page
    leaves requests behind it), so that a single request is not timed behind them."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(BASE + "/healthz", timeout=seconds) as answer:
                answer.read()
        except OSError:
            pass
        if time.perf_counter() - started < 0.2:
            return


def one_request(path: str, session: str) -> dict:
    request = urllib.request.Request(BASE + path, headers={"Cookie": f"sessionid={session}"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=300) as answer:
            first = answer.read(1)
            first_byte = time.perf_counter() - started
            size = len(first) + len(answer.read())
    except (OSError, http.client.HTTPException) as error:
        return {"seconds": None, "first_byte_seconds": None, "http_bytes": 0,
                "error": str(error)[:200]}
    return {"seconds": round(time.perf_counter() - started, 4),
            "first_byte_seconds": round(first_byte, 4), "http_bytes": size}


UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}


def seconds_of(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def load(path: str, session: str) -> dict:
    """wrk for SECONDS seconds: p50, p99 (seconds) and requests per second."""
    result = subprocess.run(
        ["wrk", f"-t{min(2, CONNECTIONS)}", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency",
         "--timeout", "60s", "-s", str(ROOT / "bench" / "cookie.lua"), BASE + path],
        capture_output=True, text=True, env={**os.environ, "BENCH_SESSION": session},
        timeout=SECONDS + 120)
    out = result.stdout
    percentiles = dict(re.findall(r"^\s+(50|99)(?:\.0+)?%\s+(\S+)", out, re.M))
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if not percentiles or not rate or float(rate.group(1)) == 0:
        return {"p50": None, "p99": None, "rps": None, "error": (out + result.stderr)[-300:]}
    return {"p50": seconds_of(percentiles["50"]), "p99": seconds_of(percentiles["99"]),
            "rps": float(rate.group(1)), "non_2xx": int(errors.group(1)) if errors else 0}


def stop(process: subprocess.Popen) -> None:
    """Stop a process started in a session of its own, and what it started (SIGTERM, then
    SIGKILL after 30 s)."""
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def versions(database: str) -> tuple[int, int | None]:
    """The data version and the version the figures were last computed at (core.figures)."""
    import psycopg

    with psycopg.connect(f"{SERVER}/{database}", autocommit=True) as connection:
        return connection.execute(
            "SELECT value, figures_version FROM core_dataversion WHERE id = 1").fetchone()


def caught_up(database: str, seconds: float = 120) -> float | None:
    """Wait until the worker has computed the figures of the current data version: the
    seconds it took, None if it did not within ``seconds``."""
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        value, computed = versions(database)
        if computed is not None and computed >= value:
            return time.perf_counter() - started
        time.sleep(0.05)
    return None


# How many changes each page's first request after a change is measured over: the requests
# are single ones, a few milliseconds long, so that one sample is as much the machine's noise
# as the page's (the reconciliation of all reports' took 10 ms in one run, 17 ms in the
# next); the table gives their medians, and the slowest catching up.
CHANGES_A_PAGE = 3


def after_a_change(database: str, env: dict, session: str, pages: list) -> list[dict]:
    """The first request to each page after a change, with a worker running: at once, and
    once the worker has caught up (how long it took), beside the floor's single request;
    for ``CHANGES_A_PAGE`` changes, the median of each request and the slowest catching up."""
    worker = subprocess.Popen([PYTHON, "manage.py", "run_worker", "--clock", "0"], cwd=ROOT,
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, start_new_session=True)
    try:
        caught_up(database)  # the figures of the data as built
        floor = sorted(one_request("/healthz/signed-in", session)["seconds"] or 0
                       for _ in range(5))[2]
        results = []
        for name, path in pages:
            changes = []
            for _change in range(CHANGES_A_PAGE):
                one_request(path, session)  # drawn once at this version, as a reader had it
                sql(database, "UPDATE surveys_response SET summary = summary "
                              "WHERE id = (SELECT min(id) FROM surveys_response)")
                meanwhile = one_request(path, session)
                waited = caught_up(database)
                changes.append((meanwhile, waited, one_request(path, session)))
            meanwhile = median_request([change[0] for change in changes])
            after = median_request([change[2] for change in changes])
            waits = [change[1] for change in changes]
            waited = None if None in waits else max(waits)
            results.append({"name": name, "path": path, "floor_seconds": floor,
                            "meanwhile": meanwhile, "caught_up_seconds": waited,
                            "after": after, "changes": len(changes)})
            print(f"  after a change, {name}: at once {meanwhile['seconds']} s, caught up in "
                  f"{waited} s, then {after['seconds']} s (medians of {len(changes)} "
                  "changes, the slowest catching up)", flush=True)
        return results
    finally:
        stop(worker)


def median_request(requests: list[dict]) -> dict:
    """The request of median time among ``requests`` (a failed one counts as slowest)."""
    ranked = sorted(requests, key=lambda r: float("inf") if r["seconds"] is None
                    else r["seconds"])
    return ranked[len(ranked) // 2]


def under_load(path: str, session: str, database: str) -> dict:
    """One request with nothing cached while wrk keeps the connections busy on another page."""
    sql(database, "UPDATE core_dataversion SET value = value + 1")
    drained()
    loader = subprocess.Popen(
        ["wrk", f"-t{min(2, CONNECTIONS)}", f"-c{CONNECTIONS}", "-d600s", "--timeout", "60s",
         "-s", str(ROOT / "bench" / "cookie.lua"), BASE + LOADED_WITH],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "BENCH_SESSION": session})
    try:
        time.sleep(1)  # the connections busy
        return one_request(path, session)
    finally:
        loader.terminate()
        loader.wait(timeout=30)


def bench(factor: int) -> dict:
    database, env, build_seconds = build(factor)
    print(f"{factor}x: built {database} in {build_seconds:.0f} s", flush=True)
    measured = json.loads(run([PYTHON, "bench/queries.py"], env).stdout)
    session = measured["session"]
    server = subprocess.Popen([GUNICORN, "--config", "config/gunicorn.py"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              start_new_session=True)
    try:
        wait_for(BASE + "/healthz")
        for page in measured["pages"]:
            # nothing cached: move the data version, as any change to a record does
            sql(database, "UPDATE core_dataversion SET value = value + 1")
            drained()
            page["cold"] = one_request(page["path"], session)
            page["load"] = load(page["path"], session)
            print(f"  {page['name']}: {page['queries']} queries, p50 "
                  f"{page['load']['p50']}, cold {page['cold']['seconds']} s", flush=True)
        for page in measured["pages"]:
            if page["kind"] in ("export", "pdf"):
                page["cold_under_load"] = under_load(page["path"], session, database)
                print(f"  {page['name']} under load: {page['cold_under_load']['seconds']} s",
                      flush=True)
        changed = after_a_change(database, env, session, measured["after_a_change"])
    finally:
        stop(server)
    return {"factor": factor, "database": database, "build_seconds": round(build_seconds, 1),
            "pages": measured["pages"], "after_a_change": changed}


def judge(runs: list[dict]) -> None:
    """Each page's ratios to the floor and the peer, and whether it meets the targets."""
    for one in runs:
        by_kind = {p["kind"]: p for p in one["pages"] if p["kind"] in ("floor", "peer")}
        floor, peer = by_kind["floor"]["load"]["p50"], by_kind["peer"]["load"]["p50"]
        peer_cold = by_kind["peer"]["cold"]["seconds"]
        for page in one["pages"]:
            p50 = page["load"]["p50"]
            page["x_floor"] = round(p50 / floor, 1) if p50 and floor else None
            page["x_peer"] = round(p50 / peer, 2) if p50 and peer else None
            cold = page["cold"]["seconds"]
            page["cold_x_peer"] = round(cold / peer_cold, 2) if cold and peer_cold else None
            if page["kind"] in ("floor", "peer"):
                page["meets"] = None
            elif page["kind"] == "export":
                # up to 10,000 rows in 2 s, more at the same rate; a CSV streams, so its
                # first byte comes within a second (an XLSX is a zip, sent when written)
                rows = page.get("rows")
                page["seconds_per_10000_rows"] = (
                    round(cold * 10_000 / rows, 2) if cold and rows else None)
                first_byte = page["cold"].get("first_byte_seconds")
                streamed = "_export=csv" in page["path"]
                page["meets"] = bool(
                    cold is not None and rows is not None
                    and cold <= TEN_THOUSAND_ROWS_TARGET * max(1.0, rows / 10_000)
                    and (not streamed or (first_byte is not None
                                          and first_byte <= FIRST_BYTE_TARGET)))
            elif page["kind"] == "pdf":
                page["meets"] = bool(page["x_floor"] is not None
                                     and page["x_floor"] <= CACHED_TARGET
                                     and cold is not None and cold <= PDF_TARGET)
            elif page["cached"]:
                page["meets"] = bool(page["x_floor"] is not None
                                     and page["x_floor"] <= CACHED_TARGET
                                     and page["cold_x_peer"] is not None
                                     and page["cold_x_peer"] <= PEER_TARGET)
            else:
                page["meets"] = bool(page["x_peer"] is not None and page["x_peer"] <= PEER_TARGET)
    for one in runs:
        for row in one.get("after_a_change", []):
            after, floor = row["after"]["seconds"], row["floor_seconds"]
            row["x_floor"] = round(after / floor, 1) if after and floor else None
            row["meets"] = bool(row["x_floor"] is not None
                                and row["x_floor"] <= AFTER_CHANGE_TARGET
                                and row["caught_up_seconds"] is not None
                                and row["caught_up_seconds"] <= CAUGHT_UP_TARGET)
    names = [p["name"] for p in runs[0]["pages"]]
    for name in names:
        found = [page for one in runs for page in one["pages"] if page["name"] == name]
        for page in found:
            page["queries_constant"] = len({p["queries"] for p in found}) == 1


def ms(value) -> str:
    return "–" if value is None else f"{value * 1000:.0f}"


def markdown(runs: list[dict], started: str) -> str:
    factors = [one["factor"] for one in runs]
    lines = [
        f"Measured {started} on this machine ({os.cpu_count()} cores): PostgreSQL, DEBUG off, "
        f"gunicorn with 2 workers on 127.0.0.1, wrk with {CONNECTIONS} connections for "
        f"{SECONDS} s a page; databases grown by `scaledemo` to "
        + ", ".join(f"{f}x" for f in factors) + ". Queries: the test client's, with nothing "
        "cached / again (cached). Cold: one request with nothing cached. p50, p99: "
        "milliseconds under load (cached pages are then served from the cache). × floor, "
        "× peer: p50 over the bare signed-in view's and the admin changelist's.",
        "",
        "| page | kind | " + " | ".join(
            f"{f}x queries | {f}x KB | {f}x cold ms | {f}x p50 | {f}x p99 | {f}x req/s | "
            f"{f}x × floor | {f}x × peer" for f in factors) + " | targets |",
        "| --- | --- | " + " | ".join(["---"] * 8 * len(factors)) + " | --- |",
    ]
    for first in runs[0]["pages"]:
        cells = [first["name"], first["kind"] + (" (cached)" if first["cached"] else "")]
        verdicts, constant = [], True
        for one in runs:
            page = next((p for p in one["pages"] if p["name"] == first["name"]), None)
            if page is None:
                cells += ["not measured"] + ["–"] * 7
                verdicts.append(f"{one['factor']}x (not measured)")
                continue
            constant = constant and page["queries_constant"]
            load_ = page["load"]
            queries = f"{page['queries']}" + (
                f"/{page['queries_cached']}" if page["cached"] else "")
            cells += [queries, f"{page['bytes'] / 1024:.0f}", ms(page["cold"]["seconds"]),
                      ms(load_["p50"]), ms(load_["p99"]),
                      "–" if load_["rps"] is None else f"{load_['rps']:.0f}",
                      "–" if page["x_floor"] is None else f"{page['x_floor']}",
                      "–" if page["x_peer"] is None else f"{page['x_peer']}"]
            if page["meets"] is False:
                verdicts.append(f"{one['factor']}x")
        verdict = ("–" if first["kind"] in ("floor", "peer") else
                   ("met" if not verdicts else "missed at " + ", ".join(verdicts)))
        if not constant:
            verdict += "; queries grow"
        largest = next((p for p in runs[-1]["pages"] if p["name"] == first["name"]), None)
        if largest and largest.get("seconds_per_10000_rows") is not None:
            verdict += (f" ({largest['rows']:,} rows at {runs[-1]['factor']}x: "
                        f"{largest['seconds_per_10000_rows']} s per 10,000, first byte in "
                        f"{largest['cold']['first_byte_seconds']} s)")
        cells.append(verdict)
        lines.append("| " + " | ".join(cells) + " |")
    lines += after_a_change_table(runs) + quiet_and_loaded_table(runs)
    builds = ", ".join(f"{one['factor']}x in {one['build_seconds']:.0f} s" for one in runs
                       if one["build_seconds"])
    if builds:
        lines += ["", f"Databases built (migrate, loaddemo, scaledemo): {builds}."]
    return "\n".join(lines) + "\n"


def after_a_change_table(runs: list[dict]) -> list[str]:
    """The first request after a change, at once and once the worker caught up."""
    measured = [one for one in runs if one.get("after_a_change")]
    if not measured:
        return []
    lines = ["", "First request after a change (a reply changed in SQL, a worker running): "
             "at once (the previous figures, marked as such), how long the worker took to "
             "compute the change's figures, then the first request: ms, and × floor (the "
             "bare signed-in view's single request); medians of "
             f"{CHANGES_A_PAGE} changes a page, the slowest catching up. Targets: within "
             f"{AFTER_CHANGE_TARGET:.0f}x the floor once caught up, caught up within "
             f"{CAUGHT_UP_TARGET:.0f} s.", "",
             "| page | " + " | ".join(f"{one['factor']}x at once ms | {one['factor']}x caught "
                                      f"up s | {one['factor']}x after ms | {one['factor']}x × "
                                      f"floor" for one in measured) + " | targets |",
             "| --- | " + " | ".join(["---"] * 4 * len(measured)) + " | --- |"]
    for first in measured[0]["after_a_change"]:
        cells, missed = [first["name"]], []
        for one in measured:
            row = next(r for r in one["after_a_change"] if r["name"] == first["name"])
            waited = row["caught_up_seconds"]
            cells += [ms(row["meanwhile"]["seconds"]),
                      "–" if waited is None else f"{waited:.1f}", ms(row["after"]["seconds"]),
                      "–" if row["x_floor"] is None else f"{row['x_floor']}"]
            if not row["meets"]:
                missed.append(f"{one['factor']}x")
        cells.append("met" if not missed else "missed at " + ", ".join(missed))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def quiet_and_loaded_table(runs: list[dict]) -> list[str]:
    """Each export and the PDF with nothing cached, alone and under load, side by side."""
    lines = ["", "Exports and the PDF with nothing cached, on a quiet server and while wrk keeps "
             f"{CONNECTIONS} connections busy on {LOADED_WITH}: seconds for the whole file "
             "(exports: per 10,000 rows too) and to the first byte.", "",
             "| page | " + " | ".join(f"{one['factor']}x rows | {one['factor']}x quiet s | "
                                      f"{one['factor']}x quiet first byte s | {one['factor']}x "
                                      f"loaded s | {one['factor']}x loaded first byte s"
                                      for one in runs) + " |",
             "| --- | " + " | ".join(["---"] * 5 * len(runs)) + " |"]
    for first in runs[0]["pages"]:
        if first["kind"] not in ("export", "pdf"):
            continue
        cells = [first["name"]]
        for one in runs:
            page = next((p for p in one["pages"] if p["name"] == first["name"]), {})
            rows = page.get("rows")
            for when in ("cold", "cold_under_load"):
                timed = page.get(when) or {}
                seconds = timed.get("seconds")
                per = (f" ({seconds * 10_000 / rows:.2f} per 10,000)"
                       if seconds and rows and rows >= 1000 else "")
                if when == "cold":
                    cells.append("–" if rows is None else f"{rows:,}")
                cells += ["–" if seconds is None else f"{seconds:.2f}{per}",
                          "–" if timed.get("first_byte_seconds") is None
                          else f"{timed['first_byte_seconds']:.3f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def readme(table: str) -> None:
    path = ROOT / "README.md"
    text = path.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        path.write_text(f"{before}{start}\n{table}{end}{after}", encoding="utf-8")


def render() -> None:
    """Judge and write the table again from latest.json (``bench/run.py --render``)."""
    kept = json.loads((RESULTS / "latest.json").read_text(encoding="utf-8"))
    for one in kept["runs"]:
        for page in one["pages"]:
            if not page["load"].get("rps"):  # no request finished within the run
                page["load"].update({"p50": None, "p99": None, "rps": None})
    judge(kept["runs"])
    table = markdown(kept["runs"], kept["started"])
    (RESULTS / "latest.json").write_text(json.dumps(kept, indent=1), encoding="utf-8")
    (RESULTS / "latest.md").write_text(table, encoding="utf-8")
    readme(table)


def main() -> None:
    if "--render" in sys.argv:
        render()
        return
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install -y wrk")
    started = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    env = env_for("bench_static")
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], env)
    runs = []
    kept = RESULTS / "latest.json"
    if os.environ.get("BENCH_MERGE") and kept.exists():  # keep the other factors' runs
        earlier = json.loads(kept.read_text(encoding="utf-8"))
        started = earlier["started"]
        runs = [one for one in earlier["runs"] if ONLY or one["factor"] not in FACTORS]
    for factor in FACTORS:
        fresh = bench(factor)
        earlier_run = next((one for one in runs if one["factor"] == factor), None)
        if ONLY and earlier_run:
            by_name = {p["name"]: p for p in fresh["pages"] if p["name"] in ONLY}
            earlier_run["pages"] = [by_name.get(p["name"], p) for p in earlier_run["pages"]]
            earlier_run["after_a_change"] = fresh["after_a_change"]
        else:
            runs = [one for one in runs if one["factor"] != factor]
            runs.append(fresh)
        runs.sort(key=lambda one: one["factor"])
        judge(runs)
        RESULTS.mkdir(parents=True, exist_ok=True)
        table = markdown(runs, started)
        (RESULTS / "latest.json").write_text(json.dumps(
            {"started": started, "runs": runs}, indent=1), encoding="utf-8")
        (RESULTS / "latest.md").write_text(table, encoding="utf-8")
        readme(table)  # after each factor, so an interrupted run still leaves its table
    print(f"wrote {RESULTS / 'latest.md'}")


if __name__ == "__main__":
    main()
