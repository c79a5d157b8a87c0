"""Seven more people, each talked to in two or three sessions before anything was changed for
them: Bea, whose cat of nineteen years died; Raj, a new dad; Dee, on the sofa after knee
surgery; Tom, who tells it the same thing twice; Nina, waiting on a biopsy; Alf, 85, widowed in
the spring, who asks "Eh?"; Zoe, fourteen, laughed at in the corridor. Then seven more: Sami, a
nurse who lost a patient; Irene, forgetting things; Kev, a football fan; Ola, from Lagos, in her
first Leeds winter; Mags, caring for Jim; Lily, nine; Greg, thirty days sober."""

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
    User("sami", "Sami", (
        Session((
            Line("Hi, I'm Sami, I'm a nurse.", recall=("sami",)),
            Line("Just got in from a night shift.", feeling=True),
            Line("We lost a patient tonight.", feeling=True, bereavement=True),
            Line("I can't switch off.", feeling=True),
            Line("I should try and sleep. Night.", farewell=True),
        )),
        Session((
            Line("Hey, it's Sami."),
            Line("Slept most of the day."),
            Line("Still thinking about last night though.", feeling=True),
            Line("What did I tell you yesterday?", recall=("patient", "nurse")),
            Line("Off to work again. Bye.", farewell=True),
        ), days_later=1),
    )),
    User("irene", "Irene", (
        Session((
            Line("Hello, my name is Irene.", recall=("irene",)),
            Line("I keep forgetting where I put things.", feeling=True),
            Line("Yesterday I found my glasses in the fridge."),
            Line("My daughter wants me to see a doctor."),
            Line("Am I losing my mind?", feeling=True),
            Line("Goodbye dear.", farewell=True),
        )),
        Session((
            Line("Hello, it's Irene."),
            Line("I saw the doctor this morning."),
            Line("They want to do some memory tests."),
            Line("I'm frightened, to be honest.", feeling=True),
            Line("What's my daughter worried about?", recall=("doctor", "forget", "memory")),
            Line("Bye bye.", farewell=True),
        ), days_later=2),
    )),
    User("kev", "Kev", (
        Session((
            Line("Alright, Kev here."),
            Line("Did you see the match last night?", live=True),
            Line("We got battered four nil.", feeling=True),
            Line("The ref was an absolute joke."),
            Line("Right, I'm off down the pub. Laters.", farewell=True),
        )),
        Session((
            Line("Kev again."),
            Line("We won on Saturday!"),
            Line("Three one, what a game."),
            Line("Who do I support?"),
            Line("Laters.", farewell=True),
        ), days_later=3),
    )),
    User("ola", "Ola", (
        Session((
            Line("Hi, I'm Ola, I'm a student from Lagos.", recall=("ola",)),
            Line("It's my first winter in Leeds."),
            Line("It gets dark at four o'clock, it's so depressing.", feeling=True),
            Line("I really miss my mum's jollof rice.", feeling=True),
            Line("What should I look for in a winter coat?"),
            Line("Okay, bye!", farewell=True),
        )),
        Session((
            Line("Hi, Ola here."),
            Line("I bought a coat!"),
            Line("I tried to make jollof but it wasn't the same."),
            Line("Where am I from?", recall=("lagos", "nigeria")),
            Line("Bye!", farewell=True),
        ), days_later=2),
    )),
    User("mags", "Mags", (
        Session((
            Line("Hello, I'm Margaret but everyone calls me Mags.", recall=("mags",)),
            Line("My husband Jim has Parkinson's and I look after him.", feeling=True),
            Line("I haven't had a night off in months.", feeling=True),
            Line("I feel guilty even saying I want a break.", feeling=True),
            Line("He's calling me, I have to go.", farewell=True),
        )),
        Session((
            Line("Hello, it's Mags."),
            Line("Jim had a fall last night.", feeling=True),
            Line("He's okay, just bruised."),
            Line("What's my husband's name?", recall=("jim",)),
            Line("Thanks love, bye.", farewell=True),
        ), days_later=2),
    )),
    User("lily", "Lily", (
        Session((
            Line("hi im lily and im nine", recall=("lily",)),
            Line("tell me a joke"),
            Line("why is the sky blue", answer=("scatter", "light", "sun")),
            Line("my hamster is called nibbles"),
            Line("bye", farewell=True),
        )),
        Session((
            Line("hi its lily"),
            Line("whats my hamsters name", recall=("nibbles",)),
            Line("nibbles escaped last night", feeling=True),
            Line("we found him behind the sofa"),
            Line("bye", farewell=True),
        ), days_later=1),
    )),
    User("greg", "Greg", (
        Session((
            Line("Hi, I'm Greg.", recall=("greg",)),
            Line("I'm thirty days sober today."),
            Line("Work's Christmas party is on Friday."),
            Line("Everyone will be drinking.", feeling=True),
            Line("Should I go?"),
            Line("Cheers, bye.", farewell=True),
        )),
        Session((
            Line("Hi, it's Greg."),
            Line("I went to the party and stuck to lemonade."),
            Line("How many days sober was I when we last talked?", recall=("thirty", "30")),
            Line("Bye.", farewell=True),
        ), days_later=4),
    )),
)
