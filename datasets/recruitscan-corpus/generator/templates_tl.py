"""Tagalog / Taglish templates for the synthetic recruitscan corpus (project-written; origin: synthetic).

Every text below is invented for this corpus. Employers, agencies, licence numbers, handles and
phone numbers are fictitious; DMW, BI and OWWA appear only as the kind of source a real warning
would cite, never as a claim that the text is theirs.
"""

from grammar import T
from template_tools import number_handwritten, with_blocks

LANGUAGE = "tl"

SLOTS = {
    "d": list("0123456789"),
    "trabaho": [
        "CSR",
        "Customer Service Representative",
        "Call Center Agent",
        "Data Encoder",
        "Chat Support",
        "Customer Representative",
        "Typist",
        "Admin Staff",
        "Online Marketing Staff",
        "Technical Support",
        "Crypto Customer Service",
        "Game Chat Support",
    ],
    "trabaho_iba": [
        "Kitchen Helper",
        "Cook",
        "Waiter/Waitress",
        "Housekeeping",
        "Carpenter",
        "Cargo Handler",
        "Casino Receptionist",
        "Resort Staff",
    ],
    "bansa": ["Thailand", "Bangkok", "Cambodia", "Vietnam", "Laos", "Myanmar", "Malaysia"],
    "bansa_decoy": [
        "Thailand",
        "Bangkok, Thailand",
        "Thailand (Bangkok)",
        "Vietnam",
        "Da Nang, Vietnam",
    ],
    "sahod_scam": [
        "{php_high}",
        "₱50,000",
        "₱60k",
        "₱45,000 + commission",
        "{usd_high}",
        "$1,000 - $1,500",
        "₱55,000 kada buwan",
        "{php_high} + 3% commission",
    ],
    "libre": [
        "Libreng plane ticket, libreng pagproseso ng visa, libreng tirahan",
        "LIBRE ang ticket, visa, tirahan at pagkain",
        "Sagot ng kumpanya ang pamasahe, visa at accommodation",
        "Libreng plane ticket ✈️ libreng dorm 🏠 libreng pagkain 🍚",
        "Free plane ticket + free accommodation + free food",
        "Wala kang gagastusin, sagot lahat ng company",
    ],
    "req_tl": [
        "Kahit walang experience",
        "Basta marunong mag-English",
        "Marunong mag-type",
        "High school graduate pwede",
        "Edad {age_range}",
        "May passport",
        "Kahit undergrad",
        "Walang height requirement",
        "Basic computer skills lang",
    ],
    "contact_tl": [
        "PM lang po",
        "Message lang sa {tg_handle}",
        "Text/Viber {phone_ph}",
        "I-chat lang sa Telegram {tg_handle}",
        "WhatsApp {phone_ph}",
        "PM me for details",
        "Comment 'interested' at ime-message ko kayo",
        "Add me on Telegram {tg_link}",
    ],
    "pangalan": [
        "Cheska",
        "Joy",
        "Mark",
        "Jerome",
        "Angel",
        "Rica",
        "Paolo",
        "Jessa",
        "Kim",
        "Ronnie",
        "Bea",
        "Carlo",
        "Lorna",
        "Joan",
        "Aljon",
    ],
    "ph_bpo": [
        "Harbour BPO Solutions",
        "Luzon Contact Hub Inc.",
        "Pacific Crest CX",
        "BrightPath Outsourcing Corp.",
        "Bayanihan Teleservices",
        "Visayas Global Support Inc.",
        "Northpoint Customer Care",
        "Sampaguita CX Partners",
    ],
    "ph_site": [
        "Eastwood City, QC",
        "Ortigas, Pasig",
        "BGC, Taguig",
        "Cebu IT Park",
        "Clark, Pampanga",
        "Iloilo Business Park",
        "Lanang, Davao",
        "Alabang",
        "Cubao, QC",
        "Mckinley Hill",
        "SM North EDSA Annex",
        "Makati Ave",
    ],
    "ph_agency": [
        "Bagong Pag-asa Manpower Services Inc.",
        "Silangan Overseas Placement Corp.",
        "Golden Anchor International Manpower Inc.",
        "Tanglaw Global Recruitment Agency Inc.",
        "Hiraya Overseas Employment Services Inc.",
        "Pacific Bridge Manpower Corp.",
    ],
    "dmw_lic": [
        "DMW-{d}{d}{d}-LB-0{d}{d}{d}2{d}-R",
        "POEA/DMW Lic. No. {d}{d}{d}-LB-{d}{d}{d}{d}2{d}-PA",
        "DMW License No. {d}{d}{d}-LB-{d}{d}-{d}{d}-202[1|2|3|4|5]",
    ],
    "araw": ["Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado"],
    "local_tl": [
        "Bayanihan Mart",
        "Kalye Coffee Co.",
        "Tala Foods",
        "Mabuhay Home Depot",
        "Lakbay Burger House",
        "Sampaguita Bakeshop",
    ],
    "city_tl": [
        "Quezon City",
        "Marikina",
        "Cebu City",
        "Davao City",
        "Iloilo City",
        "Cagayan de Oro",
        "Baguio",
        "Antipolo",
    ],
    "hub": [
        "Myawaddy",
        "KK Park",
        "Shwe Kokko",
        "Sihanoukville",
        "Poipet",
        "Bavet",
        "Golden Triangle",
        "Tachileik",
        "Phnom Penh",
    ],
}

