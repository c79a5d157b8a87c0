"""Steers for ideas asked for where the 1.5B's own are generic or wrong: food for a festival or
the fast, what to cook tonight, a present, a first song on an instrument, what to do once
retired, a joke; cooking gone wrong; the companion's own favourites (``pipeline.steers`` tries
them in its order)."""

from __future__ import annotations

import re
import zlib
from datetime import date

from pipeline.openers import IDEAS_OPENERS
from pipeline.steer import Steer

# Occasion -> (its name, savoury dishes, sweet ones). The dishes that belong to it, by name: a
# small model asked for "something nice to open the fast" offered "grilled chicken or a salad",
# and for an Eid dessert "a fruit salad or a banana split". Meat-free ones come first in each
# list, so a vegetarian's reply has one to take.
_FEASTS: tuple[tuple[str, str, str, str], ...] = (
    (r"iftar|(?:open|opening|break|breaking) (?:the|my|our) fasts?", "opening the fast",
     "dates and water first, then a warm lentil soup, samosas, pakoras or a fruit chaat",
     "kheer (rice pudding), basbousa (semolina cake) or dates stuffed with nuts"),
    (r"suhoor|sehri|before dawn", "suhoor before dawn",
     "slow, filling food: oats with dates and nuts, eggs, yoghurt or a paratha, and plenty of "
     "water", "yoghurt with honey and dates"),
    (r"eid", "Eid",
     "a biryani, samosas, a lamb or chicken korma, or kebabs with rice",
     "sheer khurma (vermicelli cooked in milk with dates and nuts), kheer, baklava or ma'amoul "
     "(date-filled biscuits)"),
    (r"diwali|deepavali", "Diwali", "samosas, pakoras, chana masala or a paneer curry",
     "ladoos, barfi, gulab jamun or jalebi"),
    (r"holi", "Holi", "pakoras, samosas or dahi vada",
     "gujiya (sweet filled pastries), malpua or a glass of thandai"),
    (r"christmas|xmas", "Christmas",
     "a nut roast or a roast with all the trimmings, roast potatoes and pigs in blankets",
     "mince pies, a Christmas pudding or a chocolate yule log"),
    (r"hanukk?ah|chanukk?ah", "Hanukkah",
     "latkes (crispy potato pancakes) with apple sauce and sour cream, or a slow-cooked brisket",
     "sufganiyot (jam doughnuts) or rugelach"),
    (r"passover|pesach|seder", "Passover", "matzo ball soup, brisket or a roast chicken",
     "a flourless chocolate cake, coconut macaroons or charoset"),
    (r"rosh hashanah", "Rosh Hashanah",
     "a round challah, apples dipped in honey, or a roast chicken with honey and carrots",
     "a honey cake"),
    (r"(?:lunar|chinese) new year|spring festival", "Lunar New Year",
     "dumplings, spring rolls, long noodles or a whole steamed fish",
     "nian gao (sticky rice cake) or sweet sesame balls"),
    (r"thanksgiving", "Thanksgiving",
     "sweet potato casserole, mac and cheese, or a roast turkey with stuffing",
     "pumpkin pie, pecan pie or apple pie"),
    (r"easter", "Easter", "a spring vegetable tart, or roast lamb with rosemary",
     "hot cross buns, a simnel cake or chocolate nests"),
    (r"nowruz|norouz", "Nowruz",
     "kuku sabzi (a herb frittata), or sabzi polo ba mahi (herbed rice with fish)",
     "baklava or nan-e berenji (rice cookies)"),
)
_FEAST_WORDS = [(re.compile(rf"\b(?:{words})\b", re.IGNORECASE), name, savoury, sweet)
                for words, name, savoury, sweet in _FEASTS]
_FOOD = (r"make|cook|bake|eat|serve|food|dish|dishes|meal|dinner|lunch|breakfast|dessert|"
         r"desserts|pudding|sweet|sweets|cake|snack|snacks|starter|recipe|menu|treat")
