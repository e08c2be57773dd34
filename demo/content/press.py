"""The press centre under News (N4): media contacts, a press release by the rector and an
official statement by the head of marketing (P §8.3–8.4)."""

import datetime

from demo.content.common import PRESS_EMAIL, PRESS_PHONE
from demo.persons import MARKETING_HEAD, RECTOR
from demo.spec import ContactCard, Heading, PageSpec, Paragraphs, T

DIGITAL_PROGRAMME = PageSpec(
    model="news.PressReleasePage",
    slug=T(
        kk="cifrlyk-bilim-bagdarlamasy",
        ru="programma-tsifrovogo-obrazovaniya",
        en="digital-education-programme",
    ),
    title=T(
        kk="Университет ұлттық цифрлық білім беру бағдарламасына қосылды",
        ru="Университет присоединился к национальной программе цифрового образования",
        en="The university joins the national digital education programme",
    ),
    intro=T(
        kk="2027 жылдан бастап барлық бакалавриат бағдарламаларында цифрлық сауаттылық модулі енгізіледі.",
        ru="С 2027 года во все программы бакалавриата будет включён модуль цифровой грамотности.",
        en="From 2027 every bachelor's programme will include a digital literacy module.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Бағдарламаға қатысу университетке зертханаларды жаңартуға және оқытушылардың біліктілігін арттыруға мүмкіндік береді.",
                    ru="Участие в программе позволит университету обновить лаборатории и повысить квалификацию преподавателей.",
                    en="Taking part lets the university upgrade its laboratories and train its teaching staff.",
                ),
            )
        ),
    ),
    fields={"date": datetime.date(2026, 11, 2), "kind": "release", "speaker": RECTOR},
)

FAKE_ACCOUNTS = PageSpec(
    model="news.PressReleasePage",
    slug=T(
        kk="zhalgan-akkaunttar-turaly",
        ru="o-poddelnykh-akkauntakh",
        en="on-fake-social-media-accounts",
    ),
    title=T(
        kk="Әлеуметтік желілердегі жалған аккаунттар туралы мәлімдеме",
        ru="Заявление о поддельных аккаунтах в социальных сетях",
        en="Statement on fake social media accounts",
    ),
    intro=T(
        kk="Университеттің атынан ақылы курстар ұсынатын аккаунттар университетке тиесілі емес.",
        ru="Аккаунты, предлагающие платные курсы от имени университета, университету не принадлежат.",
        en="Accounts offering paid courses in the university's name do not belong to the university.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Ресми ақпарат тек университет сайтында және сайтта көрсетілген ресми аккаунттарда жарияланады.",
                    ru="Официальная информация публикуется только на сайте университета и в официальных аккаунтах, указанных на сайте.",
                    en="Official information appears only on the university website and in the official accounts listed there.",
                ),
            )
        ),
    ),
    fields={"date": datetime.date(2026, 11, 19), "kind": "statement", "speaker": MARKETING_HEAD},
)

PRESS = PageSpec(
    model="news.PressIndexPage",
    slug=T(kk="baspasoz-ortalygy", ru="press-tsentr", en="press-centre"),
    title=T(kk="Баспасөз орталығы", ru="Пресс-центр", en="Press centre"),
    intro=T(
        kk="Баспасөз релиздері мен ресми мәлімдемелер. Университет атынан тек лауазымды тұлғалар мәлімдеме жасайды.",
        ru="Пресс-релизы и официальные заявления. От имени университета выступают только публичные лица.",
        en="Press releases and official statements. Only the university's public persons speak in its name.",
    ),
    body=(
        Heading(T(kk="БАҚ үшін байланыстар", ru="Контакты для СМИ", en="Media contacts")),
        ContactCard(
            name=T(kk="Баспасөз қызметі", ru="Пресс-служба", en="Press office"),
            role=T(
                kk="Журналистердің сұраулары, сұхбат пен түсірілім",
                ru="Запросы журналистов, интервью и съёмки",
                en="Journalists' enquiries, interviews and filming",
            ),
            phone=PRESS_PHONE,
            email=PRESS_EMAIL,
            hours=T(
                kk="Дүйсенбі–жұма, 09:00–18:00",
                ru="Понедельник–пятница, 09:00–18:00",
                en="Monday to Friday, 09:00–18:00",
            ),
        ),
    ),
    children=(DIGITAL_PROGRAMME, FAKE_ACCOUNTS),
)
