"""The labelled utterances of the end-of-turn benchmark, in two families of voices.

Three kinds, each ending in a finished turn:
  complete  a question or a statement, said in one go
  pause     a sentence with a hesitation of 0.4-0.8 s in the middle ("I'd like to book a
            table | for two people tomorrow"); ending the turn in the pause is premature
  filler    a filler or a dangling word, then the rest after a pause ("so I was thinking, um |
            maybe we could go out tonight")

espeak-ng family: 8 voices (accents, variants, rates, pitches: tools.synth.VOICES); the pause is
an SSML <break> inside one sentence. Smart Turn was trained on human speech and reads espeak's
flat prosody poorly (see the README), so a second family:
piper family: the piper voice varied strongly (tempo x0.85-1.2 and pitch +-12% by resampling);
the whole sentence is synthesised, then silence is inserted between the two words whisper's
word timestamps place around the "|", so the intonation before the pause stays mid-sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tools.synth import VOICES, silence, speak
from voice.audio import SAMPLE_RATE, resample

__all__ = ["Utterance", "SCRIPT", "PIPER_VARIANTS", "build_espeak", "build_piper"]

LEAD_S = 0.4  # silence before the user speaks
TRAIL_S = 2.0  # silence after: room for the slowest endpoint

COMPLETE = [
    "What time is it in Tokyo right now?",
    "Can you set a timer for ten minutes?",
    "How far away is the moon?",
    "What should I cook for dinner tonight?",
    "Is it going to rain tomorrow?",
    "Who wrote the book Pride and Prejudice?",
    "How do I make a cup of green tea?",
    "What is the capital of Australia?",
    "Could you remind me to call my mother?",
    "Why is the sky blue?",
    "What's the best way to learn a new language?",
    "How many minutes are in a day?",
    "Do you know any good jokes?",
    "Where is the nearest train station?",
    "What did I tell you about my sister?",
    "Turn off the lights in the kitchen.",
    "I had a really long day at work today.",
    "My favourite colour is green.",
    "Play some relaxing music please.",
    "I think I'm going to bed now.",
    "We're out of milk again.",
    "Tell me something interesting about octopuses.",
    "I finally finished reading that novel.",
    "Thank you, that was very helpful.",
    "The meeting has been moved to Thursday.",
    "Good morning!",
    "I'm feeling a bit nervous about tomorrow.",
    "Add eggs and bread to my shopping list.",
    "My daughter starts school next week.",
    "That's all for now, goodbye.",
]

PAUSED = [  # "|" is where the speaker hesitates; the ms is the pause
    ("I'd like to book a table | for two people tomorrow evening.", 600),
    ("Can you tell me | how long it takes to boil an egg?", 500),
    ("I was thinking that we could | go to the beach this weekend.", 700),
    ("What is the name of the | actor who played the main role?", 600),
    ("My brother is coming to visit | on the first of June.", 450),
    ("Could you please | turn the volume down a little?", 800),
    ("I need to buy a present for | my wife's birthday next month.", 550),
    ("How many people live in | the city of New York?", 650),
    ("The doctor said that I should | drink more water every day.", 750),
    ("Remind me to water the | plants in the garden tomorrow.", 400),
    ("I want to go to the park | with my dog after lunch.", 600),
    ("What's the weather going to be like | in London on Saturday?", 700),
    ("I don't really know if | I want to go to the party.", 500),
    ("We should probably | leave a bit earlier tomorrow.", 800),
    ("Do you think it would be | a good idea to repaint the kitchen?", 650),
    ("Yesterday I met an old friend | from my university days.", 550),
    ("Set an alarm for | seven thirty tomorrow morning.", 450),
    ("The film we watched last night was | really quite boring.", 750),
    ("Can you explain how | a rainbow is formed?", 600),
    ("I'm trying to decide between | the red one and the blue one.", 700),
    ("My grandmother used to make | the best apple pie in town.", 500),
    ("Please send a message to | Sarah saying I'll be late.", 400),
    ("What would happen if | the sun suddenly disappeared?", 800),
    ("I've been feeling really | tired for the past few days.", 600),
    ("Tell me a story about | a dragon who learns to fly.", 550),
    ("It's been a long time since | I last went swimming.", 650),
    ("How do you say thank you | in Japanese?", 700),
    ("I left my keys on the | table next to the door.", 450),
]

FILLERS = [  # the pause follows a filler or a dangling word
    ("So I was thinking, um | maybe we could go out for dinner tonight.", 800),
    ("I want to ask you about, uh | the appointment on Friday.", 700),
    ("Well, you know, I was wondering | whether you could help me with something.", 900),
    ("The thing is, um | I'm not sure I locked the door.", 1000),
    ("Can you, uh | find me a recipe for pancakes?", 600),
    ("I'd like to, hmm | listen to some jazz.", 800),
    ("So, um, what I mean is | I need more time.", 700),
    ("And then we went to the, uh | the old market by the river.", 900),
    ("My plan for today is, um | to finish the garden fence.", 1000),
    ("Let me think, uh | what was the name of that restaurant?", 800),
    ("I was going to say, um | that I really enjoyed our talk.", 600),
    ("Could you tell me, er | what time the shop closes?", 700),
    ("So basically, um | the car broke down again.", 900),
    ("I think that, uh | we need a new fridge.", 800),
]


@dataclass(frozen=True)
class Utterance:
    id: str
    kind: str  # complete | pause | filler
    text: str
    voice: str
    audio: np.ndarray  # 16 kHz int16: LEAD_S of silence, the words, TRAIL_S of silence
    question: bool  # ends with a question mark (the goal is about finished questions)


SCRIPT: list[tuple[str, str, int]] = (
    [("complete", text, 0) for text in COMPLETE]
    + [("pause", text, ms) for text, ms in PAUSED]
    + [("filler", text, ms) for text, ms in FILLERS])


def build_espeak(limit: int | None = None) -> list[Utterance]:
    """The script in espeak-ng voices (a few seconds); voice i % 8 speaks utterance i."""
    out = []
    for i, (kind, text, ms) in enumerate(SCRIPT[:limit]):
        voice = VOICES[i % len(VOICES)]
        words = speak(text.replace(" | ", f' <break time="{ms}ms"/> '), voice)
        out.append(_utterance(f"espeak-{kind}-{i:02d}", kind, text, voice.spec, words))
    return out


# (length_scale, resampling factor): slower/faster speech, lower/higher voice
PIPER_VARIANTS = ((1.0, 1.0), (0.85, 1.12), (1.2, 0.9), (1.0, 1.08), (0.9, 0.88))


def build_piper(tts: object, stt: object, limit: int | None = None) -> list[Utterance]:
    """The script in strongly varied piper voices; ``stt.word_times`` finds the pause's place."""
    out = []
    for i, (kind, text, ms) in enumerate(SCRIPT[:limit]):
        scale, shift = PIPER_VARIANTS[i % len(PIPER_VARIANTS)]
        raw = tts.synthesize(text.replace(" | ", " "), length_scale=scale)  # type: ignore[attr-defined]
        words = _trim(resample(raw, int(tts.sample_rate * shift), SAMPLE_RATE))  # type: ignore[attr-defined]
        if ms:
            cut = _between_words(stt, words, len(text.split(" | ")[0].split()))
            if cut is None:
                continue  # whisper missed a word: no reliable place for the pause
            words = np.concatenate([words[:cut], silence(ms / 1000), words[cut:]])
        out.append(_utterance(f"piper-{kind}-{i:02d}", kind, text, f"piper x{scale}/{shift}",
                              words))
    return out


def _between_words(stt: object, audio: np.ndarray, n: int) -> int | None:
    """Sample between word n and word n+1 (the quietest 10 ms between their timestamps)."""
    times = stt.word_times(audio)  # type: ignore[attr-defined]
    if len(times) <= n:
        return None
    lo, hi = int(times[n - 1][2] * SAMPLE_RATE), int(times[n][1] * SAMPLE_RATE)
    if hi - lo < 160:
        return (lo + hi) // 2
    energy = np.convolve(np.square(audio[lo:hi].astype(np.float64)), np.ones(160), "valid")
    return lo + int(np.argmin(energy)) + 80


def _trim(x: np.ndarray, threshold: int = 200) -> np.ndarray:
    loud = np.flatnonzero(np.abs(x.astype(np.int32)) > threshold)
    return x[loud[0]:loud[-1] + 1] if loud.size else x


def _utterance(uid: str, kind: str, text: str, voice: str, words: np.ndarray) -> Utterance:
    audio = np.concatenate([silence(LEAD_S), words, silence(TRAIL_S)])
    return Utterance(uid, kind, text.replace(" | ", " "), voice, audio,
                     text.rstrip().endswith("?"))