TEMPLATES = [
    # ------------------------------------------------------------------ compound_recruitment
    T(
        "tl-cr-ad-001",
        "compound_recruitment",
        "ad",
        """[HIRING!|URGENT HIRING!|HIRING ABROAD!|DIRECT HIRE!] {emoji_hot}{emoji_hot}
[Naghahanap po kami ng|Kailangan namin ng|Hiring kami ng] [{trabaho}|CSR at Data Encoder|Call Center Agents] [sa|para sa] {bansa_decoy}!
💰 [Sahod|Sweldo]: {sahod_scam} [kada buwan|monthly|]
✅ {libre}
✅ [Hindi na kailangan ng working visa|Tourist visa lang ang kailangan|Walang visa na kailangan, passport lang]
✅ [{req_tl}|{req_tl}]
[?✅ ₱25,000 sign-on bonus pagdating doon!
]✅ [Aalis agad sa loob ng {days} araw|Fast processing, lipad agad|Departure next week]
[Interview via Messenger o Zoom lang|Online interview lang, walang personal|Chat interview lang po]
[?Paalala: magpa-pose kayo bilang turista sa immigration, ie-explain namin bago umalis.
][Limited slots lang!|Unahan po ito!|Hanggang Biyernes lang!] {contact_tl}""",
        n=12,
    ),
    T(
        "tl-cr-ad-002",
        "compound_recruitment",
        "ad",
        """[MAGANDANG BALITA sa mga naghahanap ng trabaho!|Trabaho sa abroad, walang gastos!|Para sa mga gustong mag-abroad] {emoji_hot}
[May kakilala akong kumpanya|Ang company namin|Yung pinapasukan ko] sa [Thailand|Bangkok|Vietnam|Cambodia] [na naghahanap ng|ay nangangailangan ng] [{trabaho}|mga marunong mag-English|taga-reply sa customers online].
[Madali lang ang trabaho:|Simple lang ang gagawin:] [mag-reply sa mga customer sa chat|mag-type at mag-encode ng data|kausapin ang mga kliyente online gamit ang script].
[Malaking sahod|Malaki ang sweldo]: {sahod_scam}[ + commission|]. {libre}.
[Hindi na kailangan ng visa|Tourist visa lang, ang company na ang bahala sa papeles doon|Hindi na dadaan sa DMW, direct hire po ito].
[Safe at legal po ito|Legit po ang company, marami nang Pinoy doon|Wag kayong matakot, hindi ito scam].
[{contact_tl}|PM lang po sa mga seryoso].""",
        n=12,
    ),
    T(
        "tl-cr-ad-003",
        "compound_recruitment",
        "ad",
        """[CSR sa Thailand|CSR SA THAILAND|Customer Service sa Bangkok] 🇹🇭 [— NO EXPERIENCE OK|— pwede fresh grad|]
[Position|Posisyon]: [Customer Service Representative|Chat Support (English)|Data Encoder]
[Sahod|Salary]: {sahod_scam}
[Benefits|Kasama]:
• {libre}
• [Libreng pagproseso ng visa|Visa on arrival lang, kami ang bahala]
• [12 oras na trabaho, may libreng pagkain|May overtime pay at bonus]
[Requirements|Kailangan]:
• Passport (valid [6 months|1 year] pataas)
• {req_tl}
• {req_tl}
[Proseso|Paano mag-apply]: [PM → typing test → Zoom interview → ticket|Message → interview sa Messenger → booking ng flight]
[Lilipad tayo sa Bangkok, tapos may susundo sa airport papunta sa opisina.|Pagdating sa Bangkok, may van papunta sa opisina malapit sa border.|]
{contact_tl}""",
        n=12,
    ),
    T(
        "tl-cr-chat-001",
        "compound_recruitment",
        "chat",
        """[Hi po|Hello sis|Hi bes|Uy pre|Good day po] {emoji_calm} [naghahanap ka pa ba ng work?|gusto mo mag-abroad?|interesado ka ba sa trabaho sa abroad?] [CSR sa Thailand|Data encoder sa Bangkok|Chat support sa Vietnam|Typist sa Cambodia], [{sahod_scam}|malaking sahod], [libreng plane ticket|libre visa at ticket|libre lahat]. [PM mo lang ako|Chat mo ko|Reply ka lang ng YES|PM NA!|MESSAGE NOW!] {emoji_hot}""",
        n=12,
    ),
    T(
        "tl-cr-chat-002",
        "compound_recruitment",
        "chat",
        """[Sa immigration|Pag tinanong ka sa NAIA|Pag nasa airport ka na], [sabihin mo turista ka lang|sabihin mo magbabakasyon ka|sabihin mo bibisitahin mo yung pinsan mo|mag-pose ka bilang turista]. [Wag mong babanggitin yung trabaho|Huwag mong sasabihin na magtatrabaho ka|Ipakita mo lang yung hotel booking at return ticket]. [Ang company na bahala sa papeles pagdating|Aayusin na doon ang visa mo|Normal lang yan, lahat kami ganyan] {emoji_calm}""",
        n=12,
    ),
    T(
        "tl-cr-chat-003",
        "compound_recruitment",
        "chat",
        """[Hindi na kailangan ng visa|Walang visa na kailangan|No need visa|NO VISA NEEDED|WALANG VISA] sis, [passport lang|passport lang talaga|basta may passport ka]! [CSR sa {bansa}|Chat support sa {bansa}|Encoder sa {bansa}], {sahod_scam}. [Alis next week|Lipad sa {araw}|Alis agad] {emoji_hot} [PM|Chat mo ko] [ASAP|bago maubos slots]""",
        n=12,
    ),
    T(
        "tl-cr-chat-004",
        "compound_recruitment",
        "chat",
        """[Congrats|Okay na|Pasado ka] [beh|po|sis|pre]! {emoji_hot} [Pakisend na ng picture ng passport mo ngayon|I-send mo na yung passport bio page mo|Kailangan na ng kopya ng passport mo today] [para ma-book na ang ticket|para maprocess na ng HR|bago mapunta sa iba ang slot]. [Lipad sa {araw}|Flight mo next week|Alis ka in {days} days]. [Wag mo munang sabihin sa iba|Secret muna natin ha|Huwag mo munang ipagkalat]""",
        n=12,
    ),
    T(
        "tl-cr-ad-004",
        "compound_recruitment",
        "ad",
        """[Crypto Customer Service – Cambodia|ONLINE GAMING CHAT SUPPORT|Investment Company Hiring (Southeast Asia)] {emoji_hot}
[Trabaho|Gagawin]: [makipag-chat sa mga foreign clients|i-guide ang clients na mag-invest|sumagot sa players ng online casino|mag-build ng relationship sa social media]
[Lugar|Location]: [{hub}|Cambodia|Myanmar border|Laos (Golden Triangle)|sasabihin pagkatapos ng interview]
[Sahod|Kita]: [{usd_high} + commission|{php_high} + malaking commission|$1,500 paid in USDT]
[Kasama|Benefits]: {libre}
[Kailangan|Requirements]: [marunong mag-English|mabilis mag-type|may smartphone], [{req_tl}|edad {age_range}]
[Interview|Screening]: [sa Telegram lang|chat lang|video call 5 mins]
[?Medyo grey area ang trabaho pero safe kayo dito, protektado ng company.
]{contact_tl}""",
        n=12,
    ),
    T(
        "tl-cr-ad-005",
        "compound_recruitment",
        "ad",
        """[Hiring Cooks at Kitchen Staff abroad|KITCHEN HELPER / COOK sa Thailand|Resort staff needed – Laos/Thailand] 🍳
[Kailangan|Hiring]: {trabaho_iba}
[Lugar|Location]: [resort sa Thailand|hotel malapit sa border ng Thailand|casino hotel sa Cambodia|bagong resort sa Laos]
[Sahod|Sweldo]: [{php_high}|{usd_high}|$900 + tips]
{libre}
[Tourist visa muna, ang employer na ang mag-aayos ng work permit doon|Hindi na kailangan ng visa, passport lang|Walang placement fee, walang visa fee]
[Kahit walang certificate|Walang experience ok, may training|Basic cooking skills lang]
[Alis agad pag ready na ang passport|Lipad in {days} days|Departure ngayong buwan]
{contact_tl}""",
        n=12,
    ),
    T(
        "tl-cr-ad-006",
        "compound_recruitment",
        "ad",
        """[DIRECT HIRING – WALANG AGENCY|Walang DMW process, mabilis!|Skip the long process!] {emoji_hot}
[Bakit ka pa maghihintay ng ilang buwan sa agency?|Tired of waiting sa mga agency?|Ayaw mo ng mahabang processing?] [Dito, lipad ka in {days} days!|Sa amin, isang linggo lang!]
[Trabaho|Position]: [{trabaho}|CSR / Chat Support / Encoder]
[Bansa|Country]: [Thailand|Vietnam|Malaysia|Cambodia] ([sasabihin ang exact location pag-sign ng contract|details after interview])
[Sahod|Salary]: {sahod_scam}
[Proseso|How]: [lalabas ka bilang turista via [Clark|Cebu|Davao|NAIA], may mag-aassist sa iyo|tourist visa, may escort sa airport|exit as tourist, sagot namin ang hotel booking at return ticket]
[Bayad|Fee]: [WALA, libre lahat|sagot ng employer lahat|₱0 placement fee]
[Kasama|Libre]: [ticket, hotel sa unang gabi, dorm at pagkain|pamasahe, visa pagdating doon, tirahan|lahat ng gastos sa biyahe]
{contact_tl}""",
        n=12,
    ),
    T(
        "tl-cr-chat-005",
        "compound_recruitment",
        "chat",
        """[Legit po ito|Safe po dito|Don't worry sis], [marami na kaming Pinoy dito|nandito na rin pinsan ko|ako mismo nagtatrabaho dito]. [Sahod on time|{sahod_scam} monthly|Malaki talaga ang sweldo]. [Yung mga balita sa TV, ibang company yun|Wag kang maniwala sa news, iba yun|Hindi lahat ng company ganun]. [Sama ka na!|Tara na!|Desisyon ka na today|LEGIT TO 100%!|GO NA!] {emoji_hot}""",
        n=12,
    ),
    T(
        "tl-cr-chat-006",
        "compound_recruitment",
        "chat",
        """[Pagdating mo sa Bangkok|Paglapag mo|Pagkalabas mo ng airport], [may susundo sa iyo|hintayin mo yung driver|may van na maghihintay]. [Mga {days} oras ang biyahe papunta sa office|Malayo-layo ang office, malapit sa border|Tatawid pa tayo ng ilog, malapit lang]. [Dalhin mo lang passport at cellphone|Konting damit lang dalhin mo|Wag ka nang magdala ng maraming gamit] {emoji_calm}""",
        n=12,
    ),
    T(
        "tl-cr-chat-007",
        "compound_recruitment",
        "chat",
        """[May utang ka ba?|Baon ka ba sa utang?|Kailangan mo ng pera agad?] {emoji_hot} [May company sa abroad na mag-aadvance ng|Pwede kang bigyan ng advance na] [₱30,000|₱50,000|isang buwang sahod] [bago ka umalis|para sa pamilya mo]. [CSR sa Thailand|Chat support abroad], {sahod_scam}. [Ibabawas lang sa sahod|Kaltas lang sa sweldo|NO COLLATERAL!]. {contact_tl}""",
        n=12,
    ),
    T(
        "tl-cr-ad-007",
        "compound_recruitment",
        "ad",
        """[Customer Service Representative – Thailand|Customer Support Officer (Thailand office)|Data Encoder – Thailand]
[Isang international company|Isang online services company|Isang e-commerce company] ang naghahanap ng [mga Pilipinong marunong mag-English|customer service staff para sa kanilang Thailand office|mga data encoder].
[Trabaho|Responsibilidad]: [sumagot sa customer inquiries sa chat at email|i-encode ang customer records|mag-assist sa overseas customers].
[Kwalipikasyon|Requirements]: [basic English|maayos na written English], [marunong gumamit ng computer|mabilis mag-type], edad {age_range}.
[Sahod|Salary]: {usd_high} [kada buwan|monthly].
[Pagpasok|Entry]: [tourist visa lang, ang company na ang bahala pagdating|sapat na ang tourist visa para makapasok].
[Mag-send ng CV|Apply] [sa {email}|sa Telegram {tg_handle}].""",
        n=12,
    ),
    T(
        "tl-cr-chat-008",
        "compound_recruitment",
        "chat",
        """[Hi {pangalan}|Uy {pangalan}|Musta {pangalan}]! [Remember mo yung sinabi kong work sa Thailand?|Naalala mo yung trabaho na kinuwento ko?|May slot pa sa company namin!] [Kailangan pa nila ng {count} CSR|Need pa ng mga marunong mag-English], [{sahod_scam}|malaki sahod], [libre ticket|sagot ng boss ang ticket]. [Passport lang kailangan|Wala kang babayaran]. [Sabihin mo agad para maipasok kita|Reply ka today ha] {emoji_calm}""",
        n=12,
    ),
]

