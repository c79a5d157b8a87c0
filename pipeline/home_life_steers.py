"""Steers for life at home: a new puppy, an old dog's last day, a child gone to university and not
heard from, an injury that stops the game, the one who has been there through it, snoring, slugs
(``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Ravi (a new cocker spaniel, working from home), Siobhan
(her youngest off to university) or Tunde (a semi-pro footballer, his ACL torn in training),
talked to as new users would."""

from __future__ import annotations

import re

from memory.people import REL
from pipeline.steer import NO_QUESTION, THEY, Steer, them_of, they_are

# "We just got a puppy! He's a cocker spaniel called Biscuit." (Ravi) got "That's great news! I'm
# glad you got a new puppy. How does he feel?".
_NEW_PET = re.compile(
    r"^(?!.*\?)(?!.*\b(?:died|lost|passed|put down|poorly|ill|sick)\b).*\b(?:i|we)(?:'ve| have)? "
    r"(?:just |finally |recently )?(?:got|adopted|rescued|brought home|picked up) (?:a|our|my) "
    r"(?:new |little |rescue |baby )?(puppy|kitten|dog|cat|rabbit|bunny)\b", re.IGNORECASE)


def _settling_in(user_text: str) -> str:
    found = _NEW_PET.search(user_text)
    kind = found.group(1).lower() if found else "new arrival"
    named = re.search(r"\b(?:called|named) ([A-Z][a-z]+)", user_text)
    who = named.group(1) if named else f"the {kind}"
    return f"How is {who} settling in?"


NEW_PET = Steer(_NEW_PET, "They have a new pet: be delighted, and ask how it is settling in.",
                ("Oh, how lovely{name}!",), question_only=False, calm_only=True,
                ask=_settling_in, whole=lambda user_text: True)
# "He's chewed through two of my shoes already." (Ravi, the puppy days old) got "Oh no! That's a
# sad situation. Can you tell me more about the shoes?".
CHEWED = Steer(re.compile(
    r"^(?!.*\?).*\b(?:he|she|it|the (?:puppy|dog|kitten|cat)|[A-Z][a-z]+)(?:'s| has)? (?:already |"
    r"just |now )?(?:chewed|eaten|destroyed|wrecked|ripped up|torn up)(?: through| up)? (?:two |"
    r"three |all |both |one |another )?(?:of )?(?:my|our|the) (?:\w+ )?(?:shoes?|slippers?|"
    r"socks?|sofa|couch|cushions?|cables?|chargers?|remote|rug|carpet|boots?|trainers?)\b",
    re.IGNORECASE),
    "A young pet chewed their things: be light and warm about it, ask what they'll do.",
    ("Oh no, the chewing phase{name}! It's how they explore. Has anything else survived?",),
    question_only=False, whole=lambda user_text: True)
# "I cried all the way home after dropping her off." (Siobhan, her youngest just gone to
# university) got "...try to take care of yourself. What do you think about your daughter?".
DROPPED_OFF = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:cried|sobbed|was in tears|bawled|wept|couldn't stop crying)\b.*\b(?:"
    r"dropp(?:ed|ing) (?:her|him|them) off|left (?:her|him|them)|leaving (?:her|him|them)|said "
    r"goodbye|saying goodbye|waved (?:her|him|them) off)\b", re.IGNORECASE),
    "They cried after leaving their child somewhere new: say of course they did, it's a big "
    "goodbye, and ask how they are today.",
    ("Oh{name}, of course you did. Goodbyes like that are so hard, even when it's the right thing. "
     "How are you feeling today?",), question_only=False, whole=lambda user_text: True)
# "She hasn't texted me since." (Siobhan, her daughter three days at university) got "That's okay.
# Sometimes people get busy or forget to reach out.".
_NOT_HEARD = re.compile(
    r"^(?!.*\?).*\b(she|he|they|(?:my|our) (?:" + REL + r"|son|daughter|kids))(?: still)? "
    r"(?:hasn't|has not|haven't|have not)(?: even)? (?:texted|called|rung|phoned|messaged|been in "
    r"touch|replied)(?: me| us)?(?: (?:since|yet|back|all week|for days))?\b", re.IGNORECASE)


def _waiting(user_text: str) -> str:
    found = _NOT_HEARD.search(user_text)
    who = THEY[them_of(found.group(1), names=False)] if found else "they"
    return f"{they_are(who).capitalize()} probably just swept up in it all. How are you doing?"


