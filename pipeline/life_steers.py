"""Steers for everyday life told in passing: where they live or just moved to, living alone,
someone far away, a day they will miss, a child's passion, carrying a home alone, a big day
ahead, a hard thing nobody knows, an idea they fear is silly, words for a message, a talk to
practise, a place's weather, good news, waiting to hear, feeling too old to start, homesickness,
missing someone through a change ahead, money worries, a race signed up for, someone teaching
them, podcasts asked for (``pipeline.steers`` tries them in its order)."""

from __future__ import annotations

import re

from pipeline.seasons import season_there
from pipeline.steer import THEY, Steer, a_race, them_for

_AGE_WORDS = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# "I live in Manchester." (Gary) got "Manchester is a city in England.", and "i'm 16 and i
# live in Dublin" (Aoife) "That's great to hear! How do you feel about living in Dublin?".
_LIVES_IN = re.compile(r"^(?:(?:oh|and|so|well|yeah)[, ]+)?(?:i'?m (?:" + _AGE_WORDS
                       + r")(?: years old)?,? and )?(?:i|we) (?:live|'ve lived|have lived) in "
                       # a place, not "a small flat" or "the countryside"
                       r"(?!(?:a|an|my|our|this|that|his|her|their|some|the (?!uk|us|usa|states|"
                       r"united states|netherlands))\b)([a-z][\w' -]{1,30}?)[.!]*$",
                       re.IGNORECASE)


def _lived_there_how_long(user_text: str) -> str:
    m = _LIVES_IN.search(user_text.strip())
    place = " ".join(w[:1].upper() + w[1:] for w in m.group(1).split()) if m else "there"
    place = re.sub(r"^The ", "the ", place)
    return f"How long have you lived in {place}?"


HOME_TOLD = Steer(_LIVES_IN, "They told you where they live: be friendly and ask about their "
                  "life there; never give facts about the place.", ("Oh, lovely{name}!",),
                  question_only=False, ask=_lived_there_how_long,
                  whole=lambda user_text: True)
# "Ollie is seven and obsessed with dinosaurs." (Kate, his mum) got "That's a fun and
# interesting fact about Ollie. Do you know anything else about dinosaurs?".
_PASSION = re.compile(
    r"\b(?:((?i:my) (?:son|daughter|boy|girl|little one|grandson|granddaughter|nephew|niece))|"
    r"(?!(?:She|He|It|They|We|You|This|That|Everyone|Everybody|Nobody)\b)([A-Z][a-z]+)) "
    r"(?:is|'s) (?:(?:" + _AGE_WORDS + r")(?: years old)? and )?(?:totally |completely |"
    r"absolutely |so |really )?(?:obsessed with|mad about|crazy about|really into) "
    r"(?!(?:\w+ )?(?:theories|conspiracies|drugs|pills|calories|followers|likes|looks|politics|"
    r"news|numbers|guns|weapons)\b)(?:\w+ )?\w+s\b")
_HE, _SHE = ("son", "boy", "grandson", "nephew"), ("daughter", "girl", "granddaughter", "niece")


def _has_a_favourite(user_text: str) -> str:
    """ "Does Ollie have a favourite?"; "he" for "my son", "they" for "my little one"."""
    m = _PASSION.search(user_text)
    who = (m.group(2) or m.group(1).split()[-1]) if m else ""
    who = "he" if who in _HE else "she" if who in _SHE else who if who[:1].isupper() else ""
    return f"Does {who} have a favourite?" if who else "Do they have a favourite?"


KID_PASSION = Steer(_PASSION, "They tell you what a child loves: share the delight and ask "
                    "about it.", ("Oh, I love that{name}!",), question_only=False,
                    calm_only=True, ask=_has_a_favourite,
                    whole=lambda user_text: "?" not in user_text)
# "My husband works away on the rigs, so it's mostly just me and Ollie." (Kate) got "That sounds
# like a busy life. Do you have any hobbies or interests outside of work?".
ON_MY_OWN = Steer(re.compile(
    r"\b(?:works|working|is) away\b|\bon the rigs\b|\b(?:is|he's|she's) (?:deployed|posted "
    r"abroad)\b|\bsingle (?:mum|mom|dad|parent)\b|\bon my own with (?:the kids|the baby|\w+)\b|"
    r"\bmostly just me and (?:the kids|the baby|\w+)\b", re.IGNORECASE),
    "They carry home and family mostly alone: be warm about how much that is, no advice.",
    ("That's a lot on your shoulders{name}.",), question_only=False, calm_only=True,
    ask=lambda user_text: "How are you managing?", whole=lambda user_text: "?" not in user_text)
