"""Vocabulary for the sample program: names in many scripts, departments, tags."""

from __future__ import annotations

from typing import NamedTuple

#: culture → (given names, family names, family name first?, languages, home time zone).
#: Given names are "written:latin:gender"; family names "male form/female form:latin" where the
#: language inflects them (Russian, Greek, Polish), so an Иван is a Петров and an Анна a Петрова.
CULTURE_TEXT: dict[str, tuple[str, str, bool, tuple[str, ...], str]] = {
    "es": ("José:jose:m María:maria:f Lucía:lucia:f Andrés:andres:m Inés:ines:f Sofía:sofia:f "
           "Javier:javier:m Ramón:ramon:m",
           "García:garcia Fernández:fernandez Muñoz:munoz Ortega:ortega Núñez:nunez "
           "Peña:pena Ibáñez:ibanez", False, ("Spanish", "English"), "Europe/Madrid"),
    "en": ("Zoë:zoe:f Oliver:oliver:m Amelia:amelia:f Jack:jack:m Grace:grace:f Liam:liam:m "
           "Chloé:chloe:f Noah:noah:m",
           "Clarke:clarke O'Brien:obrien Walker:walker Hughes:hughes Bennett:bennett "
           "Fitzgerald:fitzgerald Okafor:okafor", False, ("English",), "Europe/London"),
    "ru": ("Иван:ivan:m Анна:anna:f Дмитрий:dmitry:m Ольга:olga:f Сергей:sergey:m "
           "Екатерина:ekaterina:f Алексей:alexey:m",
           "Петров/Петрова:petrov/petrova Смирнов/Смирнова:smirnov/smirnova "
           "Кузнецов/Кузнецова:kuznetsov/kuznetsova "
           "Волков/Волкова:volkov/volkova Соколов/Соколова:sokolov/sokolova",
           False, ("Russian", "English"), "Europe/Moscow"),
    "el": ("Αλέξης:alexis:m Ελένη:eleni:f Νίκος:nikos:m Μαρία:maria:f Γιώργος:giorgos:m "
           "Κατερίνα:katerina:f",
           "Παπαδόπουλος/Παπαδοπούλου:papadopoulos/papadopoulou Γεωργίου/Γεωργίου:georgiou "
           "Οικονόμου/Οικονόμου:oikonomou Νικολάου/Νικολάου:nikolaou",
           False, ("Greek", "English"), "Europe/Athens"),
    "zh": ("雪:xue:f 伟:wei:m 静:jing:f 浩然:haoran:m 丽娜:lina:f 俊杰:junjie:m",
           "李:li 王:wang 张:zhang 陈:chen 刘:liu", True, ("Mandarin", "English"), "Asia/Shanghai"),
    "ar": ("محمد:mohammed:m فاطمة:fatima:f عمر:omar:m ليلى:layla:f يوسف:youssef:m مريم:maryam:f",
           "العلي:alali حداد:haddad منصور:mansour الخطيب:alkhatib", False,
           ("Arabic", "English"), "Asia/Dubai"),
    "he": ("נועה:noa:f איתי:itai:m תמר:tamar:f יונתן:yonatan:m",
           "כהן:cohen לוי:levi מזרחי:mizrahi פרץ:peretz", False, ("Hebrew", "English"),
           "Asia/Jerusalem"),
    "ja": ("陽菜:hina:f 蓮:ren:m さくら:sakura:f 悠真:yuma:m 結衣:yui:f",
           "佐藤:sato 鈴木:suzuki 高橋:takahashi 田中:tanaka 渡辺:watanabe", True,
           ("Japanese", "English"), "Asia/Tokyo"),
    "ko": ("민준:minjun:m 서연:seoyeon:f 지호:jiho:m 하은:haeun:f 도윤:doyun:m",
           "김:kim 이:lee 박:park 최:choi 정:jung", True, ("Korean", "English"), "Asia/Seoul"),
    "de": ("Jürgen:juergen:m Anneliese:anneliese:f Jörg:joerg:m Lea:lea:f Maximilian:max:m",
           "Müller:mueller Schäfer:schaefer Weiß:weiss Koch:koch Groß:gross", False,
           ("German", "English"), "Europe/Berlin"),
    "pl": ("Łukasz:lukasz:m Agnieszka:agnieszka:f Zofia:zofia:f Piotr:piotr:m",
           "Wójcik/Wójcik:wojcik Kowalski/Kowalska:kowalski/kowalska Nowak/Nowak:nowak "
           "Zieliński/Zielińska:zielinski/zielinska", False, ("Polish", "English"),
           "Europe/Warsaw"),
    "tr": ("Ayşe:ayse:f Mehmet:mehmet:m Elif:elif:f Çağan:cagan:m Gül:gul:f",
           "Yılmaz:yilmaz Şahin:sahin Öztürk:ozturk Çelik:celik", False,
           ("Turkish", "English"), "Europe/Istanbul"),
    "vi": ("Lan:lan:f Minh:minh:m Thảo:thao:f Đức:duc:m",
           "Nguyễn:nguyen Trần:tran Phạm:pham Lê:le", True, ("Vietnamese", "English"),
           "Asia/Ho_Chi_Minh"),
    "hi": ("Priya:priya:f Arjun:arjun:m Ananya:ananya:f Rohan:rohan:m",
           "Sharma:sharma Iyer:iyer Patel:patel Reddy:reddy", False, ("Hindi", "English"),
           "Asia/Kolkata"),
    "sw": ("Amani:amani:m Wanjiru:wanjiru:f Baraka:baraka:m Neema:neema:f",
           "Mwangi:mwangi Otieno:otieno Njoroge:njoroge", False, ("Swahili", "English"),
           "Africa/Nairobi"),
}  # fmt: skip


