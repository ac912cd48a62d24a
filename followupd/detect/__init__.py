"""The interview-confirmation detector: a pure function from message bytes to a Detection."""

from followupd.detect.model import INTERVIEW_KINDS, Detection, DetectRules, Kind

__all__ = ["INTERVIEW_KINDS", "Detection", "DetectRules", "Kind", "detect"]


def detect(raw: bytes, received=None, rules=None, in_interview_thread=False):  # type: ignore[no-untyped-def]
    """Classify one message; see followupd.detect.classify.detect."""
    from followupd.detect.classify import detect as _detect

    return _detect(raw, received=received, rules=rules, in_interview_thread=in_interview_thread)