_SWEET = re.compile(r"\b(?:dessert|desserts|pudding|sweet|sweets|cake|bake|treat)\b",
                    re.IGNORECASE)


def _dishes(user_text: str) -> str:
    """ "Dishes for Eid: ..." for the occasion the line names (sweet ones for a dessert)."""
    for said, name, savoury, sweet in _FEAST_WORDS:
        if said.search(user_text):
            return f"Dishes for {name}: {sweet if _SWEET.search(user_text) else savoury}."
    return ""


FEAST_FOOD = Steer(re.compile(
    rf"^(?=.*\b(?:{_FOOD})\b).*\b(?:{'|'.join(words for words, *_ in _FEASTS)})\b",
    re.IGNORECASE),
    "They ask for food for a festival or a fast: suggest one or two dishes that belong to it, "
    "by name.", IDEAS_OPENERS, knowledge=_dishes)

# "Can you suggest something for dinner tonight?" got "a salad with grilled chicken" from Sam,
# Margaret, Tomás and Fatima alike: the 1.5B's one dinner. A few real dishes to choose from,
# two of them offered each time; what the user avoids is kept out by words_to_avoid as always.
DINNERS = ("a creamy tomato and basil pasta", "a lentil dal with rice", "a jacket potato with "
            "beans and cheese", "a vegetable stir-fry with noodles", "a homemade pizza",
            "a fish pie", "a shepherd's pie", "a roast chicken with potatoes",
            "a mild vegetable korma", "a veggie chilli", "a Spanish omelette", "a risotto")
# "What should I cook to celebrate?" (Amina, her first placement passed) got "a roasted vegetable
# stir-fry or a hearty soup": a celebration has its own dishes.
SPECIAL_DINNERS = ("a homemade veggie lasagne", "a Thai green curry", "a vegetable biryani",
                   "a slow-cooked lamb tagine", "a homemade pizza night with friends",
                   "a mushroom and spinach risotto", "a chocolate fondant for afters")
PLANT_DINNERS = ("a chickpea and spinach curry", "a lentil dal with rice", "a three-bean chilli",
                 "a roasted vegetable and white bean stew",
                 "a Moroccan vegetable tagine with couscous", "a sweet potato and peanut stew")
QUICK_DINNERS = ("a cheese omelette", "a noodle stir-fry", "a tomato pasta", "a quesadilla",
                  "beans on toast with cheese", "a vegetable fried rice", "a warm wrap")


def _tonight(user_text: str) -> str:
    """Two dishes, chosen by the day and the words: offered the whole list, the model took the
    same "vegetable stir-fry with noodles" from it for eleven people."""
    def said(words: str) -> bool:
        return re.search(rf"\b(?:{words})\b", user_text, re.IGNORECASE) is not None

    dishes = PLANT_DINNERS if said(r"vegan|plant[- ]based|vegetarian|veggie") else \
        QUICK_DINNERS if said("quick|fast|easy|simple") else \
        SPECIAL_DINNERS if said(r"celebrat\w*|special|treat|party|date night") else DINNERS
    turn = (date.today().toordinal() + zlib.crc32(user_text.encode())) % len(dishes)
    return f"Ideas: {dishes[turn]} or {dishes[(turn + 1) % len(dishes)]}."


DINNER_IDEAS = Steer(re.compile(
    r"^(?!.*\bone hand\b)(?=.*\b(?:suggest|recommend|ideas?|what (?:should|can|could|shall) "
    r"(?:i|we) (?:cook|make|have|eat)|what's an? (?:quick |good |nice |easy )?(?:(?:vegan|"
    r"vegetarian|veggie) )?(?:dinner|supper|meal|recipe))\b).*\b(?:dinner|supper|tea tonight|"
    # "What's a good vegan recipe for a cold evening?" (Elif) got a five-sentence stir-fry recipe
    r"cook|meal|recipe|(?:eat|have) (?:for )?tonight)\b",
    re.IGNORECASE),
    "They ask what to cook or eat: name one proper dish by name, and say in a few words why "
    "it's nice.", IDEAS_OPENERS, knowledge=_tonight)

