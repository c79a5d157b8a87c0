"""Steers for opening up and owning up: coming out, telling someone a hard truth and how they
took it, calling oneself an idiot, a house gone quiet after a split, and being let in by a
partner's children (``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Ash (twenty, about to come out to his parents), Ollie (in
debt on credit cards his wife did not know about) or Dee (divorcing, the kids away every other
weekend) or Marco (just moved in with his partner and her two teenage boys), talked to as new
users would."""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, THEY, Steer, them_of

_IDENTITY = r"(?:gay|bi|bisexual|lesbian|trans|transgender|queer|non-binary|nonbinary|pan|asexual)"
# "I'm going to tell my parents I'm gay this weekend." (Ash) got "That's a big decision, Ash.
# How do you feel about it?"; said as a plan, it is not yet done (family_steers.COMING_OUT is).
COMING_OUT_SOON = Steer(re.compile(
    NO_QUESTION + r".*\b(?:going to|gonna|want to|plan(?:ning)? to|thinking (?:of|about)|need to"
    r"|about to|'ll|will) (?:finally )?(?:tell(?:ing)? (?:my|our|him|her|them|\w+)(?: \w+)? "
    r"(?:that )?i'?m " + _IDENTITY + r"|com(?:e|ing) out (?:to (?:my|our|him|her|them|everyone|"
    r"people)|as))\b", re.IGNORECASE),
    "They are about to come out to people they love: honour the courage, and ask how they feel "
    "about it. No advice.",
    ("That's a big step{name}, and a brave one. It's completely natural to feel nervous. How are "
     "you feeling about telling them?",),
    question_only=False, whole=lambda user_text: True)
# "I'm terrified they won't accept me." (Ash, of his parents) got "Oh, that sounds scary. What do
# you think about accepting yourself?".
NOT_ACCEPTED = Steer(re.compile(
    NO_QUESTION + r".*\b(?:scared|terrified|afraid|worried|frightened|petrified|"
    r"panicking|worrying)(?: that)? (?:they|he|she|my \w+|people|everyone)(?: will| might| would)?"
    r"(?: won't| wont| will not| wouldn't| might not| will never| won't ever| never| don't| "
    r"won't be able to) (?:accept|understand|love|forgive|want|talk to|speak to|look at) me\b",
    re.IGNORECASE),
    "They fear someone they love will reject them: say the fear makes sense and ask what they "
    "are most scared of. No advice.",
    ("That fear makes sense{name}, and it's a lot to carry. What are you most scared "
     "they'll say?",),
    question_only=False, whole=lambda user_text: True)
# "I told them." (Ash, back from coming out) and "I told my wife about the money." (Ollie) got
# "That's great to hear! How did it go?": it took courage, and nobody knows yet how it went.
# Told what: nothing more ("I told them."), or a hard truth, not "about the project".
_HARD_TRUTH = (r"(?: (?:about |that )?(?:the truth|everything|it all|i'?m " + _IDENTITY
               + r"|(?:about )?(?:the|my|our) (?:money|debts?|loans?|credit cards?|gambling|"
               r"drinking|affair|pregnancy|diagnosis|cancer|redundancy|results|crash|accident|"
               r"feelings)|about (?:it|us|her|him|them|what happened)|how i(?:'ve been| was|'m| "
               r"am)? feel(?:ing)?)\b[^.!?]*)?[.!]*$")
# "...and she was really kind" (Bex, of her health visitor): how it was taken is told already
_TAKEN_WELL = re.compile(r"\b(?:and|but) (?:she|he|they) (?:was|were) (?:really |so |very )?"
                         r"(?:kind|lovely|nice|great|brilliant|understanding|supportive|good about "
                         r"it)\b", re.IGNORECASE)
# "I finally told my wife about the debt and she left." was asked "How did she take it?"
_TAKEN_BADLY = re.compile(r"\b(?:and|but|then) (?:she|he|they) (?:just )?(?:left|walked out|"
                          r"stormed off|hung up|kicked me out|threw me out|went mad|went crazy|"
                          r"lost it|screamed|shouted|won't speak to me|isn't speaking to me|"
                          r"hasn't spoken to me|cut me off)\b", re.IGNORECASE)
_TOLD_THEM = re.compile(
    r"^(?:(?:so|well|okay|ok|right|anyway|yeah)[,.]? )?(?:i did it[.,!]* )?i (?:finally |actually "
    r"|eventually |just )?told (them|him|her|my \w+(?: and (?:my )?\w+)?|my \w+ \w+)"
    + _HARD_TRUTH, re.IGNORECASE)