# "i'm 15 and my gcses start in may" got "That's great! You have lots of time to prepare.", and
# "My hip operation is next month." (Eleanor, 74) "That's exciting!": a friend asks how they
# feel about a big day ahead.
_AHEAD = (r"gcses|a[- ]?levels|exams?|finals|mocks|sats|driving test|(?:job )?interview|audition|"
          r"operation|surgery|biopsy|scan|results|court (?:case|date|hearing)|tribunal")
_PLURAL = re.compile(r"\b(?:gcses|a[- ]?levels|exams|finals|mocks|sats|results)\b", re.IGNORECASE)
BIG_DAY = Steer(re.compile(  # not "when do my exams start?": that asks for the date
    r"^(?!.*\b(?:when|what time|what day|which day|what date)\b).*?(?:\bmy (?:first |big |last |"
    r"final |next )?(?:\w+ )?(?:" + _AHEAD + r") (?:start|starts|begin|begins|"
    r"(?:is|are|'s|come out|comes out) (?:on|in|next|this|tomorrow|today|coming up|soon|at|due)"
    # "I've got a job interview on Friday, to go back part time." (Olivia) got "That's exciting!"
    r"\b)|\bi(?:'ve| have) got (?:a |an |my )(?:first |big |last |final |next )?(?:\w+ )?(?:"
    + _AHEAD + r") (?:on|in|next|this|tomorrow|today|coming up|soon|at)\b)", re.IGNORECASE),
    "They have a big day ahead (an exam, an interview, an operation): do not call it great; ask "
    "gently how they feel about it.",
    ("Oh, that's a big one{name}.",), question_only=False, calm_only=True,
    ask=lambda user_text: "" if "?" in user_text else "How are you feeling about "
    f"{'them' if _PLURAL.search(user_text) else 'it'}?",  # asked for tips: the model gives them
    whole=lambda user_text: "?" not in user_text)
# "i haven't told anyone" (Aoife, 16, after telling of cutting again) got "Would it be okay if
# I talked to someone about what happened?": it cannot, and she had trusted it.
NOT_TOLD = Steer(re.compile(
    r"^(?!.*\bsurprise\b).*(?:\bi (?:haven't|have not|havent|never) told (?:anyone|anybody|"
    r"a soul)\b|\b(?:nobody|no one|no-one) (?:else )?knows\b)", re.IGNORECASE),
    "Nobody else knows what they told you: thank them for trusting you, and gently ask whether "
    "there is someone they trust they could tell. Never offer to tell anyone yourself.",
    ("That must be a lot to carry{name}, and thank you for trusting me with it. Is there someone "
     "you trust you could tell?",),
    question_only=False, whole=lambda user_text: "?" not in user_text)
# "I just moved to Leeds for work a couple of months ago." (Sunil, a nurse) got "That's great to
# hear! Leeds is a beautiful city with lots of opportunities.".
# "I'm nineteen and I just started uni in Glasgow." (Daniel) got "What are you looking forward
# to?": starting university somewhere is a move.
# "I moved from Mumbai to live with my son's family in Bristol." (Usha) is a move to Bristol.
_MOVED_TO = re.compile(r"\b(?i:i|we)(?:'ve| have)? (?i:just |recently |only just )?(?:(?i:moved|"
                       r"relocated) (?i:here )?(?i:all the way )?(?i:from [A-Z][\w'-]+(?: [A-Z]"
                       r"[\w'-]+)? )?(?i:to|down to|up to|over to)(?i: live with [\w' ]{2,30}? in)?"
                       r"|(?i:started|began|begun) (?i:uni|university|college) (?i:in|at)) ((?:"
                       r"[A-Z][\w'-]+)(?: [A-Z][\w'-]+)?)\b")

# "I'm in my first year at uni in Manchester" (Luca) got "That's great! What are you looking
# forward to?"
_FIRST_YEAR = re.compile(r"\b(?i:i'm|i am) (?i:in )?(?i:my )?(?i:first|1st) year (?i:at|of) "
                         r"(?i:uni|university|college)(?i: in| at) ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
                         r"\b")


