"""The PLOVER event coder: triggers → event records with actors, recipient, place, date, modality and evidence.

For each sentence: match triggers (:mod:`rasd.events.matcher`), drop those inside a named-entity mention or a
figurative phrase (``discards.tsv``), then attach arguments from the linked mentions of the clause:

- *reciprocal* «بين X و Y» after the trigger → actor X, recipient Y, symmetric;
- *verbs*: the subject is the first unmarked actor mention after the verb (VSO; a clause-opening verb may have a
  title before the name: «دعا خطيب صلاة الجمعة … الكربلائي») or else the nearest unmarked one before it (SVO);
  *nouns/masdars*: an agent after «من قبل»/«بواسطة», or with «لـ» right after a violent masdar («في قصف للحوثيين»,
  «هجوم مسلح للمقاومة»), or the nearest unmarked mention before (the subject of a light verb: «بدأ الجيش بتطويق»),
  or the genitive right after the noun («تطويق الجيش للمدينة»); failing that, the nearest unmarked actor earlier
  in the sentence, the previous event's actor, and for a sentence-opening verb with a pronoun subject the subject
  of the sentence before;
- the *recipient* is the next actor mention after the trigger that is not the actor (objects, genitives, and
  mentions governed by على ضد مع ل الى عن بحق تجاه من);
- coordinated mentions («الولايات المتحدة وبريطانيا وفرنسا», «X وعناصر ميليشيات Y») join the actor or recipient;
- the *place* is a geocoded mention of the clause, preferring one governed by في / ب / قرب, then the most precise
  (then the trigger's neighbourhood, then a governed place later in the sentence, then the previous event's place
  in the same sentence or, sharing an actor, the sentence before);
- one record per real-world event: a noun restating an event of its sentence (same type, actors, modality)
  folds into it, and a casualty trigger («قتل 17 مدنيا») folds into the sentence's violent event, naming the
  victims as its recipient.

Clause-local rules of the third pass (each has a unit test in ``tests/events/test_attachment.py``): the pronoun on
«أنه/لأنه» before a verb is its subject; counted people before a casualty verb are the killed; a counterpart
(«نظيره») is an object; «طلب/دعوة/مساعدات من X» name the author; a relative clause's antecedent is the agent of
the masdar completing its verb, and a relative verb whose antecedent is no actor has no subject; «أجبر X على»,
«لدى X خطط لـ», «صد هجوم لـX»; a demonym («بدعم روسي») names the agent's country; «قصف مماثل» repeats the last
agent; a feminine verb does not continue a man; statements are placed only by a governed locality of their clause;
acts that are stopped («لوقف العمليات»), wished, needed or merely described («التي تهدد المنطقة») are no records.

Fourth pass (``tests/events/test_arguments.py``): «تعرض X لـ…» makes X the one struck; a title before a name keeps the
genitive («زيارة وزير الخارجية السوري وليد المعلم»); delegates before a side of «بين» and as partitives («المندوبين من
X»); a clause-opening statement participle takes the main subject; praise names who is praised after its «بـ» object;
a statement's addressee may follow its medium («في بيان …»); civilians before a violent noun are its target; troops'
destination is no recipient. Places: statements are placed only before their content and inherit no place from
another actor's act; a front («على جبهة X»), «قبالة», a head noun before its tagged body and a witnessing place
(«شهدت مدينة X») place acts; an ungoverned origin yields to a governed locality later in the sentence; a definite
settlement noun («المدينة», «القريتين») points back to the last locality named with it; a physical act with no place
continues the scene of the sentence before.

Fifth pass (``tests/events/test_tuples.py``): a capture, clash, siege or withdrawal with no recipient is against the
side its actor fought in the nearest violent act of its sentence or the one before; fighting presented as leading to
a capture («أسفرت عن سيطرة», «بعد معارك») folds into it; a capture never takes ground from civilians; a title a
comma closes names its subject in apposition («دعا رئيس اللجنة، الدكتور X، …»); a statement participle is a
statement of its own; a mutual act («اتهامات متبادلة») is between the sides of the two-sided act its sentence told;
a verb joined by «و» to the act just told continues its actor; praise reaches the one praised past head nouns, and
what a praise praises or an accusation charges is its content; a person named as the genitive of an assassination,
kidnapping or arrest is its victim; recipient search skips a patron («الموالية لـ») and the object of a time phrase
(«بعد زيارته دمشق») and takes a body after «في» governed by a word for members («قيادات في المعارضة»); «أحد X» is
one of a body's members, «فرضه X» a siege's agent; quantity words stay inside a genitive («بنزوح مئات العائلات»),
adjectives inside a partitive («عدد آخر من X»); a definite noun far from the only actor before it, governed by a
preposition, names a topic; goals (an imperfect with «لـ», a masdar after «حتى»), quoted titles («بعنوان «…»»),
run-in subheadings, claims of responsibility for an act already told, a verb describing an indefinite attack noun
(«غارات استهدفت …») and forces an attack strikes («لاستهداف أرتال داعش») are no records of their own; a curfew or
restriction, and civilians who flee, take no side from the fight; «أكد X أهمية …» is a call; a threat is made to the
one its threatened act would strike («بفرض عقوبات على X»); barrel bombs imply a bombing's agent, not the clashes
beside it. Places: meetings, agreements and demands are placed by a locality, never a whole country; a witnessing
town («شهدت مدينة X بريف Y») is finer than the region after it.

Victims (``tests/events/test_victims.py``): people counted after a toll verb are the act's dead, not its agent
(«قتل مسلحو داعش خمسة جنود في هجوم»); the dead of a clash are its toll, never a side of it; the same two sides'
fighting told again in the next sentence is one record; victims struck by the act just told, or in the object case
after the word governing them, are no subject of a later act («اعتقلت 30 مواطنا وأطلقت سراحهم», «وأدان … اختطاف
الموظفين»); what people are charged with («بتهمة التعاون») is no act.

No actor, no event. Ids are "e1", "e2", … in text order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from rasd.doc import INNER_SOURCE, Actor, Document, Event, Mention, Span
from rasd.events.codebook import Lexicon, load_lexicon
from rasd.events.cues import CueIndex, CueScan, Modality, number_at
from rasd.events.dates import resolve_date
from rasd.events.matcher import TokInfo, TriggerMatch, TriggerMatcher, phrase_at, word_forms

__all__ = ["EventCoder"]

# Words that head a noun phrase whose genitive is the named body («قوات [قسد]», «طيران [الجيش]»).
_HEADS = {
    "قوات", "القوات", "طيران", "الطيران", "طائرات", "مقاتلات", "عناصر", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو",
    "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "وحدات", "فصيل", "فصيلي", "فصائل", "تنظيم", "جيش", "حكومه",
    "الحكومه", "رئيس", "وزير", "وزاره", "وزراء", "قياده", "الناطق", "المتحدث", "باسم", "جنود", "عناصره",
    "مدفعيه", "بوارج", "سفير", "ممثل", "ممثلي", "وفد", "زعيم", "قائد", "مسؤول", "مسؤولي", "دوريات", "كتائب",
    "لواء", "حركه", "حزب", "جماعه", "مجموعه", "مجموعات", "اعضاء", "نواب", "شرطه", "امن", "اجهزه", "سلطات",
    "احد", "احدي",  # «أحد مسلحي التنظيم»: one of the body's members
}
_RECIP_PREPS = {"علي", "ضد", "مع", "الي", "عن", "بحق", "تجاه", "من", "لصالح", "نحو", "لدي", "بين"}
_AGENT_PREPS = {"قبل", "بواسطه", "ايدي"}  # «من قبل», «بواسطة», «على أيدي»
_LOC_PREPS = {"في", "قرب", "بالقرب", "داخل", "ضواحي", "محيط", "اطراف", "وسط", "قباله"}
_PLACE_HEADS = {
    "مدينه", "بلده", "قريه", "محافظه", "ريف", "منطقه", "حي", "مخيم", "مطار", "شرق", "غرب", "شمال", "جنوب",
    "شرقي", "غربي", "شمالي", "جنوبي", "العاصمه", "مدن", "بلدات", "قري", "مناطق", "احياء", "الحدود", "حدود",
    "معبر", "طريق", "الطريق", "منطقتي", "بلدتي", "مدينتي", "جبل", "سهل", "وادي", "ساحل",
    "ناحيه", "قضاء", "قضاءي", "مديريه", "مديريتي", "اقليم", "ولايه", "مخيمات", "جزيره", "ميناء", "قاعده",
    "مستشفي", "مسجد", "فندق", "سجن", "معسكر",
    "قريتي", "قريتين", "بلدتين", "مدينتين", "منطقتين", "محافظتي",  # duals: «قريتي تل أعور والفريكة»
}
# Definite settlement nouns that point back to a named locality, with the root of the noun that named it.
_ANAPHORIC_PLACES = {"مدينه": "مدين", "بلده": "بلد", "قريه": "قري", "قريتين": "قري", "بلدتين": "بلد",
                     "مدينتين": "مدين", "بلدات": "بلد", "قري": "قري"}
_MEDIA_NOUNS = {"بيان", "تصريح", "تصريحات", "مؤتمر", "كلمه", "حديث", "مقابله", "رساله", "خطاب", "بيانه", "كلمته",
                "تصريحاته", "حديثه", "رسالته", "خطابه", "تغريده", "اتصال"}
_CONTENT_MARKS = {"إلى", "الى", "إلي", "على", "علي"}  # after a statement verb: where its content begins
# Front nouns: «على جبهة حندرات», «على محور بيت عوان» (head nouns of a place only, never of an actor's name).
_FRONTS = {"جبهه", "جبهتي", "جبهات", "محور", "محوري", "محاور"}
_WITNESS = ("شهدت", "شهد", "تشهد", "يشهد")  # «شهدت مدينة X اشتباكات»: the place is the verb's subject
_STATE_KINDS = {"state", "state_body"}
_TIME = {"امس", "بالامس", "اليوم", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
         "مجددا", "ايضا", "مؤخرا", "يوم", "صباح", "مساء", "ليل", "فجر"}
_PREPISH = {"جانب", "مع", "علي", "عن", "وجه", "ب", "ل", "الي", "في", "ضد", "بحق"}
# Verbal nouns of these types take their agent with «لـ» («هجوم مسلح للمقاومة», «في قصف للحوثيين», «غارة لطيران
# التحالف»); for the other types «لـ» marks the beneficiary or addressee («الدعم للمعارضة»).
_LAM_AGENT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT"}
# Words that end the search for a verb's postponed subject: complementisers and the prepositions of its objects.
_SUBJECT_STOP = {"ان", "انه", "انها", "بان", "لان", "الي", "علي", "ضد", "عن", "مع", "بحق", "تجاه", "لصالح", "من",
                 "الذي", "التي", "الذين"}
# Adjectives that follow a violent masdar before its «لـ» agent (besides nisba adjectives in -ي/-ية).
_ADJECTIVES = {
    "مسلح", "مسلحه", "عنيف", "عنيفه", "مكثف", "مكثفه", "مماثل", "مماثله", "جديد", "جديده", "اخر", "اخري", "مفاجئ",
    "مفاجئه", "واسع", "واسعه", "مباغت", "مباغته", "متواصل", "متواصله", "مركز", "مركزه", "محدود", "محدوده", "كبير",
    "كبيره", "مشترك", "مشتركه", "مزدوج", "مزدوجه", "منفصل", "منفصله", "مكثفا", "عنيفا", "مسلحا",
}
_PARTITIVE = {"قوه", "عناصر", "عدد", "مجموعه", "دوريه", "وحده", "مسلحون", "مسلحين", "مقاتلون", "مقاتلين", "افراد",
              "جنود", "قوات", "عنصر", "مسلح", "مقاتل", "فرقه", "كتيبه", "سريه",
              "المندوبين", "مندوبين", "المندوبون", "مندوبون", "ممثلين", "الممثلين", "وفد", "الوفد", "اعضاء"}
_DEMONSTRATIVES = {"هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين", "هؤلاء", "اولئك", "ذاك", "تلكم"}
# «شن/نفذ/تبنى/ارتكب/قاد» with their object pronouns, as they follow a violent noun in a relative clause.
_PERPETRATE = frozenset(
    v + suf for v in ("شن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ", "ينفذون",
                      "تبني", "تبنت", "تبنوا", "يتبني", "تتبني", "ارتكب", "ارتكبت", "ارتكبوا", "يرتكب", "ترتكب",
                      "قاد", "قادت", "قادوا", "يقود", "تقود", "اطلق", "اطلقت", "اطلقوا", "يطلق", "تطلق", "دبر", "دبرت",
                      "فرض", "فرضت", "فرضوا", "يفرض", "تفرض", "يفرضون")  # («الطوق الذي فرضته الميليشيا»)
    for suf in ("", "ها", "ه", "هم", "هما"))
_ASCRIBE = {"نسبت", "نسب", "تنسب", "ينسب", "المنسوبه", "المنسوب", "منسوبه"}
_INSTITUTIONS = {"مركز", "المركز", "هيئه", "الهيئه", "منظمه", "المنظمه", "لجنه", "اللجنه", "برنامج", "صندوق",
                 "جمعيه", "مؤسسه", "مفوضيه", "المفوضيه", "بعثه", "البعثه", "وكاله", "الوكاله"}  # «بعثة الأمم المتحدة للدعم»
_CONSTRUCT_ONLY = {"تامين"}
_PARTICIPLE_HOMOGRAPHS = {"محاصره"}
_STATEMENT_PARTICIPLES = {"داعيا", "داعيه", "مطالبا", "مشيدا", "مثمنا", "معربا", "متهما", "منتقدا", "مندد", "محملا",
                          "رافضا"}  # normalised heads of the حال rows
_UNDERGO = ("تعرض", "يتعرض", "تتعرض", "يتعرضون", "نتعرض", "اتعرض")
_DELEGATES = {"ممثلين", "ممثلون", "مندوبين", "مندوبي", "مندوبون", "وفود", "عن"}  # «بين ممثلين عن X ووفد Y»
_SEAT_WORDS = {"مقره", "مقرها", "مقرهم"}
_WEAPON_NOUNS = {"قذائف"}  # triggers naming the weapon: with «بـ» after an attack, its instrument
_CONTROL_VERBS = {"سيطر"}  # present tense = holding ground (a state)
_HOSTING = {"استقبل", "استقبال"}
_HOST_KINDS = {"person", "state", "state_body", "igo"}  # who receives visitors (a verb without its guest named)  # a reception is a meeting only with someone received  # masdar = feminine passive participle
_FROM_AGENT_TYPES = {"REQUEST", "CONSULT", "AID", "SUPPORT", "THREATEN", "ACCUSE", "AGREE"}
_DEMONYMS = {
    "روسي": "RUS", "امريكي": "USA", "اميركي": "USA", "تركي": "TUR", "ايراني": "IRN", "سعودي": "SAU",
    "قطري": "QAT", "اماراتي": "ARE", "مصري": "EGY", "اردني": "JOR", "فرنسي": "FRA", "بريطاني": "GBR",
    "الماني": "DEU", "صيني": "CHN", "اسرائيلي": "ISR", "سوري": "SYR", "عراقي": "IRQ", "يمني": "YEM",
    "لبناني": "LBN", "ليبي": "LBY", "كويتي": "KWT", "عماني": "OMN", "بحريني": "BHR", "سوداني": "SDN",
}
_SPOKEN_TYPES = {"ACCUSE", "REJECT", "REQUEST", "SANCTION", "SUPPORT", "THREATEN", "COOPERATE"}
_REPEL = {"صد", "تصدي", "احباط", "افشال", "اعتراض"}
_PHYSICAL = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID"}
_FORCE = ("اجبر", "ارغم", "اضطر", "يجبر", "يرغم", "تجبر", "ترغم", "اجبار", "ارغام")
_PLANS = {"خطط", "خطه", "خططا", "نيه", "قرار", "قرارا", "عزم", "نوايا", "مخطط", "مخططا"}
_NO_INFO: Mapping[str, str] = MappingProxyType({})
# Descriptive groups of people who suffer violence rather than commit it (civilians, residents, families, captives,
# protesters): the dictionary's description actors, and the English names gold entries give them (the oracle). Of
# a violent act («القصف العشوائي للمدنيين», «اعتقال المدنيين», «قتل 9 مدنيين») they are the target, never the
# agent: the coder gives them kind ``_VICTIMS``.
_VICTIM_IDS = frozenset(["gen.civilians", "gen.protesters"])
_VICTIM_NAMES = frozenset(["civilians", "local residents", "residents", "protesters", "demonstrators", "captives",
                           "prisoners", "detainees", "families"])
_VICTIMS = "victims"
_VIOLENT = frozenset(["ASSAULT", "COERCE"])
_RESULT = {"اسفرت", "اسفر", "ادت", "ادي", "انتهت", "انتهي", "افضت", "افضي"}  # «… أسفرت عن سيطرة»
_AFTER = {"بعد", "اثر", "عقب", "اعقاب"}  # «سيطرت على البلدة بعد معارك»
_TITLE_WORDS = {"بعنوان", "عنوان", "عنوانه", "عنوانها", "شعار", "بشعار"}  # «بعنوان «…»»: a title follows
_CLAIM = {"تبني", "تبنت", "تبنوا", "يتبني", "تتبني", "يتبنون"}  # claiming responsibility for an act
_GOVERNING = {"من", "في", "الي", "علي", "عن", "مع", "حول", "بشان", "او", "حتي", "ضمن", "عبر"}
_TARGETED = {"targeted", "abduct", "arrest", "firearms"}  # modes of acts done to a person named as their genitive
_ALLEGIANCE = ("موال",)  # «الموالية لـ X», «المواليتين للنظام»: X is a patron (not «تابعة لـ»: the owner of a target)
# «قيادات سياسية في المعارضة», «أعضاء في الحزب»: «في» after a word for members names the body they belong to
_MEMBERS = {"قيادات", "قياديين", "قادة", "اعضاء", "عضو", "مسؤولين", "مسؤولي", "ممثلين", "عناصر", "مقاتلين", "سياسيه",
            "عسكريه", "بارزين", "كبار"}
_REMOTE_WORDS = 4  # a definite noun this many words past its only candidate agent names a topic
_SECURING = {"تامين"}  # securing ground has no side struck
_LOCALITY_ONLY = frozenset(["CONSULT", "AGREE", "REQUEST"])  # placed by a locality, never by a whole country
_PRAISE = {"اشاد", "اشاده", "مشيدا", "مثمنا", "ثمن", "تثمين"}  # heads of the praise rows
_DEGREE = {"مستوي", "بمستوي", "دور", "بدور", "جهود", "بجهود", "حجم", "بحجم"}  # «بمستوى التنسيق», «بدور الدعم»
_VICTIMS_RULE = "victims-target"
_CHARGE = {"بتهمه", "بتهم", "بتهمتي"}  # «بتهمة التعاون» (on the charge of): the charge follows
_ABOUT = {"نحو", "زهاء", "حوالي", "قرابه", "اكثر", "اقل", "من", "عدد", "عشرات", "مئات", "الاف", "اخر", "اخري"}
# Words after which a noun opens a clause as its subject («فيما», «بينما», «حيث», «كما»), normalised.
_CLAUSE_OPENERS = {"فيما", "بينما", "حيث", "كما", "ثم", "لكن", "لكنه", "ولكن", "اذ", "اذا", "عندما", "حين"}
# Toll verbs and nouns before counted dead or wounded («قتل خمسة جنود», «مقتل 3 جنود», «أصيب 10 أشخاص»), normalised.
_TOLL_WORDS = {"قتل", "مقتل", "اصيب", "جرح", "اصابه", "مصرع", "استشهد", "استشهاد", "لقي", "سقوط", "قتلت", "قتلوا",
               "اصيبوا", "جرحوا", "وقتل", "واصيب", "وجرح"}
_FOIL = {"احبط"}
_FOILED = {"محاوله", "محاولات", "هجوم", "هجوما", "هجمات", "مخطط", "مخططا", "مخططات", "عمليه", "عمليات", "تسلل",
           "تفجير", "تفجيرات", "اعتداء", "اعتداءات", "مؤامره", "المحاوله", "الهجوم", "المخطط", "العمليه"}
_REFINE = {"تحديدا", "وتحديدا", "خاصه", "وخاصه", "خصوصا", "وخصوصا", "لاسيما", "ولاسيما", "سيما"}
_THREAT_WORDS = {"هدد", "تهديد"}
# A warning is a threat only when it is addressed to a party («حذر الوزير الأطراف من عزلة دولية»); one about a
# danger («حذرت المنظمة من خطورة الألعاب النارية») warns the public and threatens no one.
_WARN_WORDS = {"حذر", "تحذير", "محذرا"}
_DANGER = {"خطر", "خطوره", "مخاطر", "اخطار", "تداعيات", "انتشار", "تفشي"}
# «بمساندة X» says with whose backing another act was done (guidelines: «سيطر الجيش على البلدة بمساندة القوات
# الروسية» adds the backer to the capture's actors): no record of its own.
_MANNER_NOUNS = {"مسانده"}
# «هاجم» attacks in words when a speech names the act or its object is an idea or a policy («هاجم التنظيم خلال
# خطبه», «هاجم الوزير القرار بشدة»), or when its agents are individuals: then it is ACCUSE/disapprove.
_SPEECH_NOUNS = {"تصريح", "تصريحات", "خطبه", "خطب", "خطاب", "كلمه", "بيان", "مقابله", "مؤتمر", "تغريده", "تغريدات",
                 "مقال", "حديث", "لقاء", "برنامج", "حوار", "بشده"}
_IDEAS = {"فكره", "قرار", "قرارات", "سياسه", "سياسات", "موقف", "مواقف", "تصريحات", "اتفاق", "خطه", "مشروع",
          "حكومه", "اداره", "نهج", "دعوات"}
_SIMILAR = {"مماثل", "مماثله", "مشابه", "مشابهه"}  # (an attribute; «كان الاتفاق مماثلا لـ» compares)
_LIGHT_MASDARS = {"اجراء", "عقد", "بحث", "اجراءه", "عقده"}
_STOP_NOUNS = {"وقف", "ايقاف", "انهاء", "منع", "تعليق", "تجميد", "لوقف", "لمنع"}
# «بحسب المرصد», «وفق مصادر», «نقلا عن الوكالة»: the credited source, never a party.
_SOURCE_PREPS = {"حسب", "بحسب", "وفق", "وفقا", "نقلا", "طبقا", "بحسبه"}
_ANNOUNCE = {"اعلن", "اعلنت", "يعلن", "تعلن"}
_TIME_PREPS = {"بعد", "قبل", "منذ", "خلال", "اثناء", "عقب", "اثر", "اعقاب", "ابان"}
_INCIDENT = {"حادث", "حادثه", "موقع", "ضحايا", "منفذ", "منفذي", "منفذو", "جريمه", "حوادث"}
_RECEIVE = {"تلقي", "تلقت", "تلقوا", "يتلقي", "تتلقي", "يتلقون", "تسلم", "تسلمت", "تسلموا", "يتسلم", "تتسلم",
            "استلم", "استلمت", "استلموا", "يستلم", "تستلم"}
_BARE_THAT = {"ان", "أن", "إن", "بان", "بأن", "وان", "وأن", "وإن"}
_ADVERBS = {"بشده", "بقوه", "بحزم", "بشكل", "مجددا", "كذلك", "ايضا", "اشد", "بعنف"}
_RELATIVES = {"التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"}
_PRONOUN_THAT = frozenset(p + a + suf for p in ("", "ل", "ب") for a in ("أن", "إن", "ان", "لأن", "لان")
                          for suf in ("ه", "ها", "هم", "هما", "هن") if not (p and a.startswith("ل")))
# What may follow a verb whose subject is a pronoun (not a noun that could be its own subject).
_NOT_SUBJECT = frozenset(_TIME | _BARE_THAT | _RECIP_PREPS | _LOC_PREPS | _PRONOUN_THAT | {"فيه", "فيها", "ليله"})
_CONNECTIVES = {"و", "ف", "قد", "لقد", "وقد", "ثم", "كما", "حيث", "اذ", "فيما", "بينما", "لكن", "بل", "كذلك",
                "ايضا", "ان", "انه", "انها", "الي", "ذلك", "حين", "في", "لذا", "لذلك"}


@dataclass
class _MentionRef:
    mention: Mention
    first: int  # token indices (document-level)
    last: int


class _Refs(list[_MentionRef]):
    """The actor mentions of a document in text order, with their first tokens (for bisection)."""

    def __init__(self, items: Iterable[_MentionRef] = ()) -> None:
        super().__init__(items)
        self.firsts = [r.first for r in self]


@dataclass
class _Draft:
    tm: TriggerMatch
    type: str
    mode: str | None
    actor: list[str]
    recipient: list[str]
    place: str | None
    date: str | None
    evidence: Span
    sentence: int
    mod: Modality
    attributed: str | None
    acled: tuple[str, str] | None
    conf: float
    rule: str
    symmetric: bool
    clause: tuple[int, int]
    sent: tuple[int, int]


@dataclass
class _Sent:
    index: int
    lo: int  # token range [lo, hi)
    hi: int
    clauses: list[tuple[int, int, Span]] = field(default_factory=list)  # token ranges + spans


class EventCoder:
    """Codes PLOVER events in a :class:`Document` that has tokens, sentences, mentions, actors and places."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.matcher = TriggerMatcher(self.lexicon)
        self.cues = CueIndex(self.lexicon)
        self._discard_first: dict[str, list[tuple[str, ...]]] = {}
        for words in self.lexicon.discards:
            for f in word_forms(words[0]):
                self._discard_first.setdefault(f, []).append(words)
        self._discard_len = max((len(w) for w in self.lexicon.discards), default=1)
        # ASSAULT verb rows that also have an ACCUSE reading («هاجم»): the ACCUSE row, chosen by context.
        assault = {(r.words, r.pos) for r in self.lexicon.triggers if r.type == "ASSAULT"}
        self._verbal = {r.words: r for r in self.lexicon.triggers
                        if r.type == "ACCUSE" and (r.words, r.pos) in assault}

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _layout(doc: Document) -> tuple[list[int], list[_Sent]]:
        starts = [t.start for t in doc.tokens]
        sents = []
        for si, s in enumerate(doc.sentences):
            lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
            st = _Sent(si, lo, hi)
            for c in s.clauses or (Span(s.start, s.end),):
                st.clauses.append((bisect_left(starts, c.start), bisect_left(starts, c.end), c))
            sents.append(st)
        return starts, sents

    @staticmethod
    def _mention_refs(doc: Document, starts: list[int]) -> list[_MentionRef]:
        out = []
        for m in sorted(doc.mentions, key=lambda m: (m.start, m.end)):
            if m.source == INNER_SOURCE:
                continue  # «قوات [الأسد]»: the description around the name is the argument
            first = max(bisect_right(starts, m.start) - 1, 0)
            last = max(bisect_left(starts, m.end) - 1, first)
            out.append(_MentionRef(m, first, last))
        return out

    def _governor(self, toks: Sequence[TokInfo], m: _MentionRef, lo: int, heads: set[str]) -> str | None:
        """The preposition or proclitic that governs a mention (looking back over head nouns), or None."""
        t = toks[m.first]
        if t.token.start < m.mention.start:  # the mention starts after a clitic on its own token
            p = t.procl.lstrip("وف")
            if p:
                return p[-1]
        k = m.first - 1
        skipped = 0
        while k >= lo:
            tk = toks[k]
            if not tk.arabic:
                k -= 1
                continue
            cands = set(tk.cands)
            if cands & heads and skipped < 3:
                p = tk.procl.lstrip("وف")
                if p:
                    return p[-1]
                skipped += 1
                k -= 1
                continue
            for c in tk.cands:
                if c == "ايدي" and not (k > lo and "علي" in toks[k - 1].cands):
                    return "من"  # «من أيدي داعش» (out of its hands), not «على أيدي» (by)
                if c == "يد" and k > lo and "علي" in toks[k - 1].cands:
                    return "ايدي"  # «على يد المقاومة»: by (the agent), like «على أيدي»
                if c in _RECIP_PREPS or c in _AGENT_PREPS or c in _LOC_PREPS or c in _SOURCE_PREPS:
                    return c
            return None
        return None

    @staticmethod
    def _coordinated(refs: list[_MentionRef], i: int, toks: Sequence[TokInfo], hi: int) -> list[int]:
        """Indices of mentions joined to refs[i] by «و» («الولايات المتحدة وبريطانيا وفرنسا»)."""
        out = [i]
        j = i
        while j + 1 < len(refs):
            nxt = refs[j + 1]
            if nxt.first >= hi:
                break
            gap = [t for t in toks[refs[j].last + 1: nxt.first] if t.arabic or t.token.text not in '"«»()']
            if any(t.token.text in "،,؛;:." for t in gap):
                break
            tk = toks[nxt.first]
            # «X وY», «X و Y», and «X وعناصر ميليشيات Y» / «X و"تنظيم Y"» (head nouns before the second name).
            heads_only = all(set(t.cands) & _HEADS for t in gap[1:])
            joined = (not gap and tk.procl.startswith("و") and tk.token.start < nxt.mention.start) or (
                bool(gap) and heads_only and len(gap) <= 3 and (
                    gap[0].token.text == "و" or (gap[0].procl.startswith("و") and set(gap[0].cands) & _HEADS)))
            if not joined:
                break
            out.append(j + 1)
            j += 1
        return out

    # ------------------------------------------------------------------ arguments
    def _adjacent(self, toks: Sequence[TokInfo], a: int, b: int) -> bool:
        """Only head nouns, time words, quantity words («مئات», «آلاف», «عشرات») and punctuation lie in tokens
        [a, b) (a subject or genitive next door: «بنزوح مئات العائلات»)."""
        for t in toks[a:b]:
            if not t.arabic:
                if t.token.kind in ("other", "punct"):
                    continue
                return False
            if not (set(t.cands) & (_HEADS | _TIME)) and number_at(t) != 0:
                return False
        return True

    def _near_after(self, toks: Sequence[TokInfo], a: int, b: int, extra: int) -> bool:
        """Tokens [a, b) hold head nouns, time words, punctuation and at most ``extra`` other words (adjectives,
        titles), none of them a preposition or complementiser (a postponed subject or «لـ» agent)."""
        n = 0
        for t in toks[a:b]:
            if not t.arabic:
                if t.token.kind in ("other", "punct") and t.token.text not in "،,؛;:.":
                    continue
                return False
            cands = set(t.cands)
            if cands & (_HEADS | _TIME):
                continue
            if cands & _SUBJECT_STOP or t.procl.lstrip("وف")[:1] in ("ب", "ل"):
                return False
            n += 1
            if n > extra:
                return False
        return True

    def _arguments(self, toks: Sequence[TokInfo], tm: TriggerMatch, arefs: list[_MentionRef],
                   clause: tuple[int, int], sent: _Sent, next_clause: tuple[int, int] | None,
                   sites: frozenset[str] = frozenset(), speech: frozenset[int] = frozenset(),
                   stmts: Sequence[tuple[int, str, str]] = (), kinds: Mapping[str, str] = _NO_INFO,
                   actor_countries: Mapping[str, str] = _NO_INFO) -> tuple[list[int], list[int], bool, str]:
        """(actor ref indices, recipient ref indices, symmetric, rule) for one trigger. ``sites``: ids of the
        mentions that name a settlement or smaller place (not a country)."""
        c_lo, c_hi = clause
        firsts = arefs.firsts if isinstance(arefs, _Refs) else [r.first for r in arefs]
        lo_i, hi_i = bisect_left(firsts, c_lo), bisect_left(firsts, c_hi)
        in_clause = [i for i in range(lo_i, hi_i) if not (arefs[i].first <= tm.last and arefs[i].last >= tm.first)
                     and not self._place_headed(toks, arefs[i], c_lo)]
        gov = {i: self._governor(toks, arefs[i], sent.lo, _HEADS) for i in in_clause}
        for i in in_clause:
            # A conjunct shares its list's preposition: «في سوريا والعراق», «على حلب وإدلب».
            if i > 0 and gov[i] is None and arefs[i].first == arefs[i - 1].last + 1 and (
                    toks[arefs[i].first].procl.startswith("و") or toks[arefs[i].first].token.text.startswith("و")):
                pg = gov.get(i - 1)
                if pg is None and c_lo <= arefs[i - 1].first:
                    pg = self._governor(toks, arefs[i - 1], sent.lo, _HEADS)
                if pg in _LOC_PREPS or pg in _RECIP_PREPS:
                    gov[i] = pg
        for i in in_clause:
            # A partitive subject «قوة من الشرطة الاتحادية», «عناصر من داعش» names its body as the agent.
            # («عدد آخر من المواطنين»: an adjective may follow the partitive noun)
            f = arefs[i].first
            if gov[i] == "من" and f >= c_lo + 2 and "من" in toks[f - 1].cands and (
                    set(toks[f - 2].cands) & _PARTITIVE or (f >= c_lo + 3 and set(toks[f - 2].cands) & _ADJECTIVES
                                                            and set(toks[f - 3].cands) & _PARTITIVE)):
                gov[i] = None
        after = [i for i in in_clause if arefs[i].first > tm.last]
        before = [i for i in in_clause if arefs[i].last < tm.first]

        # Reciprocal «بين X و Y», «بين X من جهة، وY من جهة أخرى», «بين X وبين Y»; «بينها وبين Y» (the other side
        # is the subject, found below).
        other_side: list[int] = []
        for k in range(tm.last + 1, min(c_hi, tm.last + 8)):
            if "بين" in toks[k].cands:
                xs = [i for i, r in enumerate(arefs) if k < r.first < sent.hi and r.first - k <= 16]
                if toks[k].token.text.endswith(("ها", "هم", "هما", "ه")) and toks[k].token.text[-1] != "ن":
                    if xs and self._side_gap(toks, k + 1, arefs[xs[0]].first, need_and=True):
                        other_side = self._coordinated(arefs, xs[0], toks, sent.hi)
                    break
                if not xs or not self._side_gap(toks, k + 1, arefs[xs[0]].first, need_and=False):
                    break
                group = self._coordinated(arefs, xs[0], toks, sent.hi)
                if len(group) >= 2:
                    return [group[0]], group[1:], True, "reciprocal"
                if len(xs) >= 2 and self._side_gap(toks, arefs[xs[0]].last + 1, arefs[xs[1]].first, need_and=True):
                    return [xs[0]], self._coordinated(arefs, xs[1], toks, sent.hi), True, "reciprocal"
                # «بين الحوثيين وحلفائهم الموالين لصالح من جهة، وقوات المقاومة من جهة أخرى»: the second side
                # follows the first «من جهة».
                jiha = next((j for j in range(arefs[xs[0]].last + 1, min(sent.hi, arefs[xs[0]].last + 16))
                             if "جهه" in toks[j].cands and "من" in toks[j - 1].cands), None)
                if jiha is not None:
                    second = next((i for i in xs[1:] if arefs[i].first > jiha and self._side_gap(
                        toks, jiha + 1, arefs[i].first, need_and=True)), None)
                    if second is not None:
                        return [xs[0]], self._coordinated(arefs, second, toks, sent.hi), True, "reciprocal"
                break

        actor: list[int] = []
        genitive: list[int] = []
        rule = ""
        if len(tm.row.words) > 1 and tm.row.words[-1].lstrip("+") in _PREPISH:
            # «قاتلت إلى جانب X», «وقف في وجه X»: the phrase ends in a preposition that governs what follows.
            for i in after:
                if gov[i] is None and self._adjacent(toks, tm.last + 1, arefs[i].first):
                    gov[i] = tm.row.words[-1]
        adj_after = [i for i in after if (gov[i] is None or gov[i] in _AGENT_PREPS)
                     and self._adjacent(toks, tm.last + 1, arefs[i].first)]
        unmarked_before = [i for i in before if gov[i] is None]
        # «قالت الشرطة في بيان ان مثيري شغب بدأوا …»: a speaker before a bare «ان» is not the subject of what it
        # reports («أكد الجيش أنه سيطر» keeps it: the pronoun resumes the speaker).
        comp = next((k for k in range(tm.first - 1, c_lo - 1, -1) if toks[k].arabic and toks[k].token.text in _BARE_THAT
                     and not self._imperfect_next(toks, k)), None)
        if comp is not None:
            unmarked_before = [i for i in unmarked_before if arefs[i].first > comp]
        if tm.row.type not in _VIOLENT and not (tm.row.pos == "n" and toks[tm.first].token.text.endswith("هم")):
            # «أعدم التنظيم أربعة سائقين لقيامهم بنقل مواطنين هاربين فيما أصدر أوامره»: victims a word before them
            # governs (the object of a verb, a masdar or a preposition) are no subject of a later act. (A masdar
            # whose plural pronoun resumes them is theirs: «اعتقل 15 خياطا لرفضهم خياطة ملابس».)
            unmarked_before = [i for i in unmarked_before if not self._governed_victims(toks, arefs[i], c_lo, kinds)]
        relative = self._relative(toks, c_lo, tm.first)
        pronoun_that = self._pronoun_complementiser(toks, c_lo, tm.first) if tm.row.pos == "v" else None
        if pronoun_that is not None:
            # «لأنه هاجم التنظيم», «أنها قصفت المدينة»: the verb's subject is the pronoun on «أن»; a name after the
            # verb is its object. The pronoun resumes a mention right before «أن» («أكد الجيش أنه سيطر …»), else
            # its referent is not an actor mention («أعدم داعش الشيخ … لأنه هاجم التنظيم»): no subject is guessed.
            ante = [i for i in unmarked_before if arefs[i].last < pronoun_that
                    and self._speaker_gap(toks, arefs[i].last + 1, pronoun_that)]
            if not ante:
                return [], [], False, "unknown-agent"
            actor, rule = [ante[-1]], "pronoun-antecedent"
            unmarked_before, adj_after = [], []
        if tm.row.pos == "v" and tm.row.tag == "casualty" and unmarked_before and not actor and \
                self._counted_mention(toks, arefs[unmarked_before[-1]], c_lo) and \
                self._near_after(toks, arefs[unmarked_before[-1]].last + 1, tm.first, 1):
            # «إن 173 مدنيا قتلوا»: counted people right before a casualty verb are the killed (its passive
            # reading), not the killers.
            genitive = [unmarked_before[-1]]
            unmarked_before = []
        # (only where the participle has an actor mention as its object, which would otherwise be read as its agent)
        main = self._main_subject(toks, arefs, tm, sent.lo, kinds) if tm.row.words[0] in _STATEMENT_PARTICIPLES \
            and not actor and (any(gov[i] is None for i in adj_after) or (
                c_lo > sent.lo and self._clause_initial(toks, c_lo, tm.first))) else None
        if actor:
            pass
        elif main is not None:
            # «وانتقدت المفوضية الهجمات، داعية المجتمع الدولي إلى …», «مطالبا الهيئات بتكثيف جهودها»: a statement
            # participle (حال) has the sentence's subject as its subject; the noun after it is its object.
            actor, rule = self._coordinated(arefs, main, toks, tm.first), "participle-main-subject"
            genitive = [i for i in adj_after if gov[i] is None][:1]
        elif tm.row.pos == "v":
            opening = self._clause_initial(toks, c_lo, tm.first)
            if tm.row.type in ("ASSAULT", "COERCE") and after and self._counted(toks, tm.last + 1, arefs[after[0]]):
                # «قتل 17 مدنيا», «اعتقل أمس 15 خياطا»: counted people right after the verb are its patients (a
                # passive, or an object whose subject is elsewhere), never its subject.
                genitive = [after[0]]
                adj_after = [i for i in adj_after if i != after[0]]
                after_set = set(genitive)
            else:
                after_set = set()
            counterpart = next((i for i in after if gov[i] is None and self._counterpart(
                toks, tm.last + 1, arefs[i].first)), None)
            if counterpart is not None:
                # «والتقى نظيره يوسف بن علوي», «استقبل نظيرته»: the counterpart is the object; the subject is the
                # pronoun's (the sentence's subject, found below).
                genitive = [counterpart]
                after_set = after_set | {counterpart}
                adj_after = [i for i in adj_after if i != counterpart]
            late = [i for i in after if gov[i] is None and i not in after_set
                    and self._near_after(toks, tm.last + 1, arefs[i].first, 6)]
            if tm.row.type not in _VIOLENT:
                # «وأدان … اختطاف الموظفين الإيطاليين», «دعا المواطنين إلى …»: victims in the object case are the
                # object of the verb or of a masdar after it, never its postponed subject.
                # (counted ones say nothing by their case: «ونزح مئات المدنيين» is the subject)
                late = [i for i in late if not self._governed_victims(toks, arefs[i], c_lo, kinds, uncounted=True)]
                adj_after = [i for i in adj_after
                             if not self._governed_victims(toks, arefs[i], c_lo, kinds, uncounted=True)]
            if unmarked_before and not relative and not opening and not (
                    adj_after and self._has_object_pronoun(toks[tm.first])) and self._near_after(
                    toks, arefs[unmarked_before[-1]].last + 1, tm.first, 3):
                # SVO: a subject stands before a verb that does not open its clause; what follows is its object.
                actor, rule = [unmarked_before[-1]], "verb-subject-before"
            elif relative is not None and not self._has_object_pronoun(toks[tm.first]):
                pass  # «التحالف الذي يقصف التنظيم»: the antecedent is the subject (below), what follows the object
            elif adj_after:
                actor, rule = [adj_after[0]], "verb-subject-after"
            elif late and opening and not (unmarked_before and not relative):
                # VSO with a title or description before the name («دعا خطيب صلاة الجمعة … الكربلائي»).
                actor, rule = [late[0]], "verb-subject-late"
            elif unmarked_before and not relative:
                actor, rule = [unmarked_before[-1]], "verb-subject-before"
            elif opening and not after and not relative and (
                    app := self._appositive_subject(toks, arefs, tm, clause, sent)) is not None:
                # «دعا رئيس اللجنة، الدكتور خالد العمر، المنظمات …»: a title closed by a comma, then the name.
                actor, rule = [app], "verb-subject-apposition"
            if genitive and not actor and tm.row.tag == "casualty":
                return [], genitive, False, "victims-before"
            if rule == "verb-subject-before" and tm.row.type in _VIOLENT and tm.row.tag not in ("clash", "casualty") \
                    and kinds.get(arefs[actor[0]].mention.actor or "") != _VICTIMS \
                    and self._toll_counted(toks, arefs[actor[0]], c_lo):
                # «قتل 13 جنديا وشرطيا، ثلاثة منهم في مكمن استهدف قافلة عسكرية»: the dead a toll verb counts are
                # no subject of the attack told after them; none is guessed.
                return [], [], False, "unknown-agent"
        else:
            agent = [i for i in after if gov[i] in _AGENT_PREPS and arefs[i].first - tm.last <= 8]
            lam_victim: list[int] = []
            if tm.row.type in _LAM_AGENT_TYPES:
                lam = [i for i in after if gov[i] == "ل" and self._near_after(toks, tm.last + 1,
                                                                                arefs[i].first, 2)
                       and self._adjectives_only(toks, tm.last + 1, arefs[i].first)][:1]
                if lam and tm.row.type in _VIOLENT and kinds.get(arefs[lam[0]].mention.actor or "") == _VICTIMS:
                    lam_victim = lam  # «القصف العشوائي للمدنيين», «أعمال الاعتقال للسكان»: «لـ» marks the target
                    rule = _VICTIMS_RULE
                else:
                    agent += lam
            genitive = [i for i in adj_after if gov[i] is None][:1] or lam_victim
            if not genitive and tm.last + 1 < c_hi and set(toks[tm.last + 1].cands) & _HEADS:
                # «زيارة وزير الخارجية السوري وليد المعلم»: a title then the name is the genitive.
                genitive = [i for i in after if gov[i] is None and arefs[i].first - tm.last <= 5
                            and self._near_after(toks, tm.last + 1, arefs[i].first, 3)][:1]
            if agent and len(tm.row.words) > 1 and tm.row.words[0] in _REPEL:
                # «صد هجوم لمسلحي داعش»: the «لـ» agent is the attack's, whom the repelling side fights.
                genitive, agent = agent[:1], []
            undergone = self._undergone(toks, tm, c_lo)
            if undergone is not None and tm.row.type in _PHYSICAL:
                # «تعرض X لهجوم من قبل Y», «تتعرض القرية إلى قصف من طيران Y»: the subject of «تعرض» undergoes the
                # act (the recipient); the agent is only one the noun names after it.
                subj = [i for i in in_clause if gov[i] is None and arefs[i].last < tm.first
                        and not self._spoken(toks, arefs[i], speech, c_lo)]
                patient = [i for i in subj if arefs[i].first > undergone][:1] or \
                    [i for i in subj if arefs[i].last < undergone][-1:]
                doer = agent[:1] or [i for i in after if gov[i] == "من" and arefs[i].first - tm.last <= 4][:1] or \
                    [i for i in genitive if i not in patient][:1]
                if doer:
                    return (self._coordinated_back(arefs, doer[0], toks),
                            self._coordinated(arefs, patient[0], toks, sent.hi) if patient else [], False, "undergone")
                if patient:
                    return [], [], False, "unknown-agent"  # the one struck is no agent; none is guessed
            if tm.row.type in ("AID", "SUPPORT") and self._received(toks, tm, c_lo):
                # «تلقوا تدريبات عسكرية من الجيش الأميركي», «تسلمت أسلحة من …»: the subject receives; the giver
                # follows «من».
                givers = [i for i in after if gov[i] == "من" and arefs[i].first - tm.last <= 8]
                if not givers:
                    return [], [], False, "unknown-agent"
                takers = [i for i in before if gov[i] is None][-1:]
                return [givers[0]], takers, False, "noun-received-from"
            if tm.row.type in _FROM_AGENT_TYPES and tm.last + 1 < c_hi and toks[tm.last + 1].token.text == "من" and \
                    self._clear_noun(toks, tm):
                # «بناء على طلب من الرئيس», «بدعوة من روسيا», «مساعدات من السعودية»: «من» right after the noun
                # names its author.
                author = [i for i in after if gov[i] in ("من", None) and arefs[i].first > tm.last + 1
                          and self._near_after(toks, tm.last + 2, arefs[i].first, 2)][:1]
                if author and tm.row.type == "REQUEST":
                    # «أعلن التحالف هدنة بناء على طلب من الرئيس»: the request is addressed to the sentence's
                    # subject, who acts on it.
                    subj = [i for i, r in enumerate(arefs) if sent.lo <= r.first and r.last < tm.first
                            and self._governor(toks, r, sent.lo, _HEADS) is None
                            and not self._spoken(toks, r, speech, sent.lo)]
                    if subj:
                        return author, subj[-1:], False, "noun-agent-from"
                agent += author
            nation = self._demonym_after(toks, tm)
            if nation is not None and not agent:
                # «بدعم روسي», «برعاية روسية», «بغطاء جوي تركي»: the adjective names the agent's country; its
                # actor mention, if the sentence has one, else none — never the subject before.
                same = [i for i in in_clause if (actor_countries.get(arefs[i].mention.actor or "") == nation)]
                if not same:
                    return [], [], False, "unknown-agent"
                agent = same[:1]
            forced = self._forced(toks, arefs, tm, c_lo, sent.lo)
            if forced is not None and not agent:
                # «أجبرت القوات التنظيم على الانسحاب»: the one forced acts; the one forcing is the recipient.
                return forced[0], forced[1], False, "noun-forced" if forced[0] else "unknown-agent"
            planner = self._planner(toks, arefs, tm, c_lo)
            if planner is not None and not agent:
                # «ليس لدى تركيا خطط لإرسال قوات»: the one who has the plan is the agent.
                agent = [planner]
            if tm.row.tag == "casualty" and not agent:
                # «بالإضافة إلى مقتل مقاتل»: a toll noun names its dead (its genitive), never its killer by
                # position; it folds into its sentence's attack or is dropped.
                victims = genitive or [i for i in after if gov[i] in (None, "من") and arefs[i].first - tm.last <= 5
                                       and not (arefs[i].mention.id in sites)][:1]  # «مقتل عدد من عناصر X»
                return [], victims, False, "victims-before"
            rel_agent = self._relative_agent(toks, tm, after, gov, arefs)
            if rel_agent is None and not agent and toks[tm.first].procl.lstrip("وف")[:1] in ("ل", "ب"):
                # «الزعماء العراقيين الذين يعكفون على وضع خطط لاستعادة الرمادي»: the masdar completes the verb of a
                # relative clause, whose subject is the antecedent.
                rel_agent = self._relative_subject(toks, arefs, c_lo, tm.first)
            condemned = bool(unmarked_before) and self._statement_between(
                stmts, max(c_lo, arefs[unmarked_before[-1]].first - 3), tm.first, ("ACCUSE",), nouns=True)
            if agent:
                actor, rule = [agent[0]], "noun-agent"
            elif rel_agent is not None:
                # «هجمات شنتها الميليشيات», «الهجوم الذي تبناه تنظيم داعش»: the relative clause names the agent.
                actor, rule = [rel_agent], "noun-relative-agent"
            elif (condemned and not genitive) or (tm.row.type == "ASSAULT" and self._described(toks, tm, sent.lo)):
                # What a speaker condemns is someone else's act; «التفجير الذي استهدف المسجد», «حادث التفجير»
                # describe an attack whose perpetrator the clause does not name: none is guessed.
                return [], [], False, "unknown-agent"
            elif genitive and unmarked_before and self._statement_between(
                    stmts, max(c_lo, arefs[unmarked_before[-1]].first - 3), tm.first):
                # «دانت الجامعة العربية اقتحام قوات الاحتلال …»: the masdar is what the statement is about; its
                # agent is its genitive, not the speaker.
                actor, rule, genitive = [genitive[0]], "noun-genitive", []
            elif unmarked_before and not relative and not self._spoken(toks, arefs[unmarked_before[-1]], speech, c_lo):
                subject = unmarked_before[-1]
                if tm.row.type in _VIOLENT and kinds.get(arefs[subject].mention.actor or "") == _VICTIMS:
                    # «يطبق التنظيم شريعته على عموم المواطنين وينفذ حملة إعدامات»: civilians named last are those
                    # struck, not the agent; the agent is the nearest subject before them that is no victim.
                    agents = [i for i in unmarked_before if kinds.get(arefs[i].mention.actor or "") != _VICTIMS
                              and not self._spoken(toks, arefs[i], speech, c_lo)]
                    if agents:
                        genitive = genitive or [subject]  # (and they are who the act strikes)
                        subject = agents[-1]
                elif tm.row.type in _VIOLENT and tm.row.tag != "clash" and \
                        self._toll_counted(toks, arefs[subject], c_lo):
                    # «قتل مسلحو داعش خمسة جنود في هجوم», «وقتل ثلاثة جنود سعوديين في قصف حوثي»: people counted
                    # after a toll verb are the dead of the act, not its agent; the agent is a subject named before
                    # them, else none is guessed (the act still has its dead as recipient).
                    agents = [i for i in unmarked_before if arefs[i].last < arefs[subject].first
                              and kinds.get(arefs[i].mention.actor or "") != _VICTIMS
                              and not self._spoken(toks, arefs[i], speech, c_lo)]
                    if not agents and genitive and kinds.get(arefs[genitive[0]].mention.actor or "") != _VICTIMS:
                        # «بمقتل 12 سوريا في قصف الطيران المروحي»: the masdar's genitive is its agent
                        return [genitive[0]], [subject], False, "noun-genitive"
                    genitive = genitive or [subject]
                    if not agents:
                        return [], genitive, False, _VICTIMS_RULE
                    subject = agents[-1]
                if self._remote_topic(toks, tm, arefs[subject]):
                    # «… للانضمام إلى مسار السلام وقبول الاتفاق», «نتيجة استخدام البراميل المتفجرة»: a definite noun
                    # far from the only actor before it names a known act or a topic, not that actor's act.
                    return [], [], False, "unknown-agent"
                actor, rule = [subject], "noun-subject-before"
            elif genitive and tm.row.type == "CONSULT" and toks[tm.first].procl.lstrip("وف")[:1] == "ل" and (
                    subj := [i for i, r in enumerate(arefs) if sent.lo <= r.first and r.last < tm.first
                             and i not in genitive and self._governor(toks, r, sent.lo, _HEADS) is None
                             and not self._spoken(toks, r, speech, sent.lo)]):
                # «في زيارة … للقاء مسؤولين عراقيين»: a meeting of purpose takes the one met as its genitive; the
                # one who meets is the sentence's subject before it.
                actor, rule = [subj[-1]], "purpose-genitive-object"
            elif genitive and tm.row.type in _VIOLENT and (
                    kinds.get(arefs[genitive[0]].mention.actor or "") == _VICTIMS or (
                        kinds.get(arefs[genitive[0]].mention.actor or "") == "person" and tm.row.mode in _TARGETED)):
                # «اعتقال المدنيين», «اغتيال الوزير X», «اختطاف الصحفي X»: the genitive is the one struck, not the agent
                rule = _VICTIMS_RULE
            elif genitive:
                actor, rule, genitive = [genitive[0]], "noun-genitive", []
        antecedent: list[int] = []
        if not actor and relative is not None:
            # «… X التي فعلت»: X is the subject, unless the verb carries the pronoun of X («التي دربّتها»).
            ante = [i for i, r in enumerate(arefs) if sent.lo <= r.first and r.last < relative
                    and self._adjacent(toks, r.last + 1, relative)]
            if ante:
                if self._has_object_pronoun(toks[tm.first]):
                    antecedent = [ante[-1]]
                else:
                    actor, rule = [ante[-1]], "relative-antecedent"
            elif tm.row.pos == "v" and not self._has_object_pronoun(toks[tm.first]) and not adj_after:
                # «المسلح الذي فجر نفسه»: the subject is the antecedent, which is no actor mention — never the
                # sentence's subject.
                return [], [], False, "unknown-agent"
        if not actor and self._clause_initial(toks, c_lo, tm.first) and (
                tm.row.pos == "v" or toks[tm.first].procl.lstrip("وف")[:1] == "ب"):
            # A verb continues the sentence's subject; so does a «بـ» masdar completing a verb of it («أمر …
            # بنقل», «قام … بزيارة»). Other nouns out of their clause («وإدخال مساعدات», «الهجوم على …») would
            # only guess.
            earlier = [i for i, r in enumerate(arefs) if sent.lo <= r.first and r.last < c_lo
                       and tm.first - r.last <= 40 and i not in antecedent]
            g = {i: self._governor(toks, arefs[i], sent.lo, _HEADS) for i in earlier}
            # A speaker («أكدت الشرطة … وجود صلة بين الهجوم …») is not the agent of the acts it talks about.
            # («لدى X» names a possessor, the topic of what follows: «ليس لدى تركيا خطط …، ولكنها اتفقت»; a news
            # agency in a dateline, «رويترز- إسطنبول:», is nobody's subject.)
            unm = [i for i in earlier if g[i] in (None, "لدي") and not self._spoken(toks, arefs[i], speech, sent.lo)
                   and kinds.get(arefs[i].mention.actor or "") != "media"
                   and not (tm.row.type not in _VIOLENT and self._governed_victims(toks, arefs[i], sent.lo, kinds))
                   and not (tm.row.type in _VIOLENT and self._toll_counted(toks, arefs[i], sent.lo))]
            # (the dead a toll verb counts attack no one: «قتل 13 جنديا، ثلاثة منهم في مكمن استهدف قافلة»)
            if self._feminine_past(toks[tm.first], tm):
                # «ولكنها اتفقت مع …»: a feminine verb continues a feminine subject (a country, a force, a
                # body), not a man named before.
                unm = [i for i in unm if kinds.get(arefs[i].mention.actor or "") != "person"]
            if unm:
                actor, rule = [unm[-1]], "sentence-subject"
        if actor:
            actor = self._coordinated_back(arefs, actor[0], toks)
        elif other_side:
            # «بينها وبين Y» with no subject in the sentence: the pronoun's antecedent is found by the caller.
            return [], other_side, True, "reciprocal-pronoun"
        actor_ids = {arefs[i].mention.actor for i in actor}
        # Recipient: the next actor mention after the trigger (and after the actor) that is not the actor.
        recipient: list[int] = list(other_side) or (list(antecedent) + genitive)
        if not recipient:
            after_actor = max([tm.last] + [arefs[i].last for i in actor if arefs[i].first > tm.last])
            pool = list(after)
            if next_clause is not None:
                pool += [i for i, r in enumerate(arefs) if next_clause[0] <= r.first < next_clause[1]]
                gov.update({i: self._governor(toks, arefs[i], sent.lo, _HEADS) for i in pool if i not in gov})
            physical = tm.row.type in ("ASSAULT", "COERCE") and tm.row.tag != "statement"
            # A relative clause on the actor («طيران التحالف الذي تقوده السعودية») describes it: its mentions
            # are not the recipient.
            rel_end = -1
            k = after_actor + 1
            while k < min(sent.hi, after_actor + 3) and not toks[k].arabic:
                k += 1
            if actor and k < sent.hi and set(toks[k].cands) & _RELATIVES:
                rel_end = k + 3
            for i in pool:
                if arefs[i].first <= rel_end:
                    continue
                if arefs[i].first <= after_actor or arefs[i].mention.actor in actor_ids:
                    continue
                member = gov[i] == "في" and arefs[i].mention.type != "LOC" and arefs[i].mention.place is None and \
                    arefs[i].first >= 2 and set(toks[arefs[i].first - 2].cands) & _MEMBERS
                if (gov[i] in _LOC_PREPS and not member) or gov[i] in _AGENT_PREPS or gov[i] in _SOURCE_PREPS:
                    continue  # (a place, an agent, or the credited source: «بحسب المرصد السوري»)
                if any(set(toks[k].cands) & _TIME_PREPS for k in range(max(after_actor + 1, arefs[i].first - 2),
                                                                      arefs[i].first)):
                    continue  # «سيلتقي بعد زيارته دمشق قيادات …»: inside a time phrase, the object of another act
                if self._place_headed(toks, arefs[i], sent.lo) or (arefs[i].mention.id in sites and physical):
                    continue  # «استهدفت بلدات حيان وبيانون»: a town attacked is the event's place, not a party
                if gov[i] == "ل" and self._allegiance(toks, arefs[i]):
                    continue  # «قريتي كفريا والفوعة المواليتين للنظام»: a patron, not the one struck
                if tm.row.type == "MOBILIZE" and gov[i] in ("الي", "نحو", "ل") and arefs[i].mention.place is not None:
                    continue  # «إرسال قوات برية إلى سوريا»: where troops go is the destination, not a party
                if tm.row.tag == "statement" and kinds.get(arefs[i].mention.actor or "") == "media":
                    continue  # the outlet a statement was told to or made on («لـ"الوطن"», «على موقع فيسبوك»)
                if tm.row.tag == "statement" and not self._adjacent_via_prep(toks, after_actor + 1, arefs[i].first) \
                        and not (tm.row.type in ("ACCUSE", "REJECT", "SUPPORT") and
                                 self._about_masdar(toks, after_actor + 1, arefs[i].first)) \
                        and not (tm.row.type == "SUPPORT" and self._praised(toks, after_actor + 1, arefs[i].first)):
                    continue  # a statement's addressee follows it directly («دعا X إلى», «اتهم X بـ»)
                if tm.row.tag == "statement" and actor and self._apposition(toks, after_actor + 1, arefs[i].first):
                    continue  # «شكا خالد خوجا، رئيس الائتلاف …»: a title after a comma describes the speaker
                recipient = self._coordinated(arefs, i, toks, 1 << 30)
                break
        if not recipient and actor and tm.row.type == "THREATEN":
            # «هدد الاتحاد بفرض عقوبات على دمشق», «بأنه سيفرض عقوبات على دمشق»: a threat is made to the one its
            # threatened act would strike («على X» in its content).
            last = max([tm.last] + [arefs[i].last for i in actor])
            content = next((k for k in range(last + 1, min(sent.hi, last + 13)) if toks[k].arabic and (
                toks[k].procl.lstrip("وف")[:1] == "ب" or toks[k].token.text.lstrip("و") in _BARE_THAT)), None)
            target = None if content is None else next(
                (i for i, r in enumerate(arefs) if content < r.first <= content + 8 and r.mention.actor not in actor_ids
                 and self._governor(toks, r, sent.lo, _HEADS) in ("علي", "ضد")
                 and not any(t.token.text in "،,؛;:." for t in toks[content:r.first])), None)
            if target is not None:
                recipient = self._coordinated(arefs, target, toks, sent.hi)
        if not recipient and actor and tm.row.tag == "statement" and tm.row.pos == "v" and c_hi < sent.hi and \
                toks[c_hi - 1].token.text in "،," and all(arefs[i].first > tm.last for i in actor):
            # «طالب مجلس محافظة الأنبار، الولايات المتحدة بتكثيف …»: a comma closes the VSO subject; the addressee
            # opens the next clause (even when that clause names the demanded act).
            # (right after the comma: «شكا خالد خوجا، رئيس الائتلاف …» is an apposition, not an addressee)
            nxt_first = next((i for i, r in enumerate(arefs) if r.first == c_hi), None)
            if nxt_first is not None and arefs[nxt_first].mention.actor not in actor_ids and \
                    self._governor(toks, arefs[nxt_first], sent.lo, _HEADS) is None and \
                    arefs[max(actor)].last + 2 >= c_hi:
                recipient = self._coordinated(arefs, nxt_first, toks, sent.hi)
        recipient = [i for i in recipient if arefs[i].mention.actor not in actor_ids]
        if actor and tm.row.type in _VIOLENT and not other_side and all(
                kinds.get(arefs[i].mention.actor or "") == _VICTIMS for i in actor):
            # «قتل 9 مدنيين», «اعتقال السكان»: civilians, families, captives are what a violent act strikes; the
            # agent is left to the sentence (none is guessed).
            # The other party of the act, if one was taken for its target, is the agent («سيطرة داعش … العائلات»).
            others = [i for i in recipient if i not in actor and kinds.get(arefs[i].mention.actor or "") != _VICTIMS]
            if not others and tm.row.pos == "v" and rule == "verb-subject-before" and (agents := [
                    i for i in unmarked_before if arefs[i].last < arefs[actor[0]].first
                    and kinds.get(arefs[i].mention.actor or "") != _VICTIMS
                    and not self._spoken(toks, arefs[i], speech, c_lo)]):
                # «داعش جوعت الأطفال واستباحت النساء وقتلت الرجال»: the victims right before a coordinated verb are
                # the object of the verb before; the subject continues from the agent named before them.
                others = agents[-1:]
                recipient = [i for i in recipient if i not in actor]
                actor = []
            if tm.row.tag == "clash":
                # «قتل 40 شخصا في اشتباكات يخوضها مسلحون من قبيلتي التبو والطوارق»: the dead are the clash's toll;
                # its sides are its parties (two are made symmetric below), the dead no side of it; with no side
                # named here («750 شخصا قتلوا في معارك عدن») the sides are left to the sentence and the story.
                actor, recipient = others, []
            else:
                actor, recipient = others[:1], actor + [i for i in recipient if i not in actor and i not in others[:1]]
                rule = rule if actor else _VICTIMS_RULE
            actor_ids = {arefs[i].mention.actor for i in actor}
        symmetric = bool(other_side) and bool(actor) and bool(recipient)
        if len(actor) >= 2 and not recipient and (tm.row.tag == "clash" or self._mutual(toks, tm.last)):
            actor, recipient, symmetric = actor[:1], actor[1:], True
        return actor, recipient, symmetric, rule

    @staticmethod
    def _appositive_subject(toks: Sequence[TokInfo], arefs: list[_MentionRef], tm: TriggerMatch,
                            clause: tuple[int, int], sent: _Sent) -> int | None:
        """The subject of a clause-opening verb followed only by a title that a comma closes, named in apposition
        right after the comma and closed by a comma or the sentence end («قال وزير الخارجية العراقي، إبراهيم
        الجعفري، إن …»): the index of that mention, else None."""
        _c_lo, c_hi = clause
        words = [t for t in toks[tm.last + 1:c_hi] if t.arabic]
        if not 1 <= len(words) <= 8 or not set(words[0].cands) & _HEADS:
            return None  # (the title begins with a head noun: «رئيس», «وزير», «قائد», «المتحدث» …)
        k = c_hi
        while k < sent.hi and not toks[k].arabic and toks[k].token.text not in "،,":
            k += 1
        if not (toks[c_hi - 1].token.text in "،," or (k < sent.hi and toks[k].token.text in "،,")):
            return None
        start = k + 1 if k < sent.hi and toks[k].token.text in "،," else c_hi
        for i, r in enumerate(arefs):
            if r.first < start:
                continue
            if r.first - start > 1 or any(t.arabic and set(t.cands) & (_SUBJECT_STOP | _BARE_THAT)
                                          for t in toks[start:r.first]):
                return None  # (at most one word, a title like «الدكتور», before the name)
            nxt = r.last + 1
            while nxt < sent.hi and not toks[nxt].arabic and toks[nxt].token.text not in "،,.":
                nxt += 1
            return i if nxt >= sent.hi or toks[nxt].token.text in "،,." else None
        return None

    @staticmethod
    def _remote_topic(toks: Sequence[TokInfo], tm: TriggerMatch, subject: _MentionRef) -> bool:
        """A definite noun trigger (the article on its head; no «بـ»/«لـ» completing a verb, no «و» continuing a
        series of acts: «وقتل ثمانية … والاستيلاء على») that stands more than four words after the mention taken as
        its subject (time words aside)."""
        head = toks[tm.first]
        if tm.row.pos != "n" or not head.cands or not head.cands[0].startswith("ال") or \
                head.procl[:1] in ("و", "ف") or head.procl.lstrip("وف")[:1] in ("ب", "ل"):
            return False
        words = [t for t in toks[subject.last + 1:tm.first] if t.arabic and not set(t.cands) & _TIME]
        if len(words) <= _REMOTE_WORDS:
            return False
        # Only a noun governed by what stands before it: a preposition or «أو» («في المفاوضات», «من الحوار», «أو
        # الإعدام»), or a word carrying a preposition («بأسلحتها المساندة»); after a verb and its adverbials
        # («واصل الجيش منذ ساعات الصباح الأولى القصف») it is still the verb's object.
        prev = next(t for t in reversed(toks[subject.last + 1:tm.first]) if t.arabic)
        return bool(set(prev.cands) & _GOVERNING) or prev.procl.lstrip("وف")[:1] in ("ب", "ل", "ك")

    @staticmethod
    def _praise_object(toks: Sequence[TokInfo], prev: TriggerMatch, tm: TriggerMatch) -> bool:
        """A non-statement noun that is the «بـ» object of a praise right before it, directly or after a word of
        degree or role («مشيدا بالتنسيق», «أشاد بمستوى التعاون», «ثمن دور الدعم»)."""
        if prev.row.type != "SUPPORT" or tm.row.pos != "n" or tm.row.tag == "statement" or prev.row.words[0] not in \
                _PRAISE:
            return False
        gap = [t for t in toks[prev.last + 1:tm.first + 1] if t.arabic]
        if not gap or len(gap) > 2 or any(not t.arabic for t in toks[prev.last + 1:tm.first]):
            return False
        return gap[0].procl.lstrip("وف")[:1] == "ب" and (len(gap) == 1 or bool(set(gap[0].cands) & _DEGREE))

    @staticmethod
    def _allegiance(toks: Sequence[TokInfo], r: _MentionRef) -> bool:
        """The mention's «لـ» follows a word of allegiance («الموالية لـ», «المواليتين للنظام»): it names a patron."""
        k = r.first - 1
        if k >= 0 and toks[k].arabic and toks[k].token.text in ("ل", "لـ"):
            k -= 1  # a free-standing «لـ»
        while k >= 0 and not toks[k].arabic:
            k -= 1
        return k >= 0 and any(c.removeprefix("ال").startswith(_ALLEGIANCE) for c in toks[k].cands)

    @staticmethod
    def _charge_object(toks: Sequence[TokInfo], prev: TriggerMatch, tm: TriggerMatch) -> bool:
        """A non-statement noun with «بـ» that an accusation right before it charges someone with («اتهمه
        بالتعاون مع …», «متهمة اياهم «بالتعاون مع الغرب»»; the accused may stand between): its content."""
        if prev.row.type != "ACCUSE" or tm.row.pos != "n" or tm.row.tag == "statement" or \
                toks[tm.first].procl.lstrip("وف")[:1] != "ب":
            return False
        between = toks[prev.last + 1:tm.first]
        if any(t.token.text in "،,؛;:." for t in between):
            return False
        return len([t for t in between if t.arabic]) <= 2

    @staticmethod
    def _praised(toks: Sequence[TokInfo], a: int, b: int) -> bool:
        """Tokens [a, b) open with the «بـ» object of praise and lead to the one praised: «مشيدا بمشاركة [X]»,
        «مثمنا بدور [X]», «مشيدا بمستوى التنسيق المتكامل مع [X]» (at most four words, no clause break)."""
        words = [t for t in toks[a:b] if t.arabic]
        # (head nouns before the name do not count: «مع قوات [التحالف العربي]»)
        if not words or len([t for t in words if not set(t.cands) & _HEADS]) > 4 or \
                words[0].procl.lstrip("وف")[:1] != "ب":
            return False
        return not any(t.token.text in "،,؛;:." for t in toks[a:b]) and not any(
            set(t.cands) & _BARE_THAT for t in words)

    @staticmethod
    def _undergone(toks: Sequence[TokInfo], tm: TriggerMatch, c_lo: int) -> int | None:
        """The token of «تعرض/يتعرض» whose «لـ»/«إلى» object the noun trigger is («تعرضوا لهجمات», «تعرض لمحاولة
        اغتيال», «تتعرض إلى اعتداءات»), or None."""
        k = tm.first - 1
        marked = toks[tm.first].procl.lstrip("وف")[:1] == "ل"
        if not marked and k >= c_lo and toks[k].token.text in ("إلى", "الى"):
            marked, k = True, k - 1
        elif not marked and k >= c_lo and toks[k].token.text.lstrip("وف").startswith(("لمحاول", "لعملي")):
            marked, k = True, k - 1  # «لمحاولة اغتيال»
        if not marked:
            return None
        for j in range(k, max(c_lo, tm.first - 9) - 1, -1):
            t = toks[j]
            if t.arabic and t.token.text.lstrip("وف").startswith(_UNDERGO):
                return j
            if t.arabic and set(t.cands) & (_RECIP_PREPS | _LOC_PREPS | _BARE_THAT):
                return None  # (the noun belongs to another phrase)
        return None

    @staticmethod
    def _seat(toks: Sequence[TokInfo], r: _MentionRef) -> bool:
        """The place is a body's seat: «مقره/مقرها (في) X» right before it, or «يتخذ من X مقرا» after it (not «في
        مقره بالدمام», where a reception took place, nor «على مقربة من حلب»)."""
        before = [t for t in toks[max(0, r.first - 2):r.first] if t.arabic]
        if before and "في" in before[-1].cands:
            before = before[:-1]
        if before and set(before[-1].cands) & _SEAT_WORDS and not before[-1].procl.lstrip("وف"):
            seat = before[-1].index
            # «في مقره بالدمام»: the act took place at the seat
            return not (seat > 0 and toks[seat - 1].arabic and "في" in toks[seat - 1].cands)
        k = r.last + 1
        return k < len(toks) and toks[k].arabic and "مقرا" in toks[k].cands

    @staticmethod
    def _apposition(toks: Sequence[TokInfo], a: int, b: int) -> bool:
        """Tokens [a, b) are a comma and then a title noun («، رئيس», «، وزير»): an apposition to what precedes."""
        k = a
        while k < b and not toks[k].arabic and toks[k].token.text not in "،,":
            k += 1
        return k + 1 < b and toks[k].token.text in "،," and toks[k + 1].arabic and bool(set(toks[k + 1].cands) & _HEADS)

    @staticmethod
    def _gapped_complement(toks: Sequence[TokInfo], lo: int, before: Sequence[TriggerMatch], tm: TriggerMatch
                           ) -> bool:
        """Whether ``tm`` (sentence-relative) is the look-ahead word of a gapped row matched just before it («تبادل
        ~~إطلاق», «أعرب ~~إدانة», «قاطع ~اجتماع», «تفريق ~تظاهرة»): part of that act, not another."""
        for m in before:
            if 0 >= tm.first - m.last or tm.first - m.last > 10:
                continue
            for w in m.row.words[1:]:
                if w.startswith("~") and any(c in word_forms(w.lstrip("~")) for c in toks[lo + tm.first].cands):
                    return True
        return False

    def _main_subject(self, toks: Sequence[TokInfo], arefs: list[_MentionRef], tm: TriggerMatch, lo: int,
                      kinds: Mapping[str, str]) -> int | None:
        """The subject of the sentence a circumstantial participle hangs on: its first actor mention before the
        participle that no preposition governs (not a news agency in a dateline)."""
        for i, r in enumerate(arefs):
            if r.first >= tm.first:
                break
            if r.first >= lo and self._governor(toks, r, lo, _HEADS) is None and \
                    kinds.get(r.mention.actor or "") != "media":
                return i
        return None

    @staticmethod
    def _spoken(toks: Sequence[TokInfo], r: _MentionRef, speech: frozenset[int], lo: int) -> bool:
        """The mention is the subject of a reporting verb right before it («أكدت الشرطة …», «وقال المرصد»; not
        «وأضاف أن تركيا …»)."""
        for k in range(r.first - 1, max(lo, r.first - 3) - 1, -1):
            if k in speech:
                return True
            if toks[k].arabic and set(toks[k].cands) & {"ان", "انه", "انها", "بان"}:
                return False
        return False

    @staticmethod
    def _pronoun_complementiser(toks: Sequence[TokInfo], c_lo: int, first: int) -> int | None:
        """Token index of «أنه/أنها/لأنه/إنهم/بأنها …» right before a verb (a «قد» or «لم» between), or None."""
        k = first - 1
        while k >= c_lo and toks[k].arabic and set(toks[k].cands) & {"قد", "لم", "لن", "كان", "كانت"}:
            k -= 1
        if k < c_lo or not toks[k].arabic:
            return None
        raw = toks[k].token.text.lstrip("وف")
        return k if raw in _PRONOUN_THAT else None

    def _clear_noun(self, toks: Sequence[TokInfo], tm: TriggerMatch) -> bool:
        """The noun trigger cannot be read as a verb: no verb row shares its head, or a preposition governs it
        («بناء على طلب», «بطلب», «لدعوة»)."""
        t = toks[tm.first]
        if t.procl.lstrip("وف")[:1] in ("ب", "ل") or bool(t.cands) and t.cands[0].startswith("ال"):
            return True
        if tm.first > 0 and toks[tm.first - 1].arabic and set(toks[tm.first - 1].cands) & {
                "علي", "في", "الي", "عن", "بعد", "اثر", "عقب", "تلبيه"}:
            return True
        return not any(row.pos == "v" for c in t.cands for row, _r in self.matcher.index.get(c, ()))

    def _forced(self, toks: Sequence[TokInfo], arefs: list[_MentionRef], tm: TriggerMatch, c_lo: int,
                s_lo: int) -> tuple[list[int], list[int]] | None:
        """«أجبر/أرغم X على masdar»: (the forced [X], the forcing) when the noun completes a verb of forcing."""
        k = tm.first - 1
        if k <= c_lo or not (toks[k].arabic and "علي" in toks[k].cands):
            return None
        j = next((j for j in range(k - 1, max(s_lo, k - 8) - 1, -1) if toks[j].arabic and any(
            c.startswith(_FORCE) for c in toks[j].cands)), None)
        if j is None:
            return None
        between = [i for i, r in enumerate(arefs) if j < r.first and r.last < k]
        if not between or self._has_object_pronoun(toks[j]):
            return [], []  # the forced one is no actor mention: no guessed agent
        # The forcer is the verb's own subject between it and the forced one («أجبرت القوات التنظيم»); a pronoun
        # subject («أجبر خلالها فرنسا على …») is not guessed.
        return between[-1:], between[:-1]

    def _planner(self, toks: Sequence[TokInfo], arefs: list[_MentionRef], tm: TriggerMatch, c_lo: int
                 ) -> int | None:
        """«لدى X خطط/نية/قرار لـ masdar»: X, who has the plan."""
        if toks[tm.first].procl.lstrip("وف")[:1] != "ل" or tm.first - 1 < c_lo:
            return None
        plan = toks[tm.first - 1]
        if not (plan.arabic and set(plan.cands) & _PLANS):
            return None
        for i, r in enumerate(arefs):
            if r.last == tm.first - 2 and r.first - 1 >= c_lo and set(toks[r.first - 1].cands) & {"لدي", "عند"}:
                return i
        return None

    def _relative_subject(self, toks: Sequence[TokInfo], arefs: list[_MentionRef], c_lo: int, first: int
                          ) -> int | None:
        """The mention right before a relative pronoun that opens a verb within 6 tokens before ``first``."""
        for k in range(first - 1, max(c_lo, first - 7) - 1, -1):
            if not (toks[k].arabic and set(toks[k].cands) & _RELATIVES):
                continue
            ante = [i for i, r in enumerate(arefs) if r.last < k and k - r.last <= 3
                    and self._adjacent(toks, r.last + 1, k)]
            return ante[-1] if ante else None
        return None

    @staticmethod
    def _threat_content(toks: Sequence[TokInfo], tm: TriggerMatch, hi: int) -> bool:
        """A threat states what it threatens: a «بـ» complement within 12 tokens («هدد بفرض عقوبات», «توعد
        بالرد», «يهدد … بأنه سيفرض»)."""
        if tm.last > tm.first:
            return True  # the phrase names it («هدد بفرض عقوبات»)
        for t in toks[tm.last + 1: min(hi, tm.last + 13)]:
            if not t.arabic:
                if t.token.text in "،,؛;:.":
                    return False  # (within its clause)
                continue
            if {c.removeprefix("ال") for c in t.cands} & _THREAT_WORDS:
                continue
            full = t.cands[0].lstrip("وف") if t.cands else ""
            if t.procl.lstrip("وف")[:1] == "ب" or t.token.text.lstrip("و").startswith(("بأن", "بان")) or (
                    full.startswith("ب") and full[1:] in t.cands):
                return True
        return False

    @staticmethod
    def _pronoun_subject(toks: Sequence[TokInfo], tm: TriggerMatch, hi: int) -> bool:
        """A verb whose subject is a pronoun: a plural or dual ending («وأدانوا», «يطالبون»), or followed by a
        complementiser, a preposition or a time word rather than a noun that could be its subject («وأدان الليلة
        …», «وزعمت أن …»; not «وطالبت الإدارة …», «قتل إرهابي …»)."""
        if tm.row.pos != "v":
            return False
        word = toks[tm.first].cands[0] if toks[tm.first].cands else ""
        if word.endswith(("وا", "ون", "ان")) and len(word) > 4:
            return True
        k = tm.last + 1
        while k < hi and not toks[k].arabic and toks[k].token.text in '"«»()':
            k += 1
        if k >= hi or not toks[k].arabic:
            return True
        cands = {c.removeprefix("ال") for c in toks[k].cands} | set(toks[k].cands)
        return bool(cands & _NOT_SUBJECT) or toks[k].procl.lstrip("وف")[:1] in ("ب", "ل")

    @staticmethod
    def _conditional_statement(toks: Sequence[TokInfo], tm: TriggerMatch, lo: int) -> bool:
        """A statement under a conditional right before it («في حال رفضها الاتفاق», «إذا طالبت الحكومة»): said
        to be possible, not made (guidelines: a statement type is coded only as made)."""
        if tm.row.tag != "statement":
            return False
        for k in range(max(lo, tm.first - 3), tm.first):
            c = set(toks[k].cands) if toks[k].arabic else set()
            if c & {"اذا", "لو"} or (
                    c & {"حال", "حاله"} and k > lo and "في" in toks[k - 1].cands):
                return True
        return False

    @staticmethod
    def _called_for(toks: Sequence[TokInfo], stmts: Sequence[tuple[int, str, str]], tm: TriggerMatch) -> bool:
        """A REQUEST verb of the sentence stands at most 15 words before the trigger with no clause break between
        («حث X على العودة إلى الحوار», «تطالب X بتسليم أسلحتهم»): the trigger is what is called for, whatever
        inflection of the verb the cue list lacks."""
        for at, typ, pos in stmts:
            if typ == "REQUEST" and pos == "v" and 0 < tm.first - at <= 15 and not any(
                    not t.arabic and t.token.text in ".؛;:!؟?" for t in toks[at + 1:tm.first]):
                return True
        return False

    @staticmethod
    def _object_gapped(tm: TriggerMatch) -> bool:
        """A verb row with a literal object («أرسل تعزيزات») matched with words between verb and object (the
        matcher's VSO reading: «أرسل الجيش تعزيزات»)."""
        w = tm.row.words
        return tm.row.pos == "v" and len(w) > 1 and w[1][:1] not in "~+" and tm.last < tm.first + len(w) - 1

    @staticmethod
    def _subject_fills_gap(toks: Sequence[TokInfo], tm: TriggerMatch, subj: Sequence[_MentionRef], rule: str
                           ) -> int | None:
        """The object's token when the words between a verb and its object noun are its subject (a mention of the
        actor, coordinated ones included, then perhaps a time word): «أرسلت تركيا أمس تعزيزات», not «أعلنت تركيا
        تقديم الدعم»; else None."""
        if rule != "verb-subject-after" or not subj or subj[0].first != tm.last + 1:
            return None
        forms = word_forms(tm.row.words[1])
        k = max(r.last for r in subj) + 1
        if k < len(toks) and toks[k].arabic and set(toks[k].cands) & _TIME:
            k += 1
        return k if k < len(toks) and any(c in forms for c in toks[k].cands) else None

    @staticmethod
    def _manner(toks: Sequence[TokInfo], tm: TriggerMatch) -> bool:
        """A noun of backing with the preposition «بـ» («بمساندة», «وبمساندة»): the manner of another act."""
        return tm.row.pos == "n" and tm.row.words[0] in _MANNER_NOUNS and \
            toks[tm.first].procl.lstrip("وف")[:1] == "ب"

    @staticmethod
    def _verbal_attack(toks: Sequence[TokInfo], tm: TriggerMatch, hi: int, actor_ids: Sequence[str],
                       kinds: Mapping[str, str]) -> bool:
        """«هاجم» in words: its agents are all individuals, its object is an idea or policy, or a speech or
        «بشدة» is named in its clause."""
        if actor_ids and all(kinds.get(a) == "person" for a in actor_ids):
            return True
        nxt = tm.last + 1
        if nxt < hi and toks[nxt].arabic and {c.removeprefix("ال") for c in toks[nxt].cands} & _IDEAS:
            return True
        return any(t.arabic and {c.removeprefix("ال") for c in t.cands} & _SPEECH_NOUNS
                   for t in toks[tm.last + 1: min(hi, tm.last + 9)])

    @staticmethod
    def _danger_warned(toks: Sequence[TokInfo], tm: TriggerMatch, hi: int) -> bool:
        """The warning's «من» complement is a danger («من خطورة», «من مخاطر», «من تفشي»)."""
        for k in range(tm.last + 1, min(hi, tm.last + 12) - 1):
            if toks[k].arabic and "من" in toks[k].cands and toks[k + 1].arabic:
                return bool({c.removeprefix("ال") for c in toks[k + 1].cands} & _DANGER)
        return False

    @staticmethod
    def _demonym_after(toks: Sequence[TokInfo], tm: TriggerMatch) -> str | None:
        """The country (ISO 3166 alpha-3) of a nisba demonym adjective right after a noun trigger (an adjective
        such as «جوي» may come first): «بدعم روسي» → RUS."""
        for k in range(tm.last + 1, min(len(toks), tm.last + 3)):
            t = toks[k]
            if not t.arabic or not t.cands:
                return None
            for c in t.cands:
                code = _DEMONYMS.get(c.removeprefix("ال").removesuffix("ه"))
                if code is not None:
                    return code
            c0 = t.cands[0].removeprefix("ال")
            if len(c0) < 4 or not c0.endswith(("ي", "يه")) or set(t.cands) & (_RECIP_PREPS | _LOC_PREPS):
                return None  # (only another adjective, «جوي», «عسكري», may come first)
        return None

    @staticmethod
    def _similar(toks: Sequence[TokInfo], tm: TriggerMatch) -> bool:
        """«قصف مماثل», «هجوم مشابه»: the noun is followed by «similar»."""
        k = tm.last + 1
        return tm.row.pos == "n" and k < len(toks) and toks[k].arabic and bool(set(toks[k].cands) & _SIMILAR)

    @staticmethod
    def _refines(toks: Sequence[TokInfo], a: _MentionRef, b: _MentionRef) -> bool:
        """Place b follows place a within 4 tokens with only adjectives, place nouns, commas and «تحديدا/خاصة/
        وخصوصا» between: an apposition that names a finer place of the same location."""
        if not (0 <= b.first - a.last - 1 <= 4):
            return False
        for t in toks[a.last + 1: b.first]:
            if not t.arabic:
                if t.token.text in "،,\"«»()":
                    continue
                return False
            c = {x.removeprefix("ال") for x in t.cands}
            if c & (_PLACE_HEADS | _REFINE):
                continue
            if t.cands and t.cands[0].startswith("ال") and t.cands[0].endswith(("ي", "يه")):
                continue  # («الشرقي», «الشمالية»)
            return False
        return True

    @staticmethod
    def _same_place(toks: Sequence[TokInfo], lo: int, hi: int) -> bool:
        """The clause says «in the same place»: a place noun then «نفسها/ذاتها», or «ذات/نفس» then a place noun."""
        for k in range(lo, hi - 1):
            a, b = toks[k], toks[k + 1]
            if not (a.arabic and b.arabic):
                continue
            if {c.removeprefix("ال") for c in a.cands} & _PLACE_HEADS and \
                    b.token.text in ("نفسها", "نفسه", "ذاتها", "ذاته"):
                return True
            if a.token.text.lstrip("وفب") in ("ذات", "نفس") and {c.removeprefix("ال") for c in b.cands} & _PLACE_HEADS:
                return True
        return False

    @staticmethod
    def _counterpart(toks: Sequence[TokInfo], a: int, b: int) -> bool:
        """A counterpart noun («نظيره», «نظيرته», «نظراءه») among the ≤ 3 tokens [a, b) before a mention."""
        return b - a <= 3 and any(t.arabic and t.token.text.lstrip("وب").startswith(("نظير", "نظرا"))
                                  for t in toks[a:b])

    def _speaker_gap(self, toks: Sequence[TokInfo], a: int, b: int) -> bool:
        """Tokens [a, b) hold head nouns and time words only, or «في بيان/تصريح …» (up to 3 words):
        «أكد الجيش أنه», «أعلنت الشرطة في بيان لها أنها»."""
        if self._adjacent(toks, a, b):
            return True
        words = [t for t in toks[a:b] if t.arabic]
        # (time words do not count: «قال اليامي في بيان له اليوم إنه التقى …»)
        return 0 < len(words) and len([t for t in words if not set(t.cands) & _TIME]) <= 3 and \
            "في" in words[0].cands and all(t.arabic or t.token.kind in ("punct", "other") for t in toks[a:b])

    @staticmethod
    def _counted_mention(toks: Sequence[TokInfo], r: _MentionRef, lo: int) -> bool:
        """A number opens the mention or stands right before it: «173 مدنيا», «عشرات المدنيين»."""
        return any(number_at(t) is not None for t in toks[max(lo, r.first - 2): r.first + 1])

    @staticmethod
    def _barrel_bombs(toks: Sequence[TokInfo], lo: int, hi: int) -> bool:
        return any(t.arabic and set(t.cands) & {"براميل", "البراميل", "برميل", "بالبراميل"} for t in toks[lo:hi])

    @staticmethod
    def _received(toks: Sequence[TokInfo], tm: TriggerMatch, c_lo: int) -> bool:
        """The noun is the object of a verb of receiving («تلقى», «تسلم», «حصل على») right before it."""
        for k in range(tm.first - 1, max(c_lo, tm.first - 3) - 1, -1):
            if toks[k].arabic and set(toks[k].cands) & _RECEIVE:
                return True
        return False

    @staticmethod
    def _described(toks: Sequence[TokInfo], tm: TriggerMatch, lo: int) -> bool:
        """A definite violent noun that a relative clause describes («التفجير الغاشم الذي استهدف …») or that
        names an incident («حادث التفجير», «موقع التفجير»)."""
        if not toks[tm.first].cands or not toks[tm.first].cands[0].startswith("ال"):
            return False
        if tm.first > lo and set(toks[tm.first - 1].cands) & _INCIDENT:
            return True
        for t in toks[tm.last + 1: tm.last + 4]:
            if set(t.cands) & _RELATIVES:
                return True
            if not t.arabic or not t.cands or not t.cands[0].startswith("ال"):
                return False  # only definite adjectives («الغاشم», «الإرهابي») stand between
        return False

    @staticmethod
    def _governed_victims(toks: Sequence[TokInfo], r: _MentionRef, lo: int, kinds: Mapping[str, str],
                          uncounted: bool = False) -> bool:
        """A victims mention (civilians, families) in the oblique case — an accusative «ـا» or a sound plural in
        «ـين» — right after the word that governs it, numbers and «نحو/زهاء» aside: the object of a verb or the
        genitive of a masdar («اعتقلت زهاء 30 مواطنا», «بنقل مواطنين», «مقتل 32 شخصا»). Not after «إن/أن» or
        a clause opener (a subject: «إن 173 مدنيا قتلوا»), nor after a partitive «من» («قام عدد من المواطنين
        بتنظيم مظاهرة»: the counted head is the subject); broken plurals show no case and are left alone."""
        if kinds.get(r.mention.actor or "") != _VICTIMS:
            return False
        word = toks[r.last].cands[0] if toks[r.last].cands else ""
        if not word.endswith(("ين", "ا")):
            return False
        k = r.first - 1
        while k >= lo and (number_at(toks[k]) is not None or set(toks[k].cands) & _ABOUT):
            k -= 1
        if uncounted and k < r.first - 1:
            return False  # (``uncounted``: only a mention no count or quantity word stands before)
        if k < lo or not toks[k].arabic or toks[k].token.text in _BARE_THAT or set(toks[k].cands) & _CLAUSE_OPENERS:
            return False
        return toks[r.first - 1].token.text != "من"

    @staticmethod
    def _charged(toks: Sequence[TokInfo], tm: TriggerMatch, lo: int) -> bool:
        """The trigger names what someone is charged with, within three words after «بتهمة» («أعدم التنظيم 20
        مواطنا بتهمة التعاون مع الجيش», «اعتقال خمسة أشخاص بتهمة التخطيط لهجمات»): an accusation's content,
        no act told."""
        for k in range(tm.first - 1, max(lo, tm.first - 4) - 1, -1):
            if set(toks[k].cands) & _CHARGE:
                return True
            if not toks[k].arabic and toks[k].token.text not in '"«»“”\'':
                return False  # (quotes may open the charge: «بتهمة “دعم الإرهاب”»)
        return False

    @staticmethod
    def _toll_counted(toks: Sequence[TokInfo], r: _MentionRef, lo: int) -> bool:
        """A number opens the mention or stands right before it, and a toll verb or noun at most four words before
        that («قتل خمسة جنود», «مقتل 3 جنود», «أصيب 10 أشخاص», «قتل مسلحو داعش خمسة جنود»)."""
        if r.mention.text == "منهم" and r.first > lo and number_at(toks[r.first - 1]) is not None:
            return True  # «قتل 13 جنديا، ثلاثة منهم في مكمن …»: a count of a group of dead told before
        for k in range(r.first, max(lo, r.first - 2) - 1, -1):
            if number_at(toks[k]) is not None:
                return any(set(t.cands) & _TOLL_WORDS for t in toks[max(lo, k - 4):k])
        return False

    @staticmethod
    def _counted(toks: Sequence[TokInfo], a: int, r: _MentionRef) -> bool:
        """A number stands between token a and the mention (time words aside) or opens it: «قتل 17 مدنيا»."""
        seen = False
        for t in toks[a:r.first + 1]:
            if number_at(t) is not None:  # (0: «عشرات», «آلاف» — counted, no figure)
                seen = True
            elif t.index < r.first and not (t.token.kind in ("punct", "other") or set(t.cands) & _TIME):
                return False
        return seen

    @staticmethod
    def _passive_defective(t: TokInfo, tm: TriggerMatch) -> bool:
        """«ويُدعى» (is called), not «يدّعي» (claims): a derived defective verb («ادعى», «ألقى») ends its active
        imperfect in «ي»; written with «ى» the imperfect is the passive, which names or describes, not acts."""
        head = tm.row.words[0]
        if tm.row.pos != "v" or not (head.startswith(("ا", "أ", "إ")) and head.endswith(("ى", "ي"))):
            return False
        raw = t.token.text.lstrip("وف")
        return raw[:1] in ("ي", "ت") and raw.endswith("ى")

    @staticmethod
    def _definite_only_sense(toks: Sequence[TokInfo], tm: TriggerMatch) -> bool:
        """«التأمين» standing alone is insurance; securing ground is the construct «تأمين الطريق»."""
        return tm.row.pos == "n" and tm.row.words[0] in _CONSTRUCT_ONLY and tm.first == tm.last and \
            toks[tm.first].cands[:1] != () and toks[tm.first].cands[0].startswith("ال")

    @staticmethod
    def _adjective_reading(toks: Sequence[TokInfo], tm: TriggerMatch) -> bool:
        """«محاصرة» is a masdar only in construct with its object («بعد محاصرة المدينة», «أعلنت محاصرة
        الرمادي»); «العائلات المحاصرة», «مدينة محاصرة منذ» are the participle "besieged"."""
        if tm.row.pos != "n" or tm.row.words[0] not in _PARTICIPLE_HOMOGRAPHS or tm.first != tm.last:
            return False
        if any(c.startswith("ال") for c in toks[tm.first].cands[:1]):
            return True
        nxt = toks[tm.last + 1] if tm.last + 1 < len(toks) else None
        return nxt is None or not nxt.arabic or bool(set(nxt.cands) & {"منذ", "من", "في"})

    @staticmethod
    def _stopped(toks: Sequence[TokInfo], tm: TriggerMatch, lo: int) -> bool:
        """A violent noun governed by a noun of stopping or preventing («لوقف العمليات العسكرية», «منع تمدد»,
        «إنهاء القتال»): what is stopped is not reported as happening."""
        if tm.row.pos != "n" or tm.row.type not in ("ASSAULT", "COERCE") or tm.first <= lo:
            return False
        t = toks[tm.first - 1]
        return t.arabic and bool(set(t.cands) & _STOP_NOUNS)

    @staticmethod
    def _not_ground(toks: Sequence[TokInfo], tm: TriggerMatch, place_firsts: frozenset[int]) -> bool:
        """«تأمين» secures ground only with a place as its object («تأمين الطريق الدولي», «تأمين مدينة X»,
        «تأمين حلب»); «بتأمين كل الظروف», «تأمين الاحتياجات» provide. «أحبط» foils only an attack, attempt or
        plot named after it."""
        if tm.row.pos == "v" and tm.row.words[0] in _FOIL:
            # «أحبطت القوات محاولة تسلل / هجوما / مخططا»; «لم يحبط عزيمته» (dampened) is no act.
            return not any(set(t.cands) & _FOILED for t in toks[tm.last + 1: tm.last + 5] if t.arabic)
        if tm.row.pos != "n" or tm.row.words[0] not in _CONSTRUCT_ONLY:
            return False
        k = tm.last + 1
        while k < len(toks) and not toks[k].arabic and toks[k].token.text in '"«»':
            k += 1
        return not (k in place_firsts or (k < len(toks) and bool(
            {c.removeprefix("ال") for c in toks[k].cands} & _PLACE_HEADS)))

    @staticmethod
    def _institution_name(toks: Sequence[TokInfo], tm: TriggerMatch, lo: int) -> bool:
        """A «لـ» noun in the name of an institution («مركز الملك سلمان للإغاثة», «الهيئة العامة للإغاثة»,
        «منظمة حظر الأسلحة الكيميائية»): part of a name, not an act."""
        if tm.row.pos != "n":
            return False
        head = toks[tm.first]
        # Names take a definite masdar («للإغاثة», «لحقوق الإنسان»); «دعت منظمة العفو لوقف …» is a purpose.
        lam = head.token.text.lstrip("وف").startswith("لل")
        for k in range(tm.first - 1, max(lo, tm.first - 5) - 1, -1):
            t = toks[k]
            if not t.arabic:
                if t.token.text in '"«»()':
                    continue
                return False
            if set(t.cands) & _INSTITUTIONS:
                return lam or k == tm.first - 1
            if t.procl.startswith("و") and k != tm.first - 1:
                return False
        return False

    @staticmethod
    def _anaphoric(toks: Sequence[TokInfo], tm: TriggerMatch, lo: int) -> bool:
        """A noun after a demonstrative («هذه الغارات», «بهذه الاعتداءات») points back to acts already told: a
        restatement, not a new record."""
        if tm.row.pos != "n" or tm.first <= lo:
            return False
        t = toks[tm.first - 1]
        if t.arabic and set(t.cands) & _DEMONSTRATIVES:
            return True
        # «بعد الهجوم», «خلال الاجتماع», «منذ الهجوم»: a definite noun after a time preposition dates another
        # statement by an act already told.
        head = toks[tm.first]
        if not head.cands[0].startswith("ال"):
            return False
        if t.arabic and bool(set(t.cands) & _TIME_PREPS):
            # «خلال الاشتباكات بين الجيش وقوات المجلس»: a noun naming its own two sides tells a new act.
            return not any(tk.arabic and "بين" in tk.cands for tk in toks[tm.last + 1:tm.last + 3])
        # «استخدمها التنظيم في الهجوم.»: a bare definite noun after «في» that ends its clause names the attack
        # already told.
        nxt = toks[tm.last + 1] if tm.last + 1 < len(toks) else None
        return tm.first == tm.last and t.arabic and "في" in t.cands and (
            nxt is None or (not nxt.arabic and nxt.token.text in "،,.؛;:"))

    @staticmethod
    def _imperfect_next(toks: Sequence[TokInfo], k: int) -> bool:
        """«أن» before an imperfect verb («أن يكون») is the particle of a verbal noun, not «that» after a speaker."""
        j = k + 1
        while j < len(toks) and not toks[j].arabic and toks[j].token.text in '"«»':
            j += 1
        return j < len(toks) and toks[j].arabic and toks[j].cands[0][:1] in ("ي", "ت") and len(toks[j].cands[0]) >= 4

    @staticmethod
    def _statement_between(stmts: Sequence[tuple[int, str, str]], a: int, b: int, types: tuple[str, ...] = (),
                           nouns: bool = False) -> bool:
        """A statement verb trigger («دان», «اتهم», «طالب»; with ``nouns`` also a statement noun: «استنكاره»; of one
        of ``types`` if given) starts in tokens [a, b). ``stmts``: the sentence's statement matches as sorted
        (first token, type, pos)."""
        for at, typ, pos in stmts:
            if at >= b:
                break
            if at >= a and (not types or typ in types) and (nouns or pos == "v"):
                return True
        return False

    def _relative_agent(self, toks: Sequence[TokInfo], tm: TriggerMatch, after: list[int],
                        gov: dict[int, str | None], arefs: list[_MentionRef]) -> int | None:
        """The agent named by a relative clause on a violent noun: «هجمات شنتها الميليشيات», «الهجوم الانتحاري
        الذي تبناه تنظيم داعش», «العمليات التي نفذتها الوحدات» (an adjective or two may come first)."""
        k = tm.last + 1
        hi = min(len(toks), tm.last + 6)
        while k < hi and toks[k].arabic and not (set(toks[k].cands) & _RELATIVES) and not self._perpetrate(toks[k]):
            k += 1  # adjectives («الانتحاري», «المسلحة»)
        if k < hi and set(toks[k].cands) & _RELATIVES:
            k += 1
        if not (k < hi and self._perpetrate(toks[k])):
            return None
        if set(toks[k].cands) & _ASCRIBE and k + 1 < len(toks) and "الي" in toks[k + 1].cands:
            k += 1  # «بهجمات نسبت إلى حزب العمال»: ascribed to X
            return next((i for i in after if arefs[i].first > k and self._adjacent(toks, k + 1, arefs[i].first)),
                        None)
        for i in after:
            if arefs[i].first > k and gov[i] is None and self._adjacent(toks, k + 1, arefs[i].first):
                return i
        return None

    @staticmethod
    def _perpetrate(t: TokInfo) -> bool:
        return t.arabic and any(c in _PERPETRATE or c in _ASCRIBE for c in t.cands)

    def _about_masdar(self, toks: Sequence[TokInfo], a: int, b: int) -> bool:
        """Tokens [a, b) are «(adverb) masdar (head nouns)»: «دانت X بشدة اقتحام قوات Y» — Y, the masdar's agent,
        is what a condemnation, rejection or praise is addressed to."""
        if b - a > 4:
            return False
        seen = False
        for t in toks[a:b]:
            if not t.arabic:
                continue
            cands = set(t.cands)
            if any(row.pos == "n" for c in t.cands for row, _r in self.matcher.index.get(c, ())):
                seen = True
            elif not (cands & (_HEADS | _TIME | _ADVERBS) or t.procl.lstrip("وف")[:1] == "ب"):
                return False
        return seen

    @staticmethod
    def _adjectives_only(toks: Sequence[TokInfo], a: int, b: int) -> bool:
        """Tokens [a, b) hold no object noun: adjectives only («هجوم مسلح للمقاومة», «غارات جوية للتحالف»), so a
        following «لـ» names the agent; after an object («تدمير دبابة لقوات النظام») it names the target's owner."""
        for t in toks[a:b]:
            if not t.arabic or set(t.cands) & (_HEADS | _TIME):
                continue
            c = t.cands[0]
            if not (c in _ADJECTIVES or c.endswith(("يه", "ي", "يين", "يون", "يات")) or c.removeprefix("ال") in _ADJECTIVES):
                return False
        return True

    @staticmethod
    def _place_headed(toks: Sequence[TokInfo], r: _MentionRef, lo: int) -> bool:
        """The mention follows a place noun («قرية X», «بلدات X وY», «مدينة X»)."""
        k = r.first - 1
        steps = 0
        while k >= lo and steps < 6:
            t = toks[k]
            if not t.arabic:
                if t.token.text in "،,؛;:.()":
                    return False
                k -= 1
                continue
            if set(t.cands) & _PLACE_HEADS:
                return True
            if steps == 0 and "مع" in t.cands and k > lo and set(toks[k - 1].cands) & {"الحدود", "حدود", "حدودها"}:
                return True  # «قرب الحدود مع سورية»
            # Walk back over the conjuncts of a list of places («بلدات حيان وبيانون وماير»).
            if set(t.cands) & (_HEADS | _RECIP_PREPS | _LOC_PREPS):
                return False
            if not (t.procl.startswith("و") or t.token.text.startswith("و")):
                # The first conjunct («حيان» in «بلدات حيان وبيانون»): the place noun must come right before it.
                k -= 1
                while k >= lo and not toks[k].arabic and toks[k].token.text in '"«»':
                    k -= 1
                return steps > 0 and k >= lo and bool(set(toks[k].cands) & _PLACE_HEADS)
            k -= 1
            steps += 1
        return False

    @staticmethod
    def _side_gap(toks: Sequence[TokInfo], a: int, b: int, need_and: bool) -> bool:
        """Tokens [a, b) only join two sides of «بين»: «من جهة»/«من جهة أخرى», «و»/«وبين», commas, head nouns
        («بين فصيلي X»); with ``need_and``, a «و» must be among them (or on the token at b)."""
        if b - a > 8:
            return False
        seen_and = b < len(toks) and toks[b].procl.startswith("و")
        for t in toks[a:b]:
            if not t.arabic:
                if t.token.kind in ("punct", "other") and t.token.text not in ".؛;:":
                    continue
                return False
            cands = set(t.cands)
            if t.token.text == "و" or t.procl.startswith("و"):
                seen_and = True
            if t.token.text == "و" or cands & (
                    {"من", "جهه", "ناحيه", "طرف", "اخري", "ثانيه", "بين"} | _HEADS | _DELEGATES):
                continue
            return False
        return seen_and or not need_and

    def _adjacent_via_prep(self, toks: Sequence[TokInfo], a: int, b: int) -> bool:
        """Only prepositions, head nouns, time words and punctuation lie in tokens [a, b) — after an optional
        medium phrase «في بيان (…)», «في مؤتمر صحفي (…)» that says how a statement was made."""
        if a + 1 < b and "في" in toks[a].cands and set(toks[a + 1].cands) & _MEDIA_NOUNS and b - a <= 12:
            # «ودعت الحكومة في بيان الثلاثاء نشرته على صفحتها قبيلتي التبو والطوارق إلى …»: what follows the medium
            # up to the addressee may describe it, but no complement (the content) may start inside it.
            return not any(set(t.cands) & (_BARE_THAT | {"الي"}) or t.procl.lstrip("وف")[:1] == "ب"
                           for t in toks[a + 2:b] if t.arabic) and not any(
                t.token.text in "،,؛;:." for t in toks[a:b])
        ok = _RECIP_PREPS | _HEADS | _TIME
        return all(bool(set(t.cands) & ok) for t in toks[a:b] if t.token.kind not in ("punct", "other"))

    @staticmethod
    def _mutual(toks: Sequence[TokInfo], last: int) -> bool:
        return last + 1 < len(toks) and any(c.startswith("متبادل") for c in toks[last + 1].cands)

    @staticmethod
    def _has_object_pronoun(t: TokInfo) -> bool:
        return any(w.role == "enclitic" for w in t.token.words) or (
            len(t.cands) > 1 and t.cands[-1] != t.cands[0] and t.token.text.endswith(("ها", "هم", "ه")))

    @staticmethod
    def _relative(toks: Sequence[TokInfo], c_lo: int, first: int) -> int | None:
        """Token index of a relative pronoun right before the trigger in its clause («التي دربّتها»)."""
        for k in range(first - 1, max(c_lo, first - 3) - 1, -1):
            if set(toks[k].cands) & _RELATIVES:
                return k
        return None

    @staticmethod
    def _feminine_past(t: TokInfo, tm: TriggerMatch) -> bool:
        """A past verb in the feminine singular: its lemma plus «ت» («اتفقت», «دربّتها»)."""
        if tm.row.pos != "v":
            return False
        lemma = tm.row.words[0]
        return not lemma.endswith(("ي", "ى", "ت", "ا")) and lemma + "ت" in t.cands

    @staticmethod
    def _noun_before(toks: Sequence[TokInfo], c_lo: int, first: int) -> bool:
        """A word other than connectives, «إن/أن» and time prepositions («بعد أن») stands before the verb in its
        clause: an explicit subject («إن المستشفى استقبل …»), so the verb does not continue the sentence before."""
        return any(t.arabic and not (set(t.cands) & (_CONNECTIVES | _TIME_PREPS)) and t.token.text not in _BARE_THAT
                   for t in toks[c_lo:first])

    @staticmethod
    def _clause_initial(toks: Sequence[TokInfo], c_lo: int, first: int) -> bool:
        """The trigger opens its clause (up to 4 words, connectives aside): its subject is the sentence's."""
        words = [t for t in toks[c_lo:first] if t.arabic and not (set(t.cands) & _CONNECTIVES)]
        return len(words) <= 3

    def _coordinated_back(self, arefs: list[_MentionRef], i: int, toks: Sequence[TokInfo]) -> list[int]:
        """The whole coordination a mention belongs to (walking back to its first conjunct, then forward)."""
        j = i
        while j > 0 and j in self._coordinated(arefs, j - 1, toks, 1 << 30)[:2]:
            j -= 1
        group = self._coordinated(arefs, j, toks, 1 << 30)
        return group if i in group else [i]

    def _adjacent_places(self, toks: Sequence[TokInfo], a: int, b: int, covered: frozenset[int] = frozenset()
                         ) -> bool:
        """Only place nouns, time words, punctuation and the tokens of actor mentions (``covered``: a VSO subject,
        «قصف الجيش قرية X») lie in tokens [a, b)."""
        return all(t.token.kind in ("punct", "other") or k in covered or bool(set(t.cands) & (_PLACE_HEADS | _TIME))
                   or (k + 1 in covered and bool(set(t.cands) & _HEADS))  # «قصفت قوات [الأسد] قريتي X»
                   for k, t in enumerate(toks[a:b], a))

    def _place(self, toks: Sequence[TokInfo], tm: TriggerMatch, prefs: list[_MentionRef],
               clause: tuple[int, int], sent: _Sent, precision: dict[str, int], coarse: set[str],
               covered: frozenset[int] = frozenset(), same_subject: bool = False) -> str | None:
        # «سيطرت القوات على منطقتي X وY», «هجوم على قرية X»: the target of a physical act is where it happened.
        physical = tm.row.type in ("ASSAULT", "COERCE") and tm.row.tag != "statement"

        ungoverned: list[bool] = []

        def pick(lo: int, hi: int, governed_only: bool = False) -> str | None:
            best: tuple[tuple[int, bool, int], str] | None = None
            prev_governed: _MentionRef | None = None
            for r in prefs:
                if not (lo <= r.first < hi) or r.mention.place is None:
                    continue
                if governed_only and r.mention.place in coarse:
                    continue  # outside the clause, only a named locality places the event
                if self._seat(toks, r):
                    continue  # «البرلمان الذي مقره طبرق», «الذي يتخذ من طرابلس مقرا له»: where a body sits
                g = self._governor(toks, r, lo, _PLACE_HEADS | _FRONTS)
                # Preferred: a place governed by في / ب / قرب (or the destination after الى), or the trigger's own
                # object («قصف قرية X», «بتطويق مدينة البوكمال»); then the most precise; then the nearest.
                governed = g in ("في", "ب", "قرب", "بالقرب", "داخل", "ضواحي", "محيط", "اطراف", "وسط", "الي",
                                 "نحو", "قباله") or (g == "علي" and physical) or (r.first > tm.last and self._adjacent_places(toks, tm.last + 1, r.first,
                                                                                      covered))
                if not governed and prev_governed is not None and precision.get(r.mention.place or "", 3) < \
                        precision.get(prev_governed.mention.place or "", 3) and self._refines(toks, prev_governed, r):
                    governed = True  # «في ريف حلب الشرقي تحديداً قرية قصر البريج»: a finer place in apposition
                if governed:
                    prev_governed = r
                if (governed_only or r.mention.place in coarse) and not governed:
                    continue  # an ungoverned country is a party or an attribute, not where the act happened
                dist = r.first - tm.last if r.first > tm.last else (tm.first - r.last) + 50
                # Nearest first (the first of a chain «قرية X بريف Y», «X بمدينة Y» is the most specific), but a
                # region or country only when the clause names nothing finer.
                key = (0 if governed else 1, precision.get(r.mention.place or "", 3) >= 3, dist)
                if best is None or key < best[0]:
                    best = (key, r.mention.place)
            ungoverned[:] = [best is not None and best[0][0] == 1]
            return best[1] if best else None

        # The clause; then a governed locality later in the sentence («وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30
        # مساء الاربعاء، قرب مدينة اعزاز»). Places before the clause belong to earlier clauses' acts.
        if tm.row.type in _SPOKEN_TYPES:
            # A statement, demand or sanction is placed only by a locality its clause names as where it was made
            # («قال في مؤتمر صحفي في بغداد»); the places it talks about are not its place, nor are those of its
            # content («ودعا ليون إلى الإفراج عن المختطفين في منطقة مليتة»).
            end = next((k for k in range(tm.last + 1, clause[1]) if toks[k].arabic and (
                toks[k].token.text in _CONTENT_MARKS or set(toks[k].cands) & _BARE_THAT)), clause[1])
            return pick(clause[0], end, governed_only=True)
        found = pick(*clause)
        if found is None or (ungoverned[0] and physical):
            # A place the clause names without a preposition («من قاعدة طبرق الجوية»: where the aircraft came
            # from) yields to a locality governed later in the sentence («في عرض البحر قبالة ميناء درنة»).
            found = pick(tm.last + 1, min(sent.hi, tm.last + 26), governed_only=True) or found
        if found is None and sent.lo < tm.first and "في" in toks[sent.lo].cands:
            # A fronted frame «وفي محافظة إب، تحتدم المواجهات …» places the whole sentence.
            comma = next((k for k in range(sent.lo, min(tm.first, sent.lo + 12)) if toks[k].token.text in "،,"),
                         None)
            if comma is not None:
                found = pick(sent.lo, comma, governed_only=True)
        if found is None and tm.row.type not in _SPOKEN_TYPES:
            found = self._witness_place(toks, tm, prefs, sent) or \
                self._anaphoric_place(toks, tm, prefs, clause, precision)
        elif found is not None and tm.row.type not in _SPOKEN_TYPES and precision.get(found, 3) >= 3:
            # «وشهدت مدينة الزبداني بريف دمشق غارات»: the witnessing town is finer than the region after it.
            witness = self._witness_place(toks, tm, prefs, sent)
            if witness is not None and precision.get(witness, 3) < precision.get(found, 3):
                found = witness
        if found is None and same_subject:
            # «وصل المعلم إلى مسقط أمس، والتقى نظيره»: a verb continuing its sentence's subject acts where that
            # subject went or was, a locality named earlier in the sentence.
            found = pick(sent.lo, clause[0], governed_only=True)
        return found

    @staticmethod
    def _witness_place(toks: Sequence[TokInfo], tm: TriggerMatch, prefs: list[_MentionRef], sent: _Sent
                       ) -> str | None:
        """«وشهدت مدينة بنغازي خروج متظاهرين …، وقامت قوات الأمن بتفريق التظاهرة», «يشهد ريف إدلب معارك»: a place
        that «شهد» (witnessed) the sentence's acts is where those after it happened."""
        for k in range(sent.lo, tm.first):
            t = toks[k]
            if not (t.arabic and t.token.text.lstrip("وف").startswith(_WITNESS)):
                continue
            j = k + 1
            while j < tm.first and j - k <= 3 and set(toks[j].cands) & _PLACE_HEADS:
                j += 1
            r = next((r for r in prefs if r.first == j and r.mention.place is not None), None)
            if r is not None:
                return r.mention.place
        return None

    def _anaphoric_place(self, toks: Sequence[TokInfo], tm: TriggerMatch, prefs: list[_MentionRef],
                         clause: tuple[int, int], precision: dict[str, int]) -> str | None:
        """«على تخوم المدينة», «وقصفت القوات القريتين», «بالبلدة»: a definite settlement noun with no name after it
        points back to the last locality named with that noun («مدينة درنة», «قريتي تل أعور والفريكة»: the first of
        the pair), else to the last town or village named before the clause."""
        for k in range(clause[0], clause[1]):
            t = toks[k]
            if not t.arabic or k in range(tm.first, tm.last + 1):
                continue
            stem = next((c[2:] for c in t.cands if c.startswith("ال") and c[2:] in _ANAPHORIC_PLACES), None)
            if stem is None:
                continue
            if k + 1 < len(toks) and any(r.first == k + 1 for r in prefs):
                continue  # the noun is followed by its own name: no anaphor
            root = _ANAPHORIC_PLACES[stem]
            before = [r for r in prefs if r.last < clause[0] and r.mention.place is not None
                      and precision.get(r.mention.place, 3) <= 2][-12:]
            for r in reversed(before):
                h = r.first - 1
                if h >= 0 and any(c.removeprefix("ال").startswith(root) for c in toks[h].cands):
                    return r.mention.place
            return before[-1].mention.place if before else None
        return None

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Document) -> tuple[Event, ...]:
        if not doc.tokens or not doc.sentences:
            return ()
        starts, sents = self._layout(doc)
        refs = self._mention_refs(doc, starts)
        if not any(r.mention.actor for r in refs):
            return ()  # no linked actor, no event
        # Only sentences with a linked actor can yield events (their arguments never leave the sentence).
        actor_starts = sorted(r.first for r in refs if r.mention.actor)
        army_syr = next((a.id for a in doc.actors if a.country == "SYR" and a.sector == "MIL"), None)
        named = [bisect_left(actor_starts, st.lo) < bisect_left(actor_starts, st.hi) for st in sents]
        # A sentence that names no actor may still continue the subject of the sentence before («وأدان …» after a
        # sentence naming the envoy): it is read too, and only its pronoun-subject verbs find an actor there.
        barrels = {st.index for st in sents if army_syr is not None and "برميل" in doc.text[
            doc.sentences[st.index].start:doc.sentences[st.index].end].replace("براميل", "برميل")}
        cont = frozenset(st.index for k, st in enumerate(sents) if not named[k] and k and named[k - 1]
                         and st.index not in barrels)
        active = [st for k, st in enumerate(sents) if named[k] or st.index in cont or st.index in barrels]
        toks = self.matcher.infos(doc.tokens, [(st.lo, st.hi) for st in active])
        scan = self.cues.scan(toks, [(st.lo, st.hi) for st in active])
        dates: dict[tuple[int, int], str | None] = {}
        arefs = [r for r in refs if r.mention.actor]
        prefs = [r for r in refs if r.mention.place]
        actors = {a.id: a for a in doc.actors}
        precision = {p.id: p.precision for p in doc.places}
        coarse = {p.id for p in doc.places if p.feature in ("country", "region")}
        covered = frozenset(k for r in arefs for k in range(r.first, r.last + 1))
        countries = {p.id for p in doc.places if p.feature == "country"}
        sites = frozenset(r.mention.id for r in arefs if r.mention.type == "LOC" and r.mention.place is not None
                          and r.mention.place not in countries)
        known_actor = set(actors)
        kinds = {a.id: _VICTIMS if a.dictionary_id in _VICTIM_IDS or a.name.casefold() in _VICTIM_NAMES else a.kind
                 for a in doc.actors}  # (per call: one coder may serve several threads)
        actor_countries = {a.id: a.country for a in doc.actors if a.country}
        place_firsts = frozenset(r.first for r in prefs)
        arefs = _Refs(r for r in arefs if r.mention.actor in known_actor)
        mention_spans = sorted((r.first, r.last, r.mention.start, r.mention.end) for r in refs)
        drafts: list[_Draft] = []
        implied: set[int] = set()
        # Reporting verbs («قال», «أكد», «أشار»; not «أعلن», which announces the speaker's own acts).
        speech = frozenset(k for st in active for k in scan.positions("attribution-verb", st.lo, st.hi)
                           if not set(toks[k].cands) & _ANNOUNCE)
        last_subject: tuple[int, list[str]] = (-2, [])  # (sentence, actors) of the last sentence's first event
        for st in active:
            matches = self.matcher.match(toks[st.lo:st.hi]) if st.hi > st.lo else []
            stmts = [(m.first + st.lo, m.row.type, m.row.pos) for m in matches if m.row.tag == "statement"
                     and not self._object_gapped(m)]  # (a gapped reading is not yet known to be a statement)
            n_before = len(drafts)
            objects: set[int] = set()  # object nouns of verbs read across their subject
            prev_actor: list[str] = []
            prev_at = -100
            statements: list[tuple[int, set[str]]] = []
            # «جراء هذه الغارات», «بعد الهجوم», «خلال الاجتماع»: the sentence restates an act already told.
            shifted = [TriggerMatch(m.row, m.first + st.lo, m.last + st.lo, m.start, m.end) for m in matches]
            ana = [self._anaphoric(toks, t, st.lo) for t in shifted]
            anaphors = [m for m, a in zip(matches, ana, strict=True) if a]
            restated = any(m.row.type == "ASSAULT" and m.row.tag != "casualty" for m in anaphors)
            # The act restated frames the sentence: what it reports without a place happened there («وقالت
            # الوكالة إنه خلال الاجتماع اتفق المعلم وبن علوي» — at the meeting, in Muscat).
            frame = next((d.place for m in anaphors for d in reversed(drafts) if d.type == m.row.type), None)
            for mi, tm0 in enumerate(matches):
                tm = shifted[mi]
                if mi and self._gapped_complement(toks, st.lo, matches[mi - 2 if mi > 1 else 0:mi], tm0):
                    continue  # «تبادلت X وY إطلاق النار», «قاطعوا الاجتماع»: the noun completes the phrase before it
                if tm.first in objects or self._inside_mention(mention_spans, tm) or self._discarded(toks, tm, st) or \
                        ana[mi] or self._passive_defective(toks[tm.first], tm) or \
                        self._institution_name(toks, tm, st.lo) or self._definite_only_sense(toks, tm) or \
                        self._stopped(toks, tm, st.lo) or self._not_ground(toks, tm, place_firsts) or \
                        self._adjective_reading(toks, tm) or self._manner(toks, tm) or \
                        self._conditional_statement(toks, tm, st.lo) or self._in_title(toks, tm, st.lo) or \
                        self._lam_purpose(toks[tm.first], tm) or self._charged(toks, tm, st.lo):
                    continue
                if mi and tm.row.type == "MOBILIZE" and tm.row.pos == "n" and shifted[mi - 1].row.type == "ASSAULT" \
                        and all(k in covered or not toks[k].arabic or set(toks[k].cands) & _HEADS
                                for k in range(shifted[mi - 1].last + 1, tm.first)):
                    # «لاستهداف أرتال داعش», «وقصفت طائرات الجيش أرتال المتمردين»: the forces an attack strikes (its
                    # object, the subject aside) are its target, not a mobilisation.
                    continue
                if mi and self._attributive(toks, shifted[mi - 1], tm):
                    continue  # «غارات استهدفت مواقع X», «محاولة اغتيال كانت تستهدف الوزير»: the verb describes the act
                if self._heading(toks, tm, st.lo, shifted[mi + 1:]):
                    continue  # «المعارضة تقصف وواصل مقاتلو المعارضة قصف …»: a run-in subheading restates the report
                if tm.row.pos == "n" and self._claimed(toks, tm, st.lo) and any(
                        d.type == tm.row.type for d in drafts):
                    continue  # «وتبنت جبهة النصرة خطف العناصر»: a claim of responsibility restates an act told
                clause = next(((a, b, sp) for a, b, sp in st.clauses if a <= tm.first < b), None)
                if clause is None:
                    continue
                c_lo, c_hi, c_span = clause
                ci = next(k for k, c in enumerate(st.clauses) if c[0] == c_lo)
                nxt = st.clauses[ci + 1][:2] if ci + 1 < len(st.clauses) else None
                if nxt is not None and any(st.lo + m.first >= nxt[0] and st.lo + m.first < nxt[1]
                                           for m in matches):
                    nxt = None  # the next clause reports its own event
                verbal = self._verbal.get(tm.row.words) if tm.row.type == "ASSAULT" else None
                if verbal is not None and self._verbal_attack(toks, tm, c_hi, (), kinds):
                    tm, verbal = TriggerMatch(verbal, tm.first, tm.last, tm.start, tm.end), None
                a_idx, r_idx, symmetric, rule = self._arguments(toks, tm, arefs, (c_lo, c_hi), st, nxt, sites,
                                                                 speech, stmts, kinds, actor_countries)
                actor_ids = _uniq(arefs[i].mention.actor for i in a_idx)
                if rule == "unknown-agent":
                    continue
                if self._object_gapped(tm):
                    obj = self._subject_fills_gap(toks, tm, [arefs[i] for i in a_idx], rule)
                    if obj is None:
                        continue  # (a verb apart from its object noun is licensed only by the subject between them)
                    objects.add(obj)  # «أكدت إيران دعمها»: the object is the verb's, no trigger of its own
                if verbal is not None and self._verbal_attack(toks, tm, c_hi, actor_ids, kinds):
                    tm = TriggerMatch(verbal, tm.first, tm.last, tm.start, tm.end)  # (its agents are individuals)
                # A toll with its victims and no named killer folds into its sentence's attack or is dropped; it
                # never borrows an actor from another clause.
                no_borrow = not actor_ids and tm.row.tag == "casualty" and bool(r_idx)
                if not actor_ids and self._mutual(toks, tm.last) and (side := next(
                        (d for d in reversed(drafts[n_before:]) if d.symmetric and d.actor and d.recipient), None)):
                    # «اشتباكات بين X وY … وسط اتهامات متبادلة»: a mutual act is between the two sides of the
                    # two-sided act its sentence told.
                    actor_ids, rule, symmetric = list(side.actor), "mutual-sides", True
                    r_idx = [next(i for i, r in enumerate(arefs) if r.mention.actor == a) for a in side.recipient
                             if any(r.mention.actor == a for r in arefs)]
                if not actor_ids and not no_borrow and self._similar(toks, tm):
                    # «قصف مماثل على قرية بردة»: an act like the last one of its kind (its word, else its type), by
                    # the same agent.
                    like = next((d for d in reversed(drafts) if d.tm.row.lemma == tm.row.lemma), None) or next(
                        (d for d in reversed(drafts) if d.type == tm.row.type), None)
                    if like is not None:
                        actor_ids, rule = list(like.actor), "similar-act"
                if not actor_ids and tm.row.type == "ASSAULT" and army_syr is not None and \
                        any(toks[k].procl.lstrip("وف")[:1] == "ب" and self._barrel_bombs(toks, k, k + 1)
                            for k in range(tm.last + 1, min(st.hi, tm.last + 3))):
                    # «قصف بالبراميل على قريتي …»: barrel bombs name their agent (the guidelines' implied actor),
                    # whatever the event before did.
                    actor_ids, rule = [army_syr], "implied-barrel-bombs"
                    implied.add(st.index)
                if self._feminine_past(toks[tm.first], tm) and not actor_ids:
                    prev_actor = [a for a in prev_actor if kinds.get(a) != "person"]
                if rule == "sentence-subject" and tm.row.pos == "v" and prev_actor and 0 <= tm.first - prev_at <= 12 \
                        and toks[tm.first].procl[:1] == "و" and set(actor_ids) != set(prev_actor):
                    # «وقام بقطع علاقاته مع إدارة الأسد؛ وتعاون مع المعارضة»: a verb joined by «و» to the act just
                    # told continues its actor, not the last name of that act's object.
                    actor_ids = []
                if rule == "verb-subject-before" and tm.row.pos == "v" and prev_actor and \
                        0 <= tm.first - prev_at <= 12 and toks[tm.first].procl[:1] == "و" and actor_ids and \
                        all(kinds.get(a) == _VICTIMS for a in actor_ids) and drafts[n_before:] and \
                        set(actor_ids) <= set(drafts[-1].recipient):
                    # «اعتقلت القوات 30 مواطنا وأطلقت سراحهم»: the people struck by the act just told are its
                    # object, not the subject of the verb joined to it by «و», which continues that act's actor.
                    actor_ids, rule = list(prev_actor), "previous-event-actor"
                if not actor_ids and prev_actor and (0 <= tm.first - prev_at <= 12 or rule == "reciprocal-pronoun") \
                        and self._clause_initial(toks, c_lo, tm.first) and not no_borrow:
                    actor_ids, rule = list(prev_actor), "previous-event-actor"  # «دربّتها وسلّحتها»
                if not actor_ids and not prev_actor and (tm.row.pos == "v" or rule == "reciprocal-pronoun") and \
                        last_subject[0] == st.index - 1 and self._clause_initial(toks, c_lo, tm.first) and \
                        not no_borrow and not self._noun_before(toks, c_lo, tm.first):
                    # A verb opening the sentence with a pronoun subject («ولكنها اتفقت مع الولايات المتحدة»)
                    # continues the subject of the sentence before.
                    actor_ids, rule = list(last_subject[1]), "previous-sentence-subject"
                if st.index in cont and (rule != "previous-sentence-subject" or
                                         not self._pronoun_subject(toks, tm, st.hi)):
                    continue  # a sentence naming no actor yields only the acts of the subject before
                if not actor_ids and rule == "victims-before" and restated:
                    # «إن 173 مدنيا قتلوا … جراء هذه الغارات»: the toll of an attack told before; its agent is that
                    # attack's.
                    host = next((d for d in reversed(drafts) if d.type == "ASSAULT" and d.actor
                                 and d.sentence < st.index), None)
                    if host is not None:
                        actor_ids, rule = list(host.actor), "restated-attack-toll"
                if not actor_ids and tm.row.type == "ASSAULT" and tm.row.tag != "clash" and army_syr is not None and \
                        st.index not in implied and self._barrel_bombs(toks, st.lo, st.hi):
                    # The guidelines' implied actor: barrel bombs are dropped by the Syrian government's forces
                    # (once per sentence: «غارات استهدفت المدينة بالبراميل» is one attack; a bombing, never the
                    # clashes or battles told beside it).
                    actor_ids, rule = [army_syr], "implied-barrel-bombs"
                    implied.add(st.index)
                if not actor_ids and not (tm.row.tag == "casualty" and r_idx) and rule != _VICTIMS_RULE:
                    continue  # (a toll with victims but no named killer may still fold into its sentence's attack)
                recipient_ids = [x for x in _uniq(arefs[i].mention.actor for i in r_idx) if x not in actor_ids]
                if tm.row.tag == "capture":
                    # Ground is taken from a side that held it, never from civilians («كانت العائلات موجودة قبل
                    # سيطرة داعش على المدينة»).
                    recipient_ids = [x for x in recipient_ids if kinds.get(x) != _VICTIMS]
                if tm.row.words[0] in _HOSTING and not recipient_ids and (tm.row.pos == "n" or not any(
                        kinds.get(a) in _HOST_KINDS for a in actor_ids)):
                    continue  # «استقبال المهاجرين», «المستشفى استقبل جثامين»: received, but no one was met
                if tm.row.type == "THREATEN" and tm.row.words[0] in _THREAT_WORDS and not recipient_ids and \
                        not self._threat_content(toks, tm, st.hi):
                    continue  # «التنظيمات التي تهدد المنطقة»: a danger described, not a threat made to anyone
                if tm.row.type == "THREATEN" and tm.row.words[0] in _WARN_WORDS and tm.last == tm.first and (
                        not recipient_ids or self._danger_warned(toks, tm, c_hi)):
                    continue  # «حذرت المنظمة من خطورة …»: a warning about a danger, to no one
                if tm.row.pos == "n" and tm.row.words[0] in _WEAPON_NOUNS and \
                        toks[tm.first].procl.lstrip("وف")[:1] == "ب" and \
                        any(m.row.type == "ASSAULT" for m in matches[:mi]):
                    continue  # «القصف الذي يستهدف الأحياء، بقذائف الهاون»: the weapon of the attack told before
                if self._control_state(toks, tm, c_hi):
                    continue  # «المناطق التي يسيطر عليها التنظيم»: who holds ground, not an act
                future = self._future(toks[tm.first], tm)
                mod = self.cues.modality(scan, tm.first, tm.last, (c_lo, c_hi), (st.lo, st.hi), tm.row.type,
                                         tm.row.tag, future)
                if mod.purpose:
                    continue
                if mod.modality == "actual" and tm.row.tag != "statement" and self._called_for(toks, stmts, tm):
                    mod = replace(mod, modality="demanded")  # «وحث المجلس الأطراف على العودة إلى الحوار»
                # The content of a demand or threat by the same actor is not coded again.
                if any(tm.first - s_at <= 40 and set(actor_ids) <= s_ids for s_at, s_ids in statements) and \
                        mod.modality in ("demanded", "threatened", "planned") and tm.row.tag != "statement":
                    continue
                if tm.row.pos == "n" and tm.row.tag != "statement" and tm.row.type in _PHYSICAL and \
                        rule in ("noun-subject-before", "sentence-subject") and any(
                        0 < tm.first - s_at <= 12 for s_at, _t, _p in stmts):
                    # «وشدد الكربلائي على أهمية مشاركة … في تحرير مناطقهم», «مشيدا بمشاركة المتطوعين في تحرير
                    # محافظتهم»: an act named inside what a statement says, with no agent of its own, is its content.
                    continue
                if mi and (self._praise_object(toks, shifted[mi - 1], tm) or
                           self._charge_object(toks, shifted[mi - 1], tm)):
                    continue  # «مشيدا بمستوى التنسيق مع X», «متهمة اياهم بالتعاون مع X»: the statement's content
                if tm.row.tag == "statement" and tm.row.type in ("REQUEST", "THREATEN"):
                    statements.append((tm.last, set(actor_ids)))
                mode = tm.row.mode or self.cues.mode(scan, tm.first, tm.last, (st.lo, st.hi), tm.row.type)
                attributed = self._attributed(doc, toks, arefs, mod.attribution_at, mod.attribution_end,
                                              mod.attribution_noun)
                sp = doc.sentences[st.index]
                key = (c_span.start, c_span.end)
                if key not in dates:
                    dates[key] = resolve_date(doc.meta.date, [doc.text[c_span.start:c_span.end],
                                                              doc.text[sp.start:sp.end]])
                date = dates[key]
                tag = tm.row.tag
                if tag == "capture" and any(actors[a].kind in _STATE_KINDS for a in actor_ids):
                    tag = "capture-state"
                acled = self.lexicon.codebook.acled_for(tm.row.type, mode, tag)
                conf = {"reciprocal": 0.8, "verb-subject-after": 0.75, "verb-subject-before": 0.7,
                        "noun-agent": 0.75, "noun-genitive": 0.7, "noun-subject-before": 0.65,
                        "relative-antecedent": 0.6,
                        "sentence-subject": 0.5, "previous-event-actor": 0.4, "verb-subject-late": 0.6,
                        "implied-barrel-bombs": 0.4,
                        "previous-sentence-subject": 0.35}.get(rule, 0.5)
                if mod.modality != "actual":
                    conf -= 0.05
                place = self._place(toks, tm, prefs, (c_lo, c_hi), st, precision, coarse, covered,
                                    same_subject=rule == "sentence-subject")
                if place is None and self._same_place(toks, c_lo, c_hi):
                    # «في المنطقة نفسها», «في ذات المدينة»: where the last placed act happened.
                    # (of the same actor, if one was told)
                    placed = [d for d in reversed(drafts) if d.place is not None]
                    place = next((d.place for d in placed if set(d.actor) & set(actor_ids)),
                                 placed[0].place if placed else None)
                ev_span = Span(min(c_span.start, tm.start), max(c_span.end, tm.end))
                drafts.append(_Draft(
                    tm=tm, type=tm.row.type, mode=mode, actor=actor_ids, recipient=recipient_ids,
                    place=place, date=date,
                    evidence=ev_span, sentence=st.index, mod=mod, attributed=attributed, acled=acled, conf=conf,
                    rule=f"{rule}:{tm.row.pos}:{tm.row.lemma}", symmetric=symmetric, clause=(c_lo, c_hi),
                    sent=(st.lo, st.hi),
                ))
                prev_actor, prev_at = actor_ids, tm.last
            if len(drafts) > n_before:
                last_subject = (st.index, list(drafts[n_before].actor))
                if frame is not None:
                    for d in drafts[n_before:]:
                        d.place = d.place or frame
        self._inherit_places(drafts, coarse)
        for d in drafts:
            if d.type in _LOCALITY_ONLY and d.place in countries:
                # A meeting, agreement or demand is placed by the locality where it was made; a country named
                # around it is its topic or a party's attribute («الحديث مع روسيا حول تسوية في سورية», «التقى
                # وزير حقوق الإنسان في الجمهورية اليمنية»).
                d.place = None
        drafts = self._merge(drafts, toks, frozenset(a.id for a in doc.actors if a.kind == "state"),
                             frozenset(p.id for p in doc.places if p.feature == "country"),
                             frozenset(a for a, k in kinds.items() if k == _VICTIMS))
        drafts = self._fold_fighting(drafts, toks)
        self._fill_opponents(drafts, kinds)
        return tuple(self._finish(doc, scan, drafts))

    def _finish(self, doc: Document, scan: CueScan, drafts: list[_Draft]) -> list[Event]:
        events = []
        # Casualty counts: stated in the event's sentence, from its trigger on; a sentence's counts go to its
        # first violent event.
        seen_sent: set[int] = set()
        media = {a.id for a in doc.actors if a.kind == "media"}
        for n, d in enumerate(drafts, 1):
            tm = d.tm
            if media and d.type in _PHYSICAL and set(d.actor) & media:
                d.actor = [a for a in d.actor if a not in media]  # an outlet or platform does no physical act
            extra: list[tuple[str, object]] = []
            if d.type in ("ASSAULT", "COERCE") and d.sentence not in seen_sent:
                counts = self.cues.casualties(scan, tm.first, d.sent[1])
                for k in ("dead", "injured", "arrested"):
                    if k in counts:
                        extra.append((k, counts[k]))
                if counts:
                    seen_sent.add(d.sentence)
            if d.symmetric:
                extra.append(("symmetric", True))
            events.append(Event(
                id=f"e{n}", type=d.type, mode=d.mode, trigger=Span(tm.start, tm.end),
                trigger_text=doc.text[tm.start:tm.end], evidence=d.evidence, actor=tuple(d.actor),
                recipient=tuple(d.recipient), context=tm.row.context, place=d.place, date=d.date,
                sentence=d.sentence, polarity=d.mod.polarity, modality=d.mod.modality, attributed_to=d.attributed,
                confidence=max(0.05, min(0.95, d.conf)), acled=d.acled, rule=d.rule, extra=tuple(extra),
            ))
        return events

    @staticmethod
    def _inherit_places(drafts: list[_Draft], coarse: set[str]) -> None:
        """An event whose sentence names no place happened where the event before it did, when that event is in the
        same sentence or, sharing an actor, in the sentence before («اشتباكات في منطقة الأشعري … وسط اتهامات
        متبادلة»; «وصل المعلم إلى مسقط … اتفق المعلم وبن علوي»)."""
        prev: _Draft | None = None
        for d in drafts:
            if d.place is None and prev is not None and prev.place is not None and (
                    (prev.sentence == d.sentence and (d.type not in _SPOKEN_TYPES or set(prev.actor) & set(d.actor)))
                    or (prev.sentence == d.sentence - 1 and d.type not in _SPOKEN_TYPES
                                                    and set(prev.actor) & set(d.actor + d.recipient))):
                d.place = prev.place
            prev = d
        # A physical act whose sentence names no place continues the scene of the physical act placed in the
        # sentence before, whoever its actors («سيطرت القوات على قريتي X وY … وقصفت القوات القريتين»).
        last: _Draft | None = None
        for d in drafts:
            if d.place is None and d.type in _PHYSICAL and last is not None and d.sentence - last.sentence == 1:
                d.place = last.place
            if d.place is not None and d.type in _PHYSICAL:
                last = d

    @staticmethod
    def _fold_fighting(drafts: list[_Draft], toks: Sequence[TokInfo]) -> list[_Draft]:
        """Fighting that its sentence presents as leading to a capture is folded into the capture (the guidelines'
        alt_trigger): «اندلعت اشتباكات بين X وY … أسفرت عن سيطرة X على القريتين», «سيطرت الفصائل على البلدة بعد معارك
        عنيفة». The capture takes the other side of the fight as its recipient when it names none."""
        out = list(drafts)
        for f in drafts:
            if f.type != "ASSAULT" or f.tm.row.tag != "clash" or not f.actor:
                continue
            sides = set(f.actor) | set(f.recipient)
            for c in drafts:
                if c is f or c not in out or c.sentence != f.sentence or c.tm.row.tag != "capture" or \
                        not set(c.actor) & sides:
                    continue
                if f.tm.last < c.tm.first:
                    linked = c.tm.first - f.tm.last <= 30 and any(
                        t.arabic and set(t.cands) & _RESULT for t in toks[f.tm.last + 1:c.tm.first])
                else:
                    linked = 0 < f.tm.first - c.tm.last <= 12 and any(
                        t.arabic and set(t.cands) & _AFTER for t in toks[max(c.tm.last + 1, f.tm.first - 2):f.tm.first])
                if not linked:
                    continue
                if not c.recipient:
                    c.recipient = [x for x in (f.recipient if set(c.actor) & set(f.actor) else f.actor)
                                   if x not in c.actor]
                c.evidence = Span(min(c.evidence.start, f.evidence.start), max(c.evidence.end, f.evidence.end))
                out.remove(f)
                break
        return out

    @staticmethod
    def _against_side(d: _Draft) -> bool:
        """An act that is done to the other side of a fight: a capture, a clash, a siege or seizure, a withdrawal
        or truce, or an attack the clause tells from the side that underwent it («تعرضوا لهجمات») — not a
        bombardment, whose target may be a place alone, nor securing ground («تأمين الطريق الدولي»)."""
        if d.tm.row.tag in ("statement", "casualty") or d.tm.row.words[0] in _SECURING:
            return False
        if d.type == "COERCE" and d.mode not in (None, "seize", "arrest"):
            return False  # (a curfew, censorship or restriction strikes a population, not the other side)
        return d.tm.row.tag in ("capture", "clash") and d.type in _VIOLENT or d.type in ("COERCE", "RETREAT") or \
            d.rule.startswith("undergone")

    @staticmethod
    def _fill_opponents(drafts: list[_Draft], kinds: Mapping[str, str]) -> None:
        """A fight has a side struck: a capture, attack or withdrawal told with no recipient is against the side
        its actor fought in the nearest violent act of the same or the sentence before («اشتباكات بين X وY
        أسفرت عن سيطرة X على القريتين» → Y; «انسحب X من البلدة» after the clashes → Y)."""
        for k, d in enumerate(drafts):
            if d.recipient or not d.actor or not EventCoder._against_side(d) or all(
                    kinds.get(x) == _VICTIMS for x in d.actor):
                continue  # (civilians who flee are no side of the fight)
            own = set(d.actor)
            best: tuple[int, list[str]] | None = None
            for j, o in enumerate(drafts):
                if j == k or o.type not in _VIOLENT or not 0 <= d.sentence - o.sentence <= 1 or (
                        o.sentence == d.sentence and j > k):
                    continue
                if own & set(o.actor):
                    other = [x for x in o.recipient if x not in own]
                elif own & set(o.recipient):
                    other = [x for x in o.actor if x not in own]
                else:
                    continue
                other = [x for x in other if kinds.get(x) != _VICTIMS]
                if other and (best is None or abs(k - j) < best[0]):
                    best = (abs(k - j), other)
            if best is not None:
                d.recipient = list(best[1])

    @staticmethod
    def _purpose_noun(toks: Sequence[TokInfo], tm: TriggerMatch) -> bool:
        """A noun of purpose: «لـ» on it or on a light masdar before it («للاجتماع», «لإجراء محادثات»)."""
        if tm.row.pos != "n":
            return False
        if toks[tm.first].procl.lstrip("وف")[:1] == "ل":
            return True
        k = tm.first - 1
        return k >= 0 and toks[k].arabic and toks[k].procl.lstrip("وف")[:1] == "ل" and bool(
            set(toks[k].cands) & _LIGHT_MASDARS)

    @staticmethod
    def _restating(toks: Sequence[TokInfo], tm: TriggerMatch) -> bool:
        """A noun with a possessive pronoun after a time preposition («بعد زيارته», «خلال لقائه»): it dates
        something else by an act of its owner."""
        if tm.row.pos != "n" or tm.first == 0:
            return False
        t, prev = toks[tm.first], toks[tm.first - 1]
        return prev.arabic and bool(set(prev.cands) & _TIME_PREPS) and EventCoder._has_object_pronoun(t)

    @staticmethod
    def _definite(toks: Sequence[TokInfo], d: _Draft) -> bool:
        """The noun is definite («الزيارة») or in construct with its agent («زيارة كارتر»): it names a known act."""
        cands = toks[d.tm.first].cands
        return bool(cands) and cands[0].startswith("ال") or d.rule.startswith("noun-genitive")

    @staticmethod
    def _merge(drafts: list[_Draft], toks: Sequence[TokInfo], states: frozenset[str],
               countries: frozenset[str] = frozenset(), victims: frozenset[str] = frozenset()) -> list[_Draft]:
        """One record per real-world event: a later noun trigger of a sentence folds into an earlier record of the
        same type, actors, modality and polarity when their recipients and places do not conflict («واستهدفت قوات
        الأسد بالصواريخ … وقذائف المدفعية», «سرقة وسلب ونهب», a verb and its restating masdar; coordinated verbs stay
        apart: «دربّتها وسلّحتها»); the record takes the missing mode, recipient and place from it. A casualty-only trigger («مقتل») folds into a violent event of
        its sentence."""
        # A casualty trigger («قتل 17 مدنيا … في قصف للحوثيين», «173 مدنيا قتلوا … جراء هذه الغارات») reports the toll
        # of another violent event of its sentence, wherever that stands: it folds into it, and the people it names
        # other than the attackers are the victims (the recipient).
        hosts = {d.sentence: d for d in reversed(drafts) if d.type == "ASSAULT" and d.tm.row.tag != "casualty"}
        out: list[_Draft] = []
        for d in drafts:
            host = None
            if d.tm.row.tag == "casualty" and d.sentence in hosts:
                h = hosts[d.sentence]
                if not h.recipient and not (h.tm.row.tag == "clash" and set(d.actor + d.recipient) <= victims):
                    # (the dead of a clash are its toll, not its other side: «لقي خمسة أشخاص مصرعهم خلال
                    # اشتباكات بين الجيش وجماعات متطرفة»)
                    h.recipient = [x for x in d.actor + d.recipient if x not in h.actor]
                continue
            if not d.actor and not d.rule.startswith(_VICTIMS_RULE):
                continue  # no actor, no event (but an act on civilians whose agent is not named is one)
            if d.tm.row.pos == "n" and d.symmetric and d.place is not None and d.place not in countries and (
                    o := next((o for o in out if o.type == d.type and o.symmetric and d.sentence - o.sentence == 1
                               and set(o.actor) == set(d.actor) and set(o.recipient) == set(d.recipient)
                               and o.tm.row.lemma == d.tm.row.lemma), None)) is not None:
                # «قتل 40 شخصا في اشتباكات … بين التبو والطوارق في جنوب شرق ليبيا. وقال المسؤول في مدينة سبها "…
                # في اشتباكات عنيفة بين التبو والطوارق"»: the same two sides' fighting told again in the next
                # sentence is one record; a town named there places it where the first told only the country.
                if o.place is None or o.place in countries:
                    o.place = d.place
                continue
            if d.tm.row.pos == "n" and any(
                    o.type == d.type and o.sentence < d.sentence and set(o.actor) == set(d.actor) and
                    o.mod.polarity == d.mod.polarity and
                    ((o.place is not None and o.place == d.place and EventCoder._definite(toks, d) and
                      o.mod.modality == d.mod.modality and (o.tm.row.lemma == d.tm.row.lemma or d.type in (
                          "CONSULT", "AGREE"))) or EventCoder._restating(toks, d.tm) or (
                        # (the same two sides' fighting told again in the next sentence, as above)
                        d.symmetric and o.symmetric and d.sentence - o.sentence == 1 and
                        set(o.recipient) == set(d.recipient) and o.tm.row.lemma == d.tm.row.lemma))
                    for o in out):
                # A noun that restates an act told in an earlier sentence (same type, actors and place, and the same
                # word unless a meeting or agreement: «وجاءت زيارة كارتر لأربيل» after «اجتمع كارتر … في أربيل»;
                # «بعد زيارته دمشق» after «سيزور دمشق»). An encirclement and a shelling of one town are two acts.
                continue
            for o in out:
                if o.sentence != d.sentence:
                    continue
                if o.type == d.type and o.tm.last < d.tm.first <= o.tm.last + 8 and \
                        EventCoder._purpose_noun(toks, d.tm) and o.mod.polarity == d.mod.polarity:
                    host = o  # «سيزور دمشق لإجراء محادثات», «زيارة لبغداد للاجتماع مع …»: the visit's purpose
                    if d.recipient and host.recipient and set(host.recipient) <= states and not set(
                            d.recipient) <= states:
                        # «زيارة لبغداد للاجتماع مع الزعماء العراقيين»: the ones met, not the state visited
                        host.recipient = list(d.recipient)
                    break
                if d.tm.row.tag == "clash" and o.tm.row.tag != "clash" and d.clause != o.clause and \
                        EventCoder._between_after(toks, d.tm):
                    continue  # «هاجمت X مقرا …، ووقعت اشتباكات بينها وبين …»: the ensuing clashes are their own record
                if d.tm.row.pos == "n" and d.tm.row.words[0] not in _STATEMENT_PARTICIPLES and o.type == d.type and \
                        o.actor == d.actor and o.symmetric == d.symmetric and \
                        o.mod.modality == d.mod.modality and \
                        o.mod.polarity == d.mod.polarity and (not o.recipient or not d.recipient or
                                                             o.recipient == d.recipient) and \
                        (o.place is None or d.place is None or o.place == d.place):
                    host = o
                    break
            if host is None:
                out.append(d)
                continue
            host.mode = host.mode or d.mode
            host.recipient = host.recipient or d.recipient
            host.place = host.place or d.place
            host.symmetric = host.symmetric or d.symmetric
            host.evidence = Span(min(host.evidence.start, d.evidence.start), max(host.evidence.end, d.evidence.end))
        return out

    @staticmethod
    def _between_after(toks: Sequence[TokInfo], tm: TriggerMatch) -> bool:
        """«بين» (or «بينها», «بينهم») within three words after the trigger, which no time preposition governs: two
        sides are named."""
        if tm.first and toks[tm.first - 1].arabic and set(toks[tm.first - 1].cands) & _TIME_PREPS:
            return False  # «… وذلك خلال اشتباكات بين الطرفين»: the setting of the act told, not an act of its own
        return any(t.arabic and any(c.startswith("بين") for c in t.cands[:1])
                   for t in toks[tm.last + 1: tm.last + 4])

    @staticmethod
    def _inside_mention(spans: list[tuple[int, int, int, int]], tm: TriggerMatch) -> bool:
        # Mentions are flat and sorted: only those starting at most a few tokens before the trigger can cover it.
        k = bisect_left(spans, (tm.first - 16,))
        for _f, _l, s, e in spans[k:]:
            if s < tm.end and tm.start < e:
                return True
            if s >= tm.end:
                break
        return False

    @staticmethod
    def _attributive(toks: Sequence[TokInfo], prev: TriggerMatch, tm: TriggerMatch) -> bool:
        """A violent verb right after an indefinite violent noun (or a verb phrase ending in one: «شن هجوما»), with
        at most «كان» between: an attributive clause describing that act («هجمات استهدفت مواقع الجيش»)."""
        if tm.row.pos != "v" or tm.row.type != "ASSAULT" or prev.row.type not in _VIOLENT or tm.row.tag == "casualty":
            return False  # (a toll verb «معارك قتل فيها …» still folds its victims into the act)
        last = toks[prev.last]
        if not last.cands or last.cands[0].startswith("ال") or last.procl:
            return False  # (a definite noun takes «الذي/التي»; a noun with a preposition closes a phrase)
        gap = [t for t in toks[prev.last + 1:tm.first]]
        return all(t.arabic and set(t.cands) & {"كان", "كانت", "كانوا"} for t in gap) and len(gap) <= 1

    @staticmethod
    def _heading(toks: Sequence[TokInfo], tm: TriggerMatch, lo: int, later: Sequence[TriggerMatch]) -> bool:
        """A trigger among the first three words of its sentence, followed directly by a word with «و» («وواصل»,
        «وفي»), whose word the sentence uses again later: a run-in subheading («اشتباكات وفي حلب، اندلعت
        اشتباكات …»), not an act of its own."""
        if tm.first - lo > 2 or tm.last + 1 >= len(toks):
            return False
        nxt = toks[tm.last + 1]
        if not (nxt.arabic and (nxt.procl.startswith("و") or nxt.token.text.startswith("و"))):
            return False
        return any(m.row.lemma == tm.row.lemma for m in later)

    @staticmethod
    def _lam_purpose(t: TokInfo, tm: TriggerMatch) -> bool:
        """A verb in the imperfect with «لـ» of purpose («ليدعم عمليات نصره بإرسال تعزيزات», «لتقصف»): a goal of
        what its sentence tells, not an act."""
        if tm.row.pos != "v":
            return False
        full = "".join(w.norm for w in t.token.words).lstrip("وف")
        return len(full) > 3 and full[0] == "ل" and full[1] in "يتن" and full[1:] in t.cands

    @staticmethod
    def _in_title(toks: Sequence[TokInfo], tm: TriggerMatch, lo: int) -> bool:
        """The trigger lies inside a quoted title («شريط فيديو بعنوان «جنود الجبهة يبدأون عملية عسكرية»», «تحت عنوان
        «…»»): a name, not an act."""
        k = tm.first - 1
        while k >= lo:
            text = toks[k].token.text
            if not toks[k].arabic and "»" in text:
                return False  # a quotation closes before the trigger
            if not toks[k].arabic and "«" in text:
                j = k - 1
                while j >= lo and not toks[j].arabic:
                    j -= 1
                return j >= lo and bool(set(toks[j].cands) & _TITLE_WORDS)
            k -= 1
        return False

    @staticmethod
    def _claimed(toks: Sequence[TokInfo], tm: TriggerMatch, lo: int) -> bool:
        """The noun is the object of a verb claiming responsibility («تبنى», «تبنت»), its subject between them."""
        return any(toks[k].arabic and set(toks[k].cands) & _CLAIM for k in range(max(lo, tm.first - 5), tm.first))

    def _discarded(self, toks: Sequence[TokInfo], tm: TriggerMatch, st: _Sent) -> bool:
        """The trigger lies inside a figurative phrase of ``discards.tsv``."""
        for j in range(max(st.lo, tm.first - self._discard_len + 1), tm.first + 1):
            for words in {w for c in toks[j].cands for w in self._discard_first.get(c, ())}:
                last = phrase_at(toks, j, words)
                if last is not None and j <= tm.first <= last:
                    return True
        return False

    @staticmethod
    def _control_state(toks: Sequence[TokInfo], tm: TriggerMatch, hi: int) -> bool:
        """«يسيطر/تسيطر» in the present describes who holds ground («معسكر يسيطر عليه الحوثيون», «الذي يسيطر على
        نصف مساحة البلاد»): no act, unless «منذ» dates the capture it continues («التي تسيطر على العاصمة منذ صيف
        العام الماضي» is background, coded)."""
        if tm.row.pos != "v" or tm.row.words[0] not in _CONTROL_VERBS:
            return False
        full = "".join(w.norm for w in toks[tm.first].token.words).lstrip("وف")
        if not full or full[0] not in "يتن":
            return False
        return not any("منذ" in t.cands for t in toks[tm.last + 1:hi])

    def _future(self, t: TokInfo, tm: TriggerMatch) -> bool:
        """A verb trigger with the future prefix «س» («سيفرض», «وستنسحب»), not a verb whose own first letter is
        «س» («سيطروا», «وسيطر»)."""
        if tm.row.pos != "v" or len(t.cands) < 1:
            return False
        full = "".join(w.norm for w in t.token.words).lstrip("وف")
        if not (len(full) > 3 and full[0] == "س" and full[1] in "يتن" and full[1:] in t.cands):
            return False
        return not any(row is tm.row for row, _rest in self.matcher.index.get(full, ()))

    @staticmethod
    def _attributed(doc: Document, toks: Sequence[TokInfo], arefs: list[_MentionRef], a: int | None,
                    b: int | None, noun: bool) -> str | None:
        if a is None or b is None:
            return None
        for r in arefs:
            if a <= r.first <= a + 1:
                return r.mention.actor
        if noun:
            return doc.text[toks[a].start:toks[b].end]
        return None


def _uniq(xs: object) -> list[str]:
    out: list[str] = []
    for x in xs:  # type: ignore[attr-defined]
        if x and x not in out:
            out.append(x)
    return out


def actor_by_id(doc: Document) -> dict[str, Actor]:
    return {a.id: a for a in doc.actors}
