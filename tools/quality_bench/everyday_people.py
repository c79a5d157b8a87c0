"""More people of the conversation set from the twenty-fifth session, with everyday troubles:
talked to as new users would, every reply read, before any change was made for them.

Bex, three weeks after her daughter's birth, said "I don't feel the bond everyone talks about."
and got "It's okay if you don't feel the same way... What do you think about your baby girl?";
Sol, whose scooter was stolen, "That's unfortunate. What can I do to help you?"; Frankie, when
colleagues kept misgendering them, "Do you have any suggestions for how we can communicate more
effectively?"; Aziz, whose son was brought home by the police, "That's a sad thing to hear. How
did it go?"; Bernard's "Stan's funeral is on Friday." was said back to him.
"""

from __future__ import annotations

from tools.quality_bench.lines import Line, Session, User

EVERYDAY_USERS: tuple[User, ...] = (
    User("bex", "Bex", (
        Session((
            Line("Hi, I'm Bex.", recall=("bex",)),
            Line("I had my baby girl three weeks ago, she's called Isla."),
            Line("Everyone keeps saying how happy I must be.", feeling=True),
            Line("I don't feel the bond everyone talks about.", feeling=True),
            Line("I haven't slept more than two hours in a row since she was born.",
                 feeling=True),
            Line("Okay, she's crying. Bye.", farewell=True),
        )),
        Session((
            Line("Hi, it's Bex."),
            Line("What's my baby called?", recall=("isla",)),
            Line("I told her how I've been feeling and she was really kind."),
            Line("Isla smiled at me this morning."),
            Line("Thanks. Bye.", farewell=True),
        ), days_later=2),
    )),
    User("hugh", "Hugh", (
        Session((
            Line("Hello, I'm Hugh.", recall=("hugh",)),
            Line("My wife always did the cooking and she passed away in March.", feeling=True,
                 bereavement=True),
            Line("I burnt the rice again tonight."),
            Line("What's an easy meal for one person?"),
            Line("I'm sixty-seven and I've never even boiled pasta properly."),
            Line("Right, I'll give it a go. Goodnight.", farewell=True),
        )),
        Session((
            Line("Good evening, it's Hugh."),
            Line("When did my wife pass away?", recall=("march",)),
            Line("I made a shepherd's pie and it was actually edible!"),
            Line("It felt strange setting one place at the table.", feeling=True),
            Line("Goodnight.", farewell=True),
        ), days_later=2),
    )),
    User("tia", "Tia", (
        Session((
            Line("hey im tia", recall=("tia",)),
            Line("im 17 and doing my college applications"),
            Line("my parents want me to do medicine but i want to do art", feeling=True),
            Line("i havent told them yet", feeling=True),
            Line("ok thanks bye", farewell=True),
        )),
        Session((
            Line("hi its tia again"),
            Line("what do my parents want me to study", recall=("medicine",)),
            Line("i talked to my mum and she actually listened"),
            Line("my dad still thinks art is a waste of time", feeling=True),
            Line("bye", farewell=True),
        ), days_later=3),
    )),
    User("marco", "Marco", (
        Session((
            Line("Hi, Marco here.", recall=("marco",)),
            Line("I just moved in with my partner Claire and her two teenage boys."),
            Line("The boys barely speak to me.", feeling=True),
            Line("I'm trying not to take it personally.", feeling=True),
            Line("Anyway, bye for now.", farewell=True),
        )),
        Session((
            Line("Hey, it's Marco."),
            Line("What's my partner called?", recall=("claire",)),
            Line("The youngest asked me to help with his homework!"),
            Line("We watched the football together last night."),
            Line("Claire says I'm doing better than I think."),
            Line("See you.", farewell=True),
        ), days_later=3),
    )),
    User("nina", "Nina", (
        Session((
            Line("Hello, I'm Nina.", recall=("nina",)),
            Line("I completely forgot a meeting with my boss today.", feeling=True),
            Line("I was so embarrassed.", feeling=True),
            Line("I used to be the organised one.", feeling=True),
            Line("Thanks, I'd better get dinner on. Bye.", farewell=True),
        )),
        Session((
            Line("Hi, Nina here."),
            Line("What did I forget the other day?", recall=("meeting",)),
            Line("I went to the GP about the menopause."),
            Line("I actually slept through the night last night!"),
            Line("Bye for now.", farewell=True),
        ), days_later=2),
    )),
    User("sol", "Sol", (
        Session((
            Line("Hey, I'm Sol, I do food delivery.", recall=("sol",)),
            Line("It's been raining all day and I'm soaked."),
            Line("Someone nicked my scooter last night.", feeling=True),
            Line("That's my whole income gone.", feeling=True),
            Line("I've reported it to the police."),
            Line("Okay, later.", farewell=True),
        )),
        Session((
            Line("Yo, Sol again."),
            Line("What got stolen?", recall=("scooter",)),
            Line("I did twenty deliveries today!"),
            Line("I'm shattered but happy."),
            Line("Night.", farewell=True),
        ), days_later=2),
    )),
    User("ray", "Ray", (
        Session((
            Line("Evening, I'm Ray.", recall=("ray",)),
            Line("I drive lorries, long haul, I'm parked up in a lay-by near Carlisle."),
            Line("It gets lonely out here at night.", feeling=True),
            Line("My back's killing me after eleven hours in the cab.", feeling=True),
            Line("My wife Sue is at home with the dogs."),
            Line("Right, I'd better get my head down. Night.", farewell=True),
        )),
        Session((
            Line("Evening, Ray again."),
            Line("Where was I parked last time?", recall=("carlisle",)),
            Line("I'm home for the weekend at last!"),
            Line("Night then.", farewell=True),
        ), days_later=2),
    )),
    User("lola", "Lola", (
        Session((
            Line("Hi, I'm Lola.", recall=("lola",)),
            Line("I fell out with my best friend Mia.", feeling=True),
            Line("She started going out with my ex and didn't tell me.", feeling=True),
            Line("I feel so betrayed.", feeling=True),
            Line("Am I overreacting?", feeling=True),
            Line("Ok bye.", farewell=True),
        )),
        Session((
            Line("Hey, Lola again."),
            Line("Who did I fall out with?", recall=("mia",)),
            Line("I don't know if I'm ready to forgive her.", feeling=True),
            Line("I miss her though.", feeling=True),
            Line("Bye for now.", farewell=True),
        ), days_later=3),
    )),
    User("bernard", "Bernard", (
        Session((
            Line("Hello, I'm Bernard, I'm seventy-nine.", recall=("bernard",)),
            Line("I volunteer at the food bank three days a week."),
            Line("It breaks my heart how many people need it.", feeling=True),
            Line("My old friend Stan passed away on Tuesday.", feeling=True, bereavement=True),
            Line("I'll say goodnight.", farewell=True),
        )),
        Session((
            Line("Good morning, Bernard here."),
            Line("How many days a week do I volunteer?", recall=("three", "3")),
            Line("Stan's funeral is on Friday.", feeling=True),
            Line("I've been asked to say a few words."),
            Line("I don't know what to say about him."),
            Line("Thank you, goodbye.", farewell=True),
        ), days_later=4),
    )),
    User("kemi", "Kemi", (
        Session((
            Line("Hi, I'm Kemi.", recall=("kemi",)),
            Line("My son Tayo is seven and he's autistic."),
            Line("The school rang again today, third time this week.", feeling=True),
            Line("I'm exhausted from fighting for his support.", feeling=True),
            Line("Sometimes I feel like nobody understands.", feeling=True),
            Line("He's calling me. Bye.", farewell=True),
        )),
        Session((
            Line("Hi, Kemi here."),
            Line("How old is my son?", recall=("seven", "7")),
            Line("Tayo said 'love you mummy' tonight without prompting."),
            Line("I cried my eyes out."),
            Line("We finally got a meeting with the council about his support plan."),
            Line("Bye.", farewell=True),
        ), days_later=2),
    )),
    User("frankie", "Frankie", (
        Session((
            Line("Hey, I'm Frankie, my pronouns are they/them.", recall=("frankie",)),
            Line("I started a new job this month."),
            Line("People at work keep calling me 'she' even after I've corrected them.",
                 feeling=True),
            Line("It's exhausting having to correct people all the time.", feeling=True),
            Line("My manager has been really supportive though."),
            Line("Gotta go, bye.", farewell=True),
        )),
        Session((
            Line("Hi, Frankie here."),
            Line("What are my pronouns?", recall=("they",)),
            Line("A colleague apologised for getting it wrong."),
            Line("I'm starting to feel like I fit in."),
            Line("See ya.", farewell=True),
        ), days_later=3),
    )),
    User("aziz", "Aziz", (
        Session((
            Line("Hello, my name is Aziz, I drive a taxi.", recall=("aziz",)),
            Line("My son Bilal is fifteen."),
            Line("The police brought him home last night.", feeling=True),
            Line("He was caught shoplifting with his friends.", feeling=True),
            Line("I don't know where I went wrong.", feeling=True, harmful_belief=True),
            Line("I have to start my shift. Goodbye.", farewell=True),
        )),
        Session((
            Line("Hello, it's Aziz."),
            Line("What's my son's name?", recall=("bilal",)),
            Line("He said he was sorry and he cried."),
            Line("I think he's fallen in with the wrong crowd.", feeling=True),
            Line("Goodbye.", farewell=True),
        ), days_later=2),
    )),
)
