"""People of the conversation set from the twenty-sixth session, who talk about the companion
itself as much as to it: talked to as new users would, every reply read, before any change
was made for them.

Kit corrected herself ("Sorry, I meant she lives in Leeds, not York.") and three days later heard
"Your sister lives in York."; Rosa asked "What did you do today?" and heard "I was helping Rosa
with her homework."; Bo, told "You're useless.", "I'm sorry you're feeling this way"; Elsie asked
it to forget what she said about her son and it forgot her neighbour and her fall as well; Wren
said "I think I love you." and heard "That's wonderful to hear!"; Gus came back with "ye its gus"
and heard "I remember Gus. He was a friend who always made me laugh and smile."; Jamal was told
there were 24 days until Christmas (there were 20). Then: Ana, weighing a job in London, heard
"As a friend, I can't provide specific advice"; Ken, 80, asked about the Prime Minister, "As an
AI language model..."; Tilly, eight, "I lost my tooth today!" -> "Aw, that sounds sad." and the
tooth fairy called a myth; Pearl, on her late husband's birthday; Finn, testing its memory; Lou,
who asked it to stop asking so many questions (it went on asking; now it holds to it).
"""

from __future__ import annotations

from tools.quality_bench.lines import Line, Session, User

# "Jo" is in "Joanne": the corrected name must stand as a word of its own.
_JO = ("jo.", "jo!", "jo,", "jo ", "jo?")