NOT_HEARD_FROM = Steer(_NOT_HEARD, "Someone close has not been in touch: say waiting is hard, "
                       "ask how they are. Never say it's okay or that people forget.",
                       ("Oh{name}, waiting to hear is so hard.",), question_only=False,
                       ask=_waiting, whole=lambda user_text: True)
# "I did my ACL in training last week." (Tunde, a semi-pro footballer) got "That's a good thing!
# How did it go?".
INJURED_PLAYING = Steer(re.compile(
    r"^(?!.*\?).*\bi(?:'ve)? (?:did|done|tore|torn|snapped|ruptured|busted|wrecked|broke|broken|"
    r"fractured) my (?:\w+ )?(?:acl|achilles|hamstring|cruciate|ligament|cartilage|meniscus|"
    r"collarbone|knee|ankle|wrist|shoulder|leg|arm|foot|hand|back)\b", re.IGNORECASE),
    "They have a bad injury: be sorry, and ask how they are feeling about it. No medical facts.",
    ("Oh no{name}, I'm so sorry. That's a horrible injury. How are you feeling about it all?",),
    question_only=False, whole=lambda user_text: True)
# "My girlfriend has been amazing through all this." (Tunde, out for nine months) got "That's
# great to hear! How have you been feeling about her?".
_BEEN_THERE = re.compile(
    # "My sister Jo has been a rock." (Dee) got "I'm so glad you've got them."
    r"^(?!.*\?)(?!.*(?:n't\b|\bnot\b)).*?\b((?:my|our) (?:best |little |big |older |younger )?"
    r"(?:" + REL + r"|friends?|mates?|family|parents|kids|team|neighbours?|manager|boss|"
    r"colleagues?|teachers?|coach)(?: (?-i:[A-Z])[a-z]+)?|"
    r"(?!(?:It|That|This|There|Everything|Life|Work|Today|Things)\b)(?-i:[A-Z][a-z]+)|"
    r"she|he|they)(?: has| have|'s|'ve) been (?:absolutely |so |"
    r"really |just )?(?:amazing|brilliant|incredible|a rock|so supportive|really supportive|"
    r"supportive|wonderful|great|there for me|my rock)\b", re.IGNORECASE)  # Pat, of his wife


def _in_your_corner(user_text: str) -> str:
    found = _BEEN_THERE.search(user_text)
    them = them_of(found.group(1)) if found else "them"
    return (f"I'm so glad you've got {them}. Having someone in your corner makes such a "
            "difference.")


BEEN_THERE = Steer(_BEEN_THERE, "Someone has supported them through a hard time: be glad they "
                   "have them.", ("Oh{name},",), question_only=False, calm_only=True,
                   ask=_in_your_corner,
                   whole=lambda user_text: True)
# "My husband Des snores like a train." (Moira) got "...it's not uncommon for men to have sleep
# disorders. Do you know if there are any treatments available?".
SNORES = Steer(re.compile(
    r"^(?!.*\?)(?!.*\b(?:apnoea|apnea|stopped breathing|stops breathing|choking|gasping)\b).*"
    r"\b(?:snores|(?:his|her|their|the) snoring|snoring (?:is|keeps|like)|keeps (?:me up )?"
    r"snoring)\b", re.IGNORECASE),  # not "he rolled over and started snoring"
    "Someone they share a room with snores: be light and kind about it, and ask how they sleep "
    "through it. No medical talk.",
    ("Oh no, that can't make for peaceful nights{name}! How do you ever get any sleep?",),
    question_only=False, calm_only=True, whole=lambda user_text: True)
# "The slugs have eaten all my lettuces again." (Moira, with an allotment) got "Oh no, that's a
# sad situation. How do you feel about it?".
_PESTS = re.compile(
    r"^(?!.*\?).*\bthe (slugs|snails|pigeons|foxes|squirrels|rabbits|deer|caterpillars|aphids|"
    r"mice|moles|badgers|birds)(?: have|'ve| are| keep|) (?:\w+ )?(?:eaten|eating|eat|got|had|dug"
    r" up|digging up|destroyed|ruined|wrecked|stripped|nibbled)\b", re.IGNORECASE)


def _rest_of_the_garden(user_text: str) -> str:
    found = _PESTS.search(user_text)
    pests = found.group(1).capitalize() if found else "They"
    return f"{pests} can be such a menace. What else is doing well?"