def _how_they_took_it(user_text: str) -> str:
    found = _TOLD_THEM.search(user_text)
    they = THEY[them_of(found.group(1), names=False)] if found else "they"
    if _TAKEN_BADLY.search(user_text):
        return "I'm so sorry it went that way. How are you doing?"
    if _TAKEN_WELL.search(user_text):
        was = "were" if they == "they" else "was"
        return f"I'm so glad {they} {was} kind. How are you feeling now?"
    return f"How did {they} take it?"


TOLD_THEM = Steer(_TOLD_THEM, "They have told someone a hard truth: say it took courage, and ask "
                  "how it was taken. Not \"great\" before they say.",
                  ("You did it{name}, and that can't have been easy.",), question_only=False,
                  ask=_how_they_took_it, whole=lambda user_text: True)
# "My wife doesn't know and I don't know how to tell her." (Ollie) got "Try to communicate openly
# with your wife."
_HOW_TO_TELL = re.compile(
    NO_QUESTION + r".*\bi (?:(?:don't|do not|dont) know how (?:i'm going |i am going |i'll be "
    # "i havent told them yet" (Tia, of wanting to do art, not medicine)
    r"able )?to tell|(?:haven't|havent|have not) told) (him|her|them|my (?:\w+ )?\w+)\b"
    r"(?!.*\b(?:about (?:the )?(?:party|present|surprise)|anyone)\b)", re.IGNORECASE)


def _telling_them(user_text: str) -> str:
    found = _HOW_TO_TELL.search(user_text)
    them = them_of(found.group(1), names=False) if found else "them"
    return f"What worries you most about telling {them}?"


HOW_TO_TELL = Steer(_HOW_TO_TELL, "They don't know how to tell someone something hard: say it is "
                    "a hard conversation to start, and ask what worries them most. No advice.",
                    ("That's such a hard conversation to start{name}.",), question_only=False,
                    ask=_telling_them, whole=lambda user_text: True)
# "My mum cried but she hugged me. Dad hasn't said much." (Ash, after coming out) got "Aw, that
# sounds tough for you. What do you think about telling your parents?".
SAID_LITTLE = Steer(re.compile(
    NO_QUESTION + r".*\b(?:hasn't|hasnt|has not|haven't|have not|didn't|did not) (?:really )?"
    r"(?:said|say) (?:much|anything|a word|a lot)(?: (?:yet|since|back|at all|about it))?"
    r"(?=\s*(?:[.!]|$))", re.IGNORECASE),
    "Someone they told met it with silence: say silence is hard to read and people may need "
    "time, and ask how they are. No promises.",
    ("Oh{name}, silence can be so hard to read. Sometimes people need a little time to find "
     "their words. How are you feeling?",),
    question_only=False, whole=lambda user_text: True)
# "She was angry but she said we'll sort it out together." (Ollie, of his wife and the debt) got
# "Ugh, that sounds tough. How can we help make things better?".
ON_MY_SIDE = Steer(re.compile(
    NO_QUESTION + r".*\bbut (?:she|he|they|we)(?: said| says| told me)?(?: that)? (?:we'll|we "
    r"will|we're going to|we are going to|we can|we'd) (?:sort|work|figure|get through|deal with|"
    r"fix|face|get on top of)\b", re.IGNORECASE),
    "Someone was upset with them but stands by them: say that is a good sign, and ask how they "
    "feel now it is out.",
    ("That sounds like someone who's on your side{name}. How are you feeling now it's out in the "
     "open?",),
    question_only=False, whole=lambda user_text: True)
# "I feel like such an idiot." (Ollie, of his debt) got "It's okay to feel that way. How do you
# feel about it?".
CALLED_MYSELF = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:feel|felt) (?:like )?(?:such |a |an |a complete |a total |a right |"
    r"an absolute )+(?:idiot|fool|moron|mug|dope|muppet|plonker)\b", re.IGNORECASE),
    "They call themselves an idiot: say kindly that they are not, and ask what makes them feel "
    "so. No advice.",
    ("Aw{name}, you're not an idiot, you're only human. What's making you feel that way?",),
    question_only=False, whole=lambda user_text: True)
# "The kids are with him every other weekend and the house is so quiet." (Dee, divorcing) got
# "That's great to hear! It sounds like you're doing well.".
QUIET_HOUSE = Steer(re.compile(
    NO_QUESTION + r".*\b(?:the |my |our )?(?:house|flat|home|place)(?: is| feels| gets|'s| has "
    r"been| seems)(?: so| really| very| too| awfully| horribly| strangely)? (?:quiet|empty|silent)"
    r"\b(?! (?:at last|finally))", re.IGNORECASE),
    "Their home has gone quiet without someone they love: say the quiet can be hard, and ask how "
    "they are. No advice.",
    ("Oh{name}, the quiet can be so hard when someone's missing. How are you doing?",),
    question_only=False, calm_only=False, whole=lambda user_text: True)
