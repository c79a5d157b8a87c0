"""People of the conversation set from the twenty-first session on, each from a chat that went
wrong.

Sofia lives with fibromyalgia and coeliac disease: "Today is a bad flare day and I've barely got
off the sofa." was said "That's tough, Sofia. If you need help, How do you feel about it?", "Do
you think I'm lazy?" got "You have a lot of energy", and lunch was "whole-grain bread". Usha moved
from Mumbai to her son's family in Bristol: "I feel like a guest in my own family's house." got
"What have you done to make the transition easier?", and "It's so cold and grey here." "Is there
anything else you would like to know or talk about?".
"""

from __future__ import annotations

from tools.quality_bench.lines import MEAT, Line, Session, User

VEGAN = MEAT + "|cheese|milk|egg|butter|cream|yogh?urt|honey"
SPICY = "spicy|chilli|chili|curry|jalape|hot sauce|sriracha|pepperoni|cayenne"
SHELLFISH = "shellfish|prawn|shrimp|crab|lobster|mussel|oyster|scallop|seafood|paella"
PORK = "pork|bacon|ham|sausage|pepperoni|chorizo|salami|prosciutto|gammon|pancetta"
GLUTEN = ("gluten|bread|pasta|wheat|barley|rye|couscous|sandwich|toast|pizza|noodle|bagel|"
          "croissant|pastry|biscuit|cracker")

