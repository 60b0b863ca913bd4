"""`make lab` opens JupyterLab for a newcomer, root included (containers), on the port asked for."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request

from conftest import PROJECT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_lab_serves_jupyterlab(warehouse):
    port = _free_port()
    args = f"--no-browser --ip=127.0.0.1 --port={port} --IdentityProvider.token='' --ServerApp.port_retries=0"
    lab = subprocess.Popen(
        ["make", "-o", "build", "lab", f"LAB_ARGS={args}"], cwd=PROJECT,  # -o: never build data/raw here
        env={**os.environ, "NIANBAO_DB": str(warehouse)}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120  # only guards against a hang
        page = ""
        while time.monotonic() < deadline and lab.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/lab", timeout=5) as response:
                    page = response.read().decode("utf-8", "replace")
                    break
            except OSError:
                time.sleep(0.5)
        output = "" if lab.poll() is None else lab.stdout.read().decode("utf-8", "replace")
        assert "JupyterLab" in page, output[-2000:]
    finally:
        os.killpg(lab.pid, signal.SIGTERM)
        lab.wait(timeout=60)
