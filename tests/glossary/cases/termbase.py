"""The test termbase: the article's terms (kk, kk-Latn, ru, en) plus a few for morphology.

Modelled on ``glossary/tilmash.csv``; built in code so the matcher tests do not depend on
the TBX/CSV readers.
"""

from __future__ import annotations

from toolkit.model import Concept, Term, TermStatus

P, A, D, S = (TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED,
              TermStatus.SUPERSEDED)


def t(text: str, lang: str, status: TermStatus = P, **options: object) -> Term:
    return Term(text=text, lang=lang, status=status, **options)  # type: ignore[arg-type]


def c(concept_id: str, *terms: Term) -> Concept:
    return Concept(id=concept_id, terms=terms)


CONCEPTS: tuple[Concept, ...] = (
    c("apk",
      t("Қазақстан халқы Ассамблеясы", "kk"),
      t("Қазақстан халықтары Ассамблеясы", "kk", S, exact_only=True),
      t("Qazaqstan halqy Assambleiasy", "kk-Latn"),
      t("Ассамблея народа Казахстана", "ru"),
      t("Ассамблея народов Казахстана", "ru", S, exact_only=True),
      t("Assembly of the People of Kazakhstan", "en"),
      t("People's Assembly of Kazakhstan", "en", D)),
    c("apk-abbr",
      t("ҚХА", "kk", term_type="abbreviation", case_sensitive=True),
      t("QHA", "kk-Latn", case_sensitive=True),
      t("АНК", "ru", case_sensitive=True),
      t("APK", "en", case_sensitive=True),
      t("ANC", "en", D, case_sensitive=True)),
    c("apk-council", t("ҚХА Кеңесі", "kk"), t("Совет АНК", "ru"), t("APK Council", "en")),
    c("head-of-state",
      t("Мемлекет басшысы", "kk"), t("Memleket basşysy", "kk-Latn"),
      t("Глава государства", "ru"), t("Head of State", "en")),
    c("president-country",
      t("ел Президенті", "kk"), t("el Prezidentı", "kk-Latn"),
      t("Президент страны", "ru"), t("President of the country", "en")),
    c("senate", t("Сенат", "kk"), t("Senat", "kk-Latn"), t("Сенат", "ru"), t("Senate", "en")),
    c("senate-deputy",
      t("Сенат депутаты", "kk"), t("сенатор", "kk", A),
      t("депутат Сената", "ru"), t("сенатор", "ru", A),
      t("deputy of the Senate", "en", forms=("deputies of the Senate",)),
      t("senator", "en", A)),
    c("deputy", t("депутат", "kk"), t("депутат", "ru"), t("deputy", "en")),
    c("parliament", t("Парламент", "kk"), t("Parlament", "kk-Latn"), t("Парламент", "ru"),
      t("Parliament", "en")),
    c("mazhilis", t("Мәжіліс", "kk"), t("Мажилис", "ru"), t("Mazhilis", "en")),
    c("maslikhat", t("мәслихат", "kk"), t("mäslihat", "kk-Latn"), t("маслихат", "ru"),
      t("maslikhat", "en")),
    c("akim", t("әкім", "kk"), t("аким", "ru"), t("akim", "en")),
    c("akimat", t("әкімдік", "kk"), t("акимат", "ru"), t("akimat", "en")),
    c("national-kurultai",
      t("Ұлттық құрылтай", "kk"), t("Ūlttyq qūryltai", "kk-Latn"),
      t("Национальный курултай", "ru"), t("National Kurultai", "en")),
    c("bir-el-group",
      t("«Бір ел – бір мүдде»", "kk", do_not_translate=True),
      t("Bır el – bır müdde", "kk-Latn"),
      t("«Бір ел – бір мүдде»", "ru", do_not_translate=True),
      t("Bir el – bir mudde", "en")),
    c("fair-kazakhstan",
      t("Әділетті Қазақстан", "kk"), t("Әділ Қазақстан", "kk", D),
      t("Ädiletti Qazaqstan", "kk-Latn"), t("Справедливый Казахстан", "ru"),
      t("Fair Kazakhstan", "en"), t("Just Kazakhstan", "en", A)),
    c("kazakhstan", t("Қазақстан", "kk"), t("Qazaqstan", "kk-Latn"), t("Казахстан", "ru"),
      t("Kazakhstan", "en")),
    c("people", t("халық", "kk"), t("halyq", "kk-Latn"), t("народ", "ru")),
    c("country", t("ел", "kk"), t("страна", "ru"), t("country", "en")),
    c("peoples-diplomacy", t("халықтық дипломатия", "kk"), t("народная дипломатия", "ru"),
      t("people's diplomacy", "en")),
    c("spiritual-diplomacy", t("рухани дипломатия", "kk"), t("духовная дипломатия", "ru"),
      t("spiritual diplomacy", "en")),
    c("interethnic-harmony",
      t("ұлтаралық келісім", "kk"), t("этносаралық келісім", "kk", A),
      t("межнациональное согласие", "ru"), t("межэтническое согласие", "ru", A),
      t("interethnic harmony", "en"), t("interethnic accord", "en", A)),
    c("astana", t("Астана", "kk"), t("Нұр-Сұлтан", "kk", S), t("Astana", "kk-Latn"),
      t("Астана", "ru"), t("Нур-Султан", "ru", S), t("Astana", "en"), t("Nur-Sultan", "en", S)),
    c("law", t("заң", "kk"), t("zañ", "kk-Latn"), t("закон", "ru"), t("law", "en")),
    c("constitution", t("Ата Заң", "kk", exact_only=True), t("Конституция", "kk", A),
      t("Конституция", "ru"), t("Constitution", "en")),
    c("bill", t("заң жобасы", "kk"), t("законопроект", "ru"), t("bill", "en")),
    c("book", t("кітап", "kk"), t("kitap", "kk-Latn"), t("книга", "ru"), t("book", "en")),
    c("session", t("сессия", "kk"), t("сессия", "ru"), t("session", "en")),
    c("region", t("өңір", "kk"), t("регион", "ru"), t("region", "en")),
    c("kazakhstani-society", t("қазақстандық қоғам", "kk"), t("казахстанское общество", "ru"),
      t("Kazakhstani society", "en")),
    c("state-policy", t("мемлекеттік саясат", "kk"), t("государственная политика", "ru"),
      t("state policy", "en")),
    c("statehood", t("мемлекеттілік", "kk"), t("государственность", "ru"),
      t("statehood", "en")),
    c("blue-collar", t("жұмысшы мамандықтары", "kk"), t("рабочие профессии", "ru"),
      t("blue-collar professions", "en")),
    c("inter-chamber-group", t("палатааралық депутаттық топ", "kk"),
      t("межпалатная депутатская группа", "ru"), t("inter-chamber parliamentary group", "en")),
    c("eldesu", t("Елдесу және татуласу", "kk", do_not_translate=True),
      t("Елдесу және татуласу", "ru", do_not_translate=True),
      t("Eldesu zhane tatulasu", "en")),
    c("kazpravda", t("Казахстанская правда", "ru", do_not_translate=True),
      t("Kazakhstanskaya Pravda", "en")),
    c("tolerance", t("толеранттылық", "kk"), t("толерантность", "ru"), t("tolerance", "en")),
    c("reception", t("қабылдау", "kk"), t("приём", "ru"), t("reception", "en")),
    c("ethnic-group", t("этнос", "kk"), t("этнос", "ru"), t("ethnic group", "en")),
    c("criterion", t("criterion", "en", forms=("criteria",))),
    c("mouth", t("ауыз", "kk")),
    c("seat", t("орын", "kk")),
    c("journalist", t("журналист", "kk")),
    c("class", t("класс", "kk")),
)
