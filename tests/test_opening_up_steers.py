"""Lines found weak by talking to the companion as new users in the twenty-fifth session (Ash,
coming out to his parents; Ollie, in debt; Anton, from Ukraine, on warehouse nights; Moira, with
an allotment; Femi, emigrating; Dee, divorcing; Leon, made redundant; Ivy, 72, her family in
Brisbane; Sasha, in IVF; Omar, running a café; Gemma, her old dog put to sleep; Pat, after a
stroke; Bex, Hugh, Tia, Marco, Nina, Sol; Ray, Lola, Bernard, Kemi, Frankie, Aziz): each is
steered, and its whole reply is what a friend would say."""

from __future__ import annotations

import pytest

from pipeline.fertility_steers import HOPES_UP, IVF, OTHERS_PREGNANT, TRANSFER_DAY
from pipeline.steers import (
    A_FEW_WORDS,
    ANNOYED_ABOUT,
    AT_LAST,
    BEEN_THERE,
    BETRAYED,
    BREAKS_MY_HEART,
    BRUSHED_OFF,
    BURNT_IT,
    CALLED_MYSELF,
    CAME_THROUGH,
    CANT_ANYMORE,
    CLASS_BOOKED,
    COMING_OUT,
    COMING_OUT_SOON,
    CRIED,
    DIAGNOSED,
    DINNER_IDEAS,
    DRIVES_FOR_WORK,
    DRIVING_ME_MAD,
    EMBARRASSED,
    EVERYONE_SAYS,
    EXPECTING,
    FAR_AWAY,
    FAREWELL,
    FELL_OUT,
    FIRST_MILESTONE,
    FIRST_STEP,
    FITTING_IN,
    FORGOT_IT,
    FROM_ABROAD,
    FUNERAL_SOON,
    GADGET_GIFT,
    GOOD_AT,
    GOOD_DAY,
    GOOD_TIRED,
    GOODNIGHT,
    HOME_AGAIN,
    HOW_ILL_COPE,
    HOW_TO_TELL,
    IN_MY_CORNER,
    IN_TROUBLE,
    INCOME_GONE,
    KID_AGE,
    LATE_AGAIN,
    LET_GO,
    LET_IN,
    LETTING_GO,
    LONELY,
    LONG_DAYS_AT_WORK,
    MADE_IT_THROUGH,
    MISGENDERED,
    MONEY_WORRY,
    MY_ENGLISH,
    NEVER_COOKED,
    NEW_HIRE,
    NIGHT_WORK,
    NO_BOND,
    NOBODY_UNDERSTANDS,
    NOT_ACCEPTED,
    NOT_PERSONAL,
    NOT_TOLD,
    ON_MY_SIDE,
    ON_SCREEN,
    ONE_PLACE,
    OVERREACTING,
    OWN_PATH,
    PARTY_FOR_ME,
    PESTS,
    PET_POORLY,
    PUT_RIGHT,
    QUIET_HOUSE,
    REPORTED,
    RUSTY,
    SAID_GOODBYE,
    SAID_LITTLE,
    SAYING_GOODBYE,
    SCHOOL_RANG,
    SELF_BLAME,
    SLOW_RECOVERY,
    SNORES,
    SOAKED,
    STAFF_QUIT,
    STILL_LISTENING,
    STILL_MISS,
    STOLEN,
    TAKING_IN,
    TALKED_TO,
    TIME_TOGETHER,
    TIRED,
    TIRED_OF_CORRECTING,
    TOLD_THEM,
    USED_TO_BE,
    USELESS,
    VOLUNTEER,
    WASTE_OF_TIME,
    WENT_WRONG,
    WHAT_TO_SAY_ABOUT,
    WILL_MISS,
    WILL_THEY,
    WITH_MY_EX,
    WORKS_AS,
    WRONG_CROWD,
)
from tests.steer_checks import assert_friends_reply, steered_to