CR_H = [
    (
        "ad",
        """HIRING CSR SA THAILAND 🇹🇭🇹🇭
₱55,000 monthly + ₱25,000 sign-on bonus
Libreng plane ticket ✈️
Libreng pagproseso ng visa 🛂
Libreng tirahan at pagkain 🏠
Requirements: 21-35 y/o, marunong mag-English, may passport
Messenger interview lang, lipad within 1 week!
Note: tourist muna tayo lalabas, i-brief namin kayo bago umalis.
PM lang po!""",
    ),
    (
        "chat",
        "Sis may CSR job sa Bangkok, 50k monthly, libre plane ticket at visa. Hindi na kailangan ng working visa. G ka? 😊",
    ),
    (
        "chat",
        "Pre, sama ka na sa amin sa Cambodia, encoder lang trabaho, $1,200. Sagot ng boss ticket. Alis tayo Sabado.",
    ),
    (
        "chat",
        "Wag ka na dumaan sa DMW, matagal yun at hindi ka papayagan. Tourist ka lang lalabas, kami na bahala.",
    ),
    (
        "chat",
        "Pag tinanong ka ng IO, sabihin mo kasama mo boyfriend mo at magbabakasyon kayo sa Da Nang 😅 tapos sa office na tayo diretso",
    ),
    (
        "chat",
        "Kailangan ko na passport mo ngayon beh, i-book na ni boss ticket mo. Huwag mo munang sabihin sa mama mo ha.",
    ),
    (
        "ad",
        """DIRECT HIRE – CHAT SUPPORT (ENGLISH)
Location: Thailand
Sahod: $1,000 – $1,500 + commission
Libre: plane ticket, visa, dorm, 3 meals
Requirements: marunong mag-type (25 wpm), basic English, 20-35 years old
Online interview lang, walang placement fee
Hindi na kailangan ng visa, passport lang!
Telegram: @hr_bkk_ph22""",
    ),
    (
        "chat",
        "Uy bes! Yung pinsan ko nasa Myawaddy nagtatrabaho, CSR, 60k sahod. Kailangan pa daw nila ng 5. Gusto mo?",
    ),
    (
        "chat",
        "Libreng plane ticket, libreng visa, libreng tirahan ✈️🏠 CSR sa Thailand ₱50k. Message lang po sa mga interesado!",
    ),
    (
        "chat",
        "Typing test lang, tapos Zoom interview 10 mins, tapos lipad na. Super bilis. CSR sa Vietnam, $1,100.",
    ),
    (
        "chat",
        "Safe po dito sa company namin, hindi po yan tulad ng nasa balita. Marami na kaming Pinoy dito. Tara na!",
    ),
    (
        "chat",
        "Kahit walang experience basta marunong mag-English. Crypto customer service sa Cambodia, $1,500 + commission. DM",
    ),
    (
        "ad",
        """WORK IN THAILAND 🇹🇭 – KITCHEN STAFF at COOK
Sweldo: $900 + tips
Libre: ticket, visa, staff house, pagkain
Kahit walang certificate, may training
Tourist visa muna, work permit pagdating doon
Alis agad pag ready ang passport
Text/Viber 0917 448 2031""",
    ),
    (
        "chat",
        "Bes sasamahan kita sa airport, may kakilala kaming IO, walang problema sa paglabas mo. Alis tayo Biyernes 😊",
    ),
    (
        "chat",
        "Ang gagawin lang natin ay kausapin ang mga foreigner online at paniwalain sila mag-invest. May script naman. 2k USD sahod 😎",
    ),
    (
        "chat",
        "Baon ka sa utang? May advance na ₱40,000 bago ka umalis, CSR lang sa Thailand. Kaltas sa sahod. PM",
    ),
    (
        "chat",
        "Hiring encoders sa Laos 🇱🇦 $1,200, libre boat transfer galing Chiang Rai, walang visa kailangan. Chat mo ko!",
    ),
    (
        "ad",
        """Magandang araw po! 🙏
Ang aming kumpanya sa Bangkok ay naghahanap ng 10 Customer Service Representatives.
✔️ Sahod: ₱60,000 kada buwan
✔️ Libreng ticket at visa processing
✔️ Libreng tirahan
✔️ Walang placement fee
Kailangan lang: passport at marunong mag-English.
Online interview ngayong linggo, alis next week.
Mag-message po sa page para sa detalye.""",
    ),
    (
        "chat",
        "Ate natanggap ka na! I-delete mo na yung chat natin after mo mabasa, para safe. Kita tayo sa NAIA Terminal 3 🙂",
    ),
    (
        "chat",
        "Sa Clark tayo lalabas para hindi mahigpit. Sabihin mo solo travel ka lang. Sa Bangkok may susundo.",
    ),
    ("chat", "CSR sa Thailand 💸 ₱45k + 3% commission. Walang visa needed. Unahan na sa slots! PM"),
    (
        "chat",
        "Hi po, nakita ko comment niyo na naghahanap kayo ng work. May opening sa company namin sa Vietnam, chat support, $1,000. Libre ticket. Interesado po kayo?",
    ),
    (
        "chat",
        "Wag kang mag-alala sa visa, tourist lang yan tapos sila na bahala mag-extend. Ganyan kami lahat dito 😉",
    ),
    ("chat", "Resort part-time sa Laos, $1,000 monthly, walang visa, libre flight. Sino game? 🙋"),
    (
        "chat",
        "Sis, typist lang sa Cambodia, 1,300 dollars. Passport lang, sagot ni boss lahat. Reply ka bago Friday!",
    ),
    ("chat", "HIRING!!! DATA ENCODER SA THAILAND 💰💰 ₱50K LIBRENG TICKET AT VISA 🔥 PM NOW!!!"),
]

CR_H += [
    (
        "ad",
        """Magandang gabi po! 🌙
Naghahanap po ang aming partner company sa Thailand ng 15 Chat Support Agents.
Sahod: $1,200 kada buwan + commission
Libre: plane ticket, visa, dorm at pagkain
Trabaho: sumagot sa mga customer sa chat gamit ang English
Walang placement fee, walang DMW processing – direct hire po ito
Lalabas po tayo bilang turista, may mag-aassist sa airport
Interview sa Zoom ngayong Sabado
PM lang po sa page""",
    ),
    (
        "message",
        """Hi Rica, ito po ang HR.
Pasado ka sa interview! 🎉
Flight mo: Huwebes ng gabi, NAIA Terminal 1 papuntang Bangkok.
Sa immigration: sabihin mong magbabakasyon ka ng 5 araw kasama ang kaibigan. Ipakita ang hotel booking at return ticket na pinadala ko.
Pagdating sa Bangkok: may susundo sa iyo sa Gate 3, tapos biyahe tayo papunta sa office (mga 7 oras).
Dalhin lang ang passport at ilang damit. Huwag mo munang sabihin sa iba ang detalye.""",
    ),
    (
        "chat",
        "Sis legit to, kasama ko mismo yung boss. CSR sa Bangkok, ₱55k, libre lahat. Ayaw mo nun? 😊 Sabihin mo lang bago Biyernes",
    ),
    (
        "chat",
        "Bakit ka pa magtitiis sa ₱15k dito? Sa Thailand ₱60k agad, customer service lang. Libre ticket. G?",
    ),
    (
        "chat",
        "Pre may escort tayo sa NAIA kaya walang problema sa immigration. Basta sabihin mo lang na turista ka 👍",
    ),
    (
        "chat",
        "Kailangan ng company namin ng marunong mag-Japanese, translator sa Cambodia, $2,500. Simple computer work lang. Ticket advance ng company.",
    ),
    (
        "chat",
        "Yung trabaho ay parang call center pero chat lang, may script. Kausapin mo lang yung mga foreigner. $1,300. Libre lahat. Tara!",
    ),
    (
        "chat",
        "Mga bes!! Hiring sa Cambodia ‼️ CSR $1,000-1,500, walang experience ok, libreng ticket at tirahan, alis next week 🔥 PM!",
    ),
    (
        "chat",
        "Pasensya na kung biglaan, pero kailangan na ng boss ang sagot mo ngayong gabi. May ticket na para bukas. Sayang ang slot 😢",
    ),
    (
        "chat",
        "Sa Zamboanga tayo dadaan papuntang Sabah, tapos lipad na papuntang Bangkok. Mas madali daw dun. Libre lahat 👌",
    ),
    (
        "chat",
        "Data encoder sa Thailand, ₱50,000, pwede kahit HS grad. Hindi na kailangan ng visa. Message mo ko sa Telegram @encoder_th_ph",
    ),
    (
        "chat",
        "Kung tatanungin ka ng IO kung may trabaho ka doon, sabihin mo wala. Bakasyon lang. Tapos ako na bahala 😉",
    ),
    (
        "chat",
        "Hiring ng waitress at kitchen staff sa casino hotel sa Cambodia 🎰 $900 + tips, libre dorm. Passport lang kailangan!",
    ),
    (
        "chat",
        "Ate, sure na ito, yung company ay may permit doon. Wag kang maniwala sa balita. Marami kaming Pinay dito, okay naman kami 🙏",
    ),
    (
        "chat",
        "Sagot ng company pati PCR at hotel sa Bangkok. Wala kang ilalabas na pera. Sahod $1,200. Go na tayo!",
    ),
    (
        "chat",
        "Online marketing sa Myanmar border, $1,800 + commission. Medyo grey yung work pero safe. Passport lang. Seryoso lang ang mag-PM.",
    ),
    (
        "chat",
        "Ang typing test ay 30 wpm lang. Pag pasado, book agad ng flight. Customer service sa Vietnam 🇻🇳 $1,100. Pm me!",
    ),
    (
        "ad",
        """URGENT!!! CSR SA VIETNAM 🇻🇳
Sahod: ₱60,000 + ₱25,000 sign-on bonus
LIBRENG PLANE TICKET ✈️
LIBRENG PAGPROSESO NG VISA 🛂
LIBRENG TIRAHAN 🏠
Kahit walang experience, basta marunong mag-English
Alis sa loob ng isang linggo
Sa Da Nang tayo lalapag bilang turista, may susundo
PM PARA SA INTERVIEW!""",
    ),
    (
        "chat",
        "Hi po, HR po ito ng isang company sa Bangkok. Nakita po namin ang resume ninyo sa group. CSR po, $1,000, libre ticket at visa. Pwede po ba kayong ma-interview ngayong gabi?",
    ),
    (
        "chat",
        "Pwede kang mag-advance ng ₱30k para sa pamilya mo bago umalis, ikakaltas lang sa sahod mo sa Thailand. CSR job. Ano, G?",
    ),
]