# "What could I get her for her birthday?" (Hamid, of his daughter turning ten) got "How about a
# birthday cake, a book, or a toy?": things for anyone, and a cake is no present; then "a book
# ... or a special toy", knowing only that Yasmin turns ten.
# "Can you suggest a present for her wedding?" (Amina, of her sister) got "a book that she
# loves, or a gift card to a restaurant she likes": presents have their occasions' own.
_PRESENTS_FOR = (
    (r"wedding|getting married|marriage", "For a wedding: something from their gift list, a "
     "framed print of their names and wedding date, or a keepsake box for their wedding cards."),
    (r"baby shower|new baby|newborn|christening", "For a new baby: a soft blanket, a first "
     "bookshelf of board books, or a ready-cooked meal for the tired parents."),
    (r"housewarming|new (?:house|home|flat)", "For a new home: a houseplant, a nice doormat, or "
     "a hamper of things from their new area."),
    (r"retirement|retiring", "For a retirement: something for the hobby they'll have time for "
     "now, or a day out they've always wanted to do."),
)


def _present_for(user_text: str) -> str:
    return next((ideas for said, ideas in _PRESENTS_FOR
                 if re.search(rf"\b(?:{said})\b", user_text, re.IGNORECASE)), "")


PRESENT_IDEAS = Steer(re.compile(
    r"^(?!.*\b(?:did|do|would) you (?:get|buy|give)\b)(?=.*\b(?:get|buy|give|gift|present|"
    r"presents)\b)(?=.*\b(?:birthday|christmas|anniversary|present|gift|retirement|"
    r"graduation)\b)(?=.*\b(?:what|ideas?|suggest|recommend)\b)", re.IGNORECASE),
    "They ask for a present idea: name one or two specific presents that fit who it is for, by "
    "what you know of them (their age, what they love). Knowing only their age, name one thing "
    "made for that age (for a child: a science or craft kit, a board game, a day out) and ask "
    "what they are into at the moment.",
    IDEAS_OPENERS, knowledge=_present_for)

# "What's an easy song to learn on guitar?" (Dmitri, learning) got "Stairway to Heaven ... It's a
# classic and easy to play." (it is not). A first song the instrument's beginners really play.
_FIRST_SONGS = {
    "guitar": "Knockin' on Heaven's Door is a lovely first song: just G, D, A minor and C, nice "
              "and slow.",
    "ukulele": "I'm Yours by Jason Mraz is a lovely first song: just C, G, A minor and F, the "
               "four chords everyone starts with.",
    "piano": "Ode to Joy is a lovely first piece: the tune sits under the five fingers of your "
             "right hand, so there's no stretching.",
}
_INSTRUMENT = re.compile(r"\b(guitar|ukulele|uke|piano|keyboard)\b", re.IGNORECASE)


def _first_song(user_text: str) -> str:
    m = _INSTRUMENT.search(user_text)
    played = m.group(1).lower() if m else "guitar"
    played = {"uke": "ukulele", "keyboard": "piano"}.get(played, played)
    return f"{_FIRST_SONGS[played]} What kind of music do you like?"


FIRST_SONG = Steer(re.compile(
    r"^(?=.*\b(?:easy|easiest|simple|beginners?|beginner's|first|starter)\b)"
    r"(?=.*\b(?:songs?|tunes?|pieces?)\b).*\b(?:guitar|ukulele|uke|piano|keyboard)\b",
    re.IGNORECASE),
    "They ask for an easy first song on their instrument: name one beginners really play.",
    ("Oh, nice{name}!",), ask=_first_song, whole=lambda user_text: True)

