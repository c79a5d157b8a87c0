"""Generated multi-session dialogues and questions for the memory benchmark.

Each persona lives through seven sessions spread over five months: they tell the companion
about themselves between small talk, change home and job on the way, and mention dated events.
Every question names the turns that hold its answer (``targets``); unanswerable questions ask
about things this persona never said (often things another persona did say).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

CATEGORIES = ("single-hop", "multi-hop", "temporal", "preference", "updated-fact",
              "unanswerable")


@dataclass
class Turn:
    text: str
    role: str
    when: datetime
    session: str
    key: str = ""  # what fact it states ("" for small talk)


@dataclass
class Question:
    text: str
    category: str
    now: datetime
    target_keys: list[str] = field(default_factory=list)  # turns holding the answer


@dataclass
class Persona:
    name: str
    turns: list[Turn] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)


PEOPLE = [
    dict(name="Alice", city="Lisbon", city2="Porto", pet="dog", pet_name="Biscuit",
         rel="sister", rel_name="Ana", rel_job="nurse", job="teacher", job2="librarian",
         food="Thai curry", dislike="olives", hobby="rock climbing", drink="green tea",
         trip="Seville", event="job interview", color="teal", book="Dune"),
    dict(name="Bruno", city="Madrid", city2="Valencia", pet="cat", pet_name="Pimienta",
         rel="brother", rel_name="Diego", rel_job="firefighter", job="accountant",
         job2="chef", food="sushi", dislike="mushrooms", hobby="chess", drink="espresso",
         trip="Berlin", event="driving test", color="orange", book="The Hobbit"),
    dict(name="Chloe", city="Leeds", city2="Bristol", pet="rabbit", pet_name="Clover",
         rel="mother", rel_name="Margaret", rel_job="dentist", job="nurse", job2="midwife",
         food="lasagne", dislike="coriander", hobby="knitting", drink="hot chocolate",
         trip="Edinburgh", event="surgery", color="lilac", book="Emma"),
    dict(name="Dev", city="Pune", city2="Bangalore", pet="parrot", pet_name="Mango",
         rel="daughter", rel_name="Asha", rel_job="architect", job="software engineer",
         job2="data scientist", food="dosa", dislike="loud music", hobby="cricket",
         drink="masala chai", trip="Goa", event="exam", color="saffron", book="Siddhartha"),
    dict(name="Elena", city="Turin", city2="Bologna", pet="horse", pet_name="Stella",
         rel="husband", rel_name="Marco", rel_job="pilot", job="architect", job2="painter",
         food="risotto", dislike="cold weather", hobby="sailing", drink="red wine",
         trip="Vienna", event="presentation", color="navy", book="The Leopard"),
    dict(name="Femi", city="Lagos", city2="Accra", pet="dog", pet_name="Rocket",
         rel="son", rel_name="Tunde", rel_job="student", job="journalist", job2="translator",
         food="jollof rice", dislike="traffic jams", hobby="photography", drink="ginger beer",
         trip="Nairobi", event="audition", color="gold", book="Things Fall Apart"),
]

SMALL_TALK = [
    "Good morning! How are you today?", "It's raining again, typical.",
    "Can you tell me a joke?", "What's a good way to cook rice?",
    "I had a long day, nothing special.", "What time is it in Tokyo right now?",
    "Remind me what a haiku is.", "Thanks, that was helpful.", "Let's talk later.",
    "How many minutes should I boil an egg?", "Any tips for sleeping better?",
    "What's the capital of Australia?", "I watched a documentary about whales.",
    "The neighbours are being noisy.", "I need to buy groceries tomorrow.",
    "Can you recommend a podcast?", "I'm just bored this afternoon.",
]
REPLIES = ["That sounds lovely.", "I see, tell me more.", "Good to know!", "Oh, interesting.",
           "I'll remember that.", "That makes sense."]


def _dialogue(p: dict[str, str], start: datetime, rng: random.Random) -> list[Turn]:
    """Seven sessions; the fact turns are keyed so questions can point at them."""
    plan: list[list[tuple[str, str]]] = [
        [("name", f"Hi, my name is {p['name']}."), ("city", f"I live in {p['city']}.")],
        [("pet", f"My {p['pet']} is called {p['pet_name']}."),
         ("job", f"I work as a {p['job']}.")],
        [("rel", f"My {p['rel']} is called {p['rel_name']}."),
         ("rel_job", f"{p['rel_name']} works as a {p['rel_job']}."),
         ("food", f"I love {p['food']}, it's my comfort food.")],
        [("dislike", f"I really can't stand {p['dislike']}."),
         ("hobby", f"On weekends I go {p['hobby']}." if p["hobby"] in ("rock climbing",
                                                                          "sailing")
          else f"My favourite hobby is {p['hobby']}."),
         ("drink", f"Every morning I have a {p['drink']}.")],
        [("trip", f"Last weekend I went on a trip to {p['trip']} with {p['rel_name']}."),
         ("city2", f"Big news: I moved to {p['city2']}!"),
         ("color", f"My favourite colour is {p['color']}.")],
        [("event", f"I have a {p['event']} tomorrow and I'm nervous about it."),
         ("book", f"I'm reading {p['book']} at the moment, I like it a lot.")],
        [("job2", f"I quit my old job; I work as a {p['job2']} now."),
         ("event_done", f"The {p['event']} went well in the end, I was relieved.")],
    ]
    turns: list[Turn] = []
    for n, facts in enumerate(plan):
        when = start + timedelta(days=22 * n + rng.randint(0, 3), hours=rng.randint(8, 20))
        session = f"{p['name'].lower()}-{n + 1}"
        items = [("", t) for t in rng.sample(SMALL_TALK, 4)] + facts
        rng.shuffle(items)
        for key, text in items:
            turns.append(Turn(text, "user", when, session, key))
            turns.append(Turn(rng.choice(REPLIES), "assistant", when + timedelta(seconds=20),
                              session))
            when += timedelta(minutes=rng.randint(1, 4))
    return turns


def _questions(p: dict[str, str], turns: list[Turn], rng: random.Random,
               others: list[dict[str, str]]) -> list[Question]:
    when_of = {t.key: t.when for t in turns if t.key}
    end = max(t.when for t in turns) + timedelta(days=3)
    q: list[Question] = []

    def add(category: str, keys: list[str], *texts: str, now: datetime = end) -> None:
        q.extend(Question(text, category, now, keys) for text in texts)

    add("single-hop", ["name"], "What's my name?", "Do you know what I'm called?")
    add("single-hop", ["pet"], f"What's my {p['pet']}'s name?", "What is my pet called?",
        f"Remind me of the name of my {p['pet']}.")
    add("single-hop", ["rel"], f"What's my {p['rel']}'s name?",
        f"Who is my {p['rel']}?")
    add("single-hop", ["color"], "What's my favourite colour?", "Which colour do I like best?")
    add("single-hop", ["book"], "What book am I reading?", "What was I reading recently?")
    add("single-hop", ["trip"], f"Who did I go to {p['trip']} with?",
        f"Have I been to {p['trip']}?")
    add("multi-hop", ["rel", "rel_job"], f"What does my {p['rel']} do for a living?",
        f"What is my {p['rel']}'s job?", f"Is my {p['rel']} a {p['rel_job']}?")
    add("multi-hop", ["trip", "rel"], f"Did my {p['rel']} come on the {p['trip']} trip?",
        f"Where did I travel with my {p['rel']}?")
    add("multi-hop", ["pet", "city2"], f"Where does my {p['pet']} live now?")
    add("temporal", ["trip"], "Where did I go last weekend?", "What did I do last weekend?",
        now=when_of["trip"] + timedelta(days=4))
    add("temporal", ["event"], f"When is my {p['event']}?",
        f"When did I say I had the {p['event']}?", "What was I nervous about yesterday?",
        now=when_of["event"] + timedelta(days=1))
    add("temporal", ["city2"], f"When did I move to {p['city2']}?",
        "Did I move house recently?", now=when_of["city2"] + timedelta(days=5))
    add("temporal", ["event_done"], f"How did the {p['event']} go?",
        "What did I tell you about how things went this week?",
        now=when_of["event_done"] + timedelta(days=2))
    add("preference", ["food"], "What food do I love?", "What's my comfort food?",
        "What should you cook for me?")
    add("preference", ["dislike"], "What can't I stand?", "Is there anything I hate?",
        f"Do I like {p['dislike']}?")
    add("preference", ["hobby"], "What do I like to do in my free time?",
        "What's my hobby?")
    add("preference", ["drink"], "What do I drink in the morning?",
        "How do I start my day?")
    add("updated-fact", ["city2"], "Where do I live?", "Which city am I living in now?",
        "What's my current city?")
    add("updated-fact", ["job2"], "What's my job?", "What do I do for work these days?",
        "Where do I work now and as what?")
    other = rng.choice(others)
    add("unanswerable", [], "What's my horse's name?" if p["pet"] != "horse"
        else "What's my dog's name?", "Where did I go to university?",
        "What's my grandfather's name?", f"What did I say about {other['trip']}?",
        "What car do I drive?", "What's my blood type?",
        f"Do I like {other['food']}?")
    return q


def generate(seed: int = 7) -> list[Persona]:
    """Six personas, 42 sessions, ~370 questions; deterministic for a given seed."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, 9)
    personas = []
    for i, p in enumerate(PEOPLE):
        persona = Persona(p["name"].lower())
        persona.turns = _dialogue(p, start + timedelta(days=i), rng)
        persona.questions = _questions(p, persona.turns, rng, PEOPLE[:i] + PEOPLE[i + 1:])
        personas.append(persona)
    return personas