OJ_T = [
    T(
        "tl-oj-chat-001",
        "other_job_scam",
        "chat",
        """[Hi po|Hello po|Good day] {emoji_calm} [part-time job po ito|may online job po kami|work from home po ito]: [MAG-LIKE LANG NG VIDEOS|mag-like lang ng videos|mag-follow lang ng pages|mag-rate ng hotels sa Google|mag-subscribe sa YouTube channels] [at kikita ka ng|kita mo] [₱150 kada task|₱500-₱3,000 daily|₱200 per screenshot]. [I-add lang si receptionist sa Telegram {tg_handle}|Reply 1 para magsimula|Chat lang po para sa instructions] {emoji_hot}""",
        n=14,
    ),
    T(
        "tl-oj-chat-002",
        "other_job_scam",
        "chat",
        """[Congrats po|Tapos na po ang task mo|Ayos na po] {emoji_hot} [Kumita ka na ng|Commission mo ay] [₱{count}0|₱350|₱1,200]! [Para ma-withdraw, kailangan mong mag-deposit ng|Para ma-unlock ang VIP tasks, mag-top up ng|May combination order ka, kailangan mag-recharge ng] [₱500|₱1,000|₱3,000|₱5,000] [at babalik ito with 30% profit|para hindi ma-freeze ang account mo|within 30 minutes]. [Contact mentor|Chat si tutor|I-MESSAGE SI MENTOR] {tg_handle}[ ASAP!| NOW!|]""",
        n=14,
    ),
    T(
        "tl-oj-ad-001",
        "other_job_scam",
        "ad",
        """[CANADA FARM JOBS 🇨🇦|Trabaho sa Canada, visa sponsored!|KOREA FACTORY – walang exam! 🇰🇷|Australia fruit picking 🇦🇺]
[Kailangan|Hiring]: [farm workers|fruit pickers|factory workers|meat processing workers]
[Sahod|Sweldo]: [CAD 20/hour|₱150,000 kada buwan|₱120k monthly|AUD 30/hour]
[Walang IELTS|Walang Korean exam|Walang age limit hanggang 45|Kahit walang experience]!
[Processing fee|Bayad sa papeles|Reservation fee]: [₱45,000|₱35,000 downpayment|₱85,000 (medical, visa, ticket)] [bago ang interview|para ma-reserve ang slot|non-refundable]
[Kasama|Benefits]: [libreng tirahan at transportasyon|overtime pay at health insurance|libreng pagkain sa factory], [2-year contract|3-year contract, renewable].
[Proseso|Timeline]: [bayad → job offer sa loob ng 2 linggo → visa → lipad|file opening → employer approval → visa stamping → flight in 2 months].
[Bayad via GCash o bank transfer|I-send ang resibo sa Messenger|Pwede installment]
[Limited slots!|Hanggang {araw} lang!|Unahan po!] {contact_tl}""",
        n=13,
    ),
]

OJ_T += [
    T(
        "tl-oj-ad-002",
        "other_job_scam",
        "ad",
        """[WORK FROM HOME – DATA ENTRY 💻|Online Encoding Job, sa bahay lang!|HOME-BASED TYPING JOB]
[Kumita ng|Kita mo ay] [₱15,000 – ₱30,000 kada buwan|₱800 kada araw|₱5,000 weekly] [kahit nasa bahay lang|kahit part-time|2-3 oras lang kada araw]!
[Trabaho|Gagawin]: [mag-type ng forms sa aming software|mag-copy paste ng data sa Excel|mag-encode ng online forms]
[Pwede ang|Para sa] [mga nanay, estudyante at walang trabaho|lahat, kahit walang experience|mga OFW na pauwi na]
[Registration fee|Activation fee|Starter kit]: [₱1,500 (one-time)|₱999 lang|₱2,100 kasama ang training at software]
[Refundable pagkatapos ng unang sahod!|Sahod tuwing Sabado via GCash!|May kontrata online.]
[Paano|Proseso]: [pagkatapos magbayad, makakatanggap ka ng login at unang 500 forms|ipapadala namin ang software at ang weekly target|may daily task list sa app]. [Dapat 98% accurate ang encoding.|Trabaho kahit anong oras.]
[Marami nang kumikita ng ₱20k+ buwan-buwan!|"Nabayaran ko ang upa dahil dito!" – isang member|Mahigit {count}00 na ang sumali ngayong buwan!]
[?Paalala: may penalty kapag may error sa forms ayon sa kasunduan.
][APPLY NA!|Limited slots!|PM lang po] {contact_tl}""",
        n=12,
    ),
]

OJ_H = [
    "Sis sali ka na sa task job namin, like lang ng posts, earn ₱500 daily. Kailangan lang mag-deposit ng ₱300 for activation 😊",
    "Work from home data entry, ₱20k monthly! Registration fee ₱1,500 lang para sa training kit at login. PM po.",
    "Hello po, na-freeze ang account mo dahil sa maling order. Magbayad ng ₱2,000 verification fee para ma-withdraw ang ₱8,500 mo.",
    "Taiwan factory direct hire, walang placement fee daw pero kailangan ng ₱25,000 para sa 'medical at papers' bago interview. Legit ba to? Sabi nila send sa GCash",
    "Online job! Mag-review lang ng apps, ₱100 per review. Level 2: deposit ₱1,000 para ₱300 per review. Withdraw daily 🤑",
    "Kumita ako ng ₱3,000 kahapon sa pag-like ng videos! PM mo ko i-add kita sa group 💸",
    "Trabaho sa Japan as caregiver, ₱150k monthly, walang JLPT needed. Processing ₱60,000, 50% downpayment ngayon.",
    "Amazon order boosting, complete 40 orders per day, 20% commission. Minimum recharge ₱1,000 para magsimula.",
    "Hiring encoders from home 💻 ₱800/day. Bayad lang ₱499 activation fee, refundable after first sahod!",
    "New Zealand dairy farm jobs, NZD 25/hr. Reservation fee ₱50,000 via GCash. Visa guaranteed or money back daw.",
    "Cruise ship waiters $2,500 + tips! Training at medical fee ₱38,000 bayad sa agent namin sa Maynila. Alis in 2 months.",
    "Telegram task group: mag-send ng 100 USDT para makasali sa premium mission, makakakuha ka ng 160 USDT after 3 tasks. Guaranteed po!",
]

# ------------------------------------------------------------------ legit_job (BPO urgent hiring, Taglish)
LJ_T = [
    T(
        "tl-lj-ad-001",
        "legit_job",
        "ad",
        """[URGENT HIRING! NO EXPERIENCE NEEDED!|URGENT HIRING!!|WE'RE HIRING! 📢|MASS HIRING!] {emoji_hot}
[Hiring kami ng|Naghahanap ang {ph_bpo} ng|Kailangan namin ng] [Customer Service Representatives|Chat Support Agents|Technical Support Reps|Inbound Sales Agents] [para sa|sa aming] {ph_site} site!
✅ [Pwede ang fresh grad at SHS grad|Kahit walang BPO experience|Undergrad pwede basta maayos mag-English]
✅ [Sahod|Salary]: {php_normal} [+ allowances|+ night diff|+ ₱{count}00 rice allowance]
✅ [Day 1 HMO|Paid training|13th month pay at government benefits]
✅ [Walk-in interview Lunes hanggang Biyernes, 9AM-3PM|Same-day job offer|Online application muna, tapos final interview sa site]
[Dalhin lang|Requirements]: [resume at 1 valid ID|updated resume, 2x2 picture|resume + any government ID]
[?Company: {ph_bpo} – legit na BPO, may opisina sa {ph_site}.
][PM lang po para sa referral link!|Text/Viber HR: {phone_ph}|Apply sa aming FB careers page!|I-tag ang friends na naghahanap ng work!]""",
        n=14,
        bpo_urgent=True,
    ),
    T(
        "tl-lj-chat-001",
        "legit_job",
        "chat",
        """[HIRING!!|URGENT HIRING!|Hiring po!] [CSR|Chat support|Voice account|Non-voice] sa [{ph_site}|Cebu|Pasig|QC|Davao] {emoji_hot} [no exp needed|pwede fresh grad|kahit SHS grad] [{php_normal} + allowance|₱18k-₱25k|{php_normal} basic], [walk-in bukas 9AM|final interview same day|job offer on the spot]. [PM for referral|Comment 'interested'|Text {phone_ph}] {emoji_calm}""",
        n=14,
        bpo_urgent=True,
    ),
    T(
        "tl-lj-ad-002",
        "legit_job",
        "ad",
        """[Hiring Chat Support – Work from Site|Non-Voice Account: HIRING NOW|URGENT: Email & Chat Support] 💻
{ph_bpo} – {ph_site}
[Account|Client]: [US e-commerce|Australian telco|travel booking|healthcare (non-voice)]
[Qualifications|Kailangan]:
• [At least SHS graduate o college level|College level o graduate]
• [Maayos mag-English, written at verbal|Good written English]
• [Walang experience? Okay lang, may paid training!|Fresh grads are welcome!]
[Sahod|Compensation]: {php_normal} [+ ₱2,000 allowance|+ perfect attendance bonus|+ night differential]
[Benefits|Kasama]: [HMO on day 1|SSS, PhilHealth, Pag-IBIG], [paid leaves|13th month]
[Schedule|Shift]: [5 days a week, 2 days off|Graveyard shift, may shuttle|Shifting]
[Paano mag-apply|Apply]: [walk-in sa {ph_site}, Mon-Fri 8AM-4PM|mag-send ng resume sa aming careers page|Viber HR sa {phone_ph}]""",
        n=13,
        bpo_urgent=True,
    ),
    T(
        "tl-lj-chat-002",
        "legit_job",
        "chat",
        """[Guys|Mga sis|Hello po], [yung company namin|yung BPO namin sa {ph_site}|ang {ph_bpo}] [ay nagha-hire ulit|may mass hiring ngayon|naghahanap ng 30 agents]! {emoji_hot} [Kahit walang exp|Fresh grad ok|SHS grad pwede], [{php_normal}|₱20k basic + allowance], [day 1 HMO|may sign-on bonus]. [PM niyo ko para sa referral ko|Walk-in lang kayo, sabihin niyo referral ko|Pakishare po] 🙏""",
        n=13,
        bpo_urgent=True,
    ),
    T(
        "tl-lj-ad-003",
        "legit_job",
        "ad",
        """[HIRING: Service Crew, Cashier, Kitchen Staff|URGENT HIRING – Sales Lady/Boy|Hiring ngayon!] {emoji_calm}
[{local_tl} – {city_tl}|Aming branch sa {city_tl} ({local_tl})]
[Posisyon|Bakante]: [Service Crew|Cashier|Sales Associate|Stock Clerk|Delivery Rider|Kitchen Helper|Barista]
[Sahod|Sweldo]: [₱610/day + OT|{php_normal}|₱550/day + service charge|₱570/day + meal allowance]
[Requirements|Kailangan]: [HS o SHS graduate|kahit walang experience|may sariling motor (para sa rider)], [NBI/police clearance|barangay clearance]
[Schedule|Oras]: [6 days a week, 8 hours|shifting schedule|Lunes-Sabado]
[Gagawin|Duties]: [mag-assist sa customers at mag-ayos ng display|tumanggap ng deliveries at mag-check ng stock|maghanda ng orders at maglinis ng station]. [May training sa unang linggo.|Mag-rereport sa store supervisor.]
[Benefits|Kasama]: [SSS, PhilHealth, Pag-IBIG|libreng uniform at meal allowance|13th month pay at service incentive leave]
[Mag-walk in lang|Pumunta lang] [sa aming branch, dalhin ang resume|sa store, 9AM-4PM] [o mag-text sa {phone_ph}|o mag-message sa FB page namin].""",
        n=13,
        bpo_urgent=True,
    ),
    T(
        "tl-lj-chat-003",
        "legit_job",
        "chat",
        """[Hello po|Hi {pangalan}|Good morning po], [ito po si {pangalan} mula sa|taga-HR po ito ng] {ph_bpo} 🙂 [Natanggap namin ang application mo bilang CSR.|Pasado ka sa initial interview!|Salamat sa pag-apply sa chat support role.] [Pwede ka ba sa online assessment bukas ng 2PM?|Final interview mo ay sa {araw}, 10AM, sa {ph_site}.|Dalhin ang 2 valid ID at NBI clearance sa {araw}.] {emoji_calm}""",
        n=13,
        bpo_urgent=True,
    ),
]

