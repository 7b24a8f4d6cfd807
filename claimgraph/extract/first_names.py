"""Common first names and the gender they usually carry, to read "he" and "she".

Gender decides between two candidates ("Ann Ray said ... Bob Lee said ... She
added": Ann Ray) and vetoes a guess ("Robert Hale ... she said" is not Robert
Hale); it never names a speaker on its own. A name's gender is a guess from custom, so
this list holds only names that, in English-language news, almost always belong
to one gender; names used for both (Alex, Sam, Jordan, Robin, Jean, Kim, Andrea, Tracy, Courtney, Lindsay)
are left out, and so a name not listed says nothing. The list was written for
this project from general knowledge; it copies no published name list.
"""

from __future__ import annotations

__all__ = ["FEMALE_NAMES", "MALE_NAMES", "first_name_gender"]


def _names(text: str) -> frozenset[str]:
    """The names of a white-space separated list."""
    return frozenset(text.split())


FEMALE_NAMES = _names(
    """
    abigail ada agnes aisha alice alison amanda amelia amy ana ann angela angelina anna anne annie
    barbara beatrice betty brenda bridget camilla carla carmen caroline catherine charlotte chloe
    christina christine claire clara claudia cynthia daisy debbie deborah denise diana diane donna
    dorothy elena eleanor elizabeth ella ellen emily emma esther eva evelyn fatima fiona florence
    gemma georgia grace hannah harriet heather helen helena holly ingrid irene isabel isabella jane
    janet jennifer jessica joan joanna josephine joyce judith julia julie karen kate katherine
    kathleen kathryn laura lauren leila linda lisa lorraine louise lucy lydia margaret maria marie
    marina martha mary maryam megan melanie melissa michelle miriam monica nadia nancy natalie
    natasha nicola nina olivia pamela patricia paula rachel rebecca rose rosie ruth sandra sarah
    sharon sheila sienna silvia sophia sophie stephanie susan svetlana ursula valerie
    vanessa victoria virginia wendy yasmin yulia zainab zoe katie kirsty shona siobhan niamh aoife
    sinead eluned rhiannon maureen eileen jacqueline priya anjali sunita deepika nkechi ngozi
    kylie adele alexandra alicia amber audrey bella bethany brittany carol cassandra cheryl colleen
    danielle dolores edith elaine elise eliza erin felicity frances gloria gwen hayley
    hilary imogen irina isla jade jasmine jenny jill joanne jodie josie judy kathy kayla kimberly
    kirsten lara leah lily lorna lucia madeleine mandy marion marjorie maxine mia molly
    naomi nora olga penelope phoebe pauline rita rosa rosemary sally samantha serena shirley stella
    tamara tanya teresa theresa tina vera veronica yvonne zara amina halima khadija mariam salma
    layla hana chioma funmilayo akosua abena efua adwoa lakshmi kavita pooja neha shreya satsuki
    """
)

MALE_NAMES = _names(
    """
    aaron abdul abdullah adam ahmad ahmed alan albert alexander alexei ali andrew andy anthony
    antonio arthur benjamin bernard bill bob boris brian bruce carlos charles christopher
    colin craig daniel david dennis derek dmitry donald douglas edward eric frank fred gary george
    gerald gordon graham gregory hamid harry hassan henry hugh hussein ian ibrahim ivan jack jacob
    james jamie jason jeffrey jeremy jim joe john jonathan joseph juan keith kenneth kevin khalid
    larry leonard liam louis luke mahmoud malcolm mark martin matt matthew michael mike mohamed
    mohammad mohammed muhammad neil nicholas nigel oliver omar oscar patrick paul peter philip ralph
    raymond richard robert roger ronald roy russell ryan samuel scott sean sergei simon stephen
    steve steven stuart thomas timothy tom tomas tony vladimir walter wayne william yousef youssef
    yusuf jose luis pablo mehmet ahmet hans klaus darren dean gavin gareth rhys dylan owen callum
    connor conor declan shane rory niall ciaran eamon kwame kofi emeka chinedu rahul amit sanjay
    rajesh vijay arjun
    olivier lenny joshua jerome adrian alfred allan alistair angus barry ben brendan bradley carl
    cedric clive dan danny dave dominic duncan edwin elijah ernest eugene fergus gabriel geoffrey
    gilbert glenn harold herbert howard isaac jeff jimmy joel julian justin karl kieran kyle lewis
    lionel marcus mario maurice miguel nathan neville noel norman perry phil pierre rafael ramon
    raul rob rodney ronnie rupert sebastian seth shaun stanley theodore travis trevor vincent
    warren wesley hamza tariq imran faisal kareem karim rashid salman yasser abubakar musa tunde
    segun kwaku kojo kwesi moses solomon emmanuel godfrey cyril nelson thabo sipho bongani ravi
    suresh ramesh ashok anil sunil manoj pradeep narendra rajiv shinzo hiroshi takeshi
    """
)


def first_name_gender(name: str) -> str | None:
    """``male`` or ``female`` when a word of ``name`` is a listed first name of one gender; else None.

    The first listed word counts ("Detective Inspector Matt Steel" → male), so ranks and roles
    printed before the name do not hide it.
    """
    for word in name.replace(".", " ").split():
        folded = word.lower()
        if folded in FEMALE_NAMES:
            return "female"
        if folded in MALE_NAMES:
            return "male"
    return None
