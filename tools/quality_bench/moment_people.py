"""Seven more people, each talked to in two or three sessions before anything was changed for
them: Bea, whose cat of nineteen years died; Raj, a new dad; Dee, on the sofa after knee
surgery; Tom, who tells it the same thing twice; Nina, waiting on a biopsy; Alf, 85, widowed in
the spring, who asks "Eh?"; Zoe, fourteen, laughed at in the corridor."""

from __future__ import annotations

from tools.quality_bench.lines import Line, Session, User

MOMENT_USERS: tuple[User, ...] = (
    User("bea_c", "Bea", (
        Session((
            Line("Hello dear, I'm Bea.", recall=("bea",)),
            Line("My cat Smudge died last week.", feeling=True, bereavement=True),
            Line("She was nineteen, I had her since she was a kitten."),
            Line("The house is so quiet now.", feeling=True),
            Line("Goodnight.", farewell=True),
        )),
        Session((
            Line("Hello, it's Bea again."),
            Line("I keep expecting Smudge at the door.", feeling=True, late=("Smudge",)),
            Line("My neighbour says I should get another cat.", late=("Smudge",)),
            Line("Do you think it's too soon?", late=("Smudge",)),
            Line("Night night.", farewell=True),
        ), days_later=2),
    )),
    User("raj_k", "Raj", (
        Session((
            Line("Hi, I'm Raj.", recall=("raj",)),
            Line("My partner Priya and I just had a baby boy, Arjun."),
            Line("I'm running on about three hours of sleep.", feeling=True),
            Line("He only settles when I walk around with him."),
            Line("Any tips for getting a newborn to sleep?"),
            Line("Right, he's crying again. Bye.", farewell=True),
        )),
        Session((
            Line("Hey, it's Raj."),
            Line("Arjun smiled at me for the first time today!"),
            Line("What's my son called?", recall=("arjun",)),
            Line("And what's my partner's name?", recall=("priya",)),
            Line("Bye.", farewell=True),
        ), days_later=3),
    )),
    User("dee_k", "Dee", (
        Session((
            Line("Hi, I'm Dee.", recall=("dee",)),
            Line("I've just had knee surgery so I'm stuck on the sofa for six weeks.",
                 feeling=True),
            Line("I can't stand horror films, just so you know.", dislikes=("horror",)),
            Line("I'm so bored already."),
            Line("Bye for now.", farewell=True),
        )),
        Session((
            Line("Hiya, Dee here."),
            Line("Can you suggest a film for tonight?"),
            Line("My knee is really throbbing today.", feeling=True),
            Line("What did I have surgery on?", recall=("knee",)),
            Line("Thanks, bye.", farewell=True),
        ), days_later=2),
    )),
    User("tom_h", "Tom", (
        Session((
            Line("Hi, I'm Tom.", recall=("tom",)),
            Line("I'm training for a marathon in April."),
            Line("I ran ten miles today."),
            Line("Bye.", farewell=True),
        )),
        Session((
            Line("Hi, Tom again."),
            Line("I'm training for a marathon, did I tell you?", recall=("marathon",)),
            Line("My legs are sore today."),
            Line("Bye.", farewell=True),
        ), days_later=2),
        Session((
            Line("Hey, it's Tom."),
            Line("What am I training for?", recall=("marathon",)),
            Line("What do you remember about me?", recall=("marathon",)),
            Line("How far did I run last week?", recall=("ten", "10")),
            Line("Cheers, bye.", farewell=True),
        ), days_later=2),
    )),
    User("nina_b", "Nina", (
        Session((
            Line("Hi, I'm Nina.", recall=("nina",)),
            Line("I had a biopsy today and I'm waiting for the results.", feeling=True),
            Line("I'm trying not to think about it but I can't help it.", feeling=True),
            Line("They said it could take two weeks."),
            Line("Goodnight.", farewell=True),
        )),
        Session((
            Line("Hi, Nina here."),
            Line("The results came back clear!"),
            Line("I've been so scared for days.", feeling=True),
            Line("Do you remember what I was waiting for?", recall=("biopsy", "results")),
            Line("Bye!", farewell=True),
        ), days_later=5),
    )),
    User("alf", "Alf", (
        Session((
            Line("Alf here."),
            Line("What day is it?"),
            Line("Eh?"),
            Line("My wife Doris passed away in the spring.", feeling=True, bereavement=True),
            Line("I talk to her photo sometimes.", late=("Doris",)),
            Line("Is that daft?", late=("Doris",)),
            Line("Ta-ra.", farewell=True),
        )),
        Session((
            Line("Morning, it's Alf."),
            Line("Had my dinner on my own again.", feeling=True),
            Line("Doris always made a roast on Sundays.", late=("Doris",)),
            Line("Who's Doris?", recall=("wife",), late=("Doris",)),
            Line("Ta-ra.", farewell=True),
        ), days_later=1),
    )),
    User("zoe_s", "Zoe", (
        Session((
            Line("hi im zoe", recall=("zoe",)),
            Line("nobody at school likes me", feeling=True, bullied=True),
            Line("they laugh at me in the corridor", feeling=True, bullied=True),
            Line("whats the point of even going", feeling=True),
            Line("bye", farewell=True),
        )),
        Session((
            Line("hi its zoe"),
            Line("a girl in my art class sat with me at lunch"),
            Line("she likes the same anime as me"),
            Line("bye", farewell=True),
        ), days_later=1),
    )),
)