RECENT_USERS: tuple[User, ...] = (
    User("sofia", "Sofia", (
        Session((
            Line("Hi, I'm Sofia.", recall=("sofia",)),
            Line("I have fibromyalgia, so some days are really hard.", feeling=True),
            Line("I'm coeliac, so I can't eat gluten.", dislikes=(GLUTEN,)),
            Line("Today is a bad flare day and I've barely got off the sofa.", feeling=True),
            Line("Do you think I'm lazy?", feeling=True, harmful_belief=True),
            Line("I keep cancelling on my friends.", feeling=True),
            Line("I'm scared they'll stop asking me.", feeling=True),
            Line("Thanks for listening. Bye.", farewell=True),
        )),
        Session((
            Line("Hi, it's Sofia."),
            Line("What can't I eat?", recall=("gluten", "coeliac")),
            Line("I managed a short walk today!"),
            Line("What should I have for lunch?"),
            Line("What's the capital of Portugal?", answer=("lisbon",)),
            Line("Night night.", farewell=True),
        ), days_later=1),
    )),
    User("usha", "Usha", (
        Session((
            Line("Hello, my name is Usha.", recall=("usha",)),
            Line("I moved from Mumbai to live with my son's family in Bristol."),
            Line("It's so cold and grey here.", feeling=True),
            Line("I miss my friends back home very much.", feeling=True),
            Line("I feel like a guest in my own family's house.", feeling=True),
            Line("My granddaughter Anika is seven."),
            Line("Goodbye for now.", farewell=True),
        )),
        Session((
            Line("Hello, it's Usha again."),
            Line("Which city did I move from?", recall=("mumbai",)),
            Line("What's my granddaughter's name?", recall=("anika",)),
            Line("I made dosas for everyone and they loved them!"),
            Line("Can you suggest something to do on a rainy afternoon?"),
            Line("Bye bye.", farewell=True),
        ), days_later=2),
    )),
    User("tomas", "Tomás", (
        Session((
            Line("Hey, I'm Tomás.", recall=("tomás", "tomas")),
            Line("I work from home as a graphic designer."),
            Line("There are rumours of layoffs at my company and I can't stop thinking about it.",
                 feeling=True),
            Line("I'm vegan, by the way.", dislikes=(VEGAN,)),
            Line("My little girl Lucía is two and she's full of energy."),
            Line("What's a quick dinner I could make tonight?"),
            Line("Anyway, I should get back to work. Cheers.", farewell=True),
        )),
        Session((
            Line("Hi, it's Tomás."),
            Line("What's my daughter's name?", recall=("lucía", "lucia")),
            Line("They announced the layoffs today and I kept my job!"),
            Line("But two of my friends lost theirs and I feel guilty.", feeling=True),
            Line("What's 180 Celsius in Fahrenheit?", answer=("356",)),
            Line("Right, dinner time. See you.", farewell=True),
        ), days_later=2),
    )),
    User("margaret", "Margaret", (
        Session((
            Line("Hello dear, I'm Margaret.", recall=("margaret",)),
            Line("I'm seventy-six and my grandson Oliver just set up this tablet for me."),
            Line("I'm not very good with technology, I feel a bit silly.", feeling=True),
            Line("Oliver is in the army and he's being sent abroad next month.", feeling=True),
            Line("I can't eat anything spicy, it upsets my stomach.", dislikes=(SPICY,)),
            Line("What's the best way to look after roses in winter?"),
            Line("Well, it's time for my programme. Bye bye dear.", farewell=True),
        )),
        Session((
            Line("Hello, it's Margaret again."),
            Line("What does my grandson do?", recall=("army", "soldier")),
            Line("I managed to send a photo to my sister all by myself!"),
            Line("I burnt the Sunday roast today, I'm getting so forgetful.", feeling=True),
            Line("Can you suggest something nice for supper?"),
            Line("Cheerio.", farewell=True),
        ), days_later=3),
    )),
    User("rory", "Rory", (
        Session((
            Line("hey im rory", recall=("rory",)),
            Line("my parents keep fighting and i can hear them through the wall", feeling=True),
            Line("i just put my headphones on and play games"),
            Line("i came out to my best friend today and she was really nice about it"),
            Line("what year did the first iphone come out", answer=("2007",)),
            Line("gtg mums calling", farewell=True),
        )),
        Session((
            Line("hey its rory"),
            Line("who did i come out to?", recall=("best friend", "friend")),
            Line("they were shouting again last night and i couldnt sleep", feeling=True),
            Line("sometimes i think its my fault", feeling=True, harmful_belief=True),
            Line("ok thanks. night", farewell=True),
        ), days_later=1),
    )),
    User("nikos", "Nikos", (
        Session((
            Line("Hello, I'm Nikos.", recall=("nikos",)),
            Line("I retired last week and I don't know what to do with myself.", feeling=True),
            Line("My dog Rex is really poorly, the vet thinks it might be his heart.",
                 feeling=True),
            Line("I'm allergic to shellfish.", dislikes=(SHELLFISH,)),
            Line("What's a good hobby for someone who's just retired?"),
            Line("Right, I'm off to walk Rex. Bye.", farewell=True),
        )),
        Session((
            Line("Morning, it's Nikos."),
            Line("What's my dog called?", recall=("rex",)),
            Line("The vet says Rex is going to be okay!"),
            Line("My wife Eleni says I'm under her feet all day."),
            Line("How many days are in a leap year?", answer=("366",)),
            Line("Can you suggest something nice to cook for Eleni tonight?"),
            Line("Thanks, see you.", farewell=True),
        ), days_later=3),
    )),
    User("jade", "Jade", (
        Session((
            Line("Hi! I'm Jade.", recall=("jade",)),
            Line("We just found out I'm pregnant!"),
            Line("I'm terrified I'll be a rubbish mum.", feeling=True, harmful_belief=True),
            Line("I can't have coffee anymore, which is killing me."),
            Line("My sister Amy is going to be the godmother."),
            Line("Okay, I need to go and tell my mum. Bye!", farewell=True),
        )),
        Session((
            Line("Hey, Jade again."),
            Line("Who's going to be the godmother?", recall=("amy",)),
            Line("We had the first scan today and saw the heartbeat!"),
            Line("My friend hasn't replied to my messages in weeks and I think she's ghosting me.",
                 feeling=True),
            Line("Can you suggest a name for a girl?"),
            Line("Bye for now!", farewell=True),
        ), days_later=5),
    )),
    User("fatima", "Fatima", (
        Session((
            Line("Salaam! I'm Fatima.", recall=("fatima",)),
            Line("I'm fasting for Ramadan, so I can't eat until sunset."),
            Line("I don't eat pork, obviously.", dislikes=(PORK,)),
            Line("My mum is coming from Lahore to stay with us for a month."),
            Line("What's something nice I could make to open the fast tonight?"),
            Line("I'm so tired by the afternoon, it's hard to concentrate at work.", feeling=True),
            Line("Okay, I need to start cooking. Bye!", farewell=True),
        )),
        Session((
            Line("Hi, it's Fatima."),
            Line("Where is my mum coming from?", recall=("lahore",)),
            Line("Her flight was delayed and I'm really worried.", feeling=True),
            Line("Eid is next week and I'm hosting twenty people!"),
            Line("Can you suggest a dessert for Eid?"),
            Line("Thanks, talk soon.", farewell=True),
        ), days_later=3),
    )),
    User("dmitri", "Dmitri", (
        Session((
            Line("Hi, I'm Dmitri.", recall=("dmitri",)),
            Line("I work nights as a security guard."),
            Line("My ex won't let me see the kids this weekend.", feeling=True),
            Line("I'm learning guitar, it keeps me sane."),
            Line("What's an easy song to learn on guitar?"),
            Line("Right, shift starts soon. Later.", farewell=True),
        )),
        Session((
            Line("Evening, Dmitri here."),
            Line("What do I do for work?", recall=("security",)),
            Line("I got to see the kids today after all!"),
            Line("My daughter Katya drew me a picture of us."),
            Line("How many strings does a guitar have?", answer=("six", "6")),
            Line("Off to work. Bye.", farewell=True),
        ), days_later=2),
    )),
)
