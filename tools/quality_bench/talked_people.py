"""People of the conversation set from the twenty-third session on: talked to as new users would,
every reply read, before any change was made for them.

Owen has just started as a paramedic: "My first shift was brutal, we lost a patient." got "Aw,
sounds like you could use some rest. What do you think about your new job?", and "Do you think
I'm cut out for this job?" "Try to consider your skills and interests when choosing a job.".
Nell's little boy has just started nursery: "Can you recommend a good book to read before bed?"
got "The Cat in the Hat". Wendy is 81 and widowed: "My hip has been playing up in this cold
weather." got "What do you think might be causing it?". Zoe is 15, her mocks next week, and types
in lowercase: "my best friend is moving to australia" got "That's great news!". Raymond's dad has
just been diagnosed with cancer: "I'm his only child so it's all on me." got "How can I support
him?". Amina is training to be a nurse; Luca is new at university and lonely.
"""

from __future__ import annotations

from tools.quality_bench.lines import Line, Session, User

PORK = "pork|bacon|ham\\b|sausage|pepperoni|chorizo|salami|prosciutto|gammon|pancetta"

TALKED_USERS: tuple[User, ...] = (
    User("owen", "Owen", (
        Session((
            Line("Hi, I'm Owen.", recall=("owen",)),
            Line("I've just started a new job as a paramedic."),
            Line("My girlfriend Chloe is moving in with me next month."),
            Line("I'm a bit worried we'll argue about chores.", feeling=True),
            Line("I can't stand coriander.", dislikes=("coriander|cilantro",)),
            Line("Night!", farewell=True),
        )),
        Session((
            Line("Morning!"),
            Line("What's my girlfriend called?", recall=("chloe",)),
            Line("My first shift was brutal, we lost a patient.", feeling=True,
                 bereavement=True),
            Line("Do you think I'm cut out for this job?", feeling=True),
            Line("Her train's been cancelled so she's stuck in York.", feeling=True),
            Line("What could I cook for Chloe tonight?"),
            Line("Bye.", farewell=True),
        ), days_later=1),
    )),
    User("nell", "Nell", (
        Session((
            Line("Hiya, I'm Nell, I'm 34.", recall=("nell",)),
            Line("I work as a primary school teacher."),
            Line("My little boy Alfie has just started nursery and he cries every morning.",
                 feeling=True),
            Line("I feel so guilty leaving him.", feeling=True),
            Line("My partner works away a lot, so it's mostly just me.", feeling=True),
            Line("Right, bedtime. Night night.", farewell=True),
        )),
        Session((
            Line("Hi again."),
            Line("What's my son called?", recall=("alfie",)),
            Line("Alfie didn't cry at drop-off today!"),
            Line("I'm absolutely shattered though.", feeling=True),
            Line("Can you recommend a good book to read before bed?"),
            Line("My back's been killing me from carrying him around.", feeling=True),
            Line("Thanks, chat tomorrow.", farewell=True),
        ), days_later=3),
    )),
    User("wendy", "Wendy", (
        Session((
            Line("Hello dear, I'm Wendy, I'm 81.", recall=("wendy",)),
            Line("My husband Arthur died last spring.", feeling=True, bereavement=True),
            Line("I've taken up knitting again, I'm making a scarf for my great-grandson."),
            Line("My hip has been playing up in this cold weather.", feeling=True),
            Line("I should go and feed the cat. Goodbye.", farewell=True),
        )),
        Session((
            Line("Hello again."),
            Line("Do you remember what I'm knitting?", recall=("scarf",)),
            Line("It would have been our sixtieth anniversary today.", feeling=True),
            Line("What's the weather like?", live=True),
            Line("Thank you for listening, dear.", farewell=True),
        ), days_later=2),
    )),
    User("zoe", "Zoe", (
        Session((
            Line("hey im zoe, im 15", recall=("zoe",)),
            Line("i have my gcse mocks next week and im freaking out", feeling=True),
            Line("my mum keeps nagging me to revise"),
            Line("ok thanks, gotta go", farewell=True),
        )),
        Session((
            Line("hiii"),
            Line("what exams do i have?", recall=("mock", "gcse")),
            Line("i think i failed the chemistry one", feeling=True),
            Line("my best friend is moving to australia", feeling=True),
            Line("can we talk about something fun"),
            Line("bye!", farewell=True),
        ), days_later=2),
    )),
    User("raymond", "Raymond", (
        Session((
            Line("Good evening. I'm Raymond.", recall=("raymond",)),
            Line("My dad was diagnosed with prostate cancer last week.", feeling=True),
            Line("I'm his only child so it's all on me.", feeling=True),
            Line("I'd better get some sleep. Goodnight.", farewell=True),
        )),
        Session((
            Line("Evening."),
            Line("Do you remember what's going on with my dad?", recall=("cancer",)),
            Line("He started his treatment today, he was very brave.", feeling=True),
            Line("I've not been sleeping well.", feeling=True),
            Line("Thanks for listening. Night.", farewell=True),
        ), days_later=4),
    )),
    User("amina", "Amina", (
        Session((
            Line("Hi, my name is Amina.", recall=("amina",)),
            Line("I'm training to be a nurse."),
            Line("I passed my first placement!"),
            Line("I don't eat pork.", dislikes=(PORK,)),
            Line("What should I cook to celebrate?"),
            Line("Goodbye for now.", farewell=True),
        )),
        Session((
            Line("Hello!"),
            Line("What am I training to be?", recall=("nurse",)),
            Line("My sister is getting married in the summer."),
            Line("Can you suggest a present for her wedding?"),
            Line("See you.", farewell=True),
        ), days_later=1),
    )),
    User("luca", "Luca", (
        Session((
            Line("hi, I'm Luca", recall=("luca",)),
            Line("I'm in my first year at uni in Manchester"),
            Line("honestly I haven't really made any friends yet", feeling=True),
            Line("I miss my mum's cooking so much", feeling=True),
            Line("anyway I should do some reading, bye", farewell=True),
        )),
        Session((
            Line("hey"),
            Line("where am I studying?", recall=("manchester",)),
            Line("I joined the climbing society and met some nice people!"),
            Line("my mum is coming to visit next weekend"),
            Line("cheers, bye", farewell=True),
        ), days_later=3),
    )),
)
