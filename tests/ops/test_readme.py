"""The README's nginx example is the configuration CI runs (config/nginx.conf.template, which
tests/ops/test_two_servers.py fills in and starts): the README quotes the file whole."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_readmes_nginx_example_is_the_file_ci_runs():
    readme = (ROOT / "README.md").read_text()
    examples = re.findall(r"```nginx\n(.*?)```", readme, flags=re.DOTALL)
    assert examples == [(ROOT / "config" / "nginx.conf.template").read_text()]
