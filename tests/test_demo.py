"""`followupd demo`: the README's first command, on a fresh install with no account."""

from __future__ import annotations

import email
import subprocess
import sys
from email import policy
from pathlib import Path


def test_demo_runs_the_pipeline_without_network_or_account(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(Path.cwd())}
    out = subprocess.run([sys.executable, "-m", "followupd", "demo", "--keep", str(tmp_path / "d")],
                         capture_output=True, text=True, timeout=120, env=env, check=False)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    # three confirmations found, three look-alikes not
    assert text.count("→ interview scheduled") == 3
    for subject in ("5 ways to follow up", "schedule your interview", "Appointment confirmed"):
        block = text.split(subject, 1)[1].split("\n", 2)[1]
        assert "not an interview" in block
    # the recruiter's reply after the interview drops the BrightPath check-in
    assert "reply_cancelled" in text and "check_in" in text
    assert text.rstrip().endswith("3 interviews tracked; follow-ups: 0 planned, 0 awaiting approval, "
                                  "5 sent, 0 failed")
    sent = sorted((tmp_path / "d" / "outbox").glob("*.eml"))
    assert len(sent) == 5
    recipients = sorted(str(email.message_from_bytes(p.read_bytes(), policy=policy.default)["To"])
                        for p in sent)
    assert all("no-reply" not in r for r in recipients)
    assert sum("priya.raman@lumen-analytics.example" in r for r in recipients) == 2
    assert sum("sam.oneill@brightpath.example" in r for r in recipients) == 1
    for p in sent:
        msg = email.message_from_bytes(p.read_bytes(), policy=policy.default)
        assert msg["Subject"].startswith("Re: ") and msg["In-Reply-To"]
