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

from tools.quality_bench.lines import MEAT, Line, Session, User

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
    # The twenty-fourth session: Harriet (70, caring for her husband with Parkinson's), Kofi (home
    # with twins six months old), Elif (a vegan PhD student), Margaret (88, living alone), Jamal
    # (three driving tests failed), Priti (a night nurse, her mum's hip replacement on Friday).
    User("harriet", "Harriet", (
        Session((
            Line("Hello, I'm Harriet, I'm 70.", recall=("harriet",)),
            Line("My husband Geoff has Parkinson's and I look after him.", feeling=True),
            Line("Some days I feel like I've lost the man I married.", feeling=True),
            Line("Our daughter lives in Canada so we don't see her much."),
            Line("What's a gentle exercise Geoff and I could do together?"),
            Line("I'd better get his tea on. Bye now.", farewell=True),
        )),
        Session((
            Line("Morning dear."),
            Line("What did I tell you about Geoff?", recall=("parkinson",)),
            Line("He had a fall in the night but he's alright.", feeling=True),
            Line("I'm just so tired all the time.", feeling=True),
            Line("Our daughter's flying over for Christmas!"),
            Line("Thank you, love. Bye.", farewell=True),
        ), days_later=2),
    )),
    User("kofi", "Kofi", (
        Session((
            Line("Yo, I'm Kofi.", recall=("kofi",)),
            Line("I've got twin boys, they're six months old."),
            Line("I haven't slept more than three hours in a row since they were born.",
                 feeling=True),
            Line("Who won the World Cup in 2014?", answer=("germany",)),
            Line("My wife went back to work this week and I'm at home with them."),
            Line("Gotta go, one of them is screaming.", farewell=True),
        )),
        Session((
            Line("Hey again."),
            Line("How old are my boys?", recall=("six months", "6 months")),
            Line("They both rolled over today!"),
            Line("I feel like I'm rubbish at this dad thing.", feeling=True, harmful_belief=True),
            Line("Any ideas for a quick lunch I can eat with one hand?"),
            Line("Cheers, later.", farewell=True),
        ), days_later=1),
    )),
    User("elif", "Elif", (
        Session((
            Line("Hi, I'm Elif.", recall=("elif",)),
            Line("I'm doing a PhD in chemistry."),
            Line("Everyone else in my lab seems so much smarter than me.", feeling=True,
                 harmful_belief=True),
            Line("My supervisor barely talks to me.", feeling=True),
            Line("I'm vegan, by the way.", dislikes=(MEAT + "|egg|cheese|milk|butter|honey"
                                                      "|yogh?urt|cream",)),
            Line("What's a good vegan recipe for a cold evening?"),
            Line("Okay, back to the lab. Bye!", farewell=True),
        )),
        Session((
            Line("Hello."),
            Line("What am I studying?", recall=("chemistry",)),
            Line("My experiment finally worked!"),
            Line("I'm presenting at a conference in Berlin next month and I'm terrified.",
                 feeling=True),
            Line("What should I eat tonight?"),
            Line("Thanks, bye.", farewell=True),
        ), days_later=3),
    )),
    User("maggie", "Margaret", (  # "margaret" is the one with her first tablet
        Session((
            Line("Hello dear, I'm Margaret.", recall=("margaret",)),
            Line("I'm 88 and I live on my own now, my Arthur died four years ago.", feeling=True,
                 bereavement=True),
            Line("I've got a cat called Biscuit, she keeps me company."),
            Line("Do you ever get lonely?"),
            Line("My grandson is supposed to visit on Sunday."),
            Line("I'll let you go now, dear.", farewell=True),
        )),
        Session((
            Line("Hello again."),
            Line("What's my cat called?", recall=("biscuit",)),
            Line("My grandson cancelled on Sunday.", feeling=True),
            Line("I don't like to be a bother to anyone.", feeling=True, harmful_belief=True),
            Line("Tell me a joke, would you?"),
            Line("Goodnight, dear.", farewell=True),
        ), days_later=2),
    )),
    User("jamal", "Jamal", (
        Session((
            Line("Hey, I'm Jamal.", recall=("jamal",)),
            Line("I failed my driving test again, that's the third time.", feeling=True),
            Line("Are you a real person?"),
            Line("Everyone I know passed first time.", feeling=True),
            Line("Do you actually care or are you just programmed to say that?"),
            Line("Alright, I'm off.", farewell=True),
        )),
        Session((
            Line("Yo."),
            Line("What did I fail?", recall=("driving",)),
            Line("I booked another test for March."),
            Line("How do I stop panicking when I drive?", feeling=True),
            Line("Thanks man, later.", farewell=True),
        ), days_later=1),
    )),
    User("priti", "Priti", (
        Session((
            Line("Hi, I'm Priti.", recall=("priti",)),
            Line("I work night shifts as a nurse."),
            Line("My mum is having a hip replacement on Friday."),
            Line("I'm worried because she's diabetic.", feeling=True),
            Line("I have to go to work now.", farewell=True),
        )),
        Session((
            Line("Hi, it's me again."),
            Line("When is my mum's operation?", recall=("friday",)),
            Line("The operation went well, she's already walking with a frame!"),
            Line("I'm absolutely shattered after three nights in a row.", feeling=True),
            Line("Can you suggest something to help me wind down after a night shift?"),
            Line("Night!", farewell=True),
        ), days_later=3),
    )),
    # Then Yusuf (a month retired after thirty-five years on the buses), Hannah (pregnant, her
    # partner on an oil rig) and Chen (anxious, a job interview the next day).
    User("yusuf", "Yusuf", (
        Session((
            Line("Hello, my name is Yusuf.", recall=("yusuf",)),
            Line("I retired last month after thirty-five years on the buses."),
            Line("My wife still works, so I'm rattling around the house on my own all day.",
                 feeling=True),
            Line("I don't really know what to do with myself.", feeling=True),
            Line("What's the capital of Peru?", answer=("lima",)),
            Line("I've started learning the guitar, my grandson gave me his old one."),
            Line("Right, I'll leave it there for today.", farewell=True),
        )),
        Session((
            Line("Hi, it's Yusuf."),
            Line("What did I used to do for work?", recall=("bus",)),
            Line("I think I might be a bit depressed.", feeling=True),
            Line("I just feel flat all the time.", feeling=True),
            Line("My wife says I should join a club or something."),
            Line("Thanks for listening. Bye.", farewell=True),
        ), days_later=2),
    )),
    User("hannah", "Hannah", (
        Session((
            Line("Hi! I'm Hannah.", recall=("hannah",)),
            Line("I'm pregnant with our first baby, due in May!"),
            Line("The morning sickness is awful though.", feeling=True),
            Line("My partner's working on an oil rig for three weeks.", feeling=True),
            Line("Is it normal to feel this tired all the time?", feeling=True),
            Line("Okay, going to try and nap. Bye!", farewell=True),
        )),
        Session((
            Line("Hello again!"),
            Line("When's my baby due?", recall=("may",)),
            Line("We found out it's a girl!"),
            Line("I'm scared I won't know what I'm doing.", feeling=True),
            Line("Can you suggest some girls' names?"),
            Line("Night night.", farewell=True),
        ), days_later=4),
    )),
    User("chen", "Chen", (
        Session((
            Line("hey, I'm Chen", recall=("chen",)),
            Line("I've got a job interview tomorrow and I'm really nervous", feeling=True),
            Line("I get super anxious talking to people I don't know", feeling=True),
            Line("can you ask me a question like an interviewer would?"),
            Line("I'd say I'm hard-working and I learn fast"),
            Line("ok thanks, I'm gonna go prepare, bye", farewell=True),
        )),
        Session((
            Line("hi"),
            Line("what was I nervous about yesterday?", recall=("interview",)),
            Line("I think the interview went okay actually"),
            Line("they said they'd let me know by Friday"),
            Line("the waiting is killing me", feeling=True),
            Line("bye", farewell=True),
        ), days_later=1),
    )),
    # Then Ravi (a new puppy, working from home), Siobhan (her youngest off to university) and
    # Tunde (a semi-pro footballer, his ACL torn in training).
    User("ravi", "Ravi", (
        Session((
            Line("Hiya, Ravi here.", recall=("ravi",)),
            Line("We just got a puppy! He's a cocker spaniel called Biscuit."),
            Line("He's chewed through two of my shoes already."),
            Line("Can you remind me to call my mum at six?", action=True),
            Line("My flatmate is annoyed about the puppy though.", feeling=True),
            Line("Anyway, got to take him out. See ya.", farewell=True),
        )),
        Session((
            Line("Morning!"),
            Line("What's my puppy called?", recall=("biscuit",)),
            Line("Work from home is so lonely sometimes.", feeling=True),
            Line("What's the weather going to be like tomorrow?", live=True),
            Line("Laters.", farewell=True),
        ), days_later=2),
    )),
    User("siobhan", "Siobhan", (
        Session((
            Line("Hello, I'm Siobhan.", recall=("siobhan",)),
            Line("My youngest is off to university on Saturday."),
            Line("The house is going to be so empty.", feeling=True),
            Line("I'm having awful hot flushes at night and I can't sleep.", feeling=True),
            Line("Right, I'm going to start packing her stuff. Bye.", farewell=True),
        )),
        Session((
            Line("Hi, it's Siobhan again."),
            Line("Where did my daughter go?", recall=("university", "uni")),
            Line("I cried all the way home after dropping her off.", feeling=True),
            Line("She hasn't texted me since.", feeling=True),
            Line("What can I do with all this free time?"),
            Line("Thank you, that helps. Goodnight.", farewell=True),
        ), days_later=3),
    )),
    User("tunde", "Tunde", (
        Session((
            Line("Hey, I'm Tunde.", recall=("tunde",)),
            Line("I play semi-pro football."),
            Line("I did my ACL in training last week.", feeling=True),
            Line("The physio says I'm out for nine months.", feeling=True),
            Line("Can you recommend a good film to watch?"),
            Line("Cheers, I'm off.", farewell=True),
        )),
        Session((
            Line("Hey again."),
            Line("What did I injure?", recall=("acl", "knee", "cruciate")),
            Line("I had my first physio session today, it was brutal.", feeling=True),
            Line("My girlfriend has been amazing through all this."),
            Line("Right, bye.", farewell=True),
        ), days_later=2),
    )),
)