def _finding_it(user_text: str) -> str:
    m = _MOVED_TO.search(user_text) or _FIRST_YEAR.search(user_text)
    return f"How are you finding {m.group(1) if m else 'it'}?"


MOVED = Steer(re.compile(f"{_MOVED_TO.pattern}|{_FIRST_YEAR.pattern}"), "They moved somewhere "
              "new: ask how they are finding it; never give facts about the place.",
              ("Oh, a big move{name}!",), question_only=False, calm_only=True, ask=_finding_it,
              whole=lambda user_text: "?" not in user_text)
# "I don't really know anyone here yet." (Sunil) got "That's okay. It's normal to feel a bit
# nervous at first, but you'll get used to it."
NEW_IN_TOWN = Steer(re.compile(
    r"^(?!.*\?).*(?:\b(?:don't|do not) (?:really )?know (?:anyone|anybody) (?:here|around here|"
    r"in \w+|yet)\b|\bhaven't (?:really )?made (?:any )?friends\b|\bno friends (?:here|yet)\b)",
    re.IGNORECASE),
    "They are new somewhere and know nobody yet: be warm, no advice.",
    ("That's so hard when you're new somewhere{name}. What do you miss most about home?",),
    question_only=False, whole=lambda user_text: True)
# "I'm eighty-one, and I live on my own now." (Harold, widowed) got "That's great to hear! How
# do you manage your independence?".
LIVES_ALONE = Steer(re.compile(r"^(?!.*\?).*\bi live (?:on my own|alone|by myself)\b",
                               re.IGNORECASE),
                    "They live alone: ask gently what that is like for them, no judgement.",
                    ("How are you finding living on your own{name}?",), question_only=False,
                    calm_only=True, whole=lambda user_text: True)
# "My mum's birthday is on Saturday and I can't get home for it." (Sunil, a nurse on nights) got
# "That's okay, Sunil. You can still celebrate your birthday with your friends and family.".
MISSING_IT = Steer(re.compile(
    r"\b(?:can't|cannot|can not|won't be able to|couldn't) (?:get|go|make it|be|come) (?:home |"
    r"back |up |down |over |there )?(?:for|to) (?:it|her|him|them|the (?:party|wedding|birthday|"
    r"funeral|do)|(?:my |our |her |his )?(?:\w+'s )?(?:birthday|wedding|party|christmas|funeral|"
    r"graduation|anniversary))\b", re.IGNORECASE),
    "They can't be there for someone's special day: say it's a shame, and suggest one small way "
    "to still make the day special for that person, like a video call on the day.",
    ("Oh, that's a shame{name}, I know you'd want to be there.",), question_only=False)
# "My son lives in Australia. We talk on Sundays." (Harold, 81, widowed) got "That's great to
# hear! It sounds like you have a strong bond with your son. Do you have any plans for the
# future?".
_FAR = (r"australia|new zealand|canada|america|the us|the usa|the states|abroad|overseas|sydney|"
        r"melbourne|perth|brisbane|auckland|toronto|vancouver|dubai|singapore|hong kong|the other "
        r"side of the world")
_FAR_AWAY = re.compile(
    r"^(?!.*\?)(?!.*\b(?:holiday|holidays|vacation|trip|visiting|business|for (?:a|the|two|three) "
    r"(?:week|weeks|days|month))\b).*\b(?:my|our) (son|daughter|grandchildren|grandkids|grandson|"
    r"granddaughter|kids|children|family|brother|sister|mum|mom|dad|parents|best friend|"
    r"boyfriend|girlfriend)(?: ([A-Z][a-z]+))?( and (?:the|my|our|her|his|their) \w+)?,? (?:now "
    r"|still )?(?:lives?|is|are|moved|emigrated|"
    r"went)(?: all the way| over| out| back)? (?:in|to|on) (?:" + _FAR + r")\b", re.IGNORECASE)


def _miss_them(user_text: str) -> str:
    m = _FAR_AWAY.search(user_text)
    # "My daughter and the grandchildren live in Australia" (Ivy): all of them
    them, name = (them_for("them" if m.group(3) else m.group(1)), m.group(2)) if m else \
        ("them", None)
    like = f"What's {name} like?" if name else "What are they like?" if them == "them" else \
        f"What's {THEY[them]} like?"
    return f"You must miss {them}. {like}"