LJ_H = [
    (
        "chat",
        "Hello mga ka-QC! 📢 Hiring kami ng 20 CSR sa Cubao, kahit first job niyo pa lang. ₱19k + ₱2k allowance, HMO agad. Walk-in Lunes-Biyernes, dala lang resume 😊",
        True,
    ),
    (
        "chat",
        "Sino dito naghahanap ng work? Yung BPO namin sa Alabang may hiring ng tech support, ₱24k, kahit walang exp basta marunong mag-troubleshoot ng basic. PM ako para sa referral!",
        True,
    ),
    (
        "ad",
        """🚨 URGENT HIRING! NO EXPERIENCE NEEDED! 🚨
Luzon Contact Hub Inc. – Eastwood City, QC
📞 Customer Service Representatives (US Telco)
💰 ₱22,000 – ₱26,000 + night diff
🎁 ₱5,000 sign-on bonus!
🏥 HMO sa Day 1
Pwede ang fresh grad at SHS grad!
Walk-in Lunes-Sabado, 9AM-3PM. Dalhin lang ang resume at 1 valid ID.
Same-day job offer! 💯""",
        True,
    ),
    (
        "chat",
        "Uy mga ka-Cebu! 🙌 Nagha-hire ang chat support account namin sa IT Park, kahit walang exp basta marunong mag-English. ₱18k + allowances, may HMO agad. Nasa comments ang link 😊",
        True,
    ),
    (
        "chat",
        "URGENT!!! 30 CSR slots pa sa Pasig site namin 😱 kahit walang experience, ₱20k basic. Final interview sa Sabado. Text mo ko para sa referral 📲",
        True,
    ),
    (
        "chat",
        "Mga bes, mass hiring sa BPO namin sa Clark, fresh grad ok, P19k + P2k allowance, may free shuttle galing Angeles. DM me 🙏",
        True,
    ),
    (
        "chat",
        "Mga taga-Davao! 🔥 Mass hiring kami sa Lanang site, hindi kailangan ng BPO experience, tanggap ang SHS grad. ₱17,500 + HMO. Walk-in lang po, pakishare sa mga naghahanap 🙏",
        True,
    ),
    (
        "ad",
        """WE'RE HIRING! 📢
Bayanihan Teleservices – Iloilo Business Park
Customer Service (Voice) – Healthcare Account
✔ ₱18,000 basic + ₱3,000 allowances
✔ Kahit walang BPO experience
✔ Paid training, HMO, 13th month
✔ Walk-in Mon-Fri 9AM-4PM, Tower 2 ground floor
Dalhin: resume, 1 valid ID
Tanong? Text HR 0917 334 2210""",
        True,
    ),
    (
        "chat",
        "Hello po! Tumatanggap pa kami ng walk-in applicants para sa CSR ngayong linggo sa Ortigas. Kahit first time sa BPO, okay lang. ₱21k package 😊",
        True,
    ),
    (
        "message",
        "Paalala sa mga applicants: ang final interview ninyo sa Pacific Crest CX (Ortigas) ay sa Huwebes, 10AM. Magdala ng 2 valid IDs. Walang bayad ang application. Salamat at good luck!",
        True,
    ),
    (
        "chat",
        "Guys hiring kami ng data encoder sa warehouse namin sa Valenzuela, ₱610/day, walang exp ok, Mon-Sat. PM niyo ko 🙂",
        True,
    ),
    (
        "chat",
        "Naghahanap po kami ng service crew sa branch namin sa Fairview, ₱570/day + meal. Walk-in lang po with resume 🍔",
        True,
    ),
    (
        "ad",
        """HIRING! Cashier at Sales Associate 🛒
Bayanihan Mart – Cagayan de Oro branch
₱480/day + OT + SSS/PhilHealth/Pag-IBIG
Kahit walang experience, basta masipag at honest
6 days a week, shifting
Walk-in Mon-Sat 9AM-3PM, dalhin ang resume at barangay clearance""",
        True,
    ),
    (
        "chat",
        "Sis, may opening sa call center namin sa Bacolod, no exp needed, ₱16k + incentives, may libreng training. Gusto mo i-refer kita? 😊",
        True,
    ),
    (
        "chat",
        "Hiring po ng barista sa coffee shop namin sa Katipunan ☕ ₱600/day + tips, walang exp ok, tuturuan namin. Message lang!",
    ),
    (
        "chat",
        "Kailangan ng tutor para sa anak ko (Grade 4), 3x a week sa QC, ₱400/hour. PM po sa interesado 🙏",
    ),
    (
        "message",
        "Magandang araw! Ang PESO ng lungsod ay magsasagawa ng Local Job Fair sa Hunyo 12, 8AM-5PM sa City Hall lobby. Mahigit 40 employers. Magdala ng maraming kopya ng resume.",
    ),
    (
        "chat",
        "Yung tito ko may hardware sa Batangas City, kailangan ng cashier, ₱500/day + libreng lunch, Lunes-Sabado. Sino interesado?",
    ),
    (
        "chat",
        "Hiring ng security guards sa QC, ₱610/day + OT, may benefits. Dapat licensed. Walk-in sa main office 8AM-4PM 👮",
    ),
    (
        "chat",
        "Congrats sa mga natanggap sa Harbour BPO batch 12! 🎉 Orientation sa Lunes 8AM, dalhin ang requirements ha. Welcome sa team!",
    ),
]

# ------------------------------------------------------------------ legit_overseas
LO_T = [
    T(
        "tl-lo-ad-001",
        "legit_overseas",
        "ad",
        """[HIRING: Domestic Helper papuntang Hong Kong 🇭🇰|HONG KONG – Caregivers at DH|Trabaho sa Hong Kong, legal at walang placement fee!]
{ph_agency}
{dmw_lic}
[Sahod|Sweldo]: [HK$4,990 + food allowance|HK$5,000 – HK$5,500 + libreng pagkain at tirahan|minimum allowable wage ng Hong Kong]
✅ [WALANG PLACEMENT FEE para sa household service workers|Zero placement fee]
✅ [Libre ang airfare, sagot ng employer|Employer ang magbabayad ng pamasahe]
✅ [2-year contract, may day off kada linggo|Standard employment contract, may insurance]
[Kailangan|Requirements]: [babae, 23-40 taong gulang|edad {age_range}], [TESDA NC II|kahit first timer], passport, PSA birth certificate, NBI clearance
[Pumunta nang personal sa aming opisina sa [Ermita|Malate|Paco], Maynila.|Mag-apply lamang sa aming opisina.] [Huwag magbayad sa GCash o sa Messenger.|Wala kaming sub-agent.|I-verify ang lisensya namin sa DMW website.]
{phone_ph}""",
        n=14,
    ),
    T(
        "tl-lo-ad-002",
        "legit_overseas",
        "ad",
        """[TAIWAN FACTORY WORKERS – HIRING! 🇹🇼|Factory Operators para sa Taiwan|Trabaho sa Taiwan (Electronics)]
{ph_agency} ({dmw_lic})
[Employer|Principal]: [electronics company sa Hsinchu|semiconductor plant sa Kaohsiung|auto parts factory sa Taichung]
[May approved job order|Job Order No. JO-{d}{d}{d}{d}-202[1|2|3|4|5]|DMW-verified job order] – [{count} slots|male at female]
[Sahod|Basic salary]: NT$28,590 + [OT|overtime pay ayon sa Labor Standards Act]
[Kontrata|Contract]: 3 taon, [libreng dormitoryo|may dorm], [health at labor insurance|NHI]
[Fees|Bayarin]: [walang placement fee (direct hire via TIDES)|placement fee na hindi hihigit sa isang buwang sahod, may official receipt|walang placement fee; employer ang sasagot sa airfare at visa]
[Kailangan|Requirements]: edad [21-39|21-35], [SHS graduate|HS graduate], [pasado sa medical|fit to work]
[Walk-in|Mag-apply nang personal] sa aming opisina, [Lunes-Biyernes 8AM-5PM|Lunes-Sabado]. [Dalhin ang passport at resume.|Huwag magpadala ng bayad online.]""",
        n=14,
    ),
    T(
        "tl-lo-ad-003",
        "legit_overseas",
        "ad",
        """[EPS KOREA: Bukas na ang registration para sa EPS-TOPIK 🇰🇷|Trabaho sa Korea sa ilalim ng EPS (G to G)|Paalala para sa mga gustong magtrabaho sa Korea]
[Ang|Ayon sa] Department of Migrant Workers[, bukas na|, magbubukas] ang [registration para sa EPS-TOPIK|susunod na round ng EPS-TOPIK] para sa [manufacturing|agriculture|fishery|construction] sector.
[Sino ang pwede|Qualifications]: [edad 18-39|18 hanggang 39 taong gulang], [walang criminal record|hindi pa na-deport sa Korea], [walang color blindness|may valid passport].
[Test|Pagsusulit]: EPS-TOPIK + [skills test|competency evaluation]. [Ang test fee lamang ang babayaran.|Walang ibang bayad bukod sa test fee.]
[Sahod|Kita]: [Korean minimum wage, mga KRW 2.09 million kada buwan|mga $1,500 – $2,000 kada buwan kasama ang overtime|KRW 2.1 – 2.6 million kasama ang OT] (E-9 visa).
[Online registration lamang sa opisyal na portal.|Walang private agency sa EPS – government to government ito.] [Mag-ingat sa mga nag-aalok ng "sure slot" kapalit ng bayad.|Huwag magbayad sa fixer.]""",
        n=13,
    ),
    T(
        "tl-lo-chat-001",
        "legit_overseas",
        "chat",
        """[Paalala po|Hi po|Good day po] {emoji_calm} [ang PDOS ninyo|ang medical exam ninyo|ang contract signing|ang OWWA orientation] [ay sa|ay naka-schedule sa] [{araw}, 8AM|{araw}, 9AM|susunod na linggo] [sa aming opisina|sa accredited clinic|sa OWWA]. [Dalhin ang passport at 2 valid IDs|Dalhin ang job offer at passport|Huwag kalimutan ang OEC requirements]. [Sagot na ng employer ang ticket ninyo|Libre ang airfare, employer ang nagbayad] 🙏 – {ph_agency}""",
        n=14,
    ),
    T(
        "tl-lo-chat-002",
        "legit_overseas",
        "chat",
        """[HIRING!!|WE ARE HIRING!|May job orders po kami!] {emoji_hot} [Factory workers papuntang Taiwan 🇹🇼|Caregivers para sa Hong Kong 🇭🇰|Hotel staff sa Qatar 🇶🇦|Nurses sa Saudi 🇸🇦] [WALANG PLACEMENT FEE|libre airfare, sagot ng employer|may approved job order sa DMW], [{dmw_lic}|DMW licensed]. [NT$28,590 + OT|HK$4,990 + food allowance|QAR 1,800 + OT|SAR 5,000 para sa nurses|basic salary ayon sa job order]. [Personal na mag-apply sa opisina|Walk-in Lunes-Biyernes], [walang online payment|huwag magbayad sa GCash]. {phone_ph}""",
        n=14,
    ),
]