# "What's a good hobby for someone who's just retired?" (Nikos, retired a week) got "reading,
# painting, or gardening": the list anyone could give, nothing that gets them out among people.
# "What could I do with my time?" (Frank, an engineer retired a week, golf not for him) got
# "painting, cooking, or even learn to play an instrument".
RETIRED_IDEAS = Steer(re.compile(
    r"^(?=.*\b(?:retired|retirement|retiring|free time|time on my hands|all this time|with my "
    r"time|with my days)\b)"
    r".*\b(?:hobby|hobbies|do with|to do|keep (?:me|myself) busy|fill|pass the time|take up|"
    r"ideas?)\b", re.IGNORECASE),
    "They ask what to do with their time, most often now they have retired: suggest one or two "
    "specific, sociable things "
    "by name, tied to what they told you if you can (volunteering somewhere that fits them, a "
    "walking group, a class at the local college, an allotment, a men's shed or repair café, "
    "teaching what they know from their work).",
    IDEAS_OPENERS)

# "Can you recommend a good book to read before bed?" (Nell, 34, her son at nursery) got "The Cat
# in the Hat by Dr. Seuss": a bedtime story for her son. Books for a grown-up, two offered.
BOOKS = ("A Man Called Ove by Fredrik Backman, warm and funny", "The Thursday Murder Club by "
         "Richard Osman, a cosy mystery", "The House in the Cerulean Sea by TJ Klune, gentle and "
         "kind", "Eleanor Oliphant Is Completely Fine by Gail Honeyman, moving and funny",
         "Lessons in Chemistry by Bonnie Garmus, sharp and uplifting", "The Midnight Library by "
         "Matt Haig, thoughtful and hopeful", "Project Hail Mary by Andy Weir, a real "
         "page-turner", "Anxious People by Fredrik Backman, funny and kind")


def _reads(user_text: str) -> str:
    turn = (date.today().toordinal() + zlib.crc32(user_text.encode())) % len(BOOKS)
    return f"Ideas: {BOOKS[turn]}; or {BOOKS[(turn + 1) % len(BOOKS)]}."


BOOK_IDEAS = Steer(re.compile(
    r"^(?!.*\b(?:for (?:my |a |the |our |his |her )?(?:little )?(?:son|daughter|kids?|child|"
    r"children|boy|girl|grandson|granddaughter|grandkids|toddler|baby|class|pupils|\w+[- ]year[- ]"
    r"olds?)|children's|kids'|picture books?|bedtime stor(?:y|ies)|to (?:him|her|them))\b)"
    r"(?=.*\b(?:recommend|suggest|ideas?|good|any|what should i|what can i)\b)"
    r".*\b(?:book|books|novel|novels|something to read)\b", re.IGNORECASE),
    "They ask for a book for themselves: name one grown-up book by its title and author, and "
    "say in a few words why.", IDEAS_OPENERS, knowledge=_reads)

# "can we talk about something fun" (Zoe, 15, after a hard week) got "Sure, let's talk about
# something fun!", and nothing fun: a friend brings something up.
FUN_QUESTIONS = ("If you could go anywhere in the world tomorrow, where would you go?",
                 "What's the best thing you've eaten this year?",
                 "If you had a whole free day with no plans, what would you do with it?",
                 "What's a song you can't stop listening to at the moment?",
                 "If you could have any animal as a pet, what would it be?",
                 "What's something that made you laugh this week?")


def _fun_question(user_text: str) -> str:
    return FUN_QUESTIONS[(date.today().toordinal() + zlib.crc32(user_text.encode()))
                         % len(FUN_QUESTIONS)]


SOMETHING_FUN = Steer(re.compile(
    r"\b(?:talk|chat) about (?:something|anything) (?:fun|else|happy|nice|different|cheerful|"
    r"light|lighter|random|silly)\b|\b(?:change the subject|take my mind off (?:it|things))\b",
    re.IGNORECASE),
    "They want to talk about something lighter: bring up one fun question.", ("Of course!",),
    question_only=False, ask=_fun_question, whole=lambda user_text: True)
