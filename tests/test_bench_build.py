"""The build benchmark's own steps (the benchmark itself runs by `make bench`, not here)."""
import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_build.py"


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_build_under_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_compiles_the_package_even_where_python_writes_no_bytecode(tmp_path, monkeypatch):
    bench = _bench_module()
    for folder in ("diplograph", "extract", "graph", "ontology"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "module.py").write_text("VALUE = 1\n", encoding="utf-8")
    (tmp_path / "benchmarks").mkdir()
    monkeypatch.setattr(bench, "HERE", tmp_path / "benchmarks")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)      # as PYTHONDONTWRITEBYTECODE=1
    assert bench.compile_bytecode() is True
    compiled = sorted(p.parent.parent.name for p in tmp_path.glob("*/__pycache__/module.*.pyc"))
    assert compiled == ["diplograph", "extract", "graph", "ontology"]
    (tmp_path / "graph" / "broken.py").write_text("def (:\n", encoding="utf-8")
    assert bench.compile_bytecode() is False
