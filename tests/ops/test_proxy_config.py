"""nginx's configuration and gunicorn's: the README's nginx example is the configuration CI
runs (config/nginx.conf.template, which tests/ops/test_two_servers.py fills in and starts),
quoted whole, and its timeouts agree with config/gunicorn.py's."""
import re
from pathlib import Path

import config.gunicorn as gunicorn

ROOT = Path(__file__).resolve().parents[2]


def test_the_readmes_nginx_example_is_the_file_ci_runs():
    readme = (ROOT / "README.md").read_text()
    examples = re.findall(r"```nginx\n(.*?)```", readme, flags=re.DOTALL)
    assert examples == [(ROOT / "config" / "nginx.conf.template").read_text()]


def test_nginx_lets_go_of_idle_connections_before_gunicorn_and_waits_longer_for_an_answer():
    """A connection gunicorn closed while nginx reused it would fail a POST (nginx passes no
    POST on), and nginx must not give up on a request gunicorn still allows."""
    template = (ROOT / "config" / "nginx.conf.template").read_text()
    idle = int(re.search(r"keepalive_timeout (\d+)s;", template).group(1))
    read = int(re.search(r"proxy_read_timeout (\d+)s;", template).group(1))
    assert idle < gunicorn.keepalive
    assert read > gunicorn.timeout


def test_workers_are_threaded_and_do_not_restart_together():
    assert gunicorn.worker_class == "gthread" and gunicorn.threads >= 2
    assert gunicorn.max_requests_jitter > 0 and gunicorn.graceful_timeout > 0