# "Tell me a joke, would you?" (Margaret, 88, living alone) got "Why was the cat sad? Because it
# had no friends!": no joke, and a sad one. Jokes that are jokes, clean and short to say.
JOKES = (
    "What do you call a fake noodle? An impasta.",
    "Why did the scarecrow win an award? Because he was outstanding in his field.",
    "What do you call a bear with no teeth? A gummy bear.",
    "Why don't eggs tell jokes? They'd crack each other up.",
    "I'm reading a book about anti-gravity. It's impossible to put down.",
    "What did the ocean say to the beach? Nothing, it just waved.",
    "Why did the bicycle fall over? Because it was two tired.",
    "What do you call a dinosaur with a big vocabulary? A thesaurus.",
    "Why did the tomato blush? Because it saw the salad dressing.",
    "What do you call a sleeping bull? A bulldozer.",
    "I used to hate facial hair, but then it grew on me.",
    "Why do cows wear bells? Because their horns don't work.",
    "What did one wall say to the other? I'll meet you at the corner.",
    "Why don't scientists trust atoms? Because they make up everything.",
    "What's orange and sounds like a parrot? A carrot.",
    "Why did the golfer bring two pairs of trousers? In case he got a hole in one.",
)
JOKE = Steer(re.compile(
    r"\b(?:tell|give|know|got|have|hear) (?:me |us )?(?:a|another|any|one more|a good|a funny) "
    r"(?:good |funny |little |quick |silly |clean |new )?jokes?\b|\b(?:another|one more) joke\b|"
    r"\bmake me (?:laugh|smile)\b|\bsay something funny\b", re.IGNORECASE),
    "They asked for a joke: tell one short, clean joke.",
    tuple(f"Here's one{{name}}: {joke}" for joke in JOKES), question_only=False, daily=True,
    whole=lambda user_text: True)
_AGAIN = re.compile(r"^(?:(?:ha)+|lol|go on|ok(?:ay)?|oh|aw|that's (?:funny|good|great))?[,!. ]*"
                    r"(?:another(?: one)?|one more|again|more|tell me another)(?: please)?[.!?]*$",
                    re.IGNORECASE)


def joke_again(user_text: str, last_reply: str) -> bool:
    """ "Haha, another one!" just after a joke asks for a joke."""
    return last_reply.startswith("Here's one") and _AGAIN.match(user_text.strip()) is not None
# "I burnt the rice again tonight." (Hugh, 67, cooking for himself since his wife died) got "I'm
# sorry to hear that. Let's talk about something else.", and "I've never even boiled pasta
# properly." "Let me show you how to do it properly.".
BURNT_IT = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:burnt|burned|ruined|overcooked|undercooked) (?:the|my) (?:\w+ )?(?:rice|"
    r"toast|dinner|tea|pasta|potatoes|chips|eggs?|pie|cake|soup|stew|curry|sausages|chicken|"
    r"roast)\b", re.IGNORECASE),
    "Their cooking went wrong: be kind and light, and ask what they were making. No recipe.",
    ("Oh no{name}, that happens to everyone! What were you making?",), question_only=False,
    whole=lambda user_text: True)
NEVER_COOKED = Steer(re.compile(
    r"^(?!.*\?).*\bi(?:'ve| have)? never (?:even |really |properly )?(?:boiled|cooked|made|"
    r"learned to cook|learnt to cook|done the cooking)\b", re.IGNORECASE),
    "They never learnt to cook: encourage them kindly, and ask what they would like to make.",
    ("It's never too late to learn{name}, and it's easier than it looks. What would you most like "
     "to be able to make?",), question_only=False, whole=lambda user_text: True)
# "What's your favourite colour?" got "As an AI language model, I don't have personal
# preferences or emotions": a friend plays along.
OWN_TASTE = Steer(re.compile(
    r"\bwhat(?:'s| is| are) your fav(?:ou?)?rites?\b|\bdo you have (?:a |any )?fav(?:ou?)?rites?\b"
    r"|\bwhat (?:kind of |sort of |type of )?\w+ do you (?:like|love|enjoy|prefer)\b|\bwhich \w+ "
    r"do you (?:like|prefer)\b", re.IGNORECASE),
    "They ask about your own tastes: answer playfully, like a friend, with one favourite of your "
    "own and why, then ask about theirs.",
    ("Ooh, good question!", "Oh, fun question!"))