PESTS = Steer(_PESTS, "Pests ate what they grew: be sorry about all the work, and ask what is "
              "doing well. No pest control advice.", ("Oh no, all that hard work{name}!",),
              question_only=False, ask=_rest_of_the_garden, whole=lambda user_text: True)
# "The vet says it's time to let him go." (Gemma, her dog fourteen) got "That's a tough decision.
# What do you think about it?".
LETTING_GO = Steer(re.compile(
    r"^(?!.*\?).*\b(?:time to let (?:him|her|them|\w+) go|(?:put|putting|have|having) (?:him|her|"
    r"them|\w+) (?:put )?(?:to sleep|down)|(?:have|having|had) to let (?:him|her|them) go)\b",
    re.IGNORECASE),
    "Their pet is to be put to sleep: be sorry, say it is the hardest and kindest decision, and "
    "ask how they are holding up.",
    ("Oh{name}, I'm so sorry. That's the hardest decision to make, and the kindest. How are you "
     "holding up?",), question_only=False, whole=lambda user_text: True)
# "We're taking him in tomorrow morning." (Gemma, to have her old dog put to sleep) got "Good luck
# with that.".
TAKING_IN = Steer(re.compile(
    r"^(?!.*\?).*\b(?:we're|we are|i'm|i am) taking (?:him|her|them|\w+) in (?:tomorrow|first "
    r"thing|in the morning|this afternoon|tonight|later|on \w+day)\b", re.IGNORECASE),
    "They are taking someone they love in tomorrow for something hard: be there with them, ask how "
    "they are. No luck wished.",
    ("Oh{name}, that's so hard. I'll be thinking of you. How are you feeling?",),
    question_only=False, whole=lambda user_text: True)
# "I don't know how I'll say goodbye." (Gemma) got "It's okay to feel sad. Remember, you'll
# always have memories of Bruno with you.".
SAYING_GOODBYE = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:don't|do not|dont) know how (?:i'll|i will|i'm going to|to|i can) "
    r"(?:ever )?say goodbye\b", re.IGNORECASE),
    "They dread a last goodbye: be sorry, say there is no right way and being there matters most, "
    "and ask what they will miss.",
    ("Oh{name}, I'm so sorry. There's no right way to say goodbye, and just being there is what "
     "matters most. What will you miss most?",), question_only=False,
    whole=lambda user_text: True)
# "We said goodbye to Bruno this morning." (Gemma, her dog put to sleep) got "That's great news! How
# was Bruno?". A goodbye to a child off to university is hard too, so nothing more is assumed.
SAID_GOODBYE = Steer(re.compile(
    r"^(?!.*\?)(?!.*\b(?:leaving (?:do|party)|see (?:you|ya)|airport|station|door|gate|bus|"
    r"train)\b).*\b(?:we|i) (?:said|had to say) "
    r"(?:our |my )?(?:final |last )?goodbyes? to\b", re.IGNORECASE),
    "They said a last goodbye to someone they love: be gentle and sorry, ask how they are. Never "
    "call it good news.",
    ("Oh{name}, that must have been so hard. How are you holding up?",), question_only=False,
    whole=lambda user_text: True)
# "I keep expecting him at the door." (Gemma, the day after) got "That's a bit of a worry, Gemma.";
# "I keep expecting Smudge at the door." (Bea, her cat of nineteen years two days gone) "Sometimes,
# cats can be unpredictable and may not always show up where they expect."
_DAYS = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
         r"April|May|June|July|August|September|October|November|December|Christmas|Easter")
_STILL_LISTENING = re.compile(
    r"^(?!.*\?).*\bi (?:keep|still) (?:expecting|waiting for|looking for|listening for|hearing|"
    r"hear|reaching for) (him|her|them|(?-i:(?!" + _DAYS + r")[A-Z][a-z]+)(?= (?:at|to|in|on|by)"
    r"\b))\b|\bi (?:keep "
    r"forgetting|forget) (?:that )?(he|she|they)(?:'s|'re| is| are) (?:gone|not here)\b",
    re.IGNORECASE)


def _miss_most(user_text: str) -> str:
    found = _STILL_LISTENING.search(user_text)
    who = them_of(next((g for g in found.groups() if g), "them") if found else "them")
    return f"What do you miss most about {who}?"


