-- wrk: send the signed-in session cookie (BENCH_SESSION) with every request.
local session = os.getenv("BENCH_SESSION") or ""
wrk.headers["Cookie"] = "sessionid=" .. session
wrk.headers["Accept-Encoding"] = "gzip"