FAR_AWAY = Steer(_FAR_AWAY, "Someone they love lives far away: say it's a long way, and ask "
                 "warmly about them.", ("That's a long way away{name}.",), question_only=False,
                 calm_only=True, ask=_miss_them, whole=lambda user_text: True)
# "Maybe I could try a climbing wall? Do you think that's silly?" (Sunil) got "Climbing walls
# can be fun, but it's not for everyone.", and "Do you think I'm too old to join a choir?"
# (Harold, 81) "It's not too old to join a choir.".
NOT_SILLY = Steer(re.compile(
    r"\b(?:do you think|would it be|is) (?:that's|that is|it's|it is|it|that|this|it'd be|it "
    r"would be) (?:a bit |too |really |so |kind of )?(?:silly|stupid|daft|dumb|weird|crazy|"
    r"ridiculous)\s*\?|\b(?:do you think|would you say) (?:i'm|i am) (?:too old|too young) "
    r"(?:to|for)\b", re.IGNORECASE),
    "They wonder if an idea of theirs is silly, or if they are too old for it: say kindly that "
    "it isn't, say what is good about it, and ask about it.", ("Not at all{name}.",))
# "What would I even say to her?" (Sunil, nervous of asking a new friend to climb again) got
# "You could say something like, "I know you're nervous about going again, but I'm here to
# support you."", and given a start, "Hey Priya, I'm nervous about messaging you again."; Zara's,
# of the school counsellor, "Hey Amy, I wanted to talk to you": the 1.5B loses who says what to
# whom. A friend helps them find their own words.
_SAY_TO = re.compile(r"\bwhat (?:would|should|do|could|can|am) i (?:even |actually |possibly |"
                     r"supposed to |meant to )?(?:say|write|text|tell|put)\b(?: (?:to )?(her|him|"
                     r"them|my \w+|[A-Z][a-z]+))?", re.IGNORECASE)


def _main_thing(user_text: str) -> str:
    m = _SAY_TO.search(user_text)
    who = (m.group(1) if m else None) or "them"
    who = f"your {who[3:]}" if who.lower().startswith("my ") else who  # "my boss": "your boss"
    return f"What's the main thing you'd want {who} to know?"


WHAT_TO_SAY = Steer(_SAY_TO, "They don't know what to say to someone: help them find their "
                    "own words.", ("Keep it simple{name}. You could just say it the way you'd say "
                                   "it to me.",), ask=_main_thing, whole=lambda user_text: True)
# "Can you help me practise?" (Megan, dreading a presentation) got "Here's a simple exercise you
# can try: stand in front of the mirror and pretend to speak.": a friend listens.
PRACTISE = Steer(re.compile(
    r"\b(?:help me|can we|could we|let's|shall we|can i) (?:practi[cs]e|rehearse|run through)(?: "
    r"it| this| (?:my|the|this) (?:presentation|speech|talk|pitch|lines|toast|eulogy|vows))?"
    r"\s*(?:with you|on you)?\s*[.!?]*$|\b(?:practi[cs]e|rehearse|run through) (?:my|the) "
    r"(?:presentation|speech|talk|pitch|toast|eulogy|vows)\b", re.IGNORECASE),
    "They want to practise a talk: offer to listen, and ask them to start.",
    ("Of course{name}! Start whenever you're ready, I'm listening.",), question_only=False,
    whole=lambda user_text: True)
# "What's the weather usually like in Perth this time of year?" (Harold, his son there) got
# "I'm sorry, but I can't provide real-time weather information.": it is knowledge, not news.
CLIMATE = Steer(re.compile(
    r"\b(?:weather|temperature|temperatures)\b.*\b(?:usually|typically|normally|generally|this "
    r"time of year|in (?:summer|winter|spring|autumn|the fall))\b|\bwhat(?:'s| is) the climate\b"
    r"|\bhow (?:hot|cold|warm) does it (?:usually |normally )?get\b", re.IGNORECASE),
    "They ask what the weather is usually like somewhere: say what you know of its climate (it "
    "is {month} now), in a sentence or two. Never say you can't check the weather.",
    ("From what I know,",), ask=season_there)