# "My ex turned up late again to pick them up." (Dee) was said back to her word for word.
LATE_AGAIN = Steer(re.compile(
    NO_QUESTION + r".*\b(?:my \w+|he|she|they|[A-Z][a-z]+) (?:turned up|showed up|was|were|came|"
    r"arrived|is|are) (?:really |so |very |an hour |half an hour |\w+ minutes )?late (?:again|"
    r"(?:\w+ ){0,4}again)\b|\b(?:forgot|cancelled|let (?:me|us|them) down|didn't (?:turn|show) up)"
    r" again\b", re.IGNORECASE),
    "Someone let them down again: be on their side, say it is frustrating, and ask how they are. "
    "No advice.",
    ("Again? That's so frustrating{name}. How are you feeling about it?",),
    question_only=False, whole=lambda user_text: True)
# "The kids are back tonight and I can't wait." (Dee) got "The kids are back tonight, and I can't
# wait!".
_HOME_AGAIN = re.compile(
    NO_QUESTION + r"(?!.*\b(?:not|n't)\b).*\b((?:the|my|our) (?:kids|children|boys|girls|son|"
    r"daughter|little ones|grandkids|grandchildren))(?: are| is|'re|'s| will be| come) (?:back|"
    r"home|coming (?:back|home))\b(?! (?:at|to|in) (?:school|work|uni|college|nursery))",
    re.IGNORECASE)


def _missed_them(user_text: str) -> str:
    found = _HOME_AGAIN.search(user_text)
    them = them_of(found.group(1), names=False) if found else "them"
    return f"You must have missed {them}. What will you do together?"


HOME_AGAIN = Steer(_HOME_AGAIN, "Children they missed are coming home: be glad with them, and ask "
                   "what they will do together.", ("Oh, how lovely{name}!",), question_only=False,
                   calm_only=True, ask=_missed_them, whole=lambda user_text: True)
# "The youngest asked me to help with his homework!" (Marco, of his partner's son) got "That's
# great to hear! How can I help?".
LET_IN = Steer(re.compile(
    NO_QUESTION + r".*\b(?:asked|wanted) me to (?:help (?:him |her |them )?with|play|watch|come "
    r"to|teach (?:him|her|them)|take (?:him|her|them))\b.*!", re.IGNORECASE),
    "Someone they want to be close to reached out to them: be glad with them, ask how it went.",
    ("Oh, that's a lovely step{name}! How did it go?",), question_only=False, calm_only=True,
    whole=lambda user_text: True)
# "I'm trying not to take it personally." (Marco, told "you're not my dad") got "That's good to
# hear... It can be tough when someone tells you they don't love you".
NOT_PERSONAL = Steer(re.compile(
    NO_QUESTION + r".*\btrying (?:so hard |really hard )?not to take it (?:too )?personally\b",
    re.IGNORECASE),
    "They try not to take a hurt personally: say that is generous and it's okay if it stings, "
    "and ask how they feel.",
    ("That's really generous of you{name}, but it's okay if it stings. How are you feeling about "
     "it?",), question_only=False, whole=lambda user_text: True)
# "We watched the football together last night." (Marco, with his partner's son) got "That sounds
# like a fun night! What did you do?".
TIME_TOGETHER = Steer(re.compile(
    NO_QUESTION + r"(?!.*\b(?:argu\w*|fight|fought|row\w*|shout\w*|awkward|silence)\b)^(?:we|"
    r"(?:me|i) and \w+|\w+ and (?:i|me)) (?:watched|played|baked|cooked|went|walked|made|built|"
    r"had) [^.!?]{0,40}\btogether\b", re.IGNORECASE),
    "They shared a good moment with someone: be glad with them, and ask how it was.",
    ("Oh, that sounds lovely{name}. Little moments like that count for a lot. How was it?",),
    question_only=False, calm_only=True, whole=lambda user_text: True)
