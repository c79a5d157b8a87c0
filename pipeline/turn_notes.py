"""What goes into the prompt beside the user's words for one turn, and how notes chosen while
they spoke stand in for those their final words would bring (so the prompt stays cached)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline.recall import ABOUT_IT_SCORE, FollowUp

# A memory recalled for the final words is worth re-reading the prompt at the endpoint (on 2
# cores ~15 ms a token, ~300 ms for one memory) only when it is about them: on the quality
# bench's homes what a question is about scores 0.67 and up, the best unrelated memory 0.5-0.62.
NEW_MEMORY_SCORE = ABOUT_IT_SCORE
MAX_KEPT_MEMORIES = 6  # early notes and those the last words added; past that, notes anew


@dataclass(frozen=True)
class TurnNotes:
    lines: tuple[str, ...] = ()
    followup: FollowUp | None = None
    hints: tuple[str, ...] = ()  # tone, safety and preference hints among the lines
    # The recalled memories: (id, score, as the notes say it; "" for one they leave out).
    memories: tuple[tuple[int, float, str], ...] = ()
    header: str = ""  # the line before the memories (``prompting.memory_header``)

    def serving(self, fresh: TurnNotes) -> TurnNotes:
        """What stands for ``fresh``, chosen for later words, when these notes were chosen for
        the words so far (and are in the LLM's cache): these, when the hints and follow-up are
        the same and every memory the later words bring that matters is among them; these with
        the ones that matter added after them (only those are read at the endpoint, not all of
        ``fresh``'s notes: 30-120 tokens on 2 cores); else ``fresh``."""
        if self.hints != fresh.hints or self.followup != fresh.followup:
            return fresh
        known = {memory for memory, _, _ in self.memories}
        new = tuple(memory for memory in fresh.memories
                    if memory[1] >= NEW_MEMORY_SCORE and memory[0] not in known)
        if not new:
            return self
        if len(self.memories) + len(new) > MAX_KEPT_MEMORIES:
            return fresh
        lines = tuple(f"- {said}" for _, _, said in new if said)
        header = (fresh.header,) if lines and not any(said for *_, said in self.memories) else ()
        return replace(self, lines=self.lines + header + lines, memories=self.memories + new)