# "I'm probably too old to learn piano, aren't I?" (Rosa, 67) got "That's a good question. It
# depends on your personal circumstances and interests.", and "Do you think I'm too old to join a
# choir?" (Harold, 81) "Not at all, Harold. You're still young": a friend cheers them on.
TOO_OLD = Steer(re.compile(
    r"\b(?:i'm|i am|am i|i'm getting|i might be)(?: probably| maybe| just| a bit| far| way| "
    r"really| a little| getting)* too old (?:to (?:learn|start|join|take up|try|go back|begin|"
    r"play|get into|do|sing|dance|swim|study|paint|ride)|for (?:a |an |the )?(?:class|course|"
    r"lessons|choir|band|team|club|uni|university|college))\b", re.IGNORECASE),
    "They wonder if they are too old to start something: cheer them on warmly.",
    ("Not at all{name}! People take up new things at every age. What drew you to it?",),
    whole=lambda user_text: True)
# "I'm homesick, which is stupid at my age." (Daniel, 19, new at uni) got "It's okay to feel
# homesick sometimes. How do you feel about it?".
HOMESICK = Steer(re.compile(
    r"^(?!.*\?)(?!.*\bnot (?:really |that |too |very )?homesick).*\bi(?:'m| am| feel| get| got|"
    r"'ve been| have been| was)(?: feeling| getting)?(?: so| really| a bit| quite| very| pretty| "
    r"super| a little| kind of| just| still| awfully| terribly)* homesick\b", re.IGNORECASE),
    "They are homesick: be warm, say it is not silly at any age, and ask what they miss. No tips.",
    ("Oh, that's hard{name}. Lots of people feel homesick, whatever their age. What do you miss "
     "most?",), question_only=False, whole=lambda user_text: True)
# "The interview went really well!" (Olivia) got "That's great to hear! How did it go?", and "I
# went climbing again and it was actually really fun." (Daniel) "Climbing can be a fun and
# rewarding experience. What else would you like to know about it?": a friend is glad with them.
# "I got to see the kids today after all!" (Dmitri, kept from them) got "That's great to hear!
# How was the weekend?".
GOOD_NEWS = Steer(re.compile(
    r"^(?!.*\?)(?!.*(?:n't\b|\b(?:not|hope|hopefully|if|wish|never)\b)).*(?:\b(?:went|has gone|"
    r"have gone|'s gone) (?:really |so |very |super |pretty |incredibly |amazingly |surprisingly |"
    r"quite )?well\b|\bit was (?:actually |really |so |such |honestly |genuinely )*(?:fun|great|"
    r"amazing|brilliant|lovely|wonderful|fantastic|good fun)\b|(?<!since )(?<!when )(?<!after )"
    r"(?<!once )\bi (?:got the job|got in|got the place|passed(?! out| away| by| on)|aced it|"
    r"nailed it|smashed it|got to see (?:the |my |our )?(?:kids|children|grandkids|grandchildren|"
    r"boys|girls|son|daughter|grandson|granddaughter|baby|family))\b|\bi had (?:a |such a )"
    r"(?:really |very )?(?:good|great|lovely|brilliant|wonderful) (?:day|time|week|evening)\b)",
    re.IGNORECASE),
    "They tell you good news: be glad with them and ask about the best part.",
    ("That's wonderful{name}! I'm so pleased for you. What was the best bit?", "Oh, "
     "brilliant{name}! I'm so happy for you. What was the best bit?"), question_only=False,
    calm_only=True, whole=lambda user_text: True)
