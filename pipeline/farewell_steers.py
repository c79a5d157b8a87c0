"""Steers for goodbyes: a goodbye or a goodnight said back warmly, wishing them well with what
they are off to do when the line says so, and without the model when it says nothing more
(``pipeline.steers`` tries them in its order)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.steer import Steer

# "I'll be out all day, talk later." got "I'm glad you'll have time to think about your speech
# later.": a friend who is told goodbye says goodbye, by name, and wishes them well.
_LEAVING = (r"^(?![^\n]*\?)[^\n]*?(?<!say )(?<!said )\b(?:good ?bye|bye(?: bye| for now)?|"
            r"see (?:you|ya)|(?:talk|speak|chat) (?:to you |with you )?(?:later|soon|tomorrow)|"
            r"catch you later|au revoir|adi[oó]s|hasta luego|tsch[uü]ss|arrivederci|"
            r"(?:i've |i have |i )?got(?:ta| to) go|gtg|g2g|(?:i )?(?:gotta|got to|have to|need to"
            r"|must|better) (?:run|dash|shoot)(?: now)?(?=\s*(?:[.!,]|$))|"
            r"i(?: have| need| must|'d better| better) (?:to )?go(?: now)?(?=\s*(?:[.!,]|$))|"
            # "ok thanks. gonna go" (Jas, 16) got "You're welcome! I'm glad I could help."
            r"(?<![^\n.!,] )(?:i'm |im |i am )?(?:gonna|going to) (?:go|head off|log off)(?: now)?"
            r"(?=\s*(?:[.!,]|$))|"
            # "Right, I'll leave it there for today." (Yusuf) got "Good luck with your new hobby!"
            r"i'll leave it there(?: for (?:today|now|tonight))?|"
            # "Thank you, love. I'd better get back to him." (Dorothy, at the hospice) got "How
            # do you feel about it?"
            r"i(?:'d| had)? better (?:get back to (?:him|her|them|it|work)|get going|be off|go and "
            r"see to (?:him|her|them))(?=\s*(?:[.!,]|$))|"
            # "I have to go to work now." (Priti, a night nurse) got "Good luck with your work!"
            r"i(?: have| need| must|'d better| better|'ve got| got) (?:to |ta )?go (?:in)?to "
            r"(?:work|my shift)(?: now| soon)?(?=\s*(?:[.!,]|$))|"
            r"i'm off(?=(?: now| then)?\s*(?:[.!,]|$))|ttyl|cheerio|ta-ra|tara(?=[.!]*$)|ta-ta|"
            r"take care(?! of (?!yourself))|"
            # "Alright, cheers." (Ben) got "You're welcome! Have a great day!", and "Yeah.
            # Cheers." (Gary) "You're welcome, Gary! I'm here for you."
            r"(?<![^\n])(?:alright|right|ok|okay|yeah|yep)[,.]? cheers(?= ?(?:mate)?[.!]*$)|"
            # "Cheers, later." (Kofi) got "You're welcome! Have a great day."
            # and "Thanks man, later." (Jamal) "You're welcome! I'm glad I could help."
            # "Laters." (Ravi, in the morning) got "Goodnight, Ravi. Take care!"
            r"(?<![^\n])(?:later|laters|catch you later)(?= ?(?:mate|man)?[.!]*$)|"
            r"(?<![^\n])(?:cheers|thanks|ta)(?: (?:man|mate|bro|pal|love|dear))?[,.]? (?:later|"
            r"laters)(?= ?(?:mate|man)?[.!]*$)|"
            # "Right, I'm off to watch the football." got "Good luck with your football!", and
            # "Thank you, dear. I'll let you get on." "I'll be here if you need anything."
            r"(?<![^\n])(?:right|ok|okay|alright|anyway|well)[,.]? (?:i'm|i am) off(?: now)?(?: to "
            r"\w+)?|i'll let you (?:get on|go|get back to)|"
            # "Thank you, love. I'll go and have a cup of tea." (Joy, 78) got "You're welcome,
            # Joy! I'm glad you're feeling better."
            r"i'll (?:just )?go and (?:have a (?:cup of tea|cuppa|coffee|bath|lie down|nap|rest)|"
            r"put the kettle on|make (?:a|some|my|the) (?:tea|cuppa|dinner|lunch|supper)|"
            r"get (?:some sleep|the dinner on|my tea))|"
            # "Anyway, I should get back to work. Cheers." (Tomás) got "Good luck with your work!"
            r"i(?:'d| had)? (?:should|must|better|need to|have to|'ve got to|got to) (?:get|head) "
            r"back to (?:work|it)|(?<=[.!,] )(?:cheers|later|laters)(?= ?(?:mate)?[.!]*$))\b"
            r"(?! to\b)")
# "Right, I'll speak to you tomorrow." (Raj, just made redundant) got "Bye for now! Good luck with
# your new job and family.", and "Thank you for listening. Bye." "I hope you have a wonderful trip
# to Paris.": with nothing in the line to wish them well for, the model made it up from the notes.
# "Okay, I need to pack. Bye!" (Yuki, flying the next day) got only "Bye for now, Yuki!".
_OFF_TO = re.compile(r"\b(?:off to|go and|heading (?:to|out|off|into)|on my way to|leaving for|"
                     r"going (?:to|out|for|into)|(?:have|got) (?:a|an|my|to go to|to get to)|"
                     r"(?:need|have|got|must|'d better|better) to (?!go\b|sleep\b|bed\b|"
                     r"get some sleep\b|speak\b|talk\b)\w+)\b(?! (?:try to )?(?:sleep|bed|go\b|"
                     r"get some sleep|speak|talk))", re.IGNORECASE)


def _nothing_to_wish_for(user_text: str) -> bool:
    """A goodbye or goodnight with no plan in it to wish them well for: the opener says it all."""
    return _OFF_TO.search(user_text) is None


# "Okay, I'm going to try to sleep. Night." ends with its goodnight.
# "Bonne nuit!" (Rosa, who taught French) got "Goodnight! How was your day?".
GOODNIGHT = Steer(re.compile(r"\b(?:good ?night|night night|nighty night|nite|bonne nuit|buenas "
                             r"noches|buona notte|gute nacht|boa noite)\b|(?:^|[.!,]\s*)"
                             r"night\b[.!]*\s*$|^(?:(?:ok|okay|alright|right|anyway)[,.]? ?)?"
                             r"night\b|\boff to (?:bed|sleep)\b|\b(?:have|has|got|need|gotta) to "
                             r"go to (?:bed|sleep)(?: now)?[.!]*$", re.IGNORECASE),
                  "They are going to bed: wish them a good night in one short sentence. No "
                  "question.", ("Goodnight{name}! Sleep well.", "Night night{name}! Sleep well."),
                  question_only=False, whole=_nothing_to_wish_for)
# "Right, I'm off to work. Speak tomorrow." (Amara, a night nurse) got "Bye for now, Amara! Good
# luck with whatever you're doing.".
_TO_WORK = re.compile(r"\b(?:off|heading|going|on my way|got to get|have to get|get back|head "
                      r"back|(?:have|need|got) to go) (?:in)?to (?:work|my shift|the office)\b|"
                      r"\bshift (?:starts|begins)\b",
                      re.IGNORECASE)


# A goodbye's plan and wish are asked for by `whole`, `ask` and `knowledge` in one turn: the
# lines are short strings, so the answers are kept rather than searched for three times.
@lru_cache(maxsize=16)
def _plan(user_text: str) -> str:
    """What they said they are off to do, in their words ("" for nothing)."""
    found = _OFF_TO.search(user_text)
    if found is None:
        return ""
    return re.split(r"[.!?]|,? (?:bye|see (?:you|ya)|talk (?:soon|later)|cheers|later)\b",
                    user_text[found.start():], maxsplit=1, flags=re.IGNORECASE)[0].strip()


# "Right, I'm going to start packing her stuff. Bye." (Siobhan, her daughter off to university)
# got "I hope you have a great time at university.": the daughter's plan, from the notes. A plan
# with a doing word in it is wished well without the model.
_DOING = re.compile(r"\b(?!(?:going|heading|leaving|getting|morning|evening|during|bring|string|"
                    r"spring|(?:some|any|no|every)?thing)\b)([a-z]{3,}ing)\b", re.IGNORECASE)


@lru_cache(maxsize=16)
def _wish(user_text: str) -> str:
    if _TO_WORK.search(user_text):
        return "Have a good one at work!"
    # "I'm going to give him a cuddle. Bye." (Gemma, her old dog's last night) got "I'll miss you
    # too."
    if cuddle := re.search(r"\bgive (him|her|them) a (?:big )?(cuddle|hug)\b", user_text, re.I):
        return f"Give {cuddle.group(1).lower()} a {cuddle.group(2).lower()} from me."
    if re.search(r"\bget back to (?:him|her|them)\b", user_text, re.I):  # at a bedside
        return "I'm thinking of you both."
    # "I'll go and have a cup of tea." (Joy) got "Bye for now, Joy! I'll see you soon."
    if treat := re.search(r"\b(?:cup of tea|cuppa|tea|coffee|bath|nap|rest|lie down)\b",
                          _plan(user_text), re.I):
        return f"Enjoy your {treat.group(0).lower()}!"
    doing = _DOING.search(_plan(user_text))
    if doing is None:
        return ""
    thing = doing.group(1).lower()
    return f"Enjoy the {thing}!" if thing == "wedding" else f"Good luck with the {thing}!"


def _their_plan(user_text: str) -> str:
    plan = _plan(user_text)
    return f'Their plan, in their words: "{plan}". Wish them well with that and nothing else.' \
        if plan else ""


FAREWELL = Steer(re.compile(_LEAVING, re.IGNORECASE),
                 "They are leaving: say goodbye warmly in one short sentence, wishing them well "
                 "with what they just said they are off to do, if anything. No question.",
                 ("Bye for now{name}!", "Talk soon{name}!"), question_only=False,
                 ask=_wish, whole=lambda user_text: bool(_wish(user_text))
                 or _nothing_to_wish_for(user_text), knowledge=_their_plan)