STEERED = [
    ("I'm going to tell my parents I'm gay this weekend.", COMING_OUT_SOON),
    ("I'm thinking of coming out to my mum.", COMING_OUT_SOON),
    ("I'm going to come out to the pub later.", None),
    ("I came out to my best friend today.", COMING_OUT),  # done, not ahead
    ("I'm terrified they won't accept me.", NOT_ACCEPTED),
    ("I'm worried she won't forgive me.", NOT_ACCEPTED),
    ("I told them.", TOLD_THEM),
    ("I told my wife about the money.", TOLD_THEM),
    ("I told my mum and my dad that I'm bi.", TOLD_THEM),
    ("I told my wife I'd be home late tonight and she was fine.", None),
    ("She was angry but she said we'll sort it out together.", ON_MY_SIDE),
    ("My wife doesn't know and I don't know how to tell her.", HOW_TO_TELL),
    ("My mum cried but she hugged me. Dad hasn't said much.", SAID_LITTLE),
    ("He didn't say anything about the weather.", None),
    ("Do you think my dad will come round?", WILL_THEY),
    ("I feel like such an idiot.", CALLED_MYSELF),
    ("I've been stuck on the same bug at work all day and I feel so stupid.", USELESS),
    ("The kids are with him every other weekend and the house is so quiet.", QUIET_HOUSE),
    ("The house is quiet at last, the kids are asleep.", None),
    ("The house feels so empty without him.", QUIET_HOUSE),  # Gemma, her old dog put to sleep
    ("Right, I'm knackered. Night.", GOODNIGHT),
    ("I'm knackered.", TIRED),
    ("I keep wondering if it was my fault.", SELF_BLAME),
    ("My sister Jo has been a rock.", BEEN_THERE),
    ("My best mate Kez already knows and she's been brilliant.", BEEN_THERE),
    ("It's been great.", None),
    ("The kids are back tonight and I can't wait.", HOME_AGAIN),
    ("The kids are back at school tomorrow.", None),
    ("My ex turned up late again to pick them up.", LATE_AGAIN),
    ("I am from Ukraine, I live here two years now.", FROM_ABROAD),
    ("I'm from Leeds.", None),
    ("I told my boss about the project.", None),
    ("I haven't had an interview since I was a teenager.", RUSTY),
    ("My daughter and the grandchildren live in Australia, in Brisbane.", FAR_AWAY),
    ("I'm seventy-two and my grandson has just given me one of these smartphones.", GADGET_GIFT),
    ("I only see them on the video calls.", ON_SCREEN),
    ("I don't even know what I'm good at anymore.", GOOD_AT),
    ("My wife Tanya says something will turn up.", IN_MY_CORNER),
    ("My mum says it'll be fine but I'm not sure.", BRUSHED_OFF),
    ("My partner Mo and I have been doing IVF for two years.", IVF),
    ("We had our embryo transfer today.", TRANSFER_DAY),
    ("I'm trying not to get my hopes up.", HOPES_UP),
    ("The waiting is unbearable.", HOPES_UP),
    ("Everyone at work is announcing pregnancies.", OTHERS_PREGNANT),
    ("Everyone at work is having babies!", None),
    ("The IVF worked, I'm pregnant!", EXPECTING),
    ("Two of my staff quit this week.", STAFF_QUIT),
    ("I've been working sixteen hour days.", LONG_DAYS_AT_WORK),
    ("Saturday is our busiest day and I don't know how I'll cope.", HOW_ILL_COPE),
    ("We survived Saturday!", MADE_IT_THROUGH),
    ("We survived Saturday but only just, it was chaos.", None),
    ("I've hired a new barista, she starts Monday.", NEW_HIRE),
    ("I drive lorries, long haul, I'm parked up in a lay-by near Carlisle.", DRIVES_FOR_WORK),
    ("It gets lonely out here at night.", LONELY),
    ("I fell out with my best friend Mia.", FELL_OUT),
    ("i fell out with my best friend Niamh and now nobody at school talks to me", None),
    ("She started going out with my ex and didn't tell me.", WITH_MY_EX),
    ("I feel so betrayed.", BETRAYED),
    ("Am I overreacting?", OVERREACTING),
    ("I miss her though.", STILL_MISS),
    ("I volunteer at the food bank three days a week.", VOLUNTEER),
    ("It breaks my heart how many people need it.", BREAKS_MY_HEART),
    ("Stan's funeral is on Friday.", FUNERAL_SOON),
    ("I've been asked to say a few words.", A_FEW_WORDS),
    ("I don't know what to say about him.", WHAT_TO_SAY_ABOUT),
    ("My son Tayo is seven and he's autistic.", DIAGNOSED),
    ("The school rang again today, third time this week.", SCHOOL_RANG),
    ("Sometimes I feel like nobody understands.", NOBODY_UNDERSTANDS),
    ("I cried my eyes out.", CRIED),
    ("We finally got a meeting with the council about his support plan.", AT_LAST),
    ("People at work keep calling me 'she' even after I've corrected them.", MISGENDERED),
    ("It's exhausting having to correct people all the time.", TIRED_OF_CORRECTING),
    ("My manager has been really supportive though.", BEEN_THERE),
    ("A colleague apologised for getting it wrong.", PUT_RIGHT),
    ("My son Bilal is fifteen.", KID_AGE),
    ("The police brought him home last night.", IN_TROUBLE),
    ("He was caught shoplifting with his friends.", IN_TROUBLE),
    ("I don't know where I went wrong.", WENT_WRONG),
    ("I think he's fallen in with the wrong crowd.", WRONG_CROWD),
    ("Tayo said 'love you mummy' tonight without prompting.", FIRST_MILESTONE),
    ("She said 'no' and walked off.", None),
    ("I'm starting to feel like I fit in.", FITTING_IN),
    ("I'm shattered but happy.", GOOD_TIRED),  # the good kind of tired
    ("I've got myself into a lot of debt on credit cards.", MONEY_WORRY),
    ("Everyone keeps saying how happy I must be.", EVERYONE_SAYS),
    ("I don't feel the bond everyone talks about.", NO_BOND),
    ("Isla smiled at me this morning.", FIRST_MILESTONE),
    ("What's an easy meal for one person?", DINNER_IDEAS),
    ("I told her how I've been feeling and she was really kind.", TOLD_THEM),
    ("I burnt the rice again tonight.", BURNT_IT),
    ("I'm sixty-seven and I've never even boiled pasta properly.", NEVER_COOKED),
    ("It felt strange setting one place at the table.", ONE_PLACE),
    ("my parents want me to do medicine but i want to do art", OWN_PATH),
    ("i havent told them yet", HOW_TO_TELL),
    ("I haven't told anyone.", NOT_TOLD),
    ("i talked to my mum and she actually listened", GOOD_DAY),
    ("my dad still thinks art is a waste of time", WASTE_OF_TIME),
    ("The youngest asked me to help with his homework!", LET_IN),
    ("I'm trying not to take it personally.", NOT_PERSONAL),
    ("We watched the football together last night.", TIME_TOGETHER),
    ("We watched the news together and argued.", None),
    ("Claire says I'm doing better than I think.", IN_MY_CORNER),
    ("Everyone says I'm doing well.", None),
    ("I completely forgot a meeting with my boss today.", FORGOT_IT),
    ("I was so embarrassed.", EMBARRASSED),
    ("I used to be the organised one.", USED_TO_BE),
    ("I used to be a teacher.", None),
    ("It's been raining all day and I'm soaked.", SOAKED),
    ("Someone nicked my scooter last night.", STOLEN),
    ("That's my whole income gone.", INCOME_GONE),
    ("I've reported it to the police.", REPORTED),
    ("Okay, later.", FAREWELL),
    ("My dog Bruno is fourteen and he's very poorly.", PET_POORLY),
    ("The vet says it's time to let him go.", LETTING_GO),
    ("We're taking him in tomorrow morning.", TAKING_IN),
    ("I don't know how I'll say goodbye.", SAYING_GOODBYE),
    ("I'm going to give him a cuddle. Bye.", FAREWELL),
    ("We said goodbye to Bruno this morning.", SAID_GOODBYE),
    ("I keep expecting him at the door.", STILL_LISTENING),
    ("My speech is coming back slowly but it's so frustrating.", SLOW_RECOVERY),
    ("My wife Jean has been my rock.", BEEN_THERE),
    ("I used to be a joiner, now I can't even hold a screwdriver.", CANT_ANYMORE),
    ("I had to let him go, he was stealing from the till.", LET_GO),
    ("The visa came through today!", CAME_THROUGH),
    ("The visa hasn't come through.", None),
    ("I don't know what to pack first.", FIRST_STEP),
    ("My husband Des snores like a train.", SNORES),
    ("He snores and sometimes stops breathing.", None),
    ("The slugs have eaten all my lettuces again.", PESTS),
    ("Today I speak with her on video, she is okay.", TALKED_TO),
    ("I'll talk to him on the phone later.", None),
    ("My English is not so good, sorry.", MY_ENGLISH),
    ("My English teacher is great.", None),
    ("I work in warehouse, night shifts.", NIGHT_WORK),
    ("I work night shifts as a nurse.", WORKS_AS),
    ("I've signed up for a pottery class.", CLASS_BOOKED),
    ("My best friend is throwing me a leaving party.", PARTY_FOR_ME),
    ("The visa paperwork is driving me mad.", DRIVING_ME_MAD),
    ("I'm excited but I'll miss my friends so much.", WILL_MISS),
    ("My flatmate is annoyed about the puppy though.", ANNOYED_ABOUT),
    ("She's annoyed with me.", None),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_lines_new_users_said_are_steered(said: str, steer: object) -> None:
    assert steered_to(said) is steer


FELT = (FELL_OUT, WITH_MY_EX, BETRAYED, OVERREACTING, BREAKS_MY_HEART, FUNERAL_SOON, SCHOOL_RANG,
        NOBODY_UNDERSTANDS, MISGENDERED, TIRED_OF_CORRECTING, IN_TROUBLE, WENT_WRONG, WRONG_CROWD,
        EVERYONE_SAYS, NO_BOND, ONE_PLACE, OWN_PATH, WASTE_OF_TIME, NOT_PERSONAL, FORGOT_IT,
        EMBARRASSED, USED_TO_BE, STOLEN, INCOME_GONE, LETTING_GO, TAKING_IN, SAYING_GOODBYE,
        SAID_GOODBYE, STILL_LISTENING, SLOW_RECOVERY, CANT_ANYMORE, STAFF_QUIT, LONG_DAYS_AT_WORK,
        HOW_ILL_COPE, IVF, TRANSFER_DAY, HOPES_UP, OTHERS_PREGNANT, GOOD_AT, HOW_TO_TELL,
        SAID_LITTLE, NOT_ACCEPTED, CALLED_MYSELF, QUIET_HOUSE, LATE_AGAIN, DRIVING_ME_MAD,
        ANNOYED_ABOUT)


@pytest.mark.parametrize(("said", "reply"), [
    ("I'm going to tell my parents I'm gay this weekend.", "That's a big step, Ash, and a brave "
     "one. It's completely natural to feel nervous. How are you feeling about telling them?"),
    ("I'm terrified they won't accept me.", "That fear makes sense, Ash, and it's a lot "
     "to carry. What are you most scared they'll say?"),
    ("I told them.", "You did it, Ash, and that can't have been easy. How did they take it?"),
    ("I told my wife about the money.", "You did it, Ash, and that can't have been easy. How did "
     "she take it?"),
    ("I told her how I've been feeling and she was really kind.", "You did it, Ash, and that "
     "can't have been easy. I'm so glad she was kind. How are you feeling now?"),
    ("She was angry but she said we'll sort it out together.", "That sounds like someone who's "
     "on your side, Ash. How are you feeling now it's out in the open?"),
    ("My wife doesn't know and I don't know how to tell her.", "That's such a hard conversation "
     "to start, Ash. What worries you most about telling her?"),
    ("My mum cried but she hugged me. Dad hasn't said much.", "Oh, Ash, silence can be so hard "
     "to read. Sometimes people need a little time to find their words. How are you feeling?"),
    ("Do you think my dad will come round?", "These things often take time, Ash, and it sounds "
     "like you're really trying. What makes you worry he won't?"),
    ("I feel like such an idiot.", "Aw, Ash, you're not an idiot, you're only human. What's "
     "making you feel that way?"),
    ("The kids are with him every other weekend and the house is so quiet.", "Oh, Ash, the quiet "
     "can be so hard when someone's missing. How are you doing?"),
    ("My sister Jo has been a rock.", "Oh, Ash, I'm so glad you've got her. Having someone in "
     "your corner makes such a difference."),
    ("The kids are back tonight and I can't wait.", "Oh, how lovely, Ash! You must have missed "
     "them. What will you do together?"),
    ("My son is coming home from uni on Friday!", "Oh, how lovely, Ash! You must have missed "
     "him. What will you do together?"),
    ("My ex turned up late again to pick them up.", "Again? That's so frustrating, Ash. How are "
     "you feeling about it?"),
    ("I am from Ukraine, I live here two years now.", "You've come a long way, Ash. How are you "
     "finding life here, so far from Ukraine?"),
    ("Today I speak with her on video, she is okay.", "Oh, I'm so glad you got to talk, Ash. "
     "What did you talk about?"),
    ("My husband Des snores like a train.", "Oh no, that can't make for peaceful nights, Ash! How "
     "do you ever get any sleep?"),
    ("The slugs have eaten all my lettuces again.", "Oh no, all that hard work, Ash! Slugs can be "
     "such a menace. What else is doing well?"),
    ("The visa came through today!", "Oh, brilliant, Ash! What a relief after all that waiting. "
     "How are you going to celebrate?"),
    ("My daughter and the grandchildren live in Australia, in Brisbane.", "That's a long way "
     "away, Ash. You must miss them. What are they like?"),
    ("I'm seventy-two and my grandson has just given me one of these smartphones.", "Oh, Ash, how "
     "kind of him! How are you getting on with it?"),
    ("I only see them on the video calls.", "It's not the same as a proper hug, Ash. When "
     "did you last get to see them in person?"),
    ("I don't even know what I'm good at anymore.", "That's such a normal feeling after a knock "
     "like this, Ash, and it does pass. What did people always come to you for?"),
    ("My wife Tanya says something will turn up.", "Oh, Ash, it's good to have Tanya in your "
     "corner. How are you feeling about it all?"),
    ("My partner Mo and I have been doing IVF for two years.", "Oh, Ash, that can be so hard on "
     "you both. How are you holding up?"),
    ("We had our embryo transfer today.", "Oh, Ash, that must feel like such a big day. Fingers "
     "crossed for you both. How are you feeling?"),
    ("The waiting is unbearable.", "Oh, Ash, the waiting must be so hard. How are you getting "
     "through the days?"),
    ("I'm trying not to get my hopes up.", "Oh, Ash, the waiting must be so hard. How are you "
     "getting through the days?"),
    ("Everyone at work is announcing pregnancies.", "Oh, Ash, that must be so hard to sit through "
     "right now. How are you coping with it?"),
    ("Two of my staff quit this week.", "Oh no, Ash, that leaves you really stretched. How are "
     "you managing?"),
    ("I've been working sixteen hour days.", "Oh, Ash, that's exhausting. When did you last get a "
     "proper break?"),
    ("Saturday is our busiest day and I don't know how I'll cope.", "That sounds like so much to "
     "face, Ash. What worries you most about it?"),
    ("We survived Saturday!", "Well done, you made it, Ash! How did it go in the end?"),
    ("I've hired a new barista, she starts Monday.", "Oh, that's a relief, Ash! That should take "
     "some of the weight off. How are you feeling about the week ahead?"),
    ("The vet says it's time to let him go.", "Oh, Ash, I'm so sorry. That's the hardest decision "
     "to make, and the kindest. How are you holding up?"),
    ("We're taking him in tomorrow morning.", "Oh, Ash, that's so hard. I'll be thinking of you. "
     "How are you feeling?"),
    ("I don't know how I'll say goodbye.", "Oh, Ash, I'm so sorry. There's no right way to say "
     "goodbye, and just being there is what matters most. What will you miss most?"),
    ("I'm going to give him a cuddle. Bye.", "Bye for now, Ash! Give him a cuddle from me."),
    ("We said goodbye to Bruno this morning.", "Oh, Ash, that must have been so hard. How are you "
     "holding up?"),
    ("I keep expecting him at the door.", "Of course you do, Ash. That must be so hard. What do "
     "you miss most about him?"),
    ("My speech is coming back slowly but it's so frustrating.", "Oh, Ash, that's so "
     "frustrating, especially when you're working so hard at it. What's been the hardest part?"),
    ("I used to be a joiner, now I can't even hold a screwdriver.", "Oh, Ash, that's such a hard "
     "loss, not being able to do what you were so good at. What do you miss most about it?"),
    ("Everyone keeps saying how happy I must be.", "That must be a lot of pressure, Ash, when you "
     "might be feeling something else. How are you really feeling?"),
    ("I don't feel the bond everyone talks about.", "Oh, Ash, thank you for telling me. So many "
     "new parents feel that, and it's nothing to be ashamed of. Have you been able to tell your "
     "midwife or health visitor?"),
    ("I burnt the rice again tonight.", "Oh no, Ash, that happens to everyone! What were you "
     "making?"),
    ("It felt strange setting one place at the table.", "Oh, Ash, those little moments can be so "
     "hard. How are you doing today?"),
    ("my parents want me to do medicine but i want to do art", "That's such a hard spot to be in, "
     "Ash, wanting to make them proud and follow your own heart too. What do you love about "
     "art?"),
    ("my dad still thinks art is a waste of time", "Oh, Ash, that must really hurt, when it "
     "matters so much to you. What do you love most about it?"),
    ("I'm trying not to take it personally.", "That's really generous of you, Ash, but it's okay "
     "if it stings. How are you feeling about it?"),
    ("I completely forgot a meeting with my boss today.", "Oh no, Ash, that sinking feeling is "
     "the worst. How did it go when you realised?"),
    ("I was so embarrassed.", "Oh, Ash, that must have felt awful. I bet everyone else has "
     "forgotten it already. How are you feeling now?"),
    ("I used to be the organised one.", "Oh, Ash, that must be so frustrating, feeling like a "
     "part of you has gone missing. What's been the hardest bit?"),
    ("Someone nicked my scooter last night.", "Oh no, Ash, that's horrible. Having your scooter "
     "taken feels like such a violation. Are you okay?"),
    ("That's my whole income gone.", "Oh, Ash, that must be such a worry on top of it all. What's "
     "weighing on you most right now?"),
    ("I fell out with my best friend Mia.", "Oh, Ash, that must really hurt, falling out with "
     "someone so close. What happened?"),
    ("She started going out with my ex and didn't tell me.", "That's such a hard thing to find "
     "out, Ash, and not being told makes it so much worse. How did you find out?"),
    ("I feel so betrayed.", "Of course you do, Ash, that must really hurt. What hurts the most?"),
    ("Am I overreacting?", "What you're feeling makes sense, Ash, and it doesn't sound like "
     "overreacting to me. What's making you wonder?"),
    ("It breaks my heart how many people need it.", "Oh, Ash, that must be so hard to see, day "
     "after day. How do you keep going?"),
    ("Stan's funeral is on Friday.", "I'm so sorry, Ash. That will be a hard day. How are you "
     "feeling about it?"),
    ("My son Tayo is seven and he's autistic.", "Thank you for telling me, Ash. What's Tayo "
     "like?"),
    ("The school rang again today, third time this week.", "Oh no, Ash, not again. That must be so "
     "wearing. How are you doing?"),
    ("Sometimes I feel like nobody understands.", "That sounds so lonely, Ash, carrying it all "
     "when nobody seems to get it. I'm here, and I'm listening. What do you wish people "
     "understood?"),
    ("People at work keep calling me 'she' even after I've corrected them.", "That must really "
     "hurt, Ash, especially after you've corrected them. You deserve to be called by the right "
     "pronouns. How are you holding up?"),
    ("It's exhausting having to correct people all the time.", "That sounds exhausting, Ash, and "
     "you shouldn't have to carry it alone. Is there anyone at work who backs you up?"),
    ("The police brought him home last night.", "Oh, Ash, that must have been such a shock. How "
     "are you doing?"),
    ("I don't know where I went wrong.", "It's natural to blame yourself, Ash, but good parents "
     "have kids who make mistakes too. What's worrying you most?"),
    ("I think he's fallen in with the wrong crowd.", "That must be such a worry, Ash. What makes "
     "you think so?"),
    ("My English is not so good, sorry.", "Your English is just fine, Ash, and I understand you "
     "well. There's no need to be sorry."),
    ("I work in warehouse, night shifts.", "Nights are hard going, Ash. How do you manage with "
     "sleep?"),
    ("I've signed up for a pottery class.", "Ooh, good for you, Ash! What made you pick "
     "pottery?"),
    ("My best friend is throwing me a leaving party.", "Oh, that's lovely, Ash! You're clearly "
     "going to be missed. When is it?"),
    ("The visa paperwork is driving me mad.", "Ugh, that sounds maddening, Ash. What's the worst "
     "part of it?"),
    ("My flatmate is annoyed about the puppy though.", "Oh no, that's awkward, Ash. What's "
     "bothering them about it?"),
])
def test_the_whole_reply_is_a_friends(said: str, reply: str) -> None:
    assert_friends_reply(said, reply, "Ash", FELT)