STILL_LISTENING = Steer(_STILL_LISTENING, "They keep expecting someone who is gone: say of course "
                        "they do, and ask what they miss most.",
                        ("Of course you do{name}. That must be so hard.",), question_only=False,
                        ask=_miss_most, whole=lambda user_text: True)
# "It felt strange setting one place at the table." (Hugh, widowed in March) got "That's
# understandable. It can be a bit strange to set one place at the table...".
ONE_PLACE = Steer(re.compile(
    # "I don't see much point in cooking just for one." (Walter, widowed) got "Cooking can be a
    # fun way to enjoy food and create memories."
    r"^(?!.*\?).*\b(?:strange|odd|weird|hard|sad|lonely|quiet|point)\b.*\b(?:one place|(?:cooking|"
    r"shopping|eating|dinner|a table) (?:just )?for one|one plate|one cup|one mug|just me at the "
    r"table)\b",
    re.IGNORECASE),
    "A small everyday moment made their loss felt: be gentle, and ask how they are doing.",
    ("Oh{name}, those little moments can be so hard. How are you doing today?",),
    question_only=False, whole=lambda user_text: True)
# "Robert rang me yesterday!" (Elsie, whose son rarely calls) got "Oh, I'm sorry to hear that.":
# a call from someone dear, told gladly, is good news.
_GOT_IN_TOUCH = re.compile(
    r"^(?!.*\?)(?=.*(?:!|\b(?:at last|finally)\W*$)).*?(?:\b(?:my|our) (?:(?!boss)(?:" + REL + r")|"
    r"grandkids|kids|friend|old friend|nan|gran|grandad)|(?-i:\b[A-Z])[a-z]+|"
    r"\b(?:she|he|they)) (?:finally |actually |even )?(?:rang|called|phoned|facetimed|video called|"
    r"visited|came to see|came round|came over|popped round|popped in)(?: me| us)?(?: (?:yesterday|"
    r"today|tonight|this morning|this afternoon|this evening|last night|earlier|at last|finally|"
    r"out of the blue|again|for a chat|for ages|for an hour))*\W*$", re.IGNORECASE)
GOT_IN_TOUCH = Steer(_GOT_IN_TOUCH, "Someone dear got in touch, told gladly: be glad with them "
                     "and ask what they talked about.",
                     ("Oh, that's lovely{name}! What did you talk about?",
                      "Oh, how lovely{name}! How was it to hear from them?"),
                     question_only=False, calm_only=True, whole=lambda user_text: True)
# "My son Robert never calls me." (Elsie, in her eighties) got "Maybe try setting up a regular
# phone call or text message to see if he's available?": the hurt first, no advice.
_NEVER_IN_TOUCH = re.compile(
    NO_QUESTION + r".*?\b(she|he|they|(?:my|our) (?:" + REL + r"|kids|children|grandkids)(?: "
    r"(?-i:[A-Z])[a-z]+)?) (?:hardly ever|never|rarely|barely)(?: even)? (?:calls?|rings?|phones?|"
    r"visits?|texts?|writes?|comes? (?:round|over|to see)|bothers?)\b", re.IGNORECASE)


def _last_heard(user_text: str) -> str:
    found = _NEVER_IN_TOUCH.search(user_text)
    return f"When did you last hear from {them_of(found.group(1) if found else '', names=False)}?"


NEVER_IN_TOUCH = Steer(_NEVER_IN_TOUCH, "Someone close rarely gets in touch: say it must hurt, "
                       "and ask gently when they last heard from them. No advice.",
                       ("Oh{name}, that must really hurt.", "Oh{name}, that must be so hard."),
                       question_only=False, ask=_last_heard, whole=lambda user_text: True)
# "Bloody freezing out there." (Ken, 80) got "It sounds like you're experiencing some challenging
# weather conditions. Is there anything specific you'd like to talk about or ask?".
COLD_OUT = Steer(re.compile(
    r"^(?!.*\?)(?:(?:it's|it is|god|gosh|brr+|crikey),? )?(?:(?:so|absolutely|really|proper|"
    r"bitterly|bloody|flipping) )?(?:freezing|baltic|perishing|cold)(?: cold)? (?:out there|"
    r"outside|today|this morning|tonight|out)\b", re.IGNORECASE),
    "It's cold out: be warm and light, and ask if they have warmed up.",
    ("Brr{name}, I bet! Have you managed to warm up?",
     "Ooh, it sounds bitter{name}! Are you keeping warm?"), question_only=False,
    whole=lambda user_text: True)