# "Carlos had a good day today, he laughed at my jokes." (Rosa, caring for him with dementia)
# got "That's great to hear! How was your day?".
GOOD_DAY = Steer(re.compile(
    r"^(?!.*\?)(?!.*(?:n't|\bnot)\b).*\b(?:he|she|they|[A-Z][a-z]+|(?i:my) \w+) (?:had "
    r"(?:a |such a )(?:really |very |pretty )?(?:good|great|lovely|better|brilliant) (?:day|"
    r"night|week|"
    # "We went bowling and he actually laughed." (Tariq, of his son) got "What else did you do?"
    r"morning|afternoon)|(?:actually|finally|even) (?:laughed|smiled|hugged me|opened up|listened|"
    r"talked to "
    # "My mum remembered my name today." (Hamid; she has dementia) got "How was she doing
    # yesterday?"
    r"me|thanked me|said thank you)|(?:actually |finally |even )?(?:remembered|recogni[sz]ed) "
    r"(?:my name|me|who i (?:am|was)))\b"), "Someone close had a good day: share the joy, warmly.",
    ("Oh, I'm so glad{name}. Moments like that must mean so much.",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
# "They said they'll let me know next week." (Olivia, after an interview) got "That's good to
# hear. I'm glad you got the job interview.".
WAITING_TO_HEAR = Steer(re.compile(
    r"^(?!.*\?).*(?:\b(?:they|she|he)(?:'ll| will|'re going to| are going to|'s going to| is "
    r"going to| said they'd| said she'd| said he'd) (?:let me know|get back to me|call me back)\b|"
    r"\bwaiting to hear (?:back|from)\b|\bi (?:find out|hear back|get the results?) (?:next week|"
    r"on \w+day|tomorrow|soon|in a (?:few|couple of) (?:days|weeks))\b)", re.IGNORECASE),
    "They are waiting to hear how something went: wish them luck, no guesses about the outcome.",
    ("Fingers crossed for you{name}! The waiting is the hardest part.",),
    question_only=False, calm_only=True, whole=lambda user_text: True)
# "I'm excited but I'll miss my friends so much." (Femi, emigrating) got "That's great to hear!".
_WILL_MISS = re.compile(r"^(?!.*\?).*\b(?:worried|scared|afraid|nervous|terrified|sad|(?:excited|"
                        r"happy|looking forward to it) but)(?: that)? "
                        r"i'll miss (him|her|them|my (son|daughter|baby|boy|girl|kids|children|"
                        r"little one|family|husband|wife|partner|mum|mom|dad|friends|grandchildren|"
                        r"grandkids|dog|cat)|(?-i:([A-Z][a-z]+)))\b", re.IGNORECASE)


def _love_them(user_text: str) -> str:
    m = _WILL_MISS.search(user_text)
    them = ("them" if m.group(3) else them_for(m.group(2) or m.group(1))) if m else "them"
    return f"of course you'll miss {them}, it shows how much you love {them}. What worries you " \
        "most about it?"


# "I'm worried I'll miss him too much when I'm back at work." (Olivia, of her baby) got "Aw,
# that sounds tough, Olivia. I understand how you feel. What do you think about your job
# interview?".
WILL_MISS = Steer(_WILL_MISS, "They fear missing someone through a change ahead: say it shows "
                  "their love, and ask what worries them most.", ("Aw{name},",),
                  question_only=False, ask=_love_them, whole=lambda user_text: True)
# "I'm really worried about money, the rent is due soon." (Samir, out of work two weeks) got "Oh,
# that sounds scary. What's your plan for getting through it?": a friend does not ask for a plan.
MONEY_WORRY = Steer(re.compile(
    r"^(?!.*\?).*(?:\b(?:worried|worrying|stressed|anxious|scared|panicking|freaking out|"
    r"stressing) (?:sick )?about (?:money|the rent|rent|bills|the bills|my bills|debt|my debts?|"
    r"the mortgage|paying (?:the|my) (?:rent|bills|mortgage))\b|\bcan't (?:afford|pay) (?:the|my) "
    # "I've got myself into a lot of debt on credit cards." (Ollie)
    r"(?:rent|bills|mortgage)\b|\b(?:got|get|gotten) (?:myself |ourselves )?into (?:a lot of |so "
    r"much |loads of |serious |a bit of )?debt\b|"
    # "I don't know how I'm going to afford it." (Leo, the rent going up) got "It's understandable."
    r"\b(?:don't|do not|have no|got no) (?:know|idea) how (?:i'm|i am|we're|we are|i'll|we'll) "
    r"(?:going to |gonna )?(?:afford|pay for|pay) (?:it|the rent|rent|the bills|that|this|the "
    r"mortgage)\b)", re.IGNORECASE),
    "They are worried about money: be warm, no budgeting tips, ask what weighs on them most.",
    ("Oh, that sounds so stressful{name}. Money worries are heavy to carry. What's weighing on "
     "you most right now?",),
    question_only=False, whole=lambda user_text: True)
_SIGNED_UP = re.compile(
    r"^(?!.*\?).*\bi(?:'ve| have)? (?:just |finally |actually )?(?:(?:signed up|registered|put my "
    r"name down) for|entered) (?:a|an|the|my first) ((?:half[- ])?marathon|10k|5k|fun run|"
    r"triathlon|ultra(?:marathon)?|charity (?:run|walk|swim|bike ride)|race)\b", re.IGNORECASE)


def _how_is_training(user_text: str) -> str:
    return f"{a_race(_SIGNED_UP, user_text)}, that's brilliant. How's the training going?"


# "I've signed up for a half marathon in April." (Amara) got "That sounds exciting! Good luck
# with your training and the marathon.".
SIGNED_UP = Steer(_SIGNED_UP, "They signed up for a race: be glad for them and ask how training "
                  "goes.", ("Ooh, good for you{name}!",), question_only=False,
                  ask=_how_is_training, whole=lambda user_text: True)
_TEACHING_ME = re.compile(
    r"^(?!.*\?).*?\b((?i:my (?:\w+ )?\w+|he|she|they)(?:,? [A-Z][a-z]+,?)?|[A-Z][a-z]+)(?i:'s|'re| "
    r"is| has been| are| have been) (?i:teaching|showing) me (?i:how to|to)\b")


def _kind_of_them(user_text: str) -> str:
    """ "My grandson Sam" -> "Sam", "My daughter" -> "her", "She" -> "her", "Tom" -> "Tom"."""
    found = _TEACHING_ME.search(user_text)
    last = found.group(1).strip(", ").split()[-1] if found else "they"
    objects = {"she": "her", "he": "him", "they": "them"}
    if last.lower() in objects:
        who = objects[last.lower()]
    else:
        who = last if last[0].isupper() and last.lower() != "my" else them_for(last)
    return f"That's so kind of {who}. How are you getting on with it?"


# "My grandson Sam is teaching me to use this smartphone." (Bill, 78) got "That's wonderful! I'm
# glad you're learning. What do you think about smartphones?".
TEACHING_ME = Steer(_TEACHING_ME, "Someone is teaching them something: be glad, and ask how "
                    "they are getting on.", ("Oh, how lovely{name}!",), question_only=False,
                    calm_only=True, ask=_kind_of_them, whole=lambda user_text: True)
# "Do you know any good podcasts for long runs?" (Amara) got two podcasts that do not exist.
PODCASTS = Steer(re.compile(r"\b(?:any|some|good|recommend|suggest)\b.*\bpodcasts?\b|"
                            r"\bpodcasts?\b.*\b(?:recommend|suggest|any good)\b", re.IGNORECASE),
                 "They ask for podcasts: you cannot know which exist now, so name none; suggest "
                 "kinds and ask what they like.",
                 ("I'm not sure which ones are best right now{name}, but a gripping story or a "
                  "funny chat show can make the time fly. What do you usually like listening "
                  "to?",), whole=lambda user_text: True)
# "I'm fasting for Ramadan, so I can't eat until sunset." (Fatima) got "That's great to hear!
# Ramadan is a time of fasting, and it can be challenging.".
RAMADAN = Steer(re.compile(
    r"^(?!.*\?).*\b(?:fasting (?:for|during|this) ramadan|it'?s ramadan|ramadan (?:has )?"
    r"(?:started|begins|began|starts))\b", re.IGNORECASE),
    "They are fasting for Ramadan: greet it warmly, and ask how the fasts are going.",
    ("Ramadan Mubarak{name}! How are the fasts going so far?",), question_only=False,
    whole=lambda user_text: True)
# "Eid is next week and I'm hosting twenty people!" (Fatima) got "That's great news! I'm glad
# you're hosting twenty people for Eid.".
HOSTING = Steer(re.compile(
    r"^(?!.*\?).*\b(?:i'm|i am|we're|we are|i'll be|we'll be) (?:hosting|having|cooking for|"
    r"feeding) (?:(?:about |around |over )?(?:\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"a hundred|loads of|lots of) (?:people|guests|of us|relatives)|the whole (?:family|street)|"
    r"(?:eid|christmas|thanksgiving|diwali|hanukkah|easter)(?: dinner| lunch)?)\b", re.IGNORECASE),
    "They are hosting a big gathering: share the excitement, and ask what they are planning.",
    ("Ooh, that's a big gathering{name}! Exciting, and a lot of work. What are you planning to "
     "make?",), question_only=False, calm_only=True, whole=lambda user_text: True)
