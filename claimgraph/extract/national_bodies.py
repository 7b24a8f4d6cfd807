"""A country's government, foreign ministry or armed forces in the standard forms news also prints.

"The Iraqi government", "Iraq's government" and "the Government of Iraq" are one body, and so are
"Kuwait's Foreign Ministry" and "the Kuwaiti Ministry of Foreign Affairs"; "the Israeli military"
is the Israel Defense Forces. A drafted source named one way carries the others as aliases, so
the same body drafted from two articles, or met in an existing ledger under another form, is
recognised as one (:func:`standard_forms`).
"""

from __future__ import annotations

import re

__all__ = ["country_named", "is_a_country", "standard_forms"]

#: The country a people's adjective names (the adjectives news qualifies a national body with).
_COUNTRY_OF = {
    demonym: country
    for country, demonyms in (
        ("Israel", "Israeli"),
        ("Egypt", "Egyptian"),
        ("Qatar", "Qatari"),
        ("Turkey", "Turkish"),
        ("Jordan", "Jordanian"),
        ("Lebanon", "Lebanese"),
        ("Syria", "Syrian"),
        ("Iran", "Iranian"),
        ("Saudi Arabia", "Saudi"),
        ("the United Arab Emirates", "Emirati"),
        ("Iraq", "Iraqi"),
        ("Kuwait", "Kuwaiti"),
        ("Bahrain", "Bahraini"),
        ("Oman", "Omani"),
        ("Yemen", "Yemeni"),
        ("Sudan", "Sudanese"),
        ("Libya", "Libyan"),
        ("Tunisia", "Tunisian"),
        ("Algeria", "Algerian"),
        ("Morocco", "Moroccan"),
        ("Afghanistan", "Afghan"),
        ("Pakistan", "Pakistani"),
        ("India", "Indian"),
        ("Bangladesh", "Bangladeshi"),
        ("Nepal", "Nepalese"),
        ("China", "Chinese"),
        ("Japan", "Japanese"),
        ("Thailand", "Thai"),
        ("Vietnam", "Vietnamese"),
        ("Malaysia", "Malaysian"),
        ("Indonesia", "Indonesian"),
        ("the Philippines", "Philippine Filipino"),
        ("Singapore", "Singaporean"),
        ("Australia", "Australian"),
        ("Canada", "Canadian"),
        ("Mexico", "Mexican"),
        ("Brazil", "Brazilian"),
        ("Russia", "Russian"),
        ("Ukraine", "Ukrainian"),
        ("France", "French"),
        ("Germany", "German"),
        ("Spain", "Spanish"),
        ("Italy", "Italian"),
        ("Greece", "Greek"),
        ("Cyprus", "Cypriot"),
        ("Ireland", "Irish"),
        ("Poland", "Polish"),
        ("Kenya", "Kenyan"),
        ("Nigeria", "Nigerian"),
        ("Ghana", "Ghanaian"),
        ("Ethiopia", "Ethiopian"),
        ("Somalia", "Somali"),
        ("Uganda", "Ugandan"),
        ("Zimbabwe", "Zimbabwean"),
        ("Zambia", "Zambian"),
    )
    for demonym in demonyms.split()
}
_COUNTRIES = {country.removeprefix("the "): country for country in _COUNTRY_OF.values()}
#: A country's first people's adjective ("Philippine" for the Philippines, not "Filipino").
_DEMONYM_OF = {country: demonym for demonym, country in reversed(_COUNTRY_OF.items())}

#: A national body as printed: whose (a people's adjective, or a country with "'s"), then what.
_NATIONAL_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<demonym>[A-Z][a-z]+)|(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s)\s+"
    r"(?P<body>[Gg]overnment|[Ff]oreign\s+[Mm]inistry|[Mm]inistry\s+of\s+[Ff]oreign\s+[Aa]ffairs|[Mm]ilitary|[Aa]rmy)"
)


#: National bodies news names by where they sit: "the Pentagon said".
_SEATS = {"Pentagon": ("US Department of Defense", "United States Department of Defense")}


def standard_forms(name: str) -> tuple[str, ...]:
    """The standard forms of a national government, foreign ministry or armed forces a name prints
    ("Iraqi government" → "Government of Iraq", "Iraq's government"); none for any other name."""
    bare_name = name.strip().removeprefix("the ").removeprefix("The ")
    if bare_name in _SEATS:
        return _SEATS[bare_name]
    if bare_name in _COUNTRIES:
        # "Israel said …": a country speaking is its government
        country = _COUNTRIES[bare_name]
        return (f"Government of {country}", f"{_DEMONYM_OF[country]} government")
    printed = _NATIONAL_BODY.fullmatch(name.strip())
    if printed is None:
        return ()
    country = (
        _COUNTRY_OF.get(printed.group("demonym"), "")
        if printed.group("demonym") is not None
        else _COUNTRIES.get(printed.group("country"), "")
    )
    if not country:
        return ()
    demonym, bare = _DEMONYM_OF[country], country.removeprefix("the ")
    owner = bare + ("'" if bare.endswith("s") else "'s")  # "Iraq's", "the Philippines'"
    body = " ".join(printed.group("body").lower().split())
    forms: list[str]
    if body == "government":
        forms = [f"Government of {country}", f"{owner} government", f"{demonym} government"]
    elif body in ("foreign ministry", "ministry of foreign affairs"):
        forms = [f"{demonym} Ministry of Foreign Affairs", f"Ministry of Foreign Affairs of {country}"]
        forms += [f"{owner} Foreign Ministry", f"{demonym} Foreign Ministry"]
    else:  # the military, the army
        forms = ["Israel Defense Forces"] if bare == "Israel" else [f"{demonym} armed forces"]
        forms += [f"{demonym} military", f"{demonym} army"]
    return tuple(form for form in forms if form.lower() != bare_name.lower())


def country_named(name: str) -> str | None:
    """The country a name's people's adjective or country name says a body is of ("The Iraqi
    government" → "Iraq", "Kuwait's Foreign Ministry" → "Kuwait"); None for none, or for two."""
    words = re.findall(r"[A-Z][a-z]+", name)
    countries = {_COUNTRY_OF[word] for word in words if word in _COUNTRY_OF}
    countries |= {_COUNTRIES[word] for word in words if word in _COUNTRIES}
    countries |= {country for bare, country in _COUNTRIES.items() if " " in bare and bare in name}
    return next(iter(countries)) if len(countries) == 1 else None


def is_a_country(name: str) -> bool:
    """Whether a name is a country's and nothing more ("Kenya", "the United Arab Emirates"): a place, never
    a business or a person."""
    return name.removeprefix("the ").removeprefix("The ") in _COUNTRIES