LO_H = [
    (
        "chat",
        "Hello po! Confirmed na ang medical ninyo sa Sabado 7AM sa accredited clinic. Walang bayad sa amin, employer ang sasagot. Dalhin ang passport 🙂",
    ),
    (
        "chat",
        "Ang saya ko! Nakapasa ako sa EPS-TOPIK 🇰🇷 Ang binayaran ko lang ay test fee. Sa mga nag-aalok ng 'sure slot', scam po yan ha!",
    ),
    (
        "chat",
        "Sis natanggap na ko sa EPS! 🎉 Manufacturing sa Gimhae. Korean minimum wage, mga 1,600 USD with OT. Next month na ang alis ✈️",
    ),
    (
        "chat",
        "Hi ma'am! FIT ang medical result ninyo ✅ Next step ay contract signing sa Martes, tapos PDOS. Employer na ang magbo-book ng flight ninyo papuntang Taipei 😊",
    ),
    (
        "chat",
        "Paalala po: WALANG PLACEMENT FEE ang HK domestic helpers. Kung may humihingi ng bayad sa GCash gamit ang pangalan namin, i-report sa DMW. Salamat! 🙏",
    ),
    (
        "chat",
        "Pirmado na kontrata ko sa Taiwan 🇹🇼 electronics sa Hsinchu, NT$28,590 + OT, 3 years. DMW-licensed ang agency, chineck ko job order online. Ingat sa mga fake recruiter guys!",
    ),
    (
        "ad",
        """APPROVED JOB ORDERS – SAUDI ARABIA 🇸🇦
Golden Anchor International Manpower Inc. (DMW License No. 214-LB-052223-R)
• Staff Nurses – SAR 5,000 – 6,500
• Patient Care Technicians – SAR 3,000
• Housekeeping – SAR 1,500
Libre ang airfare, tirahan at transportation. Walang placement fee para sa nurses.
Edad 22-40, BSN + PRC license (nurses), valid passport
Walk-in: 2F Malate Plaza, Manila, Lunes-Biyernes 8AM-4PM
I-verify ang aming lisensya sa DMW website. Wala kaming sub-agent.""",
    ),
    (
        "message",
        "Magandang araw po! Ang inyong kontrata para sa Taoyuan Care Center ay na-verify na ng MECO at DMW. Dumalo po sa PDOS sa Hulyo 18, 8:00 AM. Sagot ng employer ang inyong airfare. – Tanglaw Global Recruitment Agency Inc.",
    ),
    (
        "ad",
        """Trabaho sa Japan bilang Caregiver (SSW) 🇯🇵
Hiraya Overseas Employment Services Inc. – DMW licensed
Employer: nursing home sa Saitama (approved job order, 12 slots)
JPY 210,000 kada buwan + bonus dalawang beses sa isang taon
Requirements: JFT-Basic A2 o JLPT N4, pasado sa Care Skills Test, 21-35 y/o
Libreng airfare. WALANG placement fee. Libreng Japanese review classes.
Mag-apply sa aming opisina sa Makati.""",
    ),
    (
        "chat",
        "Update mula sa agency: approved na ang visa mo ng Hong Kong employer 🥳 Flight sa ika-14, bayad ng employer ang ticket. Dalhin ang OEC at passport sa opisina bukas.",
    ),
    (
        "ad",
        """HONG KONG NEEDS CAREGIVERS – sahod hanggang ₱100K! 💰
Mga elderly care homes sa Hong Kong ang nangangailangan ng caregivers sa ilalim ng government-approved scheme.
Sahod: HK$12,000 – 15,000 kada buwan (mga ₱90,000 – ₱110,000)
Kailangan: TESDA NC II Caregiving, 25-45 y/o, may experience sa elderly care
Sa DMW-licensed agencies lang dumaan na may approved job order.
Employer ang sasagot sa airfare at visa. Walang placement fee.""",
    ),
    (
        "chat",
        "Kuya, legit yung agency sa Ermita, nakita ko sa DMW list yung license nila at may job order. Walang hiningi sa akin kundi medical lang 👍",
    ),
    (
        "chat",
        "Mga kaibigan, ang Canada food processing job order ng Pacific Bridge ay verified ng POLO. CAD 19.50/hr, employer ang magbabayad ng airfare. Personal na mag-apply ha, walang online payment!",
    ),
    (
        "message",
        "Paalala mula sa ahensya: Ang interview ng employer para sa Welders (Oman) ay sa Sabado, 9:00 AM sa aming opisina. Dalhin ang TESDA NC II at passport. Walang bayad ang interview.",
    ),
    (
        "chat",
        "Ang saya! Natapos ko na ang PDOS 🙌 Next week na flight ko papuntang Riyadh, staff nurse, SAR 5,500. Salamat sa legit na agency!",
    ),
    (
        "chat",
        "Reminder po sa mga applicants ng Taiwan: huwag magpadala ng pera sa kahit sinong nag-aalok ng 'fast track'. Sa opisina lang po ang transaksyon, may official receipt 🧾",
    ),
    (
        "ad",
        """PAALALA: EPS-TOPIK Registration 🇰🇷
Bukas ang online registration para sa manufacturing sector sa susunod na linggo.
Edad 18-39, walang criminal record, walang color blindness.
Ang test fee lamang ang babayaran, sa mga itinalagang payment channel.
Sahod: Korean minimum wage (mga KRW 2.09M kada buwan) + overtime.
WALANG private agent sa EPS. Ang nag-aalok ng "sure slot" kapalit ng bayad ay scammer.""",
    ),
    (
        "chat",
        "Congrats sa batch namin papuntang Hong Kong! ✈️ Walang binayaran na placement fee, employer pa ang nagbayad ng ticket. Ingat tayong lahat 🙏",
    ),
]

