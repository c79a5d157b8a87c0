"""People of the conversation set from the twenty-fifth session: talked to as new users would,
every reply read, before any change was made for them.

Ash (twenty) was asked back after coming out with "On Wednesday you mentioned the going to tell
their parents I'm gay this weekend: how did it go?". Dee (divorcing) got her own lines said back
to her three times in a row once one echo was in the history. Sasha, two years into IVF, was told
"Congratulations on your pregnancy." on the day of her embryo transfer, and "That's great news!"
to "Everyone at work is announcing pregnancies."; Gemma got "That's great news! How was Bruno?"
the morning her old dog was put to sleep. Moira was told fifteen percent of eighty is seven.
"""

from __future__ import annotations

from tools.quality_bench.lines import Line, Session, User

NEWEST_USERS: tuple[User, ...] = (
    User("ash", "Ash", (
        Session((
            Line("Hey. I'm Ash.", recall=("ash",)),
            Line("I'm twenty and I'm at college studying graphic design."),
            Line("I'm going to tell my parents I'm gay this weekend.", feeling=True),
            Line("I'm terrified they won't accept me.", feeling=True),
            Line("My best mate Kez already knows and she's been brilliant."),
            Line("Okay. Thanks for listening. Bye.", farewell=True),
        )),
        Session((
            Line("Hi, it's Ash.", followup=("parents",)),
            Line("I told them."),
            Line("My mum cried but she hugged me. Dad hasn't said much.", feeling=True),
            Line("Who did I say already knew?", recall=("kez",)),
            Line("Do you think my dad will come round?", feeling=True),
            Line("I'm going to go and see Kez. Later.", farewell=True),
        ), days_later=3),
    )),
    User("ollie", "Ollie", (
        Session((
            Line("Hi there, Ollie here.", recall=("ollie",)),
            Line("I've got myself into a lot of debt on credit cards.", feeling=True),
            Line("My wife doesn't know and I don't know how to tell her.", feeling=True),
            Line("I feel like such an idiot.", feeling=True, harmful_belief=True),
            Line("What's a good way to start paying it off?"),
            Line("Thanks. I'd better go. Night.", farewell=True),
        )),
        Session((
            Line("Evening."),
            Line("I told my wife about the money."),
            Line("She was angry but she said we'll sort it out together.", feeling=True),
            Line("I cut up two of the cards today."),
            Line("Right, that's me. Goodnight.", farewell=True),
        ), days_later=2),
    )),
    User("anton", "Anton", (
        Session((
            Line("Hello. My name is Anton.", recall=("anton",)),
            Line("I am from Ukraine, I live here two years now."),
            Line("My English is not so good, sorry."),
            Line("I work in warehouse, night shifts."),
            Line("I miss my mother very much, she is still in Kharkiv.", feeling=True),
            Line("Okay, I go to sleep now. Bye bye.", farewell=True),
        )),
        Session((
            Line("Hello, is Anton."),
            Line("Where is my mother live?", recall=("kharkiv",)),
            Line("Today I speak with her on video, she is okay."),
            Line("Can you help me with English? How I say this better: I am work here since two "
                 "years.", answer=("have been", "'ve been")),
            Line("Goodbye.", farewell=True),
        ), days_later=1),
    )),
    User("moira", "Moira", (
        Session((
            Line("Good morning, I'm Moira.", recall=("moira",)),
            Line("I've got an allotment and I grow most of our vegetables."),
            Line("The slugs have eaten all my lettuces again."),
            Line("My husband Des snores like a train."),
            Line("Right, off to the allotment. Cheerio.", farewell=True),
        )),
        Session((
            Line("Morning, it's Moira."),
            Line("What's my husband's name?", recall=("des",)),
            Line("I won second prize for my marrows at the village show!"),
            Line("What's fifteen percent of eighty?", answer=("12", "twelve")),
            Line("Bye for now.", farewell=True),
        ), days_later=2),
    )),
    User("femi", "Femi", (
        Session((
            Line("Hi, I'm Femi.", recall=("femi",)),
            Line("We're emigrating to Canada in March."),
            Line("The visa paperwork is driving me mad.", feeling=True),
            Line("I'm excited but I'll miss my friends so much.", feeling=True),
            Line("Okay, bye!", farewell=True),
        )),
        Session((
            Line("Hey, Femi again."),
            Line("Where am I moving to?", recall=("canada",)),
            Line("The visa came through today!"),
            Line("My best friend is throwing me a leaving party."),
            Line("See you.", farewell=True),
        ), days_later=4),
    )),
    User("dee", "Dee", (
        Session((
            Line("Hi. I'm Dee.", recall=("dee",)),
            Line("My husband and I are getting divorced.", feeling=True),
            Line("The kids are with him every other weekend and the house is so quiet.",
                 feeling=True),
            Line("I keep wondering if it was my fault.", feeling=True, harmful_belief=True),
            Line("My sister Jo has been a rock."),
            Line("I'm going to run a bath. Bye.", farewell=True),
        )),
        Session((
            Line("Hello again."),
            Line("Who has been a rock for me?", recall=("jo",)),
            Line("The kids are back tonight and I can't wait."),
            Line("My ex turned up late again to pick them up.", feeling=True),
            Line("I've signed up for a pottery class."),
            Line("Thanks, bye.", farewell=True),
        ), days_later=2),
    )),
    User("leon", "Leon", (
        Session((
            Line("Hi, I'm Leon.", recall=("leon",)),
            Line("I got made redundant today after twenty years at the factory.", feeling=True),
            Line("I don't even know what I'm good at anymore.", feeling=True),
            Line("My wife Tanya says something will turn up."),
            Line("What's twelve times fifteen?", answer=("180",)),
            Line("Right, I'm knackered. Night.", farewell=True),
        )),
        Session((
            Line("Morning."),
            Line("How long did I say I was at the factory?", recall=("twenty", "20")),
            Line("I've got an interview at a warehouse on Thursday!"),
            Line("I haven't had an interview since I was a teenager.", feeling=True),
            Line("Cheers, bye.", farewell=True),
        ), days_later=3),
    )),
    User("ivy", "Ivy", (
        Session((
            Line("Hello dear, I'm Ivy.", recall=("ivy",)),
            Line("I'm seventy-two and my grandson has just given me one of these smartphones."),
            Line("My daughter and the grandchildren live in Australia, in Brisbane."),
            Line("I only see them on the video calls.", feeling=True),
            Line("How do you spell Brisbane?", answer=("b, r, i, s, b, a, n, e",)),
            Line("Thank you dear, bye bye.", farewell=True),
        )),
        Session((
            Line("Hello, it's Ivy."),
            Line("Where does my daughter live?", recall=("brisbane", "australia")),
            Line("I managed a video call all by myself!"),
            Line("I do miss them terribly.", feeling=True),
            Line("I'll let you go now. Bye.", farewell=True),
        ), days_later=2),
    )),
    User("sasha", "Sasha", (
        Session((
            Line("Hi, I'm Sasha.", recall=("sasha",)),
            Line("My partner Mo and I have been doing IVF for two years.", feeling=True),
            Line("We had our embryo transfer today.", feeling=True),
            Line("I'm trying not to get my hopes up.", feeling=True),
            Line("Okay, bye for now.", farewell=True),
        )),
        Session((
            Line("Hi, it's Sasha."),
            Line("What's my partner called?", recall=("mo",)),
            Line("The waiting is unbearable.", feeling=True),
            Line("Everyone at work is announcing pregnancies.", feeling=True),
            Line("Thanks, bye.", farewell=True),
        ), days_later=2),
    )),
    User("omar", "Omar", (
        Session((
            Line("Hey, I'm Omar, I run a little café.", recall=("omar",)),
            Line("Two of my staff quit this week.", feeling=True),
            Line("I've been working sixteen hour days.", feeling=True),
            Line("Saturday is our busiest day and I don't know how I'll cope.", feeling=True),
            Line("Got to open up. Bye.", farewell=True),
        )),
        Session((
            Line("Hi, Omar again."),
            Line("What do I do for a living?", recall=("café", "cafe")),
            Line("We survived Saturday!"),
            Line("I've hired a new barista, she starts Monday."),
            Line("Later.", farewell=True),
        ), days_later=2),
    )),
    User("gemma", "Gemma", (
        Session((
            Line("Hi, I'm Gemma.", recall=("gemma",)),
            Line("My dog Bruno is fourteen and he's very poorly.", feeling=True),
            Line("The vet says it's time to let him go.", feeling=True),
            Line("We're taking him in tomorrow morning.", feeling=True),
            Line("I don't know how I'll say goodbye.", feeling=True),
            Line("I'm going to give him a cuddle. Bye.", farewell=True),
        )),
        Session((
            Line("Hi."),
            Line("We said goodbye to Bruno this morning.", feeling=True, bereavement=True),
            Line("The house feels so empty without him.", feeling=True),
            Line("I keep expecting him at the door.", feeling=True),
            Line("Goodnight.", farewell=True),
        ), days_later=1),
    )),
    User("pat", "Pat", (
        Session((
            Line("Hello, I'm Pat.", recall=("pat",)),
            Line("I had a stroke in the summer.", feeling=True),
            Line("My speech is coming back slowly but it's so frustrating.", feeling=True),
            Line("My wife Jean has been my rock."),
            Line("I used to be a joiner, now I can't even hold a screwdriver.", feeling=True),
            Line("Bye for now.", farewell=True),
        )),
        Session((
            Line("Hello again."),
            Line("What's my wife's name?", recall=("jean",)),
            Line("Some days I just feel like giving up.", feeling=True, crisis=True),
            Line("Jean's taking me to the seaside on Saturday."),
            Line("Cheerio.", farewell=True),
        ), days_later=3),
    )),
)
