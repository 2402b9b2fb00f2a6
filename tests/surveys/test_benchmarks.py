"""Benchmarks of the summary (run with `make bench`; in the ordinary run they execute once).

Speed is shown by pytest-benchmark's statistics, never asserted against a clock.
"""
import pytest

from surveys.models import Report
from surveys.summary.counts import report_summary
from surveys.summary.reconciliation import reconcile
from tests.test_published_figures import RESPONDENTS

pytestmark = [pytest.mark.django_db, pytest.mark.benchmark]


def test_benchmark_report_summary(benchmark):
    report = Report.objects.get(symbol="A/56/167")
    summary = benchmark(report_summary, report=report)
    assert summary.respondents == RESPONDENTS


def test_benchmark_reconcile_all_reports(benchmark):
    checks = benchmark(reconcile)
    assert not [check.figure.key for check in checks if check.is_problem]  # none differ
    assert all(check.matches or check.is_quoted for check in checks)