# ------------------------------------------------------------------ awareness
AW_T = [
    T(
        "tl-aw-news-001",
        "awareness",
        "news",
        """[BABALA: Mag-ingat sa mga pekeng alok na trabaho sa Thailand at Cambodia|DMW, nagbabala laban sa illegal recruiters na nag-aalok ng trabaho sa Myanmar|Mga alok na 'CSR sa Thailand', posibleng human trafficking – DMW]

[Pinag-iingat ng|Muling nagbabala ang] Department of Migrant Workers (DMW) ang publiko laban sa mga [illegal recruiter|online recruiter|pekeng recruiter sa Facebook at Telegram] na nag-aalok ng trabaho bilang [Customer Service Representative, Data Encoder at Call Center Agent|{trabaho}] sa [Thailand, Cambodia, Laos at Myanmar|Southeast Asia].

[Ayon sa ahensya|Sinabi ng DMW na], [nangangako ang mga ito ng|karaniwang alok ang] "[libreng plane ticket|malaking sahod]", [libreng pagproseso ng visa|libreng tirahan] at [sahod na {php_high}|sahod na $1,000 pataas], at [sinasabing hindi na kailangan ng visa|pinapalabas ang aplikante bilang turista].

[Ngunit pagdating doon|Sa halip], [dinadala sila sa mga scam hub sa {hub}|pinipilit silang mag-scam online|kinukuha ang kanilang passport].

[Paalala ng DMW|Ipinaalala rin ng ahensya] na [may deployment ban pa rin sa Myanmar|dapat i-verify ang agency sa listahan ng DMW|huwag magpadala ng pera o passport sa online recruiters]. [Maaaring tumawag sa hotline 1348.|I-report ang kahina-hinalang post sa DMW.]""",
        n=13,
    ),
    T(
        "tl-aw-news-002",
        "awareness",
        "news",
        """[BI, pinigilan ang {count} pasahero na patungo umano sa scam hub|Mga biktima ng scam hub, naharang sa NAIA – BI|Bureau of Immigration: mag-ingat sa 'tourist' na trabaho sa abroad]

[Naharang ng|Pinigilan ng] Bureau of Immigration (BI) ang [{count} Pilipino|tatlong pasahero|isang grupo ng kabataan] sa [NAIA|Clark International Airport|Mactan-Cebu Airport] na [nagpanggap na turista|nagsabing magbabakasyon lang] [papuntang Bangkok|papuntang Da Nang|papuntang Kota Kinabalu].

[Sa imbestigasyon|Sa secondary inspection], [inamin nila na|lumabas na] [na-recruit sila sa Telegram bilang CSR|inalok sila ng trabaho bilang customer service na may sahod na $1,000|sinabihan silang magpanggap na turista ng kanilang recruiter].

"[Kung ang job offer ay nag-uutos sa iyo na magsinungaling sa awtoridad, hindi iyon lehitimong trabaho|Ang tunay na employer ay hindi magpapanggap na turista ang kanyang manggagawa]," [ayon sa BI|sabi ng isang opisyal].

[Pinaalalahanan ng BI ang publiko na|Hinikayat ng ahensya ang mga naghahanap ng trabaho na] [dumaan lamang sa DMW|i-verify muna ang employer at agency].""",
        n=13,
    ),
    T(
        "tl-aw-chat-001",
        "awareness",
        "chat",
        """[⚠️|🚨|‼️] [BABALA|INGAT|PAALALA] [po|mga kaibigan|sa lahat]! [Yung mga post na|Ang mga alok na] "[CSR sa Thailand, libreng plane ticket|Data encoder sa Bangkok, hindi na kailangan ng visa|₱50k sahod, libre lahat, alis agad]" [ay posibleng human trafficking|ay scam hub recruitment|ay bitag]! [Maraming Pinoy ang napunta sa {hub}|May mga nakulong sa scam compound dahil dito]. [I-share para sa kaalaman ng lahat|Huwag pumatol|I-verify sa DMW] 🙏""",
        n=14,
    ),
    T(
        "tl-aw-chat-002",
        "awareness",
        "chat",
        """[Mga mommy|Guys|Mga ka-barangay], [mag-ingat po tayo|huwag po tayong maniwala] sa [mga recruiter sa FB|mga nag-aalok sa Telegram|mga post sa TikTok] na "[CSR sa Thailand]" o "[typist sa Cambodia]". [Yung anak ng kapitbahay namin|Pinsan ko|Kaklase ko] [ay napunta sa {hub}|ay pinilit mag-scam|ay kinailangan pang tubusin ng ₱{count}0,000]. [Hindi po biro ito|Sana walang mabiktima pa] 😢""",
        n=13,
    ),
]

AW_H = [
    (
        "chat",
        "‼️ Mga kababayan, may bagong modus: 'CSR sa Vietnam, libre ticket, sa Da Nang lalapag bilang turista.' Tatawid daw pala sa Cambodia pagdating. HUWAG PO! 🙏",
    ),
    (
        "news",
        """Kuwento ng isang ina mula sa Bulacan: "Ang sabi sa anak ko, customer service sa Thailand, ₱50,000 ang sahod, libre ang ticket. Sa Clark siya lumabas bilang turista. Pagkaraan ng isang linggo, tumawag siya na umiiyak, nasa Myawaddy daw sila at kinuha ang passport nila." Nakauwi ang anak matapos ang limang buwan sa tulong ng embahada.""",
    ),
    (
        "chat",
        "Sa mga naghahanap ng trabaho: ang DMW-licensed agency ay HINDI magsasabing 'tourist ka lang lalabas'. Kung ganyan ang sinabi sa inyo, scam yan 🚫",
    ),
    (
        "message",
        "Paalala mula sa barangay: Magkakaroon ng orientation tungkol sa illegal recruitment at human trafficking sa Sabado, 9AM sa barangay hall. Magsasalita ang isang kinatawan ng DMW. Libre at bukas sa lahat.",
    ),
    (
        "news",
        """Nagbabala ang OWWA na nananatili ang deployment ban sa Myanmar. Ayon sa ahensya, may mga Pilipinong na-recruit bilang "customer service representative" sa Thailand pero dinala sa Myawaddy kung saan sila pinilit mag-online scam. Pinaalalahanan ng OWWA ang publiko na huwag magpadala ng passport o pera sa mga recruiter online at i-verify muna sa DMW ang anumang alok.""",
    ),
    (
        "chat",
        "🚨 PSA: yung post na 'Data Entry – Thailand – ₱50k – libreng ticket' na kumakalat sa mga GC, bitag yan! Ganyan din yung nangyari sa mga napunta sa KK Park. Huwag mag-apply, huwag i-share.",
    ),
    (
        "chat",
        "Muntik na pinsan ko. Sabi sa kanya 'hindi na kailangan ng visa, passport lang, alis Biyernes.' Buti tumawag kami sa DMW, scam daw yun. I-check muna bago umalis 🙏",
    ),
    (
        "news",
        """Kuwento ng isang survivor: "Ang nakalagay sa ad: 'Typing job sa Thailand, walang experience, ₱45k.' Mabilis ako mag-type kaya akala ko para sa akin. Pagdating doon, ang typing pala ay pakikipag-chat sa mga estranghero nang 15 oras, nagpapanggap na investor. Kung ang trabaho ay typing speed at passport lang ang kailangan, magtanong ka kung bakit." (Ibinahagi sa pahintulot ng isang NGO; binago ang pangalan.)""",
    ),
    (
        "chat",
        "Pakibantayan po ang mga anak natin 🙏 kung may nagsasabing 'sabihin mo sa immigration na turista ka', HINDI yan employer. Yung pamangkin ko na-offload sa NAIA at salamat sa Diyos.",
    ),
    (
        "news",
        """Libu-libong social media post na nag-aalok ng trabaho abroad nang walang approved job order ang ipinatanggal ng DMW. Marami rito ang nag-aalok ng call center at data encoder jobs sa Southeast Asia na may "libreng plane ticket" at "hindi na kailangan ng working visa". Ipinaalala ng DMW na hindi kailanman pinalalabas ng lisensyadong ahensya ang aplikante bilang turista.""",
    ),
    (
        "chat",
        "Nireport ko na yung page na nag-aalok ng 'CSR sa Cambodia $1,200 libre lahat'. Please report din kayo para matanggal 😤",
    ),
    (
        "message",
        "Magandang araw, mga magulang! Magkakaroon ng seminar tungkol sa ligtas na migrasyon at pekeng job offers online sa Biyernes, 3PM sa covered court. Inaanyayahan ang lahat ng Grade 12 at kanilang pamilya.",
    ),
    (
        "chat",
        "Lol nag-message ulit sa akin yung recruiter 'Hi sis CSR Bangkok 50k libre ticket'. Blocked at reported. Ingat kayo lahat 🙄",
    ),
    (
        "news",
        """Panayam sa isang nakauwing biktima: "Sinabi nila na hotel job sa Laos, $1,000 kada buwan, libre pagkain at kwarto. Sumakay kami ng bangka mula Chiang Rai. Tapos binigyan kami ng cellphone at script." Ayon sa mga awtoridad, ginagamit pa rin ang rutang ito sa Golden Triangle.""",
    ),
    (
        "chat",
        "Mga kababayan, kung may nag-offer sa inyo ng trabaho sa Thailand tapos sa Clark o Cebu daw kayo lalabas bilang turista, RED FLAG yan ‼️ Dumaan lang sa DMW.",
    ),
    (
        "news",
        """Paano malalaman kung bitag ang job offer abroad?
1. Sobrang laki ng sahod para sa simpleng trabaho.
2. Tourist visa lang o "hindi na kailangan ng visa".
3. Libre lahat: ticket, visa, tirahan.
4. Sa Telegram o Messenger lang ang interview.
5. Pinapalabas kang turista at pinapasinungaling sa immigration.
Kung may isa man dito, i-verify muna sa DMW bago tumanggap.""",
    ),
]

# ------------------------------------------------------------------ other_text
OT_T = [
    T(
        "tl-ot-chat-001",
        "other_text",
        "chat",
        """[Uy|Hoy|Guys|Mga bes] [nakarating na kami sa Bangkok|andito na kami sa Siem Reap|pauwi na kami galing Vietnam|nag-book na ako ng ticket pa-Bangkok] {emoji_hot} [Ang sarap ng street food dito!|Grabe ang init 🥵|Sulit yung {days} days namin|Ang mura ng masahe, ฿300 lang!] [Pasalubong?|Sino gusto ng pasalubong?|Miss ko na kayo!|Kita-kits next week!]""",
        n=13,
    ),
    T(
        "tl-ot-chat-002",
        "other_text",
        "chat",
        """[Ma|Pa|Tita|Kuya|Ate], [nag-send na ako ng|napadala ko na ang] [₱5,000|₱8,000|{php_normal}] [sa GCash mo|para sa tuition ni bunso|pambayad ng kuryente]. [Pakicheck po|I-confirm niyo po pag natanggap|Text niyo ko pag dumating]. [Okay lang ako dito|Busy sa trabaho pero okay|Tawag ako sa Linggo] ❤️""",
        n=13,
    ),
]