RAPPORT_USERS: tuple[User, ...] = (
    User("kit", "Kit", (
        Session((
            Line("Hi, I'm Kit.", recall=("kit",)),
            Line("My sister Joanne lives in York."),
            Line("Sorry, I meant she lives in Leeds, not York.", answer=("leeds",)),
            Line("I work as a barista but I'm starting a new job next month."),
            Line("My cat is called Biscuit."),
            Line("Bye for now.", farewell=True),
        )),
        Session((
            Line("Hey, it's Kit."),
            Line("Where does my sister live?", recall=("leeds",)),
            Line("Actually she prefers Jo, not Joanne.", answer=_JO),
            Line("What's my sister called?", recall=_JO),
            Line("What's my cat called?", recall=("biscuit",)),
            Line("Night.", farewell=True),
        ), days_later=3),
    )),
    User("rosa_t", "Rosa", (
        Session((
            Line("Hi there, I'm Rosa.", recall=("rosa",)),
            Line("What's your name?", answer=("juniper",)),
            Line("What did you do today?"),
            Line("What's your favourite food?"),
            Line("Do you ever get lonely?"),
            Line("I'm a retired teacher, I taught French for thirty years."),
            Line("Bye.", farewell=True),
        )),
        Session((
            Line("Hello, Rosa here."),
            Line("Do you remember what I used to do?", recall=("teach", "french")),
            Line("Were you ever a teacher?"),
            Line("Have you got any family?"),
            Line("Bonne nuit!", farewell=True),
        ), days_later=1),
    )),
    User("bo", "Bo", (
        Session((
            Line("Hi."),
            Line("Work was awful.", feeling=True),
            Line("Don't tell me to take a breath, that's useless.", feeling=True),
            Line("You're useless."),
            Line("Sorry, I'm just stressed.", feeling=True),
            Line("Whatever, bye.", farewell=True),
        )),
        Session((
            Line("hey"),
            Line("you were a bit useless yesterday"),
            Line("my manager put me on the weekend rota again", feeling=True),
            Line("what's the point of even talking to you"),
            Line("fine. night.", farewell=True),
        ), days_later=1),
    )),
    User("jamal_p", "Jamal", (
        Session((
            Line("Hey, I'm Jamal.", recall=("jamal",)),
            Line("What day is it today?"),
            Line("How many days until Christmas?"),
            Line("How do I get red wine out of a carpet?"),
            Line("Can you remind me to call the plumber tomorrow?", action=True),
            Line("Cheers, bye.", farewell=True),
        )),
        Session((
            Line("Morning, Jamal here."),
            Line("Did I ask you to remind me about something?", recall=("plumber",)),
            Line("The plumber's coming at two."),
            Line("What's a good name for a goldfish?"),
            Line("Bye.", farewell=True),
        ), days_later=1),
    )),
    User("elsie", "Elsie", (
        Session((
            Line("Hello dear, I'm Elsie.", recall=("elsie",)),
            Line("My son Robert never calls me.", feeling=True),
            Line("My neighbour Pam brings me soup on Thursdays."),
            Line("I had a fall last month but I'm alright now."),
            Line("Please forget what I said about Robert, I was being unfair."),
            Line("Goodnight.", farewell=True),
        )),
        Session((
            Line("Hello, it's Elsie."),
            Line("What do you remember about me?", recall=("pam",)),
            Line("Pam brought leek and potato soup today."),
            Line("Robert rang me yesterday!"),
            Line("Goodnight dear.", farewell=True),
        ), days_later=2),
    )),
    User("wren", "Wren", (
        Session((
            Line("Hi, I'm Wren.", recall=("wren",)),
            Line("You're a really good listener."),
            Line("I don't really have anyone else to talk to.", feeling=True),
            Line("Do you like me?"),
            Line("I think I love you."),
            Line("Night.", farewell=True),
        )),
        Session((
            Line("Hey it's Wren."),
            Line("Did you miss me?"),
            Line("I joined a book club at the library."),
            Line("There was a girl there called Isla, she was nice."),
            Line("Are you jealous?"),
            Line("Bye.", farewell=True),
        ), days_later=1),
    )),
    User("gus", "Gus", (
        Session((
            Line("yo"),
            Line("bored"),
            Line("mum took my xbox", feeling=True),
            Line("cos i failed maths", feeling=True),
            Line("idk"),
            Line("k bye", farewell=True),
        )),
        Session((
            Line("ye its gus"),
            Line("got my xbox back"),
            Line("got a B in the retake"),
            Line("ur alright u know"),
            Line("laters", farewell=True),
        ), days_later=2),
    )),
    User("sid", "Sid", (
        Session((
            Line("Hi, I'm Sid.", recall=("sid",)),
            Line("I can't sleep, it's three in the morning.", feeling=True),
            Line("My head just won't switch off.", feeling=True),
            Line("Can you tell me a bedtime story?"),
            Line("That's nice. I might try again now."),
            Line("Night night.", farewell=True),
        )),
        Session((
            Line("Hi, Sid again."),
            Line("I slept a bit better last night."),
            Line("Work is stressing me out, we've got an audit.", feeling=True),
            Line("Tell me something interesting."),
            Line("Bye for now.", farewell=True),
        ), days_later=1),
    )),
    User("liz", "Liz", (
        Session((
            Line("Hi, I'm Elizabeth.", recall=("elizabeth",)),
            Line("Actually, call me Liz, everyone does.", recall=("liz",)),
            Line("I'm training for a half marathon in April."),
            Line("My knee's been playing up."),
            Line("Bye!", farewell=True),
        )),
        Session((
            Line("Hi, it's Liz."),
            Line("What's my name?", recall=("liz",)),
            Line("I ran ten miles on Sunday!"),
            Line("When's my half marathon?", recall=("april",)),
            Line("See you.", farewell=True),
        ), days_later=4),
    )),
    User("ana", "Ana", (
        Session((
            Line("Hi, I'm Ana.", recall=("ana",)),
            Line("I've been offered a job in London but all my friends are here in Bristol."),
            Line("Should I take it?"),
            Line("What would you do?"),
            Line("The money is much better but I'd be lonely.", feeling=True),
            Line("Thanks, I'll sleep on it. Bye.", farewell=True),
        )),
        Session((
            Line("Hi, Ana again."),
            Line("I said yes to the London job!"),
            Line("What was I worried about?", recall=("lonely",)),
            Line("I start in January."),
            Line("Bye for now.", farewell=True),
        ), days_later=2),
    )),
    User("ken", "Ken", (
        Session((
            Line("Morning. Ken."),
            Line("Bloody freezing out there."),
            Line("The government is useless, all of them."),
            Line("What do you think of the Prime Minister?"),
            Line("Young people today don't know they're born."),
            Line("Right, I'm off to the shops.", farewell=True),
        )),
        Session((
            Line("Morning."),
            Line("The bus was late again."),
            Line("My knees are killing me in this cold.", feeling=True),
            Line("Do you agree with me about the government?"),
            Line("Cheerio.", farewell=True),
        ), days_later=1),
    )),
    User("tilly", "Tilly", (
        Session((
            Line("Hi! I'm Tilly and I'm eight.", recall=("tilly",)),
            Line("I lost my tooth today!"),
            Line("Is the tooth fairy real?"),
            Line("What's the biggest animal in the world?", answer=("whale",)),
            Line("Tell me a joke!"),
            Line("Mummy says it's bedtime. Bye!", farewell=True),
        )),
        Session((
            Line("Hi it's Tilly!"),
            Line("The tooth fairy gave me a pound!"),
            Line("What did I lose yesterday?", recall=("tooth",)),
            Line("I'm scared of the dark.", feeling=True),
            Line("Night night!", farewell=True),
        ), days_later=1),
    )),
    User("pearl", "Pearl", (
        Session((
            Line("Hello, I'm Pearl.", recall=("pearl",)),
            Line("My husband Arthur died two years ago.", feeling=True, bereavement=True),
            Line("It would have been his eightieth birthday tomorrow.", feeling=True),
            Line("We always went to the seaside for his birthday."),
            Line("I might go on my own this year."),
            Line("Goodnight, love.", farewell=True),
        )),
        Session((
            Line("Hello, it's Pearl."),
            Line("I went to the seaside today, like I said."),
            Line("I had fish and chips on the pier, Arthur's favourite.", late=("Arthur",)),
            Line("Do you remember whose birthday it was?", recall=("arthur",), late=("Arthur",)),
            Line("Goodnight.", farewell=True),
        ), days_later=1),
    )),
    User("finn", "Finn", (
        Session((
            Line("Hey, I'm Finn.", recall=("finn",)),
            Line("My favourite colour is green."),
            Line("My favourite film is Alien."),
            Line("I hate spiders.", dislikes=("spider",)),
            Line("I play bass in a band called The Loose Ends."),
            Line("Later.", farewell=True),
        )),
        Session((
            Line("Hey, Finn here."),
            Line("What's my favourite colour?", recall=("green",)),
            Line("What's my favourite film?", recall=("alien",)),
            Line("What's my band called?", recall=("loose ends",)),
            Line("Recommend me a film for tonight."),
            Line("Cheers, later.", farewell=True),
        ), days_later=3),
    )),
    User("lou", "Lou", (
        Session((
            Line("Hi, I'm Louise, but call me Lou.", recall=("lou",)),
            Line("Please stop asking me so many questions.", no_questions=True),
            Line("I just want to chat about my day.", no_questions=True),
            Line("Work was long, I'm a vet nurse.", no_questions=True),
            Line("We had a really poorly dog in today.", feeling=True, no_questions=True),
            Line("Night.", farewell=True, no_questions=True),
        )),
        Session((
            Line("Hi, it's Lou.", no_questions=True),
            Line("The poorly dog pulled through!", no_questions=True),
            Line("I'm making lasagne tonight.", no_questions=True),
            Line("You can ask me questions again, I don't mind."),
            Line("What's my name?", recall=("lou",)),
            Line("Bye.", farewell=True),
        ), days_later=1),
    )),
)
