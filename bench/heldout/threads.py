"""Score the held-out sets as the daemon reads a mailbox: in Date order, a reply in the thread of
an interview found earlier (still to come) is read as being about it.

    python3 bench/heldout/threads.py [SET ...]      # default: every set with labels.json

Per set, the line ``score.py`` prints for the per-mail reading (``followupd detect``) and for the
reading in threads, and which mails differ. The sets were written as inboxes, with threads across
mails (References / In-Reply-To), so this is the number a user of the daemon sees.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SCORE = REPO.parent / "shared" / "corpus" / "score.py"
sys.path.insert(0, str(REPO))

from followupd.detect import detect  # noqa: E402
from followupd.detect.conversations import Conversations, date_header  # noqa: E402


def _score(set_dir: Path, rows: list[dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        out.write("".join(json.dumps(r) + "\n" for r in rows))
    proc = subprocess.run([sys.executable, str(SCORE), str(set_dir), out.name],
                          capture_output=True, text=True, check=False)
    Path(out.name).unlink()
    return proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr.strip()


def main(argv: list[str]) -> int:
    names = argv or sorted(p.parent.name for p in HERE.glob("*/labels.json"))
    for name in names:
        set_dir = HERE / name
        paths = sorted(set_dir.glob("*.eml"))
        raws = {p: p.read_bytes() for p in paths}
        alone = {p: detect(raws[p]) for p in paths}
        threads = Conversations()
        dates = {p: date_header(raws[p]) for p in paths}
        in_order = sorted(paths, key=lambda p: (dates[p] is None, dates[p] or 0, p.name))
        together = {p: threads.detect(raws[p]) for p in in_order}
        changed = [p.name for p in paths if alone[p].to_json() != together[p].to_json()]
        for label, found in (("per mail  ", alone), ("in threads", together)):
            rows = [{"file": p.name, **found[p].to_json()} for p in paths]
            print(f"{name}: {label} {_score(set_dir, rows)}")
        if changed:
            print(f"{name}: read differently in threads: {', '.join(changed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