class Culture(NamedTuple):
    given: list[tuple[str, str, str]]  # (written, latin, "f" | "m")
    family: list[tuple[str, str, str, str]]  # (male form, female form, latin m, latin f)
    family_first: bool
    languages: tuple[str, ...]
    time_zone: str


def _culture(given: str, family: str, first: bool, langs: tuple[str, ...], tz: str) -> Culture:
    names = [tuple(item.split(":")) for item in given.split()]
    families = []
    for item in family.split():
        forms, latin = item.split(":")
        male, _, female = forms.partition("/")
        latin_male, _, latin_female = latin.partition("/")
        families.append((male, female or male, latin_male, latin_female or latin_male))
    return Culture(names, families, first, langs, tz)  # type: ignore[arg-type]


CULTURES = {key: _culture(*value) for key, value in CULTURE_TEXT.items()}

#: Most participants live where the program runs; the rest keep their home time zone.
LOCAL_TIME_ZONE = "Europe/London"
LOCATIONS = ("Riverside", "Northgate", "Old Town", "Harbour District", "Online")

MENTOR_UNITS = (
    "Engineering", "Finance", "Marketing", "Human Resources", "Operations", "Research",
    "Legal", "Health Services",
)  # fmt: skip
STUDENT_CLASSES = ("Class 10A", "Class 10B", "Class 11A", "Class 11B", "Class 12C")
ADULT_MENTEE_UNITS = ("First-year students", "Apprentices", "Graduate trainees", "Returners")

SKILLS = (
    "Python", "public speaking", "career planning", "university applications", "maths",
    "academic writing", "graphic design", "leadership", "data analysis", "entrepreneurship",
    "budgeting", "interview practice", "networking", "project management", "robotics",
    "languages", "research methods", "time management",
)  # fmt: skip
INTERESTS = (
    "football", "chess", "photography", "cooking", "hiking", "video games", "volunteering",
    "reading", "art", "science fiction", "music", "basketball", "gardening", "theatre",
    "climate action", "podcasts",
)  # fmt: skip
GOALS = (
    "choose a university course", "improve exam results", "build confidence",
    "find an internship", "learn to code", "speak up in meetings", "better study habits",
    "plan a career change", "start a small business", "grow a professional network",
)  # fmt: skip
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SLOTS = ("am", "pm", "eve")
CHECK_TYPES = ("Enhanced DBS", "Basic DBS", "Police certificate")
INTERVIEW_OUTCOMES = ("recommended", "recommended with notes", "not recommended")
GUARDIAN_RELATIONS = ("mother", "father", "grandmother", "aunt", "legal guardian")
SLOT_CODES = tuple(f"{day}-{slot}" for day in DAYS for slot in SLOTS)