# "Can you tell me a bedtime story?" (Sid, awake at three in the morning) got "Sure, I'd be happy
# to tell you a bedtime story. What would you like to hear about?": asked for a story, tell one.
STORY = Steer(re.compile(r"\b(?:tell|read) me (?:a |another )?(?:\w+ )?story\b(?! about "
                         r"(?:you|your)\b)", re.IGNORECASE),
              "They asked for a story: tell a short, gentle one of four or five sentences, calm "
              "and kind, with a soft ending. No questions first.",
              ("Of course{name}. Once upon a time,", "I'd love to{name}. Once upon a time,"),
              question_only=False, daily=True)
# "How do I get red wine out of a carpet?" (Jamal) got "You can use a vacuum cleaner or a broom
# to remove red wine from carpets.": the 1.5B knows no housework; the ways that work are given.
_STAIN_WAYS = {
    "wine": "blot it with a cloth, dab cold water with a little washing-up liquid and blot again, "
            "then cover what is left with salt or bicarbonate of soda and vacuum it up once dry",
    "coffee": "blot it, then dab with cold water and a little washing-up liquid, then a splash "
              "of white vinegar in water",
    "blood": "cold water only, since hot water sets it, blotting, then a little washing-up liquid",
    "grease": "sprinkle bicarbonate of soda or cornflour on it to soak it up, leave it, brush it "
              "off, then dab with washing-up liquid in warm water",
    "ink": "dab it with rubbing alcohol on a cloth, blotting as it lifts",
    "mud": "let it dry, brush or vacuum it off, then dab with washing-up liquid in water",
}
_STAINS = {"red wine": "wine", "wine": "wine", "coffee": "coffee", "tea": "coffee",
           "chocolate": "coffee", "blood": "blood", "grease": "grease", "oil": "grease",
           "ink": "ink", "mud": "mud"}
_STAIN = re.compile(r"\bhow (?:do|can|should|would) (?:i|you|we) (?:get|clean|remove|shift) (?:a "
                    r"|the )?(" + "|".join(_STAINS) + r")(?: stains?)? (?:out of|off|from)\b",
                    re.IGNORECASE)


def _stain_way(user_text: str) -> str:
    found = _STAIN.search(user_text)
    way = _STAIN_WAYS[_STAINS[found.group(1).lower()]] if found else ""
    return f"The way that works: {way}." if way else ""


STAIN = Steer(_STAIN, "They ask how to get a stain out: say the way below in one or two short "
              "sentences, and never suggest rubbing.",
              ("Oh, the trick is to blot it, never rub.",), knowledge=_stain_way)


# "What can I take him next time?" (Rita, 84, her husband Sid in a care home with dementia) got
# "How about taking him to a nearby park or museum?".
_TAKE_THEM = re.compile(r"^\W*what (?:can|could|should|shall) i (?:take|bring) (him|her|them|my "
                        r"(?:\w+ )?\w+)(?: (?:next time|when i visit|tomorrow|in hospital|at the "
                        r"home))?\W*$", re.IGNORECASE)


def _what_they_enjoy(user_text: str) -> str:
    found = _TAKE_THEM.search(user_text)
    who = (found.group(1).lower() if found else "them")
    they = {"him": "he", "her": "she"}.get(who, "they")
    return f"What {'do' if they == 'they' else 'does'} {they} enjoy?"


VISIT_GIFT = Steer(_TAKE_THEM, "They ask what to bring someone they visit (in hospital or a care "
                   "home): one or two familiar, comforting things, not an outing.",
                   ("Something familiar is often lovely{name}: a few photos from home, music "
                    "they love, or a favourite treat.",),
                   ask=_what_they_enjoy, whole=lambda user_text: True)

