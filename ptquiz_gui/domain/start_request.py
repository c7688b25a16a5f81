"""What ``ptquiz start`` asks for: a bank, a mode and how to draw it. Plain data, so the
command line, the running instance's socket and the window all pass the same thing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ptquiz_gui.domain.attempt_kinds import Mode

if TYPE_CHECKING:
    from ptquiz_gui.domain.model import Bank
    from ptquiz_gui.domain.plan import AttemptPlan


@dataclass(frozen=True, slots=True)
class StartRequest:
    """Open straight into an attempt."""

    bank_id: str
    mode: Mode = Mode.PRACTICE
    seed: int | None = None
    shuffle: bool = True
    time_limit: int | None = None


# The longest a request may be on the running instance's socket; anything longer is not one.
MAX_REQUEST_BYTES = 4096


def encode_request(request: StartRequest) -> bytes:
    """One line of JSON, how a later ``ptquiz start`` hands its request to the running one."""
    fields = {
        "bank_id": request.bank_id,
        "mode": request.mode.value,
        "seed": request.seed,
        "shuffle": request.shuffle,
        "time_limit": request.time_limit,
    }
    return json.dumps({"start": fields}, ensure_ascii=True).encode("ascii") + b"\n"


def decode_request(line: bytes) -> StartRequest | None:
    """The request ``encode_request`` wrote, or None for anything else (a bare "come
    forward", an older ptquiz, or bytes that are not a well-formed request)."""
    if len(line) > MAX_REQUEST_BYTES:
        return None
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    fields = message.get("start") if isinstance(message, dict) else None
    if not isinstance(fields, dict):
        return None
    bank_id, mode, seed = fields.get("bank_id"), fields.get("mode"), fields.get("seed")
    shuffle, time_limit = fields.get("shuffle", True), fields.get("time_limit")
    if not isinstance(bank_id, str) or not bank_id or mode not in {m.value for m in Mode}:
        return None
    if not _whole_or_none(seed, 0) or not _whole_or_none(time_limit, 1) or not isinstance(shuffle, bool):
        return None
    return StartRequest(bank_id, Mode(mode), seed, shuffle, time_limit)


def _whole_or_none(value: object, least: int) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= least)


def plan_for_request(bank: Bank, request: StartRequest) -> AttemptPlan:
    """The attempt ``request`` asks for at ``bank``."""
    from ptquiz_gui.domain.plan import plan_for_bank  # the planner waits until an attempt starts

    return plan_for_bank(
        bank, request.mode, seed=request.seed, shuffle=request.shuffle, time_limit=request.time_limit
    )


def asked_for(request: StartRequest, title: str | None = None) -> str:
    """``a practice of pytorch-01``, ``an exam of “Title”``: what the request asks, in words."""
    what = "an exam" if request.mode is Mode.EXAM else "a practice"
    return f"{what} of {request.bank_id if title is None else f'“{title}”'}"