# "I fell out with my best friend Mia." (Lola) got "Remember, everyone has their own struggles";
# "She started going out with my ex and didn't tell me." "Let's... figure out what you can do
# next"; "I feel so betrayed." "How do you think we can move forward?"; "Am I overreacting?" "Try
# to take things one step at a time.".
FELL_OUT = Steer(re.compile(
    # not "...and now nobody at school talks to me" (Aoife, 16): more than a falling out
    NO_QUESTION + r"(?!.*\b(?:nobody|no one|no-one|everyone)\b).*\b(?:fell out|fallen out|had a "
    r"(?:big |huge |massive )?(?:fight|row|falling out|argument|bust-up)) with (?:my (?:best |"
    r"oldest |closest )?(?:friend|mate|pal|sister|brother)|(?-i:[A-Z])[a-z]+)\b", re.IGNORECASE),
    "They fell out with a close friend: say it must hurt, and ask what happened. No advice.",
    ("Oh{name}, that must really hurt, falling out with someone so close. What happened?",),
    question_only=False, whole=lambda user_text: True)
WITH_MY_EX = Steer(re.compile(
    NO_QUESTION + r".*\b(?:going out|got together|getting together|seeing|dating|sleeping) with "
    r"my ex\b", re.IGNORECASE),
    "A friend got together with their ex behind their back: say it's a hard thing to find out, "
    "and ask how they found out. No advice.",
    ("That's such a hard thing to find out{name}, and not being told makes it so much worse. How "
     "did you find out?",), question_only=False, whole=lambda user_text: True)
BETRAYED = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:feel|felt|'m feeling) (?:so |really |completely |totally )?"
    r"(?:betrayed|stabbed in the back|used|lied to)\b", re.IGNORECASE),
    "They feel betrayed: say of course they do, it must hurt, and ask what hurts most.",
    ("Of course you do{name}, that must really hurt. What hurts the most?",),
    question_only=False, whole=lambda user_text: True)
OVERREACTING = Steer(re.compile(
    r"\b(?:am i|was i|do you think i'm|do you think i am) (?:being )?(?:overreacting|over-reacting|"
    r"over reacting|too sensitive|dramatic|too dramatic|silly to be (?:upset|hurt|angry))\b",
    re.IGNORECASE),
    "They ask if they are overreacting to being hurt: say their feelings make sense, gently.",
    ("What you're feeling makes sense{name}, and it doesn't sound like overreacting to me. What's "
     "making you wonder?",), question_only=True, whole=lambda user_text: True)
# "People at work keep calling me 'she' even after I've corrected them." (Frankie, they/them) got
# "Do you have any suggestions for how we can communicate more effectively?"; "It's exhausting
# having to correct people all the time." "Maybe we can talk about how to handle this situation
# better?"; "A colleague apologised for getting it wrong." "That's okay, Frankie. It happens.".
MISGENDERED = Steer(re.compile(
    NO_QUESTION + r".*\b(?:keeps?|kept|still) (?:calling me|referring to me as|using) (?:'?she'?|"
    r"'?he'?|'?her'?|'?him'?|the wrong (?:pronouns?|name)|my old name|my dead ?name)|\bmisgender",
    re.IGNORECASE),
    "People keep misgendering them: say it must hurt, that they deserve their right pronouns, and "
    "ask how they are holding up.",
    ("That must really hurt{name}, especially after you've corrected them. You deserve to be "
     "called by the right pronouns. How are you holding up?",),
    question_only=False, whole=lambda user_text: True)
TIRED_OF_CORRECTING = Steer(re.compile(
    NO_QUESTION + r".*\b(?:it's|it is|it gets) (?:so |really |just )?(?:exhausting|tiring|"
    r"draining|wearing) (?:having to|to have to|to keep|always having to) (?:correct|explain|"
    r"justify|defend)", re.IGNORECASE),
    "Correcting people wears them out: say so, and ask who backs them up. No advice.",
    ("That sounds exhausting{name}, and you shouldn't have to carry it alone. Is there anyone at "
     "work who backs you up?",), question_only=False, whole=lambda user_text: True)
PUT_RIGHT = Steer(re.compile(
    NO_QUESTION + r".*\b(?:apologised|apologized|said sorry) (?:to me )?for (?:getting (?:it|my "
    r"(?:name|pronouns)) wrong|misgendering me|calling me)", re.IGNORECASE),
    "Someone apologised for misgendering them: be glad with them, ask how it felt.",
    ("Oh, that's good to hear{name}. It makes such a difference when people try. How did it "
     "feel?",), question_only=False, calm_only=True, whole=lambda user_text: True)
# "I'm starting to feel like I fit in." (Frankie, a month into a new job) got "How do you think
# you'll be adjusting?".
FITTING_IN = Steer(re.compile(
    NO_QUESTION + r".*\bi(?:'m| am)? (?:starting|beginning|finally starting) to (?:feel like i "
    r"(?:fit in|belong)|fit in|feel at home|feel settled)\b", re.IGNORECASE),
    "They are starting to fit in: be glad with them, and ask what has helped.",
    ("Oh, that's lovely to hear{name}. What's helped the most?",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