OT_T += [
    T(
        "tl-ot-message-001",
        "other_text",
        "message",
        """[PAALALA|ANUNSYO|Announcement] {emoji_calm}
[Ang barangay|Ang parokya|Ang HOA|Ang PTA ng paaralan] ay [magsasagawa ng|nag-aanyaya sa] [libreng medical mission|general assembly|fun run para sa charity|clean-up drive|Christmas party] [sa Sabado, 8AM|sa Linggo pagkatapos ng misa|sa susunod na Biyernes, 4PM].
[Lugar|Saan]: [covered court|parish hall|multi-purpose hall|school gym]
[Bayad|Ambag]: [₱100 kada pamilya|libre|₱250 para sa t-shirt|₱50 lang]
[Magdala ng|Huwag kalimutan ang] [ID|sariling tumbler|kaunting pagkain|registration slip].
[Para sa tanong|Contact]: {phone_ph}. [Salamat po!|Kita-kits!|Lahat ay welcome!]""",
        n=12,
    ),
    T(
        "tl-ot-chat-003",
        "other_text",
        "chat",
        """[Uy|Guys|Mga bes] [may utang ka sa akin na|pakibayad ng share niyo:|reminder:] [₱450|₱1,200|₱250|₱800] [para sa pizza|sa Grab|sa cake ni Mama|sa concert tickets|sa Airbnb] {emoji_calm} [GCash o Maya|GCash lang] [okay na|pls 😂][ — total ay [₱2,700|₱4,800|₱9,600]|]""",
        n=12,
    ),
]

OT_H = [
    "Happy birthday Jomar!! 🎉🎂 Grabe 30 ka na. Inuman sa Biyernes?",
    "Traffic sa EDSA ngayon 😩 late ako ng 30 mins, order niyo na ako",
    "May nagbebenta ba ng second-hand laptop na below 15k? Para sa online class ng anak ko 🙏",
    "Sahod na!! 🤑 Samgyup tayo mamaya, libre ko kayo",
    "Mga kapatid, may prayer meeting tayo sa Huwebes 7PM sa bahay ni Ate Lorna. Magdala ng kaunting pagkain 🙏",
    "Nawala wallet ko sa Cubao terminal 😢 kung may makakita ng brown wallet na may ID ko, paki-message ako",
    "SALE ngayong Sabado lang! 🧋 Lahat ng milk tea namin ₱69, may libreng pearls pa. Punta na kayo sa branch namin sa Marikina o order sa Foodpanda 😋",
    "Sino sasama sa outing sa Batangas? ₱1,500 per head kasama van at pagkain. Bayad hanggang Biyernes!",
    "Nakapasa ako sa board exam!!! 😭🙏 Salamat sa lahat ng nagdasal",
    "Yung Telegram group ng klase natin puro spam na, admin paki-linis naman 😂",
    "PAALALA: Walang tubig sa Huwebes 9AM-5PM dahil sa repair ng tubo. Mag-ipon na po ng tubig. – Admin",
    "Grabe ang ganda ng Angkor Wat 😍 3 days lang kami sa Siem Reap pero sulit. $37 yung ticket sa temple",
]


# ------------------------------------------------------------------ optional blocks for long ads
BLOCK_SLOTS = {
    "cr_about_tl": [
        "[Tungkol sa company|About us|Company]: [malaking international company|Chinese-owned na online company|e-commerce company na may branches sa Asia|kumpidensyal, sasabihin pagkatapos ng interview]. [Aircon ang office, may gym at canteen!|Maganda ang working environment.|Marami nang Pinoy dito.]",
        "[LEGIT PO ITO!|HINDI PO ITO SCAM!|100% SAFE AT LEGAL!] [Registered company po kami.|Maraming OFW na ang natulungan namin.]",
    ],
    "cr_work_tl": [
        "[Oras ng trabaho|Schedule|Working hours]: [12 oras kada araw, 1 day off kada linggo|10-12 hours, 2 days off kada buwan|8AM-8PM, 6 days a week]. [Libre ang pagkain habang naka-duty.|May OT pay.|]",
        "[Trabaho|Gagawin]:\n- [sumagot sa mga customer sa chat|makipag-usap sa mga kliyente online|mag-encode ng data]\n- [sundin ang script ng company|mag-report sa team leader|mag-post sa social media]",
    ],
    "cr_docs_tl": [
        "[Kailangan lang|Ihanda|REQUIREMENTS]: [passport (valid ng 6 months pataas)|kopya ng passport], [selfie|2x2 picture|resume]. [Wala nang iba!|Yun lang!|NO NBI NEEDED!]",
        "[Sahod every 15th at 30th, in dollars!|BONUS KADA BUWAN para sa top performers!|May salary increase after 3 months!|Sahod in USD o USDT, ikaw bahala.]",
    ],
    "cr_close_tl": [
        "APPLY NA! LIMITED SLOTS LANG!",
        "UNAHAN PO ITO!",
        "Huwag palampasin ang pagkakataon!",
        "Seryoso lang po ang mag-message!",
        "I-SHARE SA MGA NAGHAHANAP NG TRABAHO!",
        "God bless po! PM NOW!",
        "Mag-reply within 24 hours para ma-reserve ang slot!",
    ],
    "oj_about_tl": [
        "[Registered agency po kami, mahigit 10 taon na|Marami na kaming napaalis|May testimonials sa page namin]! [100% LEGIT, HINDI SCAM!|Visa guaranteed o refund!|Pwede installment sa GCash.]",
        "[Proseso|Paano]:\n1. [I-send ang resume at passport|Mag-fill up ng form]\n2. [Bayaran ang processing fee|Magbayad ng reservation]\n3. [Hintayin ang job offer sa email|Makakatanggap ng contract]\n4. [Visa at flight!|Lipad na!]",
    ],
    "oj_close_tl": [
        "APPLY NA, LIMITED SLOTS!",
        "Huwag palampasin!!",
        "Tawag na ngayon!",
        "UNAHAN LANG PO!",
        "Mag-PM na bago maubos!",
    ],
    "bpo_about_tl": [
        "[Tungkol sa amin|Who we are]: [multi-awarded na BPO|mabilis lumagong customer-experience company] na may [US healthcare|Australian telco|global e-commerce] clients. [Maraming promotions from within!|May malinaw na career growth.]",
        "[Perks|Bakit sa amin?]: [libreng kape, game room at monthly team building!|free shuttle mula sa MRT, subsidized meals|rewards, recognition at masayang workplace!]",
    ],
    "bpo_process_tl": [
        "[Hiring process|Proseso]: [initial interview → assessment → final interview → job offer sa parehong araw!|online assessment → HR interview → ops interview → JO agad!]",
        "[Walang bayad ang application.|Hindi kami humihingi ng kahit anong fee.|Libre ang medical para sa mga bagong hire.]",
    ],
    "bpo_close_tl": [
        "Kita-kits! 😊",
        "I-tag ang friends na naghahanap ng work!",
        "Pakishare po!",
        "#HiringNow #BPOJobs",
        "Apply na – excited kaming makilala ka!",
        "LIMITED SLOTS, apply na ngayon!",
    ],
    "lo_process_tl": [
        "[Proseso|Hakbang]: application → interview ng employer → medical → contract signing → PDOS/OWWA seminar → deployment. [Karaniwang 2-4 buwan ang processing.|3-6 na buwan ang karaniwang proseso.]",
        "[Kasama|Benefits]: [libreng tirahan at transportasyon|medical insurance at annual leave|ticket pauwi pagkatapos ng kontrata|OT pay ayon sa batas ng bansa].",
    ],
    "lo_warn_tl": [
        "[Paalala|Babala]: [hindi kami tumatanggap ng bayad sa GCash o Messenger|mag-ingat sa mga gumagamit ng pangalan ng agency namin online|sa opisina lang ang lahat ng bayad, may official receipt]. [I-report ang illegal recruiters sa DMW hotline 1348.|I-verify ang aming lisensya bago mag-apply.]"
    ],
    "aw_extra_tl": [
        "[Para sa mga biktima at pamilya|Para mag-report], [tumawag sa DMW hotline 1348|mag-message sa OWWA|lumapit sa pinakamalapit na embahada].",
        "[Mula 2022|Sa nakalipas na {days} taon], [mahigit {count}0|daan-daang] Pilipino na ang [na-repatriate|nasagip|natulungang makauwi] mula sa mga scam hub, [ayon sa ahensya|ayon sa DMW].",
        "[Ilan sa mga biktima ay pinangakuan ng sahod na {php_high}|Ang ilan ay sinabihang may utang silang $3,000 para sa pamasahe|May mga pamilyang nagbayad ng ₱{count}0,000 bilang tubos].",
    ],
}
SLOTS.update(BLOCK_SLOTS)


TEMPLATES = [
    with_blocks(t, head=("cr_about_tl",), body=("cr_work_tl", "cr_docs_tl"), tail=("cr_close_tl",))
    if t.kind == "ad"
    else t
    for t in TEMPLATES
]
OJ_T = [
    with_blocks(t, head=("oj_about_tl",), tail=("oj_close_tl",)) if t.kind == "ad" else t
    for t in OJ_T
]
LJ_T = [
    with_blocks(t, head=("bpo_about_tl",), body=("bpo_process_tl",), tail=("bpo_close_tl",))
    if t.kind == "ad" and t.id != "tl-lj-ad-003"
    else t
    for t in LJ_T
]
LO_T = [
    with_blocks(t, body=("lo_process_tl", "lo_warn_tl"))
    if t.kind == "ad" and "EPS" not in t.text[:80]
    else t
    for t in LO_T
]
AW_T = [with_blocks(t, tail=("aw_extra_tl",), sep="\n\n") if t.kind == "news" else t for t in AW_T]


# ------------------------------------------------------------------ assembly
TEMPLATES += OJ_T + LJ_T + LO_T + AW_T + OT_T

def _hand(category, items, start=501):
    return number_handwritten(LANGUAGE, category, items, start)


HANDWRITTEN = (
    _hand("compound_recruitment", CR_H)
    + _hand("other_job_scam", OJ_H)
    + _hand("legit_job", LJ_H)
    + _hand("legit_overseas", LO_H)
    + _hand("awareness", AW_H)
    + _hand("other_text", OT_H)
)
