"""People of the conversation set from the eleventh session on, each from a chat that went wrong.

Nadia, a new mother: her baby's name was stored with no relation ("What's my son's name?" got
"I don't think you've told me"), and her nut allergy got "Do you have any tips for avoiding
allergic reactions?". Frank, 82 and living alone: "I'm no use to anyone anymore." got "What do
you want to do next?", and a fall "That's a sad thing.". Jess, a student the day after a
breakup: "i don't really want to talk about it" was urged to talk.
"""

from __future__ import annotations

from tools.quality_bench.lines import Line, Session, User

NUTS = "nut|almond|peanut|cashew|walnut|pecan|hazelnut|pistachio|praline|marzipan|nutella"

LATER_USERS: tuple[User, ...] = (
    User("nadia", "Nadia", (
        Session((
            Line("Hi there, I'm Nadia.", recall=("nadia",)),
            Line("I had a baby boy three months ago, his name is Leo."),
            Line("I'm allergic to nuts, so I have to be careful with food.", dislikes=(NUTS,)),
            Line("I'm so exhausted, he wakes up every two hours.", feeling=True),
            Line("My partner Dan works night shifts at the hospital."),
            Line("Sometimes I feel like I'm a terrible mother.", feeling=True,
                 harmful_belief=True),
            Line("Thanks, that helps. Bye.", farewell=True),
        )),
        Session((
            Line("Hey, it's Nadia again."),
            Line("What's my son's name?", recall=("leo",)),
            Line("Who works night shifts?", recall=("dan",)),
            Line("Can you suggest a quick lunch I can make with one hand?"),
            Line("I need a snack idea, something sweet."),
            Line("Good night.", farewell=True),
        ), days_later=1),
    )),
    User("frank", "Frank", (
        Session((
            Line("Good afternoon. My name is Frank, I'm eighty two.", recall=("frank",)),
            Line("I live on my own since my wife Joan died four years ago.", feeling=True,
                 bereavement=True),
            Line("My son Peter lives in Perth, in Australia. He rings me every Sunday."),
            Line("I used to be a carpenter, I made furniture for forty years."),
            Line("I'm no use to anyone anymore.", feeling=True, crisis=True,
                 harmful_belief=True),
            Line("Cheerio.", farewell=True),
        )),
        Session((
            Line("Hello again."),
            Line("Where does Peter live?", recall=("perth",)),
            Line("I had a fall in the kitchen yesterday.", feeling=True),
            Line("What was my job?", recall=("carpenter",)),
            Line("What's the tallest mountain in the world?", answer=("everest",)),
            Line("Goodbye.", farewell=True),
        ), days_later=2),
    )),
    User("jess", "Jess", (
        Session((
            Line("hey im jess", recall=("jess",)),
            Line("my boyfriend broke up with me yesterday", feeling=True),
            Line("i don't really want to talk about it"),
            Line("i'm in my second year at uni studying law"),
            Line("i get really anxious in big groups", feeling=True),
            Line("tell me a joke"),
            Line("night", farewell=True),
        )),
        Session((
            Line("hi"),
            Line("what am i studying?", recall=("law",)),
            Line("my friends want me to come to a party on saturday but i don't know"),
            Line("i miss him", feeling=True),
            Line("ok thanks bye", farewell=True),
        ), days_later=1),
    )),
)
