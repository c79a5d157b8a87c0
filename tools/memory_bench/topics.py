"""What the benchmark's speakers talk about: life events told in varied words, and questions
that ask about them in other words.

Every table is written so that a question shares as few content words as possible with the
turn that answers it ("adopted a beagle" is asked as "what pet did she get?"), and distractor
lines reuse the question's words in turns that do not answer it. ``{when}`` in a statement is
a relative date ("last Saturday") resolved against the session's date; ``{S}`` is the speaker.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    name: str
    values: dict[str, tuple[str, ...]]
    says: tuple[str, ...]  # first person, by the speaker it is about
    asks: tuple[str, ...]  # single-hop questions about it, third person
    lead: tuple[str, ...] = ()  # the other speaker's question that the answer turn replies to
    replies: tuple[str, ...] = ()  # an answer to ``lead`` that does not name the topic
    when_asks: tuple[str, ...] = ()  # "when did ..." questions (dated topics only)
    dated: bool = False  # statements carry {when}
    anchor: str = ""  # how a later question names this event ("the concert")
    mentions: tuple[str, ...] = ()  # questions naming a rare word of the answer (BM25's case)


TOPICS: tuple[Topic, ...] = (
    Topic("pet", {"breed": ("beagle", "greyhound", "border collie", "dachshund", "spaniel"),
                  "pet": ("Pepper", "Noodle", "Biscuit", "Juniper", "Rolo", "Maple")},
          ("We finally brought home a {breed} from the shelter, we're calling her {pet}.",
           "There's a new member of the household: a little {breed} named {pet}!",
           "I adopted a {breed} {when}. {pet} has already chewed through two slippers."),
          ("What is the name of {S}'s dog?", "What animal did {S} take in, and what is it called?",
           "Which breed is {S}'s four-legged companion?"),
          ("Did you end up going to the rescue centre?", "So, did you get the puppy in the end?"),
          ("Yes! A {breed}. We named her {pet}, she sleeps on my feet.",
           "We did, {pet} is a {breed} and she is an absolute menace."),
          ("When did {S} get the {breed}?",), dated=True,
          mentions=("Who is {pet}?", "What did {S} say about {pet}?")),
    Topic("pottery", {"thing": ("a lopsided bowl", "a tiny vase", "two mugs", "a teapot lid"),
                      "craft": ("pottery", "ceramics", "wheel-throwing")},
          ("I went to my first {craft} class {when} and made {thing}.",
           "My {craft} course started {when}; all I produced was {thing}, but I loved it."),
          ("What did {S} create at the clay workshop?", "What art class has {S} been taking?"),
          ("How was the class you signed up for?", "Did you go to that workshop in the end?"),
          ("Messy but fun, I came home with {thing}.", "I did! I made {thing}, very wonky."),
          ("When did {S} start the clay course?",), dated=True,
          mentions=("How did {S} get on at {craft}?",)),
    Topic("job", {"role": ("junior architect", "paramedic", "sound engineer", "data analyst",
                           "pastry chef"),
                  "firm": ("Harbour Studio", "the city hospital", "Northlight Records",
                           "Greenfield Insurance", "Maison Rue")},
          ("I accepted the offer: I'll be a {role} at {firm} from next month.",
           "Big news, {firm} hired me as a {role}!"),
          ("Where is {S} going to be employed?", "What position did {S} land?",
           "What is {S}'s new occupation?"),
          ("Any news from the interviews?", "Did they call you back?"),
          ("They did! {firm} wants me as a {role}.", "Yes, I start as a {role} at {firm}."),
          mentions=("What does {S} think of {firm}?",)),
    Topic("trip", {"place": ("the Dolomites", "the Scottish Highlands", "Lake Bled", "Madeira",
                             "the Pyrenees"),
                   "detail": ("the views were unreal", "it rained every single day",
                              "my boots fell apart", "we slept in a mountain hut")},
          ("We spent {when} hiking around {place}, {detail}.",
           "{when}, I went trekking in {place}; {detail}."),
          ("Where did {S} go walking in the mountains?", "Which region did {S} explore on foot?"),
          ("Where did you disappear to? You were offline for days.",),
          ("Walking in {place}! {detail}.",),
          ("When was {S} in {place}?",), dated=True, anchor="the hiking trip",
          mentions=("What was {place} like for {S}?",)),
    Topic("race", {"race": ("half marathon", "10k charity run", "sprint triathlon"),
                   "time": ("just under two hours", "58 minutes", "a personal best")},
          ("I ran the {race} {when} and finished in {time}!",
           "{when} was the {race}: {time}, my legs are still sore."),
          ("What endurance event did {S} complete?", "How long did {S} take to finish the race?"),
          ("How did the big run go?",), ("Finished in {time}, I could barely walk afterwards.",),
          ("When did {S} do the {race}?",), dated=True, anchor="the race",
          mentions=("How did the {race} go for {S}?",)),
    Topic("concert", {"band": ("Arcade Fire", "the Lumineers", "Florence and the Machine",
                               "Radiohead"), "venue": ("the O2", "the old opera house",
                                                       "a festival field")},
          ("{when} I saw {band} live at {venue}, it was incredible.",
           "We went to see {band} at {venue} {when}, best gig of my life."),
          ("Which musicians did {S} watch perform?", "Where did {S} hear live music?"),
          ("How was the show?",), ("Incredible, {band} played for almost three hours.",),
          ("When did {S} go to the gig?",), dated=True, anchor="the concert",
          mentions=("Has {S} ever seen {band}?",)),
    Topic("injury", {"part": ("ankle", "wrist", "knee", "shoulder"),
                     "sport": ("five-a-side football", "bouldering", "netball", "skiing")},
          ("I twisted my {part} playing {sport} {when}, so I'm hobbling around.",
           "{when} I hurt my {part} at {sport}; the doctor says six weeks."),
          ("How did {S} get injured?", "Which joint did {S} damage?"),
          ("Why are you limping?",), ("Stupid fall at {sport}, my {part} is swollen.",),
          ("When did {S} get hurt?",), dated=True,
          mentions=("What happened at {sport}?",)),
    Topic("move", {"city": ("Lisbon", "Glasgow", "Valencia", "Montreal", "Utrecht")},
          ("The boxes are packed, we're relocating to {city} at the end of the month.",
           "We signed a lease in {city}, the move is happening soon."),
          ("Which city is {S} moving to?", "Where will {S} be living from next month?"),
          ("Have you found a new place yet?",), ("Yes, in {city}! Packing everything now.",),
          mentions=("Why is {S} packing for {city}?",)),
    Topic("car", {"car": ("a second-hand Volvo estate", "an electric Kia", "a red Fiat Panda",
                          "a camper van")},
          ("My old car finally died, so I bought {car}.",
           "I traded in the rust bucket for {car}."),
          ("What vehicle does {S} drive now?", "What did {S} replace the broken-down car with?"),
          mentions=("What does {S} think of {car}?",)),
    Topic("volunteer", {"place": ("the animal shelter", "a food bank", "the children's library",
                                  "a hospice charity shop")},
          ("I've started helping out at {place} on Sunday mornings.",
           "Every weekend now I do a shift at {place}, unpaid but rewarding."),
          ("Where does {S} give time for free?", "What charity work has {S} taken up?"),
          mentions=("What does {S} do at {place}?",)),
    Topic("instrument", {"instrument": ("cello", "saxophone", "ukulele", "piano"),
                         "teacher": ("Mrs Okafor", "a retired jazz player", "my neighbour Ruth")},
          ("I've been taking {instrument} lessons with {teacher}.",
           "Practising scales on the {instrument} every evening, {teacher} is strict."),
          ("What is {S} learning to play?", "Who teaches {S} music?"),
          ("Still doing the lessons?",),
          ("Every week! {teacher} says my {instrument} is improving.",),
          mentions=("How are the {instrument} lessons going for {S}?",)),
    Topic("party", {"friend": ("Priya", "Tom", "Lena", "Marcus"), "age": ("thirty", "forty",
                                                                         "twenty-five")},
          ("We threw a surprise party for {friend}'s {age}th birthday {when}.",
           "{when} was {friend}'s {age}th, we rented the back room of a pub."),
          ("Whose celebration did {S} organise?", "How old did {S}'s friend turn?"),
          when_asks=("When was the surprise for {friend}?",), dated=True,
          anchor="the birthday party",
          mentions=("What did {S} do for {friend}?",)),
    Topic("garden", {"plant": ("tomatoes", "sunflowers", "chilli peppers", "strawberries")},
          ("The {plant} on my balcony are finally ripening, I'm so proud.",
           "I grew {plant} from seed this year and they actually survived."),
          ("What is {S} growing at home?", "Which crop did {S} manage to raise?"),
          mentions=("How are {S}'s {plant} doing?",)),
    Topic("book", {"book": ("The Overstory", "Piranesi", "Project Hail Mary", "Circe")},
          ("I can't put down {book}, I read it on the bus every day.",
           "Finished {book} in two nights, what an ending."),
          ("What novel has {S} been reading?", "Which story kept {S} up at night?"),
          mentions=("What does {S} think of {book}?",)),
    Topic("cooking", {"cuisine": ("Ethiopian", "Korean", "Sicilian", "Georgian"),
                      "dish": ("injera with lentil stew", "kimchi pancakes", "arancini",
                               "khachapuri")},
          ("I've been trying {cuisine} recipes; {when} I made {dish}.",
           "Kitchen experiment {when}: {dish}, my first go at {cuisine} food."),
          ("What did {S} cook recently?", "Which country's food has {S} been exploring?"),
          dated=True,
          mentions=("Has {S} ever made {dish}?",)),
    Topic("exam", {"exam": ("driving test", "bar exam", "Spanish B2 certificate",
                            "nursing licence exam")},
          ("I passed my {exam} {when}, I can't believe it.",
           "{when} I got the result: I passed the {exam}!"),
          ("What qualification did {S} earn?", "Which test did {S} succeed at?"),
          ("Any news on the results?",), ("I passed! The {exam} is done.",),
          ("When did {S} pass?",), dated=True, anchor="the exam",
          mentions=("How did the {exam} go for {S}?",)),
)


@dataclass(frozen=True)
class Chain:
    """Two statements needed together: the first names someone, the second says something
    about them by name only; the question names the relation, never the name."""

    values: dict[str, tuple[str, ...]]
    first: tuple[str, ...]
    second: tuple[str, ...]
    asks: tuple[str, ...]


CHAINS: tuple[Chain, ...] = (
    Chain({"rel": ("brother", "sister", "cousin"), "who": ("Theo", "Ines", "Rafael", "Greta"),
           "work": ("the aquarium, feeding the otters", "a bakery that opens at 4 am",
                    "a vineyard in the hills")},
          ("My {rel} {who} is coming to stay with me for a while.",
           "{who}, my {rel}, just called me out of the blue."),
          ("{who} found work at {work}.", "Turns out {who} is now employed at {work}."),
          ("Where does {S}'s {rel} work?", "What job did {S}'s {rel} get?")),
    Chain({"rel": ("best friend", "flatmate", "oldest friend"), "who": ("Sanjay", "Moira",
                                                                    "Femi", "Kasia"),
           "news": ("got engaged on a beach in Crete", "is expecting twins",
                    "quit law to become a carpenter")},
          ("My {rel} {who} and I have known each other since school.",
           "{who} is my {rel}, we talk every day."),
          ("Huge news from {who}: {news}!", "{who} told me {news}."),
          ("What big news did {S}'s {rel} share?", "What happened to {S}'s {rel}?")),
    Chain({"rel": ("grandmother", "uncle", "aunt"), "who": ("Rosa", "Bernard", "Hilde"),
           "place": ("a cottage on the Cornish coast", "a farm outside Porto",
                     "a houseboat in Amsterdam")},
          ("My {rel} {who} raised me for a few years when I was little.",
           "I take after my {rel}, {who}, everyone says so."),
          ("{who} still lives in {place}, I visit every summer.",
           "Spent the afternoon on the phone with {who}, who lives in {place}."),
          ("Where does {S}'s {rel} live?", "Whom does {S} visit every summer, and where?")),
)


@dataclass(frozen=True)
class Inference:
    """A trait shown, never named: the question asks what follows from it."""

    says: tuple[str, ...]
    asks: tuple[str, ...]


INFERENCES: tuple[Inference, ...] = (
    Inference(("Honestly I get queasy just looking at a boat.",
               "The ferry to the island was the worst two hours of my life, I was green."),
              ("Would {S} enjoy a sailing holiday?", "Is a cruise a good gift idea for {S}?")),
    Inference(("I'm in the pool doing laps at 5:30 before work, every day.",),
              ("Is {S} an early riser?", "Does {S} keep fit?")),
    Inference(("No meat or dairy for me for three years now, and I feel great.",),
              ("Would {S} order a steak?", "What should you cook for {S}?")),
    Inference(("The twins turned six on Tuesday, the house was chaos.",
               "School run, homework, bath time: my evenings belong to the kids."),
              ("Is {S} a parent?", "Does {S} have a family?")),
    Inference(("Spent all day under a customer's sink replacing corroded pipes.",),
              ("What does {S} do for a living?", "Is {S} a tradesperson?")),
    Inference(("I stayed up until three watching Jupiter's moons through my telescope.",),
              ("What might {S} study if they went back to university?",
               "Is {S} interested in space?")),
    Inference(("My grandparents only ever spoke Portuguese with me when I was small.",),
              ("Which languages does {S} understand?",
               "Could {S} translate a letter from Brazil?")),
    Inference(("Even one cat in the room and my eyes swell shut.",),
              ("Should {S} adopt a kitten?", "Is {S} allergic to anything?")),
    Inference(("A quiet night in with a crossword and a pot of tea is my idea of heaven.",),
              ("Would {S} like a night at a loud club?", "What kind of evenings does {S} prefer?")),
    Inference(("Every spare penny goes into the deposit fund, no holidays this year.",),
              ("Is {S} planning to buy a home?", "Why isn't {S} travelling this year?")),
)

# Lines that share the questions' words but answer none of them (the other speaker's dog,
# names, races, classes...).
DISTRACTORS: tuple[str, ...] = (
    "The neighbour's dog barked the whole night, I barely slept.",
    "Someone at work mixed up my name with a new intern again.",
    "I walked past the shelter and thought about volunteering one day.",
    "My phone says I walked twenty thousand steps, is that a race?",
    "The class was cancelled because the teacher was ill.",
    "Cars in this city drive like they're in a race.",
    "I heard a band playing in the park, not my kind of music.",
    "The job adverts these days all want ten years of experience.",
    "My knee clicks when I climb stairs, is that normal?",
    "We talked about where we might live when we're old.",
    "I read an article about people moving cities for cheaper rent.",
    "Mum asked again when I'm going to visit, I never know what to say.",
    "The bakery down the road has a new owner.",
    "A friend of a friend works at the hospital, long shifts apparently.",
    "I should learn to cook something other than pasta.",
    "There was a concert poster on every lamp post in town.",
    "Did you see the marathon on TV? Those runners are machines.",
    "My cousin keeps sending me photos of his garden.",
    "I bought a book on gardening and never opened it.",
    "Birthdays at work always mean too much cake.",
    "The exam season at the school next door means no parking anywhere.",
    "That charity shop has the best second-hand books.",
    "I keep meaning to call my grandmother more often.",
    "What kind of pet would suit a small flat, do you think?",
    "The new car park is so expensive.",
    "My music teacher at school was terrifying.",
    "Mountains or beach, I can never decide for holidays.",
    "A colleague just had twins, they look exhausted.",
    "I saw a telescope in a shop window and almost bought it.",
    "Boats in the harbour looked lovely in the sunset.",
)

SMALL_TALK: tuple[str, ...] = (
    "Hey! How has your week been?", "Pretty hectic, work has been non-stop.",
    "The weather has been so grey lately.", "I know, I haven't seen the sun in days.",
    "Did you watch anything good this weekend?", "Just some old comedies, nothing special.",
    "I'm so tired today.", "Same, I need a holiday.", "Coffee first, then talking.",
    "Ha, fair enough.", "How's everyone at home?", "All good, thanks for asking.",
    "I tried that new cafe on the corner.", "Was it any good?", "Not bad, a bit pricey.",
    "It's been ages since we caught up properly.", "We should do this more often.",
    "Sorry, I was distracted, what did you say?", "Never mind, it wasn't important.",
    "I can't believe it's already this time of year.", "Time flies, honestly.",
    "My phone battery is dying, I'll be quick.", "No worries.", "Anything new with you?",
    "Not really, same old.", "That sounds lovely.", "Oh wow, really?", "Tell me more!",
    "That's brilliant news.", "I'm so happy for you.", "That's rough, I'm sorry.",
    "Let's talk again soon.", "Take care!", "Speak soon.", "Good night!",
    "The traffic this morning was unbelievable.", "I finally cleaned the kitchen.",
    "I've been sleeping badly.", "Have you tried that meditation app?", "Not yet, is it good?",
)

NAMES: tuple[str, ...] = ("Maya", "Jon", "Aisha", "Luca", "Noor", "Pavel", "Hana", "Diego",
                          "Ingrid", "Kofi", "Sofia", "Arjun")
