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
    """The notes before the user's words: the memories recalled for them first, then the hints
    and the worry to ask about. Memories settle while the user speaks; a hint often comes with
    the last words ("What should I cook for dinner tonight?" is a request for a dish only once
    "dinner" is heard, "...and I'm exhausted" a tired tone): after the memories, it leaves them
    in the LLM's cache, where before them it made the model re-read all of them (~100 tokens,
    over a second on 2 cores). Nearest the words is where a small model heeds a hint anyway."""

    # The header and the memories it introduces, as the prompt says them.
    memory_lines: tuple[str, ...] = ()
    followup: FollowUp | None = None
    hints: tuple[str, ...] = ()  # tone, safety and preference hints
    ask: str = ""  # the line asking about ``followup``
    # The recalled memories: (id, score, as the notes say it; "" for one they leave out).
    memories: tuple[tuple[int, float, str], ...] = ()
    header: str = ""  # the line before the memories (``prompting.memory_header``)

    @property
    def lines(self) -> tuple[str, ...]:
        return (*self.memory_lines, *self.hints, *((self.ask,) if self.ask else ()))

    def serving(self, fresh: TurnNotes) -> TurnNotes:
        """What stands for ``fresh``, chosen for later words, when these notes were chosen for
        the words so far (and are in the LLM's cache): these memories, with the ones that
        matter that the later words bring added after them (only those are read at the
        endpoint, not all of ``fresh``'s: 30-120 tokens on 2 cores), and ``fresh``'s hints;
        ``fresh`` itself when the worry to ask about changed or too many memories would be
        kept."""
        if self.followup != fresh.followup:
            return fresh
        known = {memory for memory, _, _ in self.memories}
        new = tuple(memory for memory in fresh.memories
                    if memory[1] >= NEW_MEMORY_SCORE and memory[0] not in known)
        if len(self.memories) + len(new) > MAX_KEPT_MEMORIES:
            return fresh
        lines = tuple(f"- {said}" for _, _, said in new if said)
        header = (fresh.header,) if lines and not any(said for *_, said in self.memories) else ()
        return replace(fresh, memory_lines=self.memory_lines + header + lines,
                       memories=self.memories + new)
