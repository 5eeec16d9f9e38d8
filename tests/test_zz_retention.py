"""Zero retention, checked last: no message text, name, PII value or secret that any
earlier test sent appears in any log Envoy (and botwall through it) wrote this session.
(Named test_zz_* so pytest runs it after the other end-to-end files.)"""

import pytest

import harness


def find_leaks(logs_dir, sent):
    leaks = []
    for path in sorted(logs_dir.iterdir()):
        text = path.read_text(errors="replace")
        leaks.extend((path.name, s[:60]) for s in sent if s in text)
    return leaks


def test_nothing_sent_is_in_any_log():
    if not any(harness.LOGS_DIR.iterdir()) or harness.SECRET not in harness.SENT:
        pytest.skip("run together with the other end-to-end tests: nothing was collected")
    assert len(harness.SENT) > 20
    assert find_leaks(harness.LOGS_DIR, harness.SENT) == []


def test_the_scan_finds_a_planted_leak(tmp_path):
    (tmp_path / "envoy.out").write_text("[info][wasm] wasm log botwall: clean line\n")
    (tmp_path / "other.out").write_text("[info][wasm] wasm log botwall: text=Jane Roe writes\n")
    sent = {"Jane Roe", "never-logged-value"}
    assert find_leaks(tmp_path, sent) == [("other.out", "Jane Roe")]
