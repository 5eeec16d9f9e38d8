import pytest

from harness import WASM, Backend, Envoy


def pytest_sessionstart(session):
    if not WASM.exists():
        raise pytest.UsageError(f"{WASM} is missing: run `make wasm` (or `make test`) first")


@pytest.fixture
def backend():
    b = Backend()
    yield b
    b.close()


@pytest.fixture(scope="module")
def shared_backend():
    b = Backend()
    yield b
    b.close()


# The default deployment: envoy/envoy.yaml's own policy, with a high rate limit so that
# tests in the module do not trip it.
DEFAULT_POLICY = {"rate_limit": {"limit": 1000, "window_seconds": 60}}


@pytest.fixture(scope="module")
def envoy(shared_backend):
    e = Envoy(shared_backend, DEFAULT_POLICY).start()
    yield e
    e.cleanup()


@pytest.fixture
def make_envoy():
    """Starts extra Envoys with their own policy/options; all stopped after the test."""
    started = []

    def make(backend, policy=None, **kw):
        e = Envoy(backend, policy, **kw)
        started.append(e)
        return e

    yield make
    for e in started:
        e.cleanup()
