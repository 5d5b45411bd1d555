"""English templates for the synthetic recruitscan corpus (project-written; origin: synthetic).

Every text below is invented for this corpus. Employers, agencies, licence numbers, handles and
phone numbers are fictitious; named institutions (DMW, MEA, Interpol, ...) appear only as the
kind of source a real warning would cite, never as a claim that the text is theirs.
"""

from grammar import H, T, _split_alternatives, split_top_level
from template_tools import number_handwritten, with_blocks

LANGUAGE = "en"

SLOTS = {
    "d": list("0123456789"),
    "nat": ["Kenyans", "Indians", "Sri Lankans", "Malaysians", "Filipinos", "Ugandans"],
    "nat_sg": ["Kenyan", "Indian", "Sri Lankan", "Malaysian", "Filipino", "Ugandan"],
    "phone_ke": [
        "+254 7{d}{d} {d}{d}{d} {d}{d}{d}",
        "07{d}{d} {d}{d}{d}{d}{d}{d}",
        "+2547{d}{d}{d}{d}{d}{d}{d}{d}",
    ],
    "phone_in": [
        "+91 9{d}{d}{d}{d} {d}{d}{d}{d}{d}",
        "+91 7{d}{d}{d}{d}-{d}{d}{d}{d}{d}",
        "98{d}{d}{d} {d}{d}{d}{d}{d}",
    ],
    "phone_lk": ["+94 7{d} {d}{d}{d} {d}{d}{d}{d}", "07{d}-{d}{d}{d}{d}{d}{d}{d}"],
    "phone_ug": ["+256 7{d}{d} {d}{d}{d} {d}{d}{d}", "07{d}{d} {d}{d}{d}{d}{d}{d}"],
    "phone_ae": ["+971 5{d} {d}{d}{d} {d}{d}{d}{d}", "+971 50 {d}{d}{d} {d}{d}{d}{d}"],
    "phone_any": [
        "{phone_th}",
        "{phone_kh}",
        "{phone_my}",
        "{phone_ph}",
        "{phone_ke}",
        "{phone_in}",
        "{phone_ae}",
        "{phone_ug}",
        "{phone_lk}",
    ],
    "kes_high": [
        "KES 120,000",
        "KSh 150,000",
        "Ksh 180k",
        "KES 200,000",
        "KSh 135,000",
        "Ksh 160,000",
    ],
    "kes_normal": [
        "KES 28,000",
        "KSh 35,000",
        "Ksh 30k",
        "KES 42,000",
        "KSh 25,000 - 32,000",
        "KES 38,500",
    ],
    "inr_high": ["₹90,000", "INR 1.2 lakh", "Rs 1,00,000", "₹80k", "INR 1,50,000", "₹1.1 lakh"],
    "inr_normal": ["₹18,000", "INR 22,000", "₹2.8 LPA", "Rs 16,500", "₹3.2 - 4 LPA", "INR 25,000"],
    "lkr_high": ["LKR 350,000", "Rs. 400,000", "LKR 300k", "Rs. 450,000"],
    "lkr_normal": ["LKR 65,000", "Rs. 80,000", "LKR 95,000", "Rs. 72,500"],
    "ugx_high": ["UGX 4,000,000", "UGX 5.5M", "UGX 4.5 million", "UGX 6,000,000"],
    "ugx_normal": ["UGX 900,000", "UGX 1.2M", "UGX 1,500,000", "UGX 800,000"],
    "aed": ["AED 3,500", "AED 4,000", "AED 3,000 - 4,500", "AED 5,000"],
    "cr_pay": [
        "{usd_high}",
        "{usd_high} + commission",
        "{usd_high} basic + [3%|5%|10%] commission",
        "USD 1,000 - 1,500",
        "$1,200 + bonus",
        "{kes_high}",
        "{inr_high}",
        "{myr_high}",
        "{php_high}",
        "{ugx_high}",
        "{lkr_high}",
        "{aed} + bonus",
    ],
    "cr_office": [
        "Customer Service Representative",
        "CSR",
        "Chat Support Agent",
        "Data Entry Operator",
        "Data Entry Clerk",
        "Digital Sales and Marketing Executive",
        "Online Marketing Executive",
        "Customer Care Officer",
        "Admin Assistant",
        "Computer Operator",
        "Typist",
        "Live Chat Agent",
        "Technical Support Associate",
        "Crypto Customer Support",
        "English Chat Operator",
        "Telemarketing Executive",
        "Social Media Admin",
        "Customer Service Relations Officer",
        "Data Encoder",
        "IT Support (non-technical)",
    ],
    "cr_nonoffice": [
        "Kitchen Helper",
        "Pastry Cook",
        "Chef (Asian cuisine)",
        "Carpenter for hotel renovation",
        "Resort part-time staff",
        "Cargo Handler",
        "Airline Ground Staff",
        "Casino Receptionist",
        "Hotel Marketing Officer",
        "Restaurant Waiter/Waitress",
        "Cook",
        "Housekeeping Attendant",
    ],
    "th_decoy": [
        "Thailand",
        "Bangkok, Thailand",
        "Bangkok",
        "Thailand (Bangkok office)",
        "Chiang Rai, Thailand",
        "Thailand border branch",
    ],
    "sea_dest": [
        "Thailand",
        "Cambodia",
        "Laos",
        "Vietnam",
        "Bangkok",
        "{hub_kh}",
        "Myanmar",
        "the Golden Triangle SEZ",
    ],
    "free_perks": [
        "Free air ticket, free visa, free accommodation",
        "Free flight + free visa processing + free hostel",
        "Air ticket, visa and room all provided by the company",
        "Free food and accommodation, ticket paid by company",
        "Free ticket and hotel on arrival",
        "Company covers flight, visa and meals",
        "Accommodation and 3 meals free, airfare reimbursed",
    ],
    "req_easy": [
        "No experience needed",
        "Basic English only",
        "Typing speed 25 wpm",
        "Fresh graduates welcome",
        "Basic computer knowledge",
        "Age {age_range}",
        "Valid passport",
        "Must be able to type fast",
        "No degree required",
        "Good communication skills",
        "Willing to travel",
        "Passport with 6 months validity",
    ],
    "contact_cr": [
        "WhatsApp {phone_any}",
        "Telegram {tg_handle}",
        "DM {tg_handle} on Telegram",
        "WhatsApp only: {wa_link}",
        "LINE ID: {tg_handle}",
        "WeChat: {tg_handle}",
        "Apply via {tg_link}",
        "Inbox us / WhatsApp {phone_any}",
        "HR Manager on {app}: {phone_any}",
    ],
    "name_f": [
        "Grace",
        "Aisha",
        "Priya",
        "Mary",
        "Nimali",
        "Joy",
        "Faith",
        "Siti",
        "Anjali",
        "Cheska",
        "Wanjiru",
        "Nakato",
        "Farah",
        "Lina",
        "Rose",
    ],
    "name_m": [
        "Brian",
        "Rahul",
        "Kevin",
        "Arjun",
        "Kasun",
        "Joseph",
        "Daniel",
        "Mark",
        "Amir",
        "Ravi",
        "Peter",
        "Moses",
        "Jerome",
        "Hafiz",
        "Samuel",
    ],
    "name": ["{name_f}", "{name_m}"],
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
        "Eastwood City, Quezon City",
        "Ortigas Center, Pasig",
        "Bonifacio Global City, Taguig",
        "Cebu IT Park, Lahug",
        "Clark Freeport Zone, Pampanga",
        "Iloilo Business Park, Mandurriao",
        "Lanang, Davao City",
        "Alabang, Muntinlupa",
        "Araneta City, Cubao",
        "Mckinley Hill, Taguig",
    ],
    "my_bpo": [
        "Menara CX Sdn Bhd",
        "Klang Valley Contact Centre Sdn Bhd",
        "Seri Maju Outsourcing Sdn Bhd",
        "Lintas Serve Solutions Sdn Bhd",
        "Penang Global Care Sdn Bhd",
    ],
    "my_site": [
        "Bangsar South, Kuala Lumpur",
        "Cyberjaya",
        "Bayan Lepas, Penang",
        "Mid Valley City, KL",
        "i-City, Shah Alam",
        "Menara Kerjaya, Petaling Jaya",
    ],
    "in_bpo": [
        "Sahyadri Callnet Pvt Ltd",
        "Indus Voice Services Pvt Ltd",
        "Deccan CX Solutions",
        "Ganga Teleservices LLP",
        "Coromandel Customer Care Pvt Ltd",
    ],
    "in_site": [
        "Sector 62, Noida",
        "Cyber City, Gurugram",
        "HITEC City, Hyderabad",
        "Magarpatta, Pune",
        "Salt Lake Sector V, Kolkata",
        "Phase 8, Mohali",
        "Ambattur, Chennai",
        "Whitefield, Bengaluru",
    ],
    "ke_bpo": [
        "Savannah Contact Centre Ltd",
        "Upperhill CX Kenya",
        "Rift Digital Services Ltd",
        "Kilele Outsourcing Ltd",
    ],
    "ke_site": [
        "Westlands, Nairobi",
        "Upper Hill, Nairobi",
        "Mombasa Road, Nairobi",
        "Kilimani, Nairobi",
        "Nyali, Mombasa",
    ],
}

LOCAL_SLOTS = {
    "emp_ph": [
        "Tala Foods Inc.",
        "Bayanihan Mart",
        "Kalye Coffee Co.",
        "Mabuhay Home Depot",
        "Pag-asa Pharmacy",
        "Lakbay Travel & Tours",
        "Sampaguita Hardware Corp.",
        "Luntian Garden Resto",
    ],
    "city_ph": [
        "Quezon City",
        "Makati",
        "Cebu City",
        "Davao City",
        "Iloilo City",
        "Pasig",
        "Baguio",
        "Cagayan de Oro",
    ],
    "pay_ph": [
        "{php_normal}",
        "₱610/day",
        "₱15,000 - ₱18,000",
        "₱570 daily + OT",
        "{php_normal} + allowance",
    ],
    "mail_ph": [
        "hr@talafoods.ph",
        "careers@bayanihanmart.com.ph",
        "jobs@lakbaytravel.ph",
        "hiring.sampaguita@gmail.com",
        "recruitment@kalyecoffee.ph",
    ],
    "id_ph": ["NBI clearance", "SSS number", "PSA birth certificate"],
    "emp_my": [
        "Bunga Raya Bakery",
        "Gemilang Trading Sdn Bhd",
        "Sinar Optical",
        "Pelangi Travel Sdn Bhd",
        "Hock Seng Hardware",
        "Teratai Logistics Sdn Bhd",
    ],
    "city_my": [
        "Petaling Jaya",
        "Johor Bahru",
        "Ipoh",
        "Kota Kinabalu",
        "Kuching",
        "Seremban",
        "George Town",
    ],
    "pay_my": ["{myr_normal}", "{myr_normal} + EPF/SOCSO", "RM1,900 - RM2,300"],
    "mail_my": [
        "hr@gemilangtrading.com.my",
        "jobs@pelangitravel.my",
        "career@teratailogistics.my",
        "bungaraya.hr@gmail.com",
    ],
    "id_my": ["IC", "MyKad copy", "SPM certificate"],
    "emp_ke": [
        "Jambo Hardware Ltd",
        "Amani Supermarket",
        "Baraka Logistics Ltd",
        "Mvule Pharmacy",
        "Nyota Bakery",
        "Simba Print Works",
    ],
    "city_ke": ["Nairobi CBD", "Nakuru", "Kisumu", "Mombasa", "Eldoret", "Thika"],
    "pay_ke": ["{kes_normal}", "{kes_normal} gross", "KES 22,000 + NSSF/NHIF"],
    "mail_ke": [
        "hr@jambohardware.co.ke",
        "jobs@amanisupermarket.co.ke",
        "careers@barakalogistics.co.ke",
        "recruit@simbaprint.co.ke",
    ],
    "id_ke": ["national ID", "KRA PIN", "certificate of good conduct"],
    "emp_in": [
        "Shree Ganesh Traders",
        "Annapurna Foods Pvt Ltd",
        "Vriksha Retail",
        "Sahyog Logistics",
        "Kaveri Textiles",
        "Nilgiri Diagnostics",
    ],
    "city_in": ["Pune", "Jaipur", "Kochi", "Lucknow", "Ahmedabad", "Chennai", "Indore"],
    "pay_in": ["{inr_normal}", "{inr_normal} + PF/ESIC", "₹15,000 - ₹19,000"],
    "mail_in": [
        "hr@annapurnafoods.in",
        "careers@vriksharetail.in",
        "jobs@sahyoglogistics.co.in",
        "hr.kaveritex@gmail.com",
    ],
    "id_in": ["Aadhaar", "PAN card", "10th/12th marksheets"],
    "emp_lk": [
        "Ceylon Lanka Stores",
        "Ruhuna Traders (Pvt) Ltd",
        "Serendib Foods",
        "Kandy Hardware Centre",
        "Lakpahana Printers",
    ],
    "city_lk": ["Colombo", "Kandy", "Galle", "Kurunegala", "Negombo"],
    "pay_lk": ["{lkr_normal}", "{lkr_normal} + EPF/ETF", "LKR 60,000 - 70,000"],
    "mail_lk": ["hr@ceylonlankastores.lk", "jobs@serendibfoods.lk", "careers@ruhunatraders.lk"],
    "id_lk": ["NIC", "O/L and A/L certificates", "police report"],
    "emp_ug": [
        "Pearl Valley Supermarket",
        "Rwenzori Foods Ltd",
        "Nile Basin Agro Ltd",
        "Kigezi Hardware",
        "Victoria Print House",
    ],
    "city_ug": ["Kampala", "Jinja", "Mbarara", "Gulu", "Entebbe"],
    "pay_ug": ["{ugx_normal}", "{ugx_normal} + lunch", "UGX 650,000 - 800,000"],
    "mail_ug": ["hr@rwenzorifoods.co.ug", "jobs@pearlvalley.co.ug", "careers@nilebasinagro.co.ug"],
    "id_ug": ["national ID", "academic documents", "LC1 letter"],
    "deadline": [
        "30 June",
        "15 August",
        "the 20th of this month",
        "Friday, 12 September",
        "31 October",
        "end of this month",
    ],
}
_PHONE = {
    "ph": "{phone_ph}",
    "my": "{phone_my}",
    "ke": "{phone_ke}",
    "in": "{phone_in}",
    "lk": "{phone_lk}",
    "ug": "{phone_ug}",
}


def localize(text, ccs=("ph", "my", "ke", "in", "lk", "ug")):
    """Wrap ``text`` in a top-level alternation over countries so that employer, city, pay,
    e-mail and phone of one expansion always belong to the same country."""
    variants = []
    for cc in ccs:
        v = (
            text.replace("{local_employer}", "{emp_" + cc + "}")
            .replace("{local_city}", "{city_" + cc + "}")
            .replace("{local_pay}", "{pay_" + cc + "}")
            .replace("{local_mail}", "{mail_" + cc + "}")
            .replace("{local_id}", "{id_" + cc + "}")
            .replace("{local_phone}", _PHONE[cc])
        )
        variants.append(v)
    return "[" + "|".join(variants) + "]"


# ---------------------------------------------------------------------------
# compound_recruitment (positive)
# ---------------------------------------------------------------------------
CR = [
    T(
        "en-cr-ad-001",
        "compound_recruitment",
        "ad",
        """[URGENT HIRING|WE ARE HIRING|JOB VACANCY|NOW HIRING] {emoji_hot}[ {emoji_hot}|]
[Position|Job Title|Role]: [{cr_office}|Customer Service Representative (English)|Chat Support Agent]
[Location|Work Location|Job Location]: {th_decoy}
[Salary|Monthly Salary|Pay]: {cr_pay}[ per month|/month| monthly]
[?Working hours: 12 hours per day, 6 days a week
]
[Benefits|What we offer|Company provides]:
✅ {free_perks}
✅ [Visa facilitation done by company|We handle all visa paperwork|Visa processing in {days} days]
✅ [Attractive commission and bonus|Monthly performance bonus|Overtime allowance]
[?✅ Airport pick-up on arrival
]
[Requirements|Qualifications|Who can apply]:
- {req_easy}
- {req_easy}
- [Age {age_range}|Valid passport (at least 6 months)|Able to travel immediately]
[?- Open to {nat}
]
[Interested applicants|Serious applicants only|Hurry, limited slots!] [send your CV and passport copy|kindly send CV + passport copy|message us] on {contact_cr}""",
        n=14,
    ),
    T(
        "en-cr-ad-002",
        "compound_recruitment",
        "ad",
        """[Job Opportunity in Thailand for {nat}|Overseas Vacancy: Thailand|Career Opportunity Abroad – Thailand]

We [are recruiting|have immediate openings for] Digital Sales and Marketing Executives for a [reputed|well-established|fast-growing] [IT|e-commerce|fintech] company in Thailand.

[Job description|Responsibilities]: [generate leads through social media|handle online client enquiries|promote company products to international clients] and [maintain customer relationships|meet weekly targets|update client data].

[Eligibility|Requirements]:
- [Graduate in any stream|Any degree or diploma|12th pass or graduate]
- Good [English|spoken and written English] and [computer|typing] skills
- [Typing test will be conducted|A short typing test (30 wpm) is part of selection|Selection by typing test and online interview]

[Package|Salary]: {cr_pay}[ plus incentives| with attractive incentives|]
[Return air ticket, hotel stay and visa assistance provided.|Hotel accommodation and return tickets provided by employer.|Visa facilitation and tickets arranged by us.]
[Interview: [online (Zoom)|in Dubai|at our Dubai office] this week.|Interviews are held in Dubai and online.|Walk-in interview in Dubai; online option available.]

[Contact|For details call] {phone_in}[ / {phone_ae}|] [or email {email}|]""",
        n=14,
    ),
    T(
        "en-cr-ad-003",
        "compound_recruitment",
        "ad",
        """[ATTENTION KENYANS|KENYANS WANTED|JOBS FOR KENYAN GRADUATES] {emoji_hot}
[Customer service|Customer care|English chat support] [agents|representatives] needed in Bangkok, Thailand[ for a big international company|]!
[Salary|Pay] {usd_high} ([approx.|around|about] {kes_high}) [per month|monthly][ + bonus|]
[Your English is your qualification|Good English is all you need|Fluent English speakers preferred]. [No experience required|Training provided on arrival].
[Package|Offer]: [{free_perks}|Free accommodation and meals]
[Process|Steps]: [online interview]→[pay agency facilitation fee of KES {count},000|processing fee KSh 45,000 for visa and ticket|agent fee payable after interview] → [travel within 2 weeks|fly out in {days} days]
[Our agent receives you at Suvarnabhumi airport.|You will be picked from the airport by the company.|A company driver meets you at the airport.]
[Age {age_range}|Ages {age_range} only]. [Call/WhatsApp|Reach our Nairobi agent on] {phone_ke}""",
        n=13,
    ),
    T(
        "en-cr-ad-004",
        "compound_recruitment",
        "ad",
        """[IT JOBS ABROAD|SOFTWARE & IT SUPPORT VACANCIES|VISIT VISA JOBS]{emoji_hot}
[Sri Lankan|Indian|Ugandan] candidates [wanted|needed|urgently required] for [IT support|data entry|customer support] [positions|roles] in [Thailand|Myanmar|Laos] via Dubai.

[Step 1|First]: [travel to Dubai on visit visa|fly to Dubai on a visit visa arranged by us] for the interview.
[Step 2|Then]: [selected candidates proceed to Thailand|after selection we send you to the project country].

[Salary|Pay]: {cr_pay}
[No SLBFE registration needed|No need to register with the Bureau|Registration not required, we handle everything].
[Accommodation in Dubai provided during interview period.|Hotel and food free during interview.|Your stay in Dubai is paid by company.]
[Limited seats|Only {count} vacancies]. [Call|WhatsApp] {phone_ae} or {phone_lk}""",
        n=13,
    ),
    T(
        "en-cr-ad-005",
        "compound_recruitment",
        "ad",
        """[Work in Thailand – Malaysians welcome|Job offer for Malaysians in Thailand|Kerja di Thailand (Malaysians)] {emoji_hot}

[Company|Employer]: [online trading company|investment company|e-commerce platform] ([Thai branch|regional office])
[Position|Post]: [{cr_office}|Customer Service (Mandarin/English)|Admin / Data Entry]
[Salary|Gaji]: {myr_high}[ per month|/month] + [commission|allowance]

[Requirements|Syarat]:
* [Malaysian passport|Valid passport]
* [Can speak Mandarin or English|Basic English, Mandarin is a plus]
* [Age {age_range}|Below 35 years old]

[Travel|Perjalanan]: [meet our staff at Hat Yai|we drive you from Sungai Golok|bus from Penang to the office], [transport free|transport arranged]
[Food and hostel|Room and meals] [free|provided]. [Only need to bring passport and clothes.|Just bring your passport.]
[Contact|Hubungi] {phone_my} [(WhatsApp)|on WeChat|]""",
        n=13,
    ),
    T(
        "en-cr-ad-006",
        "compound_recruitment",
        "ad",
        """[HIRING FILIPINOS|CSR NEEDED ABROAD|DIRECT HIRE – NO AGENCY FEE] {emoji_hot}
[Customer Service Representative|Call Center Agent|Data Encoder|Chat Support] [for|in] [Thailand|Bangkok|Vietnam|Cambodia]
[Salary|Sahod]: {php_high}[ monthly| per month] ([{usd_high}])
[?₱25,000 sign-on bonus upon arrival!
]
[FREE plane ticket|Libreng plane ticket] ✈️ [FREE visa processing|No need for working visa|Visa on arrival lang]
[FREE accommodation|Free dorm + food]

[Important|Note]: [you will travel as a tourist|travel on tourist visa, we will explain at the airport|just tell immigration you are going on vacation]. [No need for OEC or DMW papers.|Direct hire, no DMW process needed.]
[Interview via Messenger|Zoom interview only|Online interview today].
[Age {age_range}], [high school graduate ok|college level ok|BPO experience is a plus].
[PM me|Message] {phone_ph} [or {tg_handle}|]""",
        n=14,
    ),
    T(
        "en-cr-ad-007",
        "compound_recruitment",
        "ad",
        """[UGANDA: JOBS IN ASIA|Opportunity for Ugandan youths|Overseas jobs – Uganda] {emoji_hot}
[We are recruiting|Recruiting now]: [{cr_office}|customer care agents|English teachers and chat agents] for companies in [Thailand|Asia].
[Interview|Orientation] [in Dubai|in Dubai, UAE] [before proceeding to Thailand|then transfer to work country].
[Salary|Earn] {usd_high} ({ugx_high}) [monthly|per month].
[Agency fee|Processing] [UGX 3,500,000 covers ticket, visa and medical|{ugx_normal} registration then balance after visa|only UGX 2M upfront].
[Requirements|You need]: [Senior 6 or diploma|any degree], [good English|fluent English], passport, age {age_range}.
[Departure|Flights] [every Friday|within 2 weeks|this month].
[Office|Contact]: [Kampala, Wandegeya|Kampala road|Ntinda] – {phone_ug}""",
        n=12,
    ),
    T(
        "en-cr-ad-008",
        "compound_recruitment",
        "ad",
        """[Crypto exchange is hiring|Blockchain company vacancy|Web3 platform – Customer Support] {emoji_hot}
[Role|Position]: [Crypto Customer Support|Investment Advisor Assistant|Client Relationship Specialist|Crypto Sales Agent]
[Location|Office]: [{hub_kh}, Cambodia|{hub_la}|{hub_mm}|Southeast Asia (company will inform)|Special Economic Zone]
[Salary|Income]: [{usd_high} paid in USDT|{usd_high} + up to 15% commission|USD 1,500 base + performance bonus]

[Duties|What you do]:
- [Chat with foreign clients online|Build relationships with clients on social media|Guide clients to open accounts]
- [Introduce investment products|Follow the script provided|Help clients top up their accounts]
- [Reach daily targets|Report to team leader]

[We provide|Benefits]: [free ticket, dormitory, 3 meals|free flight + accommodation + food|free visa and accommodation]
[Need|Requirements]: [good English or Chinese|English typing|smart phone skills], [age {age_range}|under 35]
[Interview|Selection] [on Telegram|by chat only|via WhatsApp voice] – {contact_cr}""",
        n=14,
    ),
    T(
        "en-cr-ad-009",
        "compound_recruitment",
        "ad",
        """[KITCHEN STAFF NEEDED|Chef & Cook Vacancies|Hotel & Resort Jobs] {emoji_hot}
[Position|Job]: {cr_nonoffice}
[Workplace|Location]: [a resort in Thailand|new hotel project in Thailand|casino hotel near the Thai border|resort in Laos]
[Salary|Pay]: [{usd_high}|USD 900 monthly|{cr_pay}] [+ tips|+ service charge|]
[Contract|Duration]: [1 year, renewable|6 months probation|2 years]
[Provided|We provide]: {free_perks}[, uniform|]
[Requirements|Requirements]: [no certificate needed|experience not necessary, we train|basic cooking skills],[ passport,| valid passport,] age {age_range}
[Departure|Fly] [next week|within {days} days|as soon as your passport is ready]
[Apply|Contact] {contact_cr}""",
        n=13,
    ),
    T(
        "en-cr-ad-010",
        "compound_recruitment",
        "ad",
        """[Construction & renovation workers wanted|CARPENTERS NEEDED ABROAD|Hotel renovation project – workers needed]
[We need|Hiring] [carpenters, painters, electricians and helpers|skilled carpenters|general workers and carpenters] for [a hotel renovation|a casino resort renovation|building a new office complex] in [{hub_kh}|Laos|Myanmar border area|Southeast Asia].
[Pay|Wage]: [{usd_high}|USD 1,000 per month|$40 per day] [plus overtime|paid monthly in cash|+ food allowance]
[Benefits|Perks]: [{free_perks}|free dormitory and transport to site]
[Visa|Documents]: [tourist visa first, work permit after arrival|company arranges visa on arrival|just passport, no visa needed]
[Must be able to use a phone and type simple reports.|Basic typing skill needed for daily reports.|]
[Departure|Leaving] [within {days} days|this week|end of the month]. [Contact|Call] {phone_any}""",
        n=12,
    ),
    T(
        "en-cr-ad-011",
        "compound_recruitment",
        "ad",
        """[Translators Wanted|TRANSLATOR VACANCY|Language jobs abroad] {emoji_calm}
[We are looking for|Now hiring] [English-Chinese|Japanese-English|Korean-English|English-Vietnamese|Thai-English] translators [for our|to join our] [resort company|entertainment company|online platform|tech company] in [Southeast Asia|Cambodia|Laos|the Golden Triangle].
[Tasks|Work content]: [simple computer work|translating chat messages|typing and translating customer messages|assisting the team to reply to clients].
[Salary|Remuneration]: {usd_high}[ per month|]; [paid on time|bonus every month|advance salary available].
[No translation certificate required|Beginner level acceptable|Conversational level is enough].
[Airfare, visa and housing provided|Round-trip ticket and dormitory provided|We pay your ticket in advance].
[Send CV on|DM] {contact_cr}""",
        n=13,
    ),
    T(
        "en-cr-ad-012",
        "compound_recruitment",
        "ad",
        """[Online marketing team (SEA) – hiring|Chat marketing job – honest post|Project team hiring abroad]
[I will be honest with you|Straight talk|No hiding]: [this is online marketing using scripts|the job is chatting with foreign clients and building trust|you will use social media profiles to talk with clients].
[It is grey work|It is not 100% legal in your country], but [the company is safe|it is legal here|the boss protects us]. [This is not a black company|We don't beat anybody|No one will hold you].
[Salary|Pay]: [{usd_high}|{cr_pay}] + [commission per deal|big commission], [paid monthly|paid every 15 days].
[Location|Place]: [{hub_kh}|{hub_mm}|{hub_la}|Cambodia|Myanmar side]
[Ticket and food covered|We book your ticket, food free].
[Don't waste my time if you are scared.|Only serious people.] {contact_cr}""",
        n=12,
    ),
    T(
        "en-cr-ad-013",
        "compound_recruitment",
        "ad",
        """[IN DEBT? WE CAN HELP|Need money fast? Work abroad|Salary advance available] {emoji_hot}
[Company in Southeast Asia|Our partner company in {sea_dest}] [is hiring|needs] [{cr_office}|typists and chat agents|customer service staff].
[We can advance|Advance salary] [{usd_normal}|one month salary|up to {usd_high}] [before you travel|to settle your loans|so you can pay your debts first].
[Monthly pay|Salary] {cr_pay}. [Repay the advance from your salary.|The advance will be deducted slowly.]
[No experience|No skills needed], [only passport|passport and phone is enough].
[Ticket|Flight] [paid by boss|free], [leave in {days} days|departure this week].
[PM|Message] {contact_cr}""",
        n=12,
    ),
    T(
        "en-cr-ad-014",
        "compound_recruitment",
        "ad",
        """[Job location: Thailand|Thailand job – customer service|Vacancy in Thailand (border office)] {emoji_calm}
[Position|Job]: {cr_office}
[Salary|Pay]: {cr_pay}
[Travel plan|How you travel|Route]:
1. [Fly to Bangkok on tourist visa|Land at Suvarnabhumi or Don Mueang|Book flight to Bangkok]
2. [Our driver picks you up at the airport|Company car waits at the airport|Agent meets you at arrivals]
3. [Drive to our office near {hub_th}|Car to the branch office in {hub_th} (about 7-8 hours)|Overland to the border office]
[4. Cross to the company site by boat, documents handled by us|4. Our team escorts you to the company compound|]
[Everything is arranged, do not worry.|All cost paid by company.|No need to tell anyone the details.]
[Requirements|Need]: {req_easy}, {req_easy}
[Contact|Apply] {contact_cr}""",
        n=14,
    ),
    T(
        "en-cr-ad-015",
        "compound_recruitment",
        "ad",
        """[Vietnam / Cambodia office hiring|Job in Vietnam – English CS|Customer support (Ho Chi Minh City)]
[We need|Hiring] [{cr_office}|English-speaking CS staff] [for our Vietnam team|in HCMC].
[Flight|Ticket] to Ho Chi Minh City [provided|paid by company]; [from there we take you by car to the office|our staff bring you by land to the work site|transfer by motorbike and van to the company across the border].
[Salary|Pay]: {cr_pay}
[Visa|Entry]: [tourist e-visa, we apply for you|visa-free for ASEAN, no work visa needed|e-visa 30 days, company extends later]
[Requirements|Need]: [basic English|English and typing], [age {age_range}|{req_easy}]
[Start|Departure] [immediately|next week|in {days} days]. {contact_cr}""",
        n=13,
    ),
    T(
        "en-cr-ad-016",
        "compound_recruitment",
        "ad",
        """[Customer Service Executive – Thailand|Vacancy: Customer Service (Thailand)|Customer Support Officer, Thailand]

[A|An international] [technology|online services|trading] company [is seeking|seeks] [motivated|reliable|friendly] customer service executives for its [Thailand|Thai] office.

[Responsibilities|Duties]: [responding to customer enquiries in English by chat and email|handling online customer requests|assisting overseas customers through chat].
[Qualifications|Requirements]: [basic English communication|good written English], [computer literacy|ability to type quickly], [age {age_range}|aged {age_range}].
[Remuneration|Salary]: {usd_high} [per month|monthly], [paid in USD|plus allowances].
[Travel|Visa]: [candidates will travel on a tourist visa; the company arranges the rest on arrival|entry on a tourist visa is acceptable|a tourist visa is sufficient for entry].
[Please|Kindly] [send your CV|apply] [to {email}|via {contact_cr}].""",
        n=14,
    ),
    T(
        "en-cr-ad-017",
        "compound_recruitment",
        "ad",
        """[DATA ENTRY JOBS ABROAD|Typing job – overseas|Data Entry Operator (Overseas)] {emoji_hot}
[Simple|Easy] [typing and data entry|computer work], [{usd_high}|{cr_pay}] per month.
[Selection|Process]:
[1. Typing test online (30 wpm)|1. Send a typing speed screenshot]
[2. Interview on Zoom (10 minutes)|2. Short video call interview|2. Chat interview on {app}]
[3. We book your ticket within {days} days|3. Ticket issued same week|3. Send passport copy, we process visa]
[Location|Country]: [{sea_dest}|Thailand or Cambodia (company decides)|Asia]
[{free_perks}.|Free visa + ticket.]
[Apply|Register] {contact_cr}""",
        n=14,
    ),
    T(
        "en-cr-ad-018",
        "compound_recruitment",
        "ad",
        """[ONLINE GAMING COMPANY HIRING|Casino chat support vacancy|Game platform customer service] {emoji_hot}
[Positions|Open roles]: [chat support (English)|game customer service|account admin|marketing agent]
[Company|Employer]: [online casino platform|licensed gaming company|sports betting website]
[Location|Office]: [{hub_kh}|{hub_mm}|Cambodia|Manila (offshore gaming)|near the Thai border]
[Salary|Pay]: [{usd_high}|{cr_pay}] + [commission|bonus]
[Shift|Hours]: [12 hours, night shift|rotating 12-hour shift]
[{free_perks}|Free dormitory + meals].
[Passport kept by HR for visa processing.|HR will handle your passport and visa.|]
[Apply|Contact] {contact_cr}""",
        n=12,
    ),
    T(
        "en-cr-ad-019",
        "compound_recruitment",
        "ad",
        """[VISA FACILITATION & JOB PLACEMENT|Fast visa + job package|Travel & Jobs Agency] {emoji_hot}
[We facilitate|We process] [tourist visas|visit visas] and [job placement|direct placement] in [Thailand, Laos and Cambodia|Thailand and Malaysia|Southeast Asia] within [{days} days|one week].
[Jobs|Vacancies]: [{cr_office}, {cr_office}, {cr_nonoffice}|customer care, typists, chefs]
[Salary|Pay] [from {usd_high}|{cr_pay}]
[Package fee|Facilitation fee] [{kes_high}|{inr_normal}|{ugx_high}|USD 1,500] [covers visa, ticket and airport pick-up|(ticket + visa + accommodation)|payable in two instalments].
[No need to go through the government office.|Skip the long government process.|]
[Office hours|Call] {phone_any}""",
        n=12,
    ),
    T(
        "en-cr-ad-020",
        "compound_recruitment",
        "ad",
        """[AIRLINE & CARGO JOBS|Airport jobs abroad|Cargo company hiring] ✈️
[Airline ground staff|Cargo handlers|Logistics admin|Airline customer service] [needed|wanted] for [a cargo company|an airline partner|a logistics firm] in [Thailand|Vietnam|Asia].
[Salary|Pay]: {cr_pay}
[Requirements|Need]: [{req_easy}|no experience], [{req_easy}|age {age_range}]
[We give|Benefits]: [{free_perks}|uniform, free dorm, free flight]
[Departure|Fly] [on tourist visa, work permit processed there|visa handled by company|within {days} days]
{contact_cr}""",
        n=12,
    ),
    T(
        "en-cr-ad-021",
        "compound_recruitment",
        "ad",
        """[Customer Relationship Specialist (female preferred)|Online chat host – overseas|Client companion chat job]
[Chat with clients|Maintain friendly conversation with customers] [from Europe and America|overseas] [using company accounts|through social media and dating apps].
[Good English|Fluent English] [and friendly personality|and patience].
[Salary|Pay] {usd_high} + [commission per client|commission per deposit].
[Work in|Location:] [Thailand|Southeast Asia|our office abroad]. [Ticket, visa, accommodation|{free_perks}] [provided|covered].
[Age {age_range}|Ladies {age_range}]. [Send photo and CV|PM with photo] {contact_cr}""",
        n=12,
    ),
    T(
        "en-cr-ad-022",
        "compound_recruitment",
        "ad",
        """[I am working in Thailand|Hello friends, greetings from Bangkok|My company is hiring again] {emoji_calm}
[My company needs|We need] [{count}|more] [people|{nat}] [for customer service|for typing work|in the marketing team]. [I am already here {days} months and the salary is good|I get {usd_high} every month|Salary is always on time].
[If you come through me|Through my referral] [ticket is free|you don't pay anything|the company pays your flight].
[No experience needed|Only English|Just passport].
[We stay in a nice hostel with free food.|Room and food free, very comfortable.]
[Inbox me quickly|PM me now|Message me], [slots are few|boss wants people this week].
{contact_cr}""",
        n=13,
    ),
]

CR += [
    T(
        "en-cr-chat-001",
        "compound_recruitment",
        "chat",
        """[Hi dear|Hello|Hi sis|Hi bro|Good day] {emoji_calm} [are you looking for a job?|still looking for work?|interested in a job abroad?] [CS in Thailand|Customer service job in Bangkok|Data entry in Thailand|Typing job abroad], [[salary|pay] {cr_pay}|big salary|good pay in dollars|high salary], [free ticket|free visa + ticket|free food & room]. [PM me|Inbox me|Reply YES] [if interested|for details]""",
        n=14,
    ),
    T(
        "en-cr-chat-002",
        "compound_recruitment",
        "chat",
        """[Hiring|HIRING|Vacancy]{emoji_hot} [CSR|Chat support|Typist|Admin|Kitchen staff] [in|@] [Bangkok|Thailand|Cambodia|Laos|Vietnam] [{usd_high}/month|{cr_pay}] [free visa|free ticket|free accommodation] [DM|PM|Inbox] [{tg_handle}|me|{phone_any}]""",
        n=14,
    ),
    T(
        "en-cr-chat-003",
        "compound_recruitment",
        "chat",
        """[Ok|Alright|Good news] [dear|{name}], [boss approved you|you passed the interview|you are selected] {emoji_hot} [Send your passport copy today|Send clear photo of passport now|Please send passport bio page] [so we can book the ticket|for ticket booking|so HR can process]. [Flight is on|Departure] [Friday|tomorrow night|in {days} days]. [Don't tell too many people|Keep it private for now|No need to inform anyone].""",
        n=14,
    ),
    T(
        "en-cr-chat-004",
        "compound_recruitment",
        "chat",
        """[At the airport|When immigration asks you|If the officer asks], [say you are going for holiday|just say tourist|say you're visiting a friend|tell them you are on vacation]. [Show the hotel booking I sent|Show return ticket|Don't mention job]. [Work visa will be done in Thailand|Company will fix your papers there|Everything ok after arrival] {emoji_calm}""",
        n=14,
    ),
    T(
        "en-cr-chat-005",
        "compound_recruitment",
        "chat",
        """[No visa needed|No need visa|Visa not needed], [only passport|just bring your passport|passport is enough] {emoji_hot} [Job CS|Typing work|Customer care] in [Thailand|{sea_dest}], [{usd_high}|big salary|salary very good|pay is in dollars]. [Leave this week|Fly in {days} days|Depart Monday]. [Interested?|Who's interested?|Serious only.] [{app} {phone_any}|{tg_handle}]""",
        n=14,
    ),
    T(
        "en-cr-chat-006",
        "compound_recruitment",
        "chat",
        """[Our driver|My colleague|Company driver] [will pick you at|will wait at] [Suvarnabhumi|Don Mueang|the airport|Bangkok airport] [gate 3|after immigration|at arrivals]. [Then we go|From there] [to the office, around {days} hours by car|to our branch near the border|by van to the company]. [Bring warm clothes|Don't bring too much luggage|Keep phone charged] {emoji_calm}""",
        n=14,
    ),
    T(
        "en-cr-chat-007",
        "compound_recruitment",
        "chat",
        """[Don't worry|Trust me|Relax], [company is legal|it's a legit company|the job is safe] [100%|guaranteed]{emoji_calm} [Many {nat} working here|My cousin is also here|Lots of people from your country here]. [Salary is {usd_high}|They pay on time|Payment every month no problem|Salary is good, better than home]. [Just come|Decide fast|Seats are filling], [ticket free|boss pays ticket].""",
        n=14,
    ),
    T(
        "en-cr-chat-008",
        "compound_recruitment",
        "chat",
        """[Need|Looking for] [crypto admin|USDT customer service|online casino chat agent|game admin] {emoji_hot} [{usd_high}|salary {cr_pay}] + [commission|bonus] [Location|Office] [{hub_kh}|{hub_mm}|{hub_la}|Cambodia] [free ticket + room|all free]. [DM|PM] {tg_handle}""",
        n=13,
    ),
    T(
        "en-cr-chat-009",
        "compound_recruitment",
        "chat",
        """[Got debts?|Need money for family?|Loan problems?] {emoji_hot} [Company abroad can advance|We give advance] [{usd_normal}|one month salary] [before you fly|to clear your loan]. [CS job|Typing job] [{usd_high}/mo|{cr_pay}], [free ticket|ticket free]. [PM me|Inbox] [{tg_handle}|now]""",
        n=13,
    ),
    T(
        "en-cr-chat-010",
        "compound_recruitment",
        "chat",
        """[Interview is in Dubai|We meet you in Dubai first|Dubai interview next week] ✈️ [visit visa free|visit visa arranged], [then go to Thailand for work|then company sends you to Thailand|after that transfer to Asia office]. [CS / data entry|Chat support], {cr_pay}. [Call|WhatsApp] {phone_ae}""",
        n=13,
    ),
    T(
        "en-cr-chat-011",
        "compound_recruitment",
        "chat",
        """[@all|Group members|Attention job seekers] {emoji_hot} [Still {count} slots|Last {count} slots|Only {count} seats] [for Thailand CSR|for chat support abroad|for typing job in Asia]. [Interview by chat only|No face-to-face interview|Online interview 5 mins]. [Ticket ready in {days} days|Fast departure]. [Comment INTERESTED|Type YES|PM admin] [{tg_handle}|]""",
        n=13,
    ),
    T(
        "en-cr-chat-012",
        "compound_recruitment",
        "chat",
        """[Sis|Bro|Friend], [you want {usd_high}?|easy job {usd_high}/month] [Only chat with customers|just typing and replying messages|simple computer work] [in Thailand|abroad|in Asia]. [Company pays flight|Free ticket], [we go together|I'll be there too]. [Reply fast|Tell me today] {emoji_hot}""",
        n=13,
    ),
]

CR_H_AD = [
    """Immediate Requirement – Digital Sales & Marketing Executive (Thailand)
Company: IT and call-centre firm (Bangkok)
Salary: USD 1,100 per month + incentives
Eligibility: any graduate, good English, basic computer knowledge
Selection: typing test and online interview
Perks: return air ticket, hotel stay, visa facilitation
Candidates from Kerala, Tamil Nadu, Punjab and Delhi may apply. Interview slots in Dubai also available.
Contact our placement consultant on WhatsApp +91 98470 21356.""",
    """KENYANS!! JOBS IN THAILAND 🇹🇭
Customer Care Agents – USD 1,000/month (about KES 130,000)
Requirements: KCSE C+ and above, fluent English, age 21-35
Package: return ticket, visa, accommodation
Processing fee Ksh 95,000 – pay after online interview.
Flights every two weeks from JKIA. Our people will receive you in Bangkok.
Call Mercy: 0722 418 905""",
    """WE ARE HIRING – CUSTOMER SERVICE (ENGLISH)
Job location: Thailand
Salary: $1,500 + commission
Working hours: 12 hours/day
Day off: 1 day per month
Food and accommodation free. Air ticket paid by company.
Requirements: typing speed 30wpm, basic English, passport.
We don't need CV. Send passport photo to Telegram @hr_asia_team22 and we will arrange everything.""",
    """Greetings from Colombo. We have 15 vacancies for IT Support staff in Thailand. Salary LKR 350,000 per month.
Candidates will first travel to Dubai on a visit visa for a final interview (hotel and food paid). Successful candidates go directly to the work country.
You do not need to register with the Bureau – our company handles the papers.
Only serious candidates with passports. Call 077-4419023.""",
    """Position: Marketing Officer
Company: Investment company (Southeast Asia)
Location: Will be informed after interview
Salary: USD 1,200 – 2,000
Work: find clients on Facebook/Instagram, chat with them, guide them to invest
Training: provided, scripts given
Visa: tourist visa, company changes later
Flight: company books after you send passport
Apply through Telegram only.""",
    """📢 Vacancy for Malaysians – Thailand
Job: Customer Service (Chinese & English)
Salary RM 8,000 + commission
Free hostel, free 3 meals, transport from Penang provided
No experience. Only need passport.
Leave this Saturday – limited 6 people
WhatsApp 012-774 3019 (Mr Lim)""",
    """DIRECT HIRING – NO PLACEMENT FEE!
Call center agents for Thailand 🇹🇭
₱55,000 monthly + ₱25,000 sign-on bonus
Free plane ticket, free visa processing, free accommodation
Requirements: 21-35, can speak English, with passport
Process: Messenger interview → send passport → flight within 1 week
Note: you will exit as tourist, we'll brief you before the flight.
PM now!""",
    """Hotel renovation project needs 12 carpenters and 4 painters.
Location: Sihanoukville, Cambodia
Pay: USD 1,000 per month, overtime paid
Accommodation and food free, ticket paid
Visa: come with tourist visa, we do the rest.
Workers must know how to use a smartphone and type simple messages in English.
Leave in 5 days. Call +855 96 418 207.""",
    """Pastry cook wanted for a new resort in Thailand. Salary USD 900 per month plus tips. No certificate needed, we will train you. Flight, visa and staff room provided free. Age 20-35. Please send your passport copy and a photo on WhatsApp, the manager will call you for a short interview. Departure as soon as your passport is ready.""",
    """SPECIAL RECRUITMENT FOR UGANDAN GRADUATES
Work as English chat agents for an international company in Asia.
Pay: USD 1,200 monthly (UGX 4.4M)
Interview and orientation in Dubai, then transfer to Thailand.
Agency fee UGX 4,000,000 covers ticket, visa and medical.
Bring: passport, academic papers, 2 photos.
Office: Wandegeya, Kampala. Tel 0772 903 114""",
    """Job in Laos (Golden Triangle area)
Typists and customer service – English, Thai, Vietnamese, Indonesian speakers
USD 1,000 – 1,500 + bonus
Free travel from Chiang Rai by boat, free room and food
No visa needed, company meets you at the pier
Contact on LINE: @gt_jobs88""",
    """Translator needed – Japanese/English
Simple computer work and translating chats for our team in Cambodia
Salary: USD 2,000 per month
No certificate needed, daily conversation level is fine
Ticket paid in advance, dormitory free
Telegram: @asia_translate_hr""",
    """Honest job post: online marketing in Myanmar (border area). You will chat with foreigners and sell investment. It's grey work but safe, the company is strong and nobody will bother you. USD 1,500 + commission. Ticket, food, room free. Only people who can keep secret. Telegram @kk_team_hr""",
    """Job Title: Chat Support Agent
Location: Thailand
Salary: US$1,300/month
Benefits: free accommodation, meals, visa facilitation, air ticket
Qualifications: age 20-35, good English, typing skills
Interview: online (Zoom)
Start: immediate
Application: WhatsApp +66 82 557 0941 or email asia.chatjobs2@gmail.com""",
    """Are you in debt? Our company in Cambodia will pay your debts up to USD 3,000 before you join. Work as customer service, salary USD 1,200. Debt is deducted from salary little by little. Ticket and visa paid. Passport needed only. PM @helpjob_asia""",
    """Job opening for Sri Lankans – Data Entry (Thailand)
Salary: Rs. 400,000 monthly
Free accommodation and meals
Flight: Colombo → Bangkok, visa on arrival
Only typing test needed (25 wpm)
Departure next week. Limited seats.
WhatsApp: +94 71 558 3092""",
    """We are recruiting Indian youths for Customer Support roles in Laos. Salary INR 1,00,000 per month. Visa and tickets arranged. Typing test required (30 wpm). Candidates will travel to Bangkok and our team will take them to the office. Interviews on Google Meet daily. Contact: +91 79830 44215""",
    """Urgent: 20 English speaking kitchen staff and waiters for a casino hotel near the Thai-Cambodian border. Salary $1,000 + tips. Food and accommodation free. Visa arranged by hotel. Only need passport. Bus from Bangkok provided. Call/WhatsApp +66 91 302 7784""",
    """Airline customer service vacancies (Vietnam base)
Pay USD 1,200 + allowances
Travel to Ho Chi Minh City on e-visa (we apply), company transfer to office
Free housing and meals
Age 20-32, good English
Interview via WhatsApp video call
Message +84 93 227 5410""",
    """FAST VISA & JOBS 🇹🇭🇱🇦🇰🇭
Visa within 4 days + job placement
Jobs: customer care, typists, chefs, cleaners
Salary USD 900 – 1,500
Package KES 150,000 (visa, ticket, pick-up)
No NEA process needed!
Ngong Road office, Nairobi – 0711 802 664""",
]

CR_H_CHAT = [
    "Hi dear, I saw your CV on the group. We have customer service in Thailand, $1200, free ticket and visa. You want?",
    "Good evening sir, job in Bangkok available. Data entry. 1000 USD. Company pay flight. Send passport pic pls 🙏",
    "Hello po, hiring CSR Thailand ₱50k/month free plane ticket, no need working visa 😊 PM me",
    "Bro are you still jobless? My boss needs 3 more people for chat support. $1500. Ticket free. We leave Friday.",
    "🔥🔥 CUSTOMER SERVICE THAILAND 🔥🔥 $1,000-1,500 free visa free ticket free room. Inbox now!!",
    "Madam, don't worry about money for ticket. Company pays everything. You only need passport and phone.",
    "Interview is just chatting on WhatsApp, no Zoom needed. If boss likes you, ticket tomorrow.",
    "Please delete our chat after you read it. Don't tell your parents the details yet, just say you got a job in Bangkok.",
    "When you land in Bangkok, switch off your local SIM and use the number I gave you. Driver will find you.",
    "The office is not in Bangkok, it's near the border, 8 hours by car. But very nice, has gym and canteen 😊",
    "Say you are a tourist visiting for 7 days. Show hotel booking. If they ask about job, say no job.",
    "Hi! My cousin works in Cambodia typing job, he gets $1,300. They need more Kenyans with good English. Interested?",
    "Vacancy: kitchen helper in Thailand, 900 USD, no experience. Free ticket. Need people this week. Call me",
    "Typing test done ✅ Boss says ok. Now send passport bio page + 1 selfie. Ticket coming in 2 days.",
    "Job is crypto customer support. You talk with clients in English. Salary 1500 USDT + commission. Telegram me",
    "No need to go to the bureau, it takes too long. We can send you on visit visa, faster and cheaper.",
    "Hi friend, we have data entry job in Thailand for Indians. Salary 90k. Hotel and ticket free. Interested?",
    "Only 5 slots left for Bangkok customer service. Tourist visa only. Fly next week. DM @hr_bkk77",
    "Sister I'm already in Thailand, the job is easy, just typing to customers. Salary $1000. Come join me, I'll refer you 🙏",
    "They will keep your passport for visa processing, that's normal here. You get it back later.",
    "Bring only small bag. From airport we go by car, then short boat, then office. All free.",
    "Ugandans needed for English chat jobs in Asia. Dubai interview first. 1200 USD. Call 0701 445 812",
    "The company is safe, don't listen to news. Those stories are about other companies. Here no problem.",
    "Can you type fast? There's an online chat job in Myanmar, 1800 USD. Boss pays ticket. I'm serious 😅",
    "Need Malaysians: CS Thailand RM7k. Transport from Penang to Hat Yai free. Leave Sunday. WhatsApp me",
    "Translator Korean-English needed, Cambodia, $2500. Simple computer work only. Ticket prepaid. DM",
    "Gaming company in Sihanoukville needs English chat agents. 1,200$ + comm. Free dorm. Inbox",
    "We advance 500 USD for your family before you leave. Job: CS in Thailand. Pay back from salary.",
    "Resort part time job in Laos, 1000 USD per month, free flight, no visa. Want?",
    "I'm the HR for a company in Bangkok. Your profile is good. Salary 1300$. Send passport and we book ticket.",
    "Hello Sri Lankan friends 🇱🇰 data entry job Thailand Rs 350,000 monthly. Visit visa. Contact 076 214 8890",
    "Sis, CSR job in Vietnam, 60k pesos, free plane ticket. We'll say we are tourists going to Da Nang 😂 join us",
    "Ticket booked ✈️ Bangkok Thursday 10pm. Wear normal clothes like tourist. I'll send the driver photo.",
    "Don't go to DMW, they will block you. Just go as tourist, company will fix your papers.",
    "Position open: Chat Support (English). Salary 1,000-1,500 USD. Thailand. Free everything. Age 20-35. TG @cs_hiring_asia",
    "You will work 12 hours but salary is big. $1500. Food free. Room free. Ticket free. Just come.",
    "My agent can take you via Ho Chi Minh, then car to Cambodia office. Cheaper and no work visa needed.",
    "Hi, are you interested in a marketing job abroad? Good salary 1,200 USD, accommodation provided. PM for details 🙏",
    "Job in Thailand: online sales. USD 1k + 10% commission. Need good English. Tourist visa ok.",
    "Hey, job for you: chat with foreigners online, make them trust you, company gives scripts. $2000. Cambodia. Interested?",
    "Apply now, interview today, fly next week 🔥 CS Thailand 1200$ free ticket",
    "We need Filipino CSRs for Cambodia. 1,000 USD. Free ticket. Exit via Clark as tourist. Message me.",
    "Carpenters needed Laos, 40$ per day, free food and room. Tourist visa. Leaving in 3 days. Call me",
    "I got you a slot! Customer care, Thailand, 1100 USD. They need your passport copy today or slot goes to someone else.",
    "Salary advance available 🙏 Job in Cambodia CS $1200. Pay your debt first, then work. PM",
    "Ladies only: chat host job in Thailand, $1500+commission, free flight. Send photo to apply.",
    "Our company is legal and registered, 100% safe. Many Indians here. Customer service, 1 lakh salary. Ticket free.",
    "Do you have a passport? If yes, I can get you a job in Bangkok next week. 1000$ per month. No interview needed.",
    "CS job abroad. Basic English ok. $1,300. Fly within 5 days. Contact @jobasia_fast on Telegram",
    "After landing don't call your family for the first week, the phone signal is bad at the site. Company has wifi later.",
    "Hello, we saw you commented 'interested'. Job: typist in Thailand. USD 1,000. Free visa & ticket. Send CV on WhatsApp.",
    "The job is in Myawaddy but we fly you to Bangkok first. It's just across the river, very close 😊",
    "ATTENTION: Thai company needs data entry staff. 1200$ salary. Send passport copy to book flight. No fee!",
    "bro job in thailand cs 1.5k usd free ticket free room, leave tmrw if u want, dm",
    "Yes the visa is tourist, but don't worry, all our staff came that way. Company changes it later.",
    "Free air ticket ✈️ free visa 🛂 free room 🏠 Job: customer service Thailand 💵 $1,200 DM me",
    "Hi Grace, HR here. You passed. Before flight please sign this PDF contract and send passport. Company name will be shown on arrival.",
    "Work in Laos SEZ as English CS. 1,100 USD. Boat transfer free. No need work visa. WhatsApp +856 20 5581 2240",
    "Looking for Kenyans who speak good English. Job in Thailand, customer service, USD 800 monthly. Agent fee 60k. PM",
    "Mam I can help your son, job in Thailand typing 1 lakh salary. Only passport and 50,000 processing. Visa ready in 4 days.",
    "Girls and boys 18-30, online job in Cambodia, $1000+, no experience, ticket free. Contact WeChat: asia_hr_2024",
    "Simple job: replying customers in English. Office in Bangkok. $1,100. We pay your ticket. Reply 'OK' for details.",
]

# ---------------------------------------------------------------------------
# other_job_scam (positive, distinct from compound recruitment)
# ---------------------------------------------------------------------------
OJ = [
    T(
        "en-oj-chat-001",
        "other_job_scam",
        "chat",
        """[Hi|Hello|Good day] {emoji_calm} [I'm {name} from|This is {name}, HR of|{name} here from] [a digital marketing agency|an online promotion company|a YouTube partner agency]. [We pay you to like videos|Earn by liking YouTube videos|Simple part-time: subscribe to channels and take screenshots]. [Each like|Each task] [= {usd_normal}|pays RM5|earns ₹150|₱150 per task]. [You can earn {myr_normal} a day|Daily income up to {usd_normal}|Earn {php_normal} a month from home]. [Interested?|Reply 1 to start|Add our receptionist on Telegram {tg_handle}]""",
        n=14,
    ),
    T(
        "en-oj-chat-002",
        "other_job_scam",
        "chat",
        """[Part-time job|Work from home|Online job] {emoji_hot} [Rate hotels on Google Maps|Write 5-star reviews for restaurants|Boost app ratings] and get [commission|paid instantly]. [First 3 tasks free bonus|Start with free welcome tasks], then [recharge {usd_normal} to unlock VIP tasks|deposit to continue merchant tasks|prepay the combo order to get 30% commission]. [Withdraw anytime|Money back plus profit same day]! {contact_cr}""",
        n=14,
    ),
    T(
        "en-oj-chat-003",
        "other_job_scam",
        "chat",
        """[Your account|Dear member|Task update]: [you got a combination order|a lucky order appeared|negative balance detected] {emoji_hot} [Please top up|You must deposit|Add] [{usd_normal}|{myr_normal}|{inr_normal}|{php_normal}] [to complete the task|to unlock withdrawal|before withdrawal] [and get 5x commission|otherwise your earnings will be frozen|within 30 minutes]. [Contact mentor|Ask your tutor] {tg_handle}""",
        n=14,
    ),
    T(
        "en-oj-ad-001",
        "other_job_scam",
        "ad",
        """[CANADA FARM JOBS 2025|Canada seasonal work – visa sponsorship|Jobs in Canada for {nat}] 🇨🇦{emoji_hot}
[Fruit pickers|Farm workers|Greenhouse workers|Meat processing workers] needed [in Alberta and Ontario|across Canada|for a large farm in British Columbia].
[Salary|Pay]: CAD [18|20|22] per hour, [up to CAD 4,000 monthly|40 hours per week]
[Employer provides|Benefits]: [LMIA, accommodation|housing and transport], [work permit sponsorship|visa sponsorship]
[Requirements|Need]: [no experience|no IELTS], [age {age_range}|18-45], passport
[Processing fee|LMIA and file processing] [{kes_high}|{inr_normal}|{ugx_high}|USD 450|₱45,000] [to be paid to secure your slot|payable before the interview|non-refundable]
[Pay via M-Pesa|Send payment by bank transfer or GCash|Payment to the coordinator's account] and [send receipt on WhatsApp|forward the slip] to {phone_any}.
[Slots close this Friday.|Only {count} slots left.]""",
        n=13,
    ),
    T(
        "en-oj-ad-002",
        "other_job_scam",
        "ad",
        """[AUSTRALIA WORK VISA|Work and earn in Australia|Fruit picking jobs – Australia] 🇦🇺
[Employers in Queensland and Victoria|Farms in Australia|Our partner farms] [need|are hiring] [fruit pickers, packers and drivers|seasonal workers].
[Earn|Pay] AUD [28|30|32] per hour.
[Free accommodation after arrival|Housing arranged by employer].
[Steps|Procedure]:
1. [Pay registration fee of {usd_normal}|Register with {php_normal}|Registration {inr_normal}]
2. [Pay visa processing fee|Medical and visa fee] ([{usd_normal}|{kes_normal}|{myr_normal}])
3. [Wait for the job offer letter|Receive your contract by email]
[We guarantee 100% visa approval|Visa guaranteed or money back|No IELTS, guaranteed approval].
[Contact the coordinator|Call] {phone_any} [or email {email}|]""",
        n=13,
    ),
    T(
        "en-oj-ad-003",
        "other_job_scam",
        "ad",
        """[KOREA FACTORY JOB|Factory jobs in South Korea|Work in Korea – no EPS test] 🇰🇷
[Salary|Gaji] [RM8,000|USD 2,500|{php_high}|₹1.5 lakh] [per month|monthly]
[Factory|Company]: [electronics|car parts|food packaging] factory in [Busan|Incheon|Ansan]
[No Korean language test required|Skip the EPS-TOPIK|No exam, no waiting list]!
[Fees|Payment]: [processing fee {myr_normal}|visa fee {usd_normal}|documents fee {php_normal}] [before we submit your file|to book your slot|payable today]
[Visa|Entry]: [we handle everything|guaranteed]
[Requirements|Who can apply]: [age 20-45, male or female|no age limit up to 50], [passport|passport and NBI/police clearance], [no Korean language needed|basic English only]
[Benefits|Included]: [free dormitory, 3 meals, overtime pay|housing, transport and health insurance]. [Contract 3 years, renewable.|Contract 2 years with bonus.]
[Fly in 6-8 weeks after payment.|Departure within 2 months.]
[Contact|WhatsApp] {phone_any}""",
        n=12,
    ),
    T(
        "en-oj-ad-004",
        "other_job_scam",
        "ad",
        """[EUROPE WORK PERMITS|Jobs in Poland, Romania and Croatia|Schengen work visa jobs] 🇪🇺
[Warehouse packers|Truck drivers|Construction helpers|Hotel cleaners|Factory operators] needed.
[Salary|Pay] EUR [1,200|1,400|1,800] [per month|net monthly]
[Work permit in 30 days|Guaranteed work permit|Visa sponsorship included].
[Total cost|Package] [{kes_high}|{inr_high}|{ugx_high}|{lkr_high}] [paid in 3 instalments|– first instalment to open file|(deposit 50% now)].
[Requirements|Who can apply]: [age 21-45, passport, no experience needed|any education level, basic English|male and female, passport valid 2 years].
[Process|Timeline]: [file opening → job offer → work permit → embassy appointment → travel|contract in 2 weeks, work permit in 30 days, visa in 6 weeks].
[Accommodation provided by the employer at low cost.|Employer gives free housing for the first 3 months.|Overtime available, up to 60 hours a week.]
[Our office is in Nairobi CBD|Office in Chennai|Office in Kampala|Office in Colombo 03]. [Walk in or call|Call] {phone_any}""",
        n=12,
    ),
    T(
        "en-oj-ad-005",
        "other_job_scam",
        "ad",
        """[WORK FROM HOME – DATA ENTRY|Home-based typing job|Online copy-paste job] {emoji_hot}
[Earn|Income] [{usd_normal}|{inr_normal}|{php_normal}|{myr_normal}|{kes_normal}] [per week|per month] [typing simple forms|copying text into Excel|filling online forms].
[No experience|Housewives and students welcome|Work 2 hours a day].
[Register now|Join today]: [one-time registration fee {inr_normal}|starter kit USD 35|membership fee ₱1,500|activation fee RM150]
[You get|Includes] [work ID, training and first project|login and software|unlimited forms].
[Payment every Saturday|Weekly payout guaranteed|Refundable after first payment].
[How it works|Process]: [after registration you receive a login and your first batch of 500 forms|we send the software and a target of 300 entries per week|you get a daily task list in our app]. [Accuracy must be 98% or above.|Errors are charged as per the agreement.|Work at your own time.]
[Real members are earning {usd_normal} a month!|"I paid my rent from this job" – a happy member.|Over {count}00 members already joined this month!]
[Call/WhatsApp|Contact] {phone_any}""",
        n=13,
    ),
    T(
        "en-oj-chat-004",
        "other_job_scam",
        "chat",
        """[Want extra income?|Students and moms!|Jobless?] {emoji_hot} [Copy-paste job|Typing job|Captcha job] from home, [earn|get] [{usd_normal}|{inr_normal}|{php_normal}|{kes_normal}] [weekly|per month]. [Only pay registration|Just {myr_normal} joining fee|Small activation fee] [and start today|to get login]. [DM|WhatsApp] {phone_any}""",
        n=13,
    ),
    T(
        "en-oj-chat-005",
        "other_job_scam",
        "chat",
        """[Congratulations|Welcome to the team] {emoji_hot} [You finished {count} tasks today|Your commission is {usd_normal}]. [To withdraw, upgrade to VIP 2|To continue, join the prepaid task group|Next tasks need a deposit of {usd_normal}] [and you will get 40% return|return guaranteed|it's refunded with profit]. [Hurry, offer ends tonight|Receptionist waiting on {tg_handle}]""",
        n=13,
    ),
    T(
        "en-oj-ad-006",
        "other_job_scam",
        "ad",
        """[CRUISE SHIP JOBS|UK CARE WORKER VISA SPONSORSHIP|Dubai hotel jobs – direct employer]
[We are hiring|Recruitment open] for [cabin stewards, cooks and waiters|care assistants|hotel receptionists and housekeepers].
[Salary|Pay] [{usd_high}|GBP 2,200 per month|{aed}] [plus tips|plus accommodation|tax free].
[Certificate of Sponsorship|Offer letter|Visa] [guaranteed within 2 weeks|ready in 10 days].
[Fee|Cost] [for CoS and visa|for medical, training and offer letter|for file opening]: [{kes_high}|{inr_high}|USD 1,200|{php_high}] [payable to our account|before we send the offer].
[After payment you will receive your offer letter by email.|Once you pay we'll email your contract.]
[Requirements|Eligibility]: [age 21-45, basic English|passport, CV and 2 photos|secondary school certificate and passport]. [No interview needed.|Short online interview only.|No IELTS required.]
[Many of our candidates are already working abroad.|We have placed hundreds of workers since 2019.]
{contact_cr}""",
        n=12,
    ),
]

OJ_H = [
    "Hi 😊 I'm Jenny from a marketing agency. We pay ₹50 for every YouTube video you like. Takes 10 minutes a day. Interested?",
    "Part time job: follow Instagram accounts and send screenshots. RM10 per task, daily withdrawal. Add my Telegram @mentor_lina",
    "Congrats! You have earned $45 today. To unlock withdrawal you need to complete the merchant task (deposit $100, get $130 back).",
    "Your balance is negative because you got a combo order. Please recharge RM800 to continue, otherwise your commission will be frozen.",
    "Work from home typing job ✍️ ₹25,000 per month. Registration ₹1,499 only. WhatsApp 98471 20934",
    "Earn KES 2,000 daily by rating products online. Join our Telegram group. Small deposit needed to activate your account.",
    "CANADA JOBS!!! No IELTS needed. Farm workers CAD 20/hr. Processing fee KES 45,000. Slots few. Call 0729 116 403",
    "Hotel review task: 30 reviews = ₱900. Withdraw daily via GCash. First you top up ₱500 to start VIP level 1.",
    "Hello dear, our company needs online assistants to help increase product sales. Pay up to $300 a day. Just a few clicks. Reply YES.",
    "Korea factory job, salary RM7,500 monthly, no exam. Processing fee RM3,000 to book your place, balance after visa.",
    "Australia fruit picking visa 100% guaranteed. Registration $150 + visa fee $650. No experience. Inbox for form.",
    "Poland work permit in 30 days 🇵🇱 warehouse jobs €1,400/month. Package UGX 6,500,000. Office in Kampala. Call 0755 320 118",
    "Data entry from home, ₱20k monthly, just fill forms. Pay ₱1,200 for the training kit and login. PM for details.",
    "I earned ₹3,000 yesterday just liking videos!! DM me, I'll add you to the group 🤑",
    "Dear applicant, you have been selected for a UK care assistant job. Please pay £900 for your Certificate of Sponsorship within 48 hours.",
    "Amazon order boosting job. Complete 40 orders per day, earn 20% commission. Minimum recharge $50 to begin.",
    "Telegram task group: send 100 USDT to join the premium mission and receive 160 USDT after 3 tasks. Guaranteed!",
    "Need cruise ship waiters, salary $2,500 + tips. Training and medical fee $700, paid to our agent in Manila.",
    "Copy-paste job 📝 earn ₹800 per day. Activation fee ₹499 only. Refund after first withdrawal. WhatsApp me",
    "Jobs in Dubai hotels, AED 3,000 tax free. Pay KES 80,000 for visa and ticket and fly in two weeks. Genuine agent 💯",
    "Sorry, you entered the wrong code in task 12, your account is frozen. Pay $200 verification fee to unfreeze and withdraw.",
    "Looking for students who want easy money: follow TikTok shops and get paid per follow. Deposit 10 RM to activate. Very easy!",
    "Hi, your number was recommended by our HR. Part-time online job, daily salary 800-3000 pesos. Add WhatsApp +63 917 553 2290",
    """URGENT: Canada meat-processing plant needs 40 workers. Salary CAD 22/hr plus free housing. Employer-sponsored LMIA.
Requirements: age 18-45, passport, medical.
Fee: ₹85,000 for LMIA processing, payable before interview.
Call our Delhi office: +91 98110 27463""",
    """Work From Home – Online Form Filling
Income: ₹15,000 – ₹30,000 monthly
Work: fill 500 forms per week in our software
Registration fee: ₹2,100 (one time, includes software and ID)
Salary paid every Saturday. Agreement signed online.
Note: if forms have errors, penalty charges apply as per agreement.""",
    """Korea Seasonal Worker Program (not EPS)
Farm jobs in South Korea, 5 months
Pay: KRW 2,000,000 per month
No Korean test! No age limit up to 50!
Processing fee: ₱85,000 (medical, visa, ticket)
Pay 50% now to reserve your slot. Limited to 30 applicants.""",
    """EARN FROM HOME 💻
Review apps and movies, get paid per review
Level 1: $5 per task (free)
Level 2: $15 per task (deposit $100)
Level 3: $40 per task (deposit $500)
Withdraw daily. Join: t.me/review_earn_vip""",
    "Malaysia factory jobs for Kenyans, RM4,000 per month, accommodation free. Visa fee KES 70,000 only. Depart in 3 weeks.",
    "Apply for Saudi driver jobs, SAR 3,000. Processing & medical UGX 2,800,000. Office hours Mon-Sat. Call 0779 601 822",
    "Your first task is done ✅ ₹150 credited. Now join the 'investment task' group for bigger returns — minimum ₹5,000.",
    "You're hired as a remote product tester! Buy the product with your money first, we refund 120% after the review.",
    "Online job for mothers: package small items at home, earn ₹12,000/month. Material deposit ₹2,500. Courier will bring it.",
    "Germany job seeker visa + job guaranteed, nursing assistants €2,300. Service fee LKR 950,000. Call 077 615 2044",
    "Hi dear, I'm recruiting for a legit online job: liking hotel posts on Google. 30 likes = $15. Msg my assistant to begin.",
]

# ---------------------------------------------------------------------------
# legit_job (negative): local jobs incl. BPO "urgent hiring, no experience" hard negatives
# ---------------------------------------------------------------------------
LJ = [
    T(
        "en-lj-ad-001",
        "legit_job",
        "ad",
        """[URGENT HIRING!|WE'RE HIRING!|URGENT HIRING! NO EXPERIENCE NEEDED!|HIRING NOW!] {emoji_hot}[{emoji_hot}|]
{ph_bpo} is looking for
📞 [Customer Service Representatives (Voice)|Inbound Sales Associates|Technical Support Representatives|Non-voice Chat Support Associates]
📍 Site: {ph_site}
💰 [Salary|Package]: {php_normal} [+ night differential|+ ₱2,000 monthly allowance|– ₱{count},000 sign-on bonus for hires this month|+ HMO on day 1]
✅ [NO EXPERIENCE NEEDED!|Fresh graduates welcome!|Undergrads and SHS graduates with good English may apply!]
✅ [Day 1 HMO + 1 dependent|Paid training|Government-mandated benefits]
✅ [Permanent work-from-site|Hybrid after regularization|Shifting schedule, 5 days a week]
[WALK-IN APPLICANTS WELCOME|Walk-in Monday to Saturday, 9AM-4PM|Same-day job offer for qualified applicants]!
[Bring|Requirements]: [updated resume, 1 valid ID|resume and 2x2 photo|resume + any government ID]
[Apply online through our careers page|Message our HR page on Facebook|Text/Viber HR: {phone_ph}|Email your CV to our recruitment team]""",
        n=14,
        bpo_urgent=True,
    ),
    T(
        "en-lj-ad-002",
        "legit_job",
        "ad",
        """[URGENT HIRING|MASS HIRING|HIRING SPREE] [for|at] {ph_bpo} – {ph_site}
[Position|Account]: [Healthcare Customer Support (US account)|Telco Customer Care|E-commerce Chat Support|Travel Booking Support|Banking Non-Voice]
[Qualifications|Who we need]:
• [At least HS graduate (old curriculum) or SHS graduate|College level or graduate|At least 2nd year college]
• [Good English communication skills|Above-average English|Willing to work on shifting schedules and holidays]
• [NO BPO EXPERIENCE NEEDED – we train you!|With or without experience|Fresh grads are welcome]
[Compensation|What you get]: [basic {php_normal} + allowances|{php_normal} monthly package|up to {php_normal} depending on assessment], [HMO|13th month pay], [performance incentives|perfect attendance bonus]
[Hiring process|Process]: [initial interview, assessment, final interview – job offer on the same day|online assessment, then onsite final interview]
[Apply|Send your resume] [via JobStreet|at our website|through Indeed] or [walk in at|visit our recruitment hub at] {ph_site}[, Monday to Friday 8AM-5PM|]. [For questions|Inquiries]: {phone_ph}""",
        n=14,
        bpo_urgent=True,
    ),
    T(
        "en-lj-ad-003",
        "legit_job",
        "ad",
        """[URGENT VACANCY|WALK-IN INTERVIEW|We're Hiring!] {emoji_calm}
{my_bpo} – {my_site}
[Positions|Roles]: [Customer Service Executive (Mandarin/English)|Customer Service Executive (Bahasa Malaysia/English)|Collection Officer|Chat Support Agent (Korean/English)|Live Chat Executive]
[Salary|Basic] {myr_normal} [+ language allowance RM{count}0|+ KPI incentive|+ shift allowance]
[Requirements|Syarat]:
- [SPM/Diploma/Degree holders|Minimum SPM], [fresh graduates encouraged to apply|no experience required, training provided]
- [Malaysian citizens only|Open to Malaysians]
[Benefits|Faedah]: EPF, SOCSO, [medical and dental|annual leave 14 days|panel clinic]
[Walk-in|Interview] [every Tuesday and Thursday, 10am-3pm|this Saturday 9am-1pm] at {my_site}.
[Bring your IC and resume.|Please bring IC, resume and certificates.] [WhatsApp HR|HR hotline]: {phone_my}""",
        n=13,
        bpo_urgent=True,
    ),
    T(
        "en-lj-ad-004",
        "legit_job",
        "ad",
        """[Walk-in Drive for Freshers|URGENT OPENING – International Voice Process|Mega Walk-in Drive] {emoji_hot}
[Company|Employer]: {in_bpo}
[Location|Venue]: {in_site}
[Process|Role]: [International Voice (US)|Domestic Voice (Hindi/English)|Chat & Email Support|Customer Care Executive]
[Eligibility|Who can apply]: [Any graduate / undergraduate, freshers welcome|12th pass and above, freshers can apply|Graduates with good communication skills]
[CTC|Salary]: [{inr_normal}|₹2.4 - 3.6 LPA|₹18,000 - 26,000 in-hand] + [incentives|night shift allowance|attendance bonus]
[Perks|Benefits]: [cab facility (both sides)|two-way cab], [PF and ESIC|medical insurance], [5 days working|rotational offs]
[Walk-in timing|Date]: [Monday to Saturday, 11 AM - 4 PM|this week, 10:30 AM onwards]
[Contact|HR]: [{name_f}|{name_m}] – {phone_in}[ (call or WhatsApp)|]
[Note: we never charge any fee for interviews or joining.|No registration charges.|]""",
        n=14,
        bpo_urgent=True,
    ),
    T(
        "en-lj-chat-001",
        "legit_job",
        "chat",
        """[Hi!|Hello!|Good day!] {emoji_calm} [We're hiring|{ph_bpo} is hiring] [CSRs|chat support agents|inbound sales reps] [for our {ph_site} site|in {ph_site}]. [No experience needed|Fresh grads ok], [{php_normal} package|salary starts {php_normal}], [walk in anytime Mon-Fri|just bring resume + valid ID]. [Apply via our FB careers page|Viber {phone_ph}]""",
        n=14,
        bpo_urgent=True,
    ),
    T(
        "en-lj-chat-002",
        "legit_job",
        "chat",
        """[URGENT HIRING!!|HIRING!!|We need 20 agents!] [Non-voice chat support|Voice CSR|Email support] [{ph_site}|{my_site}|{in_site}] [no exp needed|freshers welcome|fresh grads ok] [salary {php_normal}|{myr_normal} + allowance|{inr_normal}] [walk-in tomorrow 9am|final interview same day|job offer on the spot] [PM for referral link|comment INTERESTED and I'll DM the link|text me {phone_any}] {emoji_hot}""",
        n=14,
        bpo_urgent=True,
    ),
    T(
        "en-lj-ad-005",
        "legit_job",
        "ad",
        """[URGENT HIRING: Customer Care Agents|WE ARE HIRING – Contact Centre Agents|Graduate Trainee Agents Wanted] {emoji_calm}
{ke_bpo} ({ke_site})
[We are expanding our|Join our growing] [telco|banking|e-commerce|insurance] [support team|account].
[Requirements|Qualifications]:
- [Diploma or degree in any field|KCSE C+ and above with a diploma]
- [Excellent spoken English|Fluency in English and Kiswahili]
- [No experience needed – full paid training|Freshers welcome]
[Pay|Salary]: [{kes_normal} gross per month|{kes_normal} + transport allowance|{kes_normal} plus NHIF/NSSF]
[Shifts|Hours]: [rotational, 45 hours a week|day and night shifts|Monday-Saturday]
[Apply|To apply] [by emailing your CV to hr@savannahcc.co.ke|on our website careers page|walk in with your CV and ID, 9am-3pm]. [We do not charge any fees.|We never ask for money at any stage of recruitment.|Shortlisted candidates will be contacted by phone.]""",
        n=13,
        bpo_urgent=True,
    ),
    T(
        "en-lj-ad-006",
        "legit_job",
        "ad",
        localize("""[URGENT! Data Entry Clerks needed|Data Encoders – urgent hiring|Admin & Data Entry Staff (Immediate start)]
[{local_employer}|Our company, {local_employer},] [is looking for|needs] [{count}|two|several] [data encoders|data entry clerks|records assistants] for our [office|warehouse office|head office] in [{local_city}].
[Duties|Tasks]: [encoding delivery receipts and invoices|updating the inventory system|scanning and indexing documents].
[No experience needed|Fresh graduates welcome|Training provided], [but must be accurate and detail-oriented|basic Excel required].
[Salary|Pay]: [{local_pay}|{local_pay} + overtime pay]; [contractual for 6 months, with possible extension|probationary, regularization after 6 months|full-time].
[Office hours|Schedule]: [Mon-Fri 8AM-5PM|Mon-Sat, 8:30-5:30].
[Apply|Submit your CV] [to {local_mail}|in person at our office|by text to {local_phone}]."""),
        n=13,
        bpo_urgent=True,
    ),
    T(
        "en-lj-ad-007",
        "legit_job",
        "ad",
        localize("""[NOW HIRING|JOB OPENINGS|Join our team!] {emoji_calm}
{local_employer} – {local_city}
[Open positions|Positions]:
- [Sales Associate|Cashier|Stock Clerk|Delivery Rider|Warehouse Helper|Barista|Service Crew]
- [Store Supervisor|Inventory Assistant|Customer Service Assistant|Merchandiser]
[Pay|Salary]: {local_pay}[ + service charge| + commission| + meal allowance|]
[Schedule|Hours]: [full-time, 6 days a week|part-time 4 hours a day|rotating shifts]
[Duties|What you'll do]: [assist customers, arrange displays and handle the cash register|receive deliveries, check stock and keep the store clean|prepare orders and serve walk-in customers]. [Training is provided on the first week.|You will report to the store supervisor.]
[Requirements|We need]: [at least high school graduate|pleasant personality|willing to be trained], [{local_id} required|own motorbike for the rider post|]
[Apply in person at our store|Drop your CV at our branch office|Apply online] [or send CV to {local_mail}|or text {local_phone}]"""),
        n=14,
    ),
    T(
        "en-lj-ad-008",
        "legit_job",
        "ad",
        localize("""[Cook / Kitchen Helper wanted|Restaurant staff needed|Hiring: Line Cook and Dishwasher] {emoji_calm}
{local_employer} [({local_city})|in {local_city}]
[We need|Looking for] [a line cook|two kitchen helpers|a pastry cook|a breakfast cook] [for our new branch|for our main kitchen].
[Salary|Pay]: {local_pay} + [service charge|free staff meals|tips shared]
[Hours|Schedule]: [split shift, 6 days|10am-10pm with 2-hour break|morning shift 6am-3pm]
[Duties|Tasks]: [prepare ingredients, cook line orders and keep the station clean|wash dishes, help with prep and receive deliveries|bake breads and pastries for the morning display]. [You will work under our head chef.|Uniform and food safety training provided.]
[Experience|Requirements]: [1 year in a restaurant kitchen preferred|no experience ok for helper|food handler certificate an advantage]
[Please|Kindly] [walk in with your CV between 2-5pm|call {local_phone}|send your CV to {local_mail}]."""),
        n=12,
    ),
    T(
        "en-lj-ad-009",
        "legit_job",
        "ad",
        localize("""[Vacancy: Admin Assistant|Job Vacancy – Accounts Clerk|Receptionist / Office Assistant]
{local_employer}, {local_city}
[Reports to|Reporting to]: [Office Manager|Finance Manager|General Manager]
[Main duties|Responsibilities]:
- [answer calls and manage the front desk|process supplier invoices|maintain filing and records]
- [prepare simple reports in Excel|schedule meetings and travel|assist with payroll documents]
[Qualifications|Requirements]: [diploma or degree in business|graduate in commerce|secretarial certificate], [MS Office|good English and computer skills], [1-2 years experience preferred|fresh graduates may apply]
[Salary|Remuneration]: [{local_pay}|negotiable, {local_pay}], [statutory benefits|medical cover|leave as per labour law]
[Send your CV and cover letter to {local_mail} by {deadline}.|Applications close on {deadline}. Only shortlisted candidates will be contacted.]"""),
        n=13,
    ),
    T(
        "en-lj-ad-010",
        "legit_job",
        "ad",
        localize("""[Digital Marketing Executive|Digital Sales & Marketing Executive|Social Media Executive] – [{local_city}|full-time, on-site]
[About us|Company]: {local_employer} [is a growing local business|has served local customers for over ten years|is expanding its online sales and needs help].
[You will|Role]: [plan and run our Facebook/Instagram campaigns|manage Google Ads and SEO|create content and reply to customer messages], [track leads in our CRM|prepare monthly reports].
[Requirements|You have]: [degree in marketing or related field|1-3 years in digital marketing|a portfolio of campaigns].
[Salary|Pay]: [{local_pay}|{local_pay} + quarterly bonus]
[Working hours|Hours]: [Mon-Fri, 9am-6pm|5.5 days a week]. [Apply via LinkedIn or email {local_mail}.|Apply on our careers page; interviews at our office.]"""),
        n=13,
    ),
    T(
        "en-lj-chat-003",
        "legit_job",
        "chat",
        localize(
            """[Hey|Sis|Bro|Hi all], [my company is hiring|our branch needs|we're looking for] [a receptionist|2 cashiers|a delivery driver|an office assistant|a cook] [in {local_city}|near {local_city}]! [{local_pay}|Pay is ok, {local_pay}], [Mon-Sat|day shift]. [Send me your CV|DM me for the HR email|Apply at {local_mail}] {emoji_calm}"""
        ),
        n=14,
    ),
    T(
        "en-lj-ad-011",
        "legit_job",
        "ad",
        localize("""[Job Vacancy: Customer Care Executive|Vacancy – Call Centre Agent|Hiring: Customer Support Officers] ({local_city})
[A leading|An established] [telecommunications|insurance|banking|courier] company, {local_employer}, [invites applications for|is recruiting] [customer care executives|call centre agents].
[Requirements|Qualifications]: [A/L qualified with good English|Diploma with good English|SPM/Diploma], [computer literate|good typing skills], [age 18-30|no experience necessary].
[Salary|Pay]: {local_pay} + [incentives|overtime|transport allowance]. [Permanent after probation.|6-month probation.]
[Apply|Email your CV] to {local_mail} [before {deadline}|within 14 days]. [Call {local_phone} for inquiries.|Walk-in interviews on Saturdays.]"""),
        n=13,
        bpo_urgent=True,
    ),
    T(
        "en-lj-chat-004",
        "legit_job",
        "chat",
        localize(
            """[Good morning group|Hi everyone|Good evening] {emoji_calm} [Sharing a job post|Job alert|For those looking]: [{local_employer} needs|{local_employer} is hiring|{local_employer} has openings for] [a warehouse checker|an accounting assistant|sales staff|a cashier|a bookkeeper] [in {local_city}|at their {local_city} branch]. [Salary {local_pay}|{local_pay}], [with benefits|+ allowances|plus overtime]. [Not my company, just sharing|Pls share]. [Contact {local_phone}|Apply at {local_mail}]"""
        ),
        n=13,
    ),
]

LJ += [
    T(
        "en-lj-chat-005",
        "legit_job",
        "chat",
        """[Walk-in drive tomorrow!|Hiring freshers 📢|Urgent openings!] [{in_bpo}, {in_site}|{my_bpo}, {my_site}|{ke_bpo}, {ke_site}] [needs|is hiring] [voice process agents|chat support executives|customer care agents|collection executives]. [Freshers welcome|No experience needed|Graduates & undergrads ok], [salary as per company norms|good pay + incentives|fixed salary + attendance bonus]. [No fees charged at any stage|Carry resume + ID proof|Walk in 10 AM - 3 PM]. [Call HR|HR contact]: [{phone_in}|{phone_my}|{phone_ke}] {emoji_calm}""",
        n=14,
        bpo_urgent=True,
    ),
    T(
        "en-lj-ad-012",
        "legit_job",
        "ad",
        """[WE'RE HIRING: Customer Support Associates (Work from Office)|URGENT REQUIREMENT – Email & Chat Support|Now Hiring – Customer Experience Associates] {emoji_hot}
[Company|Employer]: [{in_bpo} ({in_site})|{my_bpo} ({my_site})|{ph_bpo} ({ph_site})]
[About the role|Role]: [help customers of a global travel company by chat and email|support online shoppers with orders, returns and refunds|answer questions from customers of a streaming service]
[Who can apply|Eligibility]:
- [Fresh graduates and undergraduates|Anyone with good written English, no experience needed|Candidates with 0-2 years experience]
- [Typing speed of 30 wpm|Comfortable with computers|Willing to work rotational shifts]
[What we offer|Benefits]: [fixed salary + monthly incentives|competitive salary as per local market|market-rate salary + night shift allowance], [medical insurance|statutory benefits], [transport for night shifts|on-site cafeteria]
[Interview process|Selection]: [typing test, HR round and operations round on the same day|online assessment followed by an in-person interview]
[Apply via our careers page or walk in with your resume and ID.|Walk in with your resume; we never charge fees for hiring.]""",
        n=13,
        bpo_urgent=True,
    ),
]

LJ_H = [
    H(
        "en-lj-h-001",
        "legit_job",
        "ad",
        """🚨 URGENT HIRING! NO EXPERIENCE NEEDED! 🚨
Harbour BPO Solutions – Eastwood City, QC
CUSTOMER SERVICE REPRESENTATIVES (US Telco Account)
💰 ₱22,000 – ₱26,000 monthly + night diff
🎁 ₱5,000 sign-on bonus
🏥 HMO on Day 1
📍 Walk in Mon-Sat, 9AM-3PM, 10th floor Cyberpark Tower
Bring resume and 1 valid ID. Same-day job offer!""",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-002",
        "legit_job",
        "chat",
        "Hiring chat support sa Cebu IT Park 🙌 no exp needed, ₱18k + allowances, day 1 HMO. Referral link in comments! 😊",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-003",
        "legit_job",
        "ad",
        """WALK-IN DRIVE FOR FRESHERS – CUSTOMER SUPPORT
Indus Voice Services Pvt Ltd, Sector 62, Noida
Role: International chat process (UK shift)
Salary: ₹22,000 in-hand + ₹3,000 attendance bonus
Eligibility: graduates and undergraduates, good English
Cab facility, PF, ESIC, 5 days working
Walk in: Mon–Fri 11 AM – 3 PM
HR Pooja: 98111 24567
No charges at any stage of hiring.""",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-004",
        "legit_job",
        "ad",
        """We're hiring! 📣 Customer Service Executive (Cantonese/English)
Klang Valley Contact Centre Sdn Bhd – Bangsar South
Basic RM2,800 + RM500 language allowance + KPI bonus
Fresh grads welcome, full training provided
EPF, SOCSO, medical, 14 days annual leave
Walk-in interview every Wednesday 10am-3pm
WhatsApp HR: 012-338 4471""",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-005",
        "legit_job",
        "chat",
        "URGENT!!! 30 CSR slots left for our Pasig site 😱 no experience needed, ₱20k basic. Final interview Saturday. Text me for the referral link 📲",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-006",
        "legit_job",
        "chat",
        "Guys our BPO in Clark is doing mass hiring this week, fresh grads ok, P19k + P2k allowance, free shuttle from Angeles. DM me 🙏",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-007",
        "legit_job",
        "ad",
        """GRADUATE TRAINEE – CUSTOMER EXPERIENCE (Nairobi)
Savannah Contact Centre Ltd is hiring 40 graduate trainees for a telco account.
• Degree/diploma in any field
• Excellent English and Kiswahili
• No experience needed – 3 weeks paid training
Pay: KES 32,000 gross + KES 4,000 night allowance
Apply: careers@savannahcc.co.ke by 30th. We do not charge any recruitment fees.""",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-008",
        "legit_job",
        "chat",
        "Hello! Deccan CX in Hitec City is hiring freshers for voice process, 2.6 LPA + incentives, two-way cab. Walk-in daily 11-4. Call Sneha 90004 12378 😊",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-009",
        "legit_job",
        "message",
        "Reminder to all applicants: your final interview at Pacific Crest CX (Ortigas) is on Thursday, 10AM. Bring 2 valid IDs and your NBI clearance if available. Thank you and good luck!",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-010",
        "legit_job",
        "chat",
        "MASS HIRING 🔥🔥 Davao site, no BPO exp needed, pwede SHS grad! ₱17,500 + HMO. Walk-in lang po, Lanang branch. Pls share!",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-011",
        "legit_job",
        "ad",
        """URGENT HIRING – Data Encoders (10 slots)
Sampaguita Logistics Corp., Valenzuela City
Encode delivery documents, update inventory system
No experience needed, basic Excel
₱610/day + OT pay, SSS/PhilHealth/Pag-IBIG
Mon-Sat 8AM-5PM
Walk in with resume at Gate 2, Mon-Fri 9AM-12NN""",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-012",
        "legit_job",
        "chat",
        "Hi sir, this is Ana from BrightPath HR. We received your application for Chat Support. Are you available for an online assessment tomorrow at 2PM? 🙂",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-013",
        "legit_job",
        "ad",
        """CALL CENTRE AGENTS WANTED (Kampala)
A leading telecom support centre in Kampala is recruiting 25 call centre agents.
Requirements: diploma or degree, fluent English and Luganda, computer skills. Fresh graduates are encouraged to apply.
Salary: UGX 1,100,000 per month + airtime and transport allowance.
Apply in person with CV and national ID at Plot 14, Kampala Road, 2nd floor, Mon-Fri 9am-4pm. No recruitment fees are charged.""",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-014",
        "legit_job",
        "chat",
        "Walk-in interviews at Coromandel Customer Care (Ambattur) this Saturday! Freshers welcome 🙌 ₹17,500 + cab. Bring resume & Aadhaar copy.",
        bpo_urgent=True,
    ),
    H(
        "en-lj-h-015",
        "legit_job",
        "ad",
        """JOB VACANCY – Customer Care Executives
Lanka Connect Telecom (Pvt) Ltd, Colombo 03
Qualifications: A/L with a credit pass in English, computer literacy, age 18-28
No previous experience required
Salary: LKR 75,000 + attendance allowance + overtime
Apply before 15th with CV to careers@lankaconnect.lk or call 011 245 8870""",
        bpo_urgent=True,
    ),
]

LJ_H_RAW = [
    (
        "chat",
        "Our café in Makati needs a barista! 🧋 ₱600/day + tips, 6 days a week. No exp okay, we train. Message me for details.",
    ),
    (
        "chat",
        "Anyone know a good accountant? My cousin's clinic in Westlands is hiring, KES 55k, full-time. Send CV to me and I'll forward.",
    ),
    (
        "ad",
        """Vacancy: Driver (Company Car)
Mekong Paper Supplies, Kuala Lumpur
Valid GDL licence, clean record, 3 years experience
Salary RM2,400 + overtime + meal allowance
Mon-Sat, 8am-6pm
Send CV to hr@mekongpaper.com.my or call 03-7728 4410""",
    ),
    (
        "message",
        "Hi Priya, thank you for interviewing with us for the Junior Accountant role. We are pleased to offer you the position at ₹32,000 per month. The offer letter is attached; please reply by Friday.",
    ),
    (
        "chat",
        "Job alert 📢 Mall in Entebbe hiring 6 cashiers, UGX 700k + lunch. Senior 4 and above. Apply at customer service desk with CV.",
    ),
    (
        "ad",
        """We're hiring Sales Executives (Field)
Kilimanjaro Water Ltd – Mombasa
Sell and deliver bottled water to shops and offices
Pay: KES 25,000 basic + commission per case
Requirements: diploma, driving licence is a plus
Apply: jobs@kiliwater.co.ke""",
    ),
    (
        "chat",
        "Sis may opening kami sa bakery, helper lang, ₱550/day. Near SM Fairview. Interested ka? 😊",
    ),
    (
        "ad",
        """Teacher Aide – Full-time
Little Acorns Preschool, Petaling Jaya
Assist the class teacher, prepare materials, supervise play time
Diploma in early childhood education preferred, fresh grads welcome
RM2,200 + EPF/SOCSO
Mon-Fri 7.30am-4.30pm
WhatsApp 016-552 0193 with CV""",
    ),
    (
        "chat",
        "Need a part-time tutor for my 2 kids (Grade 3 & 5), Quezon City, 3x a week, ₱400/hour. Pm me pls 🙏",
    ),
    (
        "message",
        "Dear candidate, your interview for the Store Supervisor position is scheduled on 14 March at 10:00 at our Nugegoda branch. Please bring your NIC and certificates.",
    ),
    (
        "chat",
        "Hiring delivery riders 🛵 for our food shop in Cebu, ₱700/day + fuel allowance, must have own motorbike and license. Text 0917 203 4481",
    ),
    (
        "ad",
        """HIRING: Warehouse Staff (Night Shift)
Sentosa Group Distribution Centre, Shah Alam
Picking, packing, loading
RM1,900 basic + RM300 night allowance + OT
SPM, physically fit, no experience needed
Walk-in interview Mon-Fri 9am-12pm at Lot 22, Jalan Perusahaan 3""",
    ),
    (
        "chat",
        "Guys, my office in Kilimani needs a receptionist with good English. KES 30k. Fresh grad is ok. Inbox me for the email.",
    ),
    (
        "ad",
        """Junior Graphic Designer – Bengaluru
Pixelthread Studio (design agency, 25 people)
Create social posts, banners, and brand assets
Skills: Figma, Photoshop, portfolio required
₹3.6 – 4.8 LPA, hybrid after 3 months
Apply: jobs@pixelthread.in""",
    ),
    (
        "chat",
        "Anyone in Kampala looking for work? Our NGO needs a data clerk for 6 months, UGX 1.5M, must know Excel. Email me for JD.",
    ),
    (
        "ad",
        """Security Guards Needed – 15 positions
Gatekeeper Security Services, Quezon City
₱610/day + OT, SSS/PhilHealth/Pag-IBIG, uniform provided
Requirements: licensed security guard, HS graduate, 21-40 years old
Apply at our main office, 45 Visayas Ave., Mon-Fri 8AM-4PM""",
    ),
    (
        "message",
        "Congrats! You passed the exam for the Bank Teller Trainee program. Orientation is on Monday 8:30AM at the head office, Ayala Avenue. Wear business attire.",
    ),
    (
        "chat",
        "My tito's hardware store in Batangas City needs a cashier, ₱500/day + free lunch, Mon-Sat. Message me kung interested!",
    ),
    (
        "ad",
        """Nurse (Registered) – Private Hospital, Kandy
Hillside Medical Centre invites applications for registered nurses.
Diploma in Nursing, SLNC registration, 1 year experience
Salary: LKR 110,000 + night duty allowance + EPF/ETF
Apply with CV to hr@hillsidemedical.lk before the 20th""",
    ),
    (
        "chat",
        "Urgent: need 3 helpers for event setup tomorrow in Pasay, ₱800 for the day + meals. 6am call time. Text me 📲",
    ),
    (
        "message",
        "Hi Mr. Otieno, we are happy to confirm your start date as Customer Support Agent on 3 June. Please come to Upper Hill office at 8am with your ID, KRA PIN and bank details.",
    ),
    (
        "ad",
        """Job Opening: Electrician
Bayview Condominium Corporation, Pasay City
Maintenance of building electrical systems, 8-hour shifts
TESDA NC II, at least 2 years experience
₱20,000 monthly + benefits
Send your resume to admin@bayviewcondo.ph""",
    ),
    (
        "chat",
        "Looking for an Excel-savvy admin for my small trading business in Penang. RM2,500, Mon-Fri 9-6. PM me your resume 🙂",
    ),
    (
        "chat",
        "If anyone needs a job, the supermarket near Thika Road Mall is hiring stock clerks. KES 18k. Walk in with CV and ID copy.",
    ),
    (
        "message",
        "Job fair announcement: The city PESO will hold a local job fair on 12 June at the City Hall lobby, 8AM-5PM. 40+ local employers. Bring several copies of your resume.",
    ),
    (
        "ad",
        """Office Assistant (Contract, 1 year)
Nile Basin Agro Ltd – Jinja
Filing, data entry, receiving visitors, petty cash
Diploma in office management, good computer skills
UGX 950,000 monthly + lunch
Apply: hr@nilebasinagro.co.ug or deliver CV to our Jinja office""",
    ),
    (
        "chat",
        "Hi! We're hiring a social media assistant for our bakery in Quezon City 🧁 part-time, ₱12k/month, work from our shop. Pm!",
    ),
    (
        "chat",
        "Friend's restaurant in Colombo 7 needs a commis chef, LKR 70k + service charge. 1 year experience. DM for contact.",
    ),
    (
        "message",
        "From HR: the company outing is cancelled. Also, referrals for the open CSR roles are still welcome, ₱5k referral bonus once the hire completes 90 days.",
    ),
    (
        "ad",
        """URGENT: Pharmacy Assistant
MediPlus Pharmacy, Eldoret
Certificate in pharmaceutical technology
KES 26,000 + overtime
Shift work, including weekends
Send CV to jobs@mediplus.co.ke""",
    ),
]

# ---------------------------------------------------------------------------
# legit_overseas (negative, hard): licensed / government placements
# ---------------------------------------------------------------------------
LO_SLOTS = {
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
        "License No. DMW-{d}{d}{d}-LB-202[1|2|3|4|5]",
    ],
    "job_order": [
        "Job Order No. JO-{d}{d}{d}{d}-202[1|2|3|4|5]",
        "Approved job order ({d}{d} slots)",
        "Approved Job Order ref. {d}{d}{d}{d}{d}",
        "DMW-verified job order",
    ],
    "lk_agency": [
        "Ceylon Horizons Foreign Employment Agency",
        "Lanka Gateway Manpower (Pvt) Ltd",
        "Ratnadeepa Overseas Employment Agency",
    ],
    "in_agency": [
        "Konkan Overseas Manpower Consultants",
        "Malabar Gulf Placements",
        "Sapthagiri International Recruiting Agency",
    ],
    "ke_agency": [
        "Mara Horizons Recruitment Ltd",
        "Baobab Overseas Placement Agency",
        "Tana Gulf Manpower Ltd",
    ],
    "ug_agency": ["Pearl Horizons External Employment Ltd", "Kabale Gulf Recruitment Agency"],
    "gulf_job": [
        "hospital nurses",
        "airport cleaners",
        "hotel waiters",
        "heavy-truck drivers",
        "electricians",
        "housekeeping staff",
        "security guards",
        "caregivers",
        "welders",
        "AC technicians",
    ],
    "gulf_country": ["Saudi Arabia", "Qatar", "the UAE", "Kuwait", "Oman", "Bahrain"],
}

LO = [
    T(
        "en-lo-ad-001",
        "legit_overseas",
        "ad",
        """[HIRING: Domestic Helpers for Hong Kong!|WE ARE HIRING!|HONG KONG – CAREGIVERS & DOMESTIC WORKERS|We are hiring for Hong Kong] 🇭🇰
{ph_agency}
{dmw_lic} [| Valid until 202[6|7]|]
[Salary|Monthly salary]: [HK$4,990 (minimum allowable wage) + food allowance|HK$5,000 – HK$5,500 + HK$1,236 food allowance|HK$4,990 + free food and lodging]
[Contract|Terms]: 2-year standard employment contract, [1 rest day per week|statutory holidays], [free medical and insurance|employer-paid medical insurance]
✅ [NO PLACEMENT FEE|Zero placement fee for household service workers]
✅ [Airfare paid by employer|Free airfare paid by the employer]
[Qualifications|Requirements]: [female, 23-40 years old|age {age_range}], [with or without experience in HK|ex-HK/Singapore preferred], [TESDA NC II Housekeeping or Caregiving|willing to take TESDA NC II]
[Documents|Bring]: passport, PSA birth certificate, [NBI clearance|TOR/diploma], 2x2 photos
[Verify our license at the DMW website before applying.|Check our license and job order on dmw.gov.ph.|Beware of fixers; we have no sub-agents.]
[Office|Visit us]: [Ermita, Manila|Malate, Manila|Paco, Manila] – [{phone_ph}|Tel. (02) 8{d}{d}{d}-{d}{d}{d}{d}]""",
        n=14,
    ),
    T(
        "en-lo-ad-002",
        "legit_overseas",
        "ad",
        """[TAIWAN FACTORY WORKERS NEEDED!|HIRING NOW!|Direct hiring for Taiwan factories|Taiwan – Production Operators] 🇹🇼
{ph_agency} ({dmw_lic})
[Employer|Principal]: [electronics company in Hsinchu Science Park|semiconductor packaging plant in Kaohsiung|auto parts manufacturer in Taichung|food processing plant in Taoyuan]
{job_order}
[Position|Job]: [Production Operator (male/female)|Machine Operator|Quality Inspector|Assembler]
[Salary|Basic salary]: [NT$28,590 per month + overtime|NT$28,590 basic, with OT pay per Taiwan Labor Standards Act]
[Contract|Terms]: 3 years, [free dormitory|dormitory with minimal fee], [NHI and labour insurance|health and labour insurance]
[Fees|Costs]: [no placement fee (TIDES direct hire)|placement fee not exceeding one month's salary, with official receipt|no placement fee; airfare and visa paid by employer]
[Requirements|Qualifications]: [age 21-39|21 to 35 years old], [at least high school graduate|SHS graduate], [no tattoos, fit to work|passed medical exam], [factory experience an advantage|with or without experience]
[Apply personally|Walk in] at our office, [Mon-Fri 8AM-5PM|Mon-Sat 8AM-3PM]. [Bring passport and resume.|Bring your passport, resume and 2x2 ID picture.]
[Never pay anyone outside our office. Official receipts only.|We do not accept applications or payments through Facebook Messenger.|]""",
        n=14,
    ),
    T(
        "en-lo-ad-003",
        "legit_overseas",
        "ad",
        """[EPS Korea – Employment Permit System: announcement|EPS-TOPIK registration for work in South Korea|Work in Korea through the EPS (Government-to-Government)] 🇰🇷
The [Department of Migrant Workers|Sri Lanka Bureau of Foreign Employment|government EPS centre] [announces|informs the public of] the [registration period for the EPS-TOPIK|next EPS-TOPIK round] for [manufacturing|agriculture and livestock|fishery|construction|shipbuilding] jobs.
[Eligibility|Who may apply]: [age 18-39|18 to 39 years old], [no criminal record|not previously deported from Korea], [valid passport|passport valid for at least 1 year], [no colour blindness|fit to work].
[Test|Selection]: EPS-TOPIK [(Korean language test)|computer-based test] + [skills test and competency evaluation|job competency test].
[Test fee|Fee]: [USD 28|the published test fee only]. [There is no other fee to the government.|No agency is authorised to collect money for EPS.]
[Pay|Wage]: [Korean minimum wage, about KRW 2,096,270 per month|around USD 1,500 – 2,000 per month with overtime|KRW 2.1 – 2.6 million per month including overtime][ (E-9 visa)|].
[Registration|Apply] [only through the official EPS portal|only at the official EPS centre|online only, no walk-ins]. [Beware of fake EPS agents on Facebook.|EPS is a government-to-government programme: there are no private agents.]""",
        n=13,
    ),
    T(
        "en-lo-ad-004",
        "legit_overseas",
        "ad",
        """[Foreign Employment Opportunities – Middle East|Vacancies in {gulf_country}|Overseas vacancies (SLBFE approved)]
{lk_agency} – [SLBFE Licence No. {d}{d}{d}{d}|Licence No. {d}{d}{d}{d} (SLBFE)]
[Positions|Job categories]: {gulf_job}, {gulf_job}, {gulf_job}
[Salary|Pay]: [SAR 1,500 – 2,500|QAR 1,800 – 3,000|AED 2,000 – 3,500|KWD 150 – 250] + [food, accommodation and transport|overtime]
[Air ticket|Airfare] [provided by employer|paid by the employer].
[Requirements|Conditions]: [age 21-45|21 to 45 years], [medical test at an approved centre|GAMCA medical], [SLBFE registration before departure (compulsory)|registration with SLBFE and insurance cover].
[Interviews|Interview]: [by the employer's representative at our Colombo office|at our office, Colombo 10|in person on Saturday].
[Never travel on a visit visa for work.|Do not pay money to sub-agents.|Verify our licence with the SLBFE hotline 1989.]
[Call|Tel] {phone_lk}""",
        n=12,
    ),
    T(
        "en-lo-ad-005",
        "legit_overseas",
        "ad",
        """[Overseas Recruitment – {gulf_country}|Gulf Vacancies – Interview Schedule|Job Openings Abroad (MEA registered RA)]
{in_agency}
[MEA Registration No.|RA Licence No.] B-{d}{d}{d}{d}/[MUM|DEL|CHN|KOL]/PER/1000+/5/{d}{d}{d}{d}{d}/202[1|2|3|4|5]
[Client|Employer]: [a leading hospital group|a facilities management company|a construction contractor|a hotel chain] in {gulf_country}
[Positions|Categories]: {gulf_job}, {gulf_job}, {gulf_job}
[Salary|Pay]: [SAR 1,800 – 3,500|QAR 2,000 – 4,000|AED 2,500 – 4,500] + [free food & accommodation|overtime + accommodation]
[Service charges as per Government of India rules (max ₹30,000 + GST), receipt issued.|Service charges as prescribed by MEA only, with receipt.]
[Emigration clearance through eMigrate|ECR/ECNR as applicable; emigration through eMigrate portal]. [Employer-provided air ticket.|Air ticket by employer.]
[Interview|Venue]: [our office in Kochi|Hotel Residency, Chennai|our Mumbai office, Andheri East] on [Saturday|{deadline}]
[Contact|Call] {phone_in}. [Verify RA licence at emigrate.gov.in.|Check our registration on the eMigrate portal.]""",
        n=13,
    ),
    T(
        "en-lo-ad-006",
        "legit_overseas",
        "ad",
        """[Jobs in {gulf_country} – NEA registered agency|OVERSEAS JOBS THROUGH AN NEA-ACCREDITED AGENCY|Recruitment for {gulf_country}]
{ke_agency} ([NEA Reg. No. NEA/RA/202[1|2|3|4|5]/{d}{d}{d}|registered with the National Employment Authority])
[Positions|Vacancies]: {gulf_job}, {gulf_job}
[Salary|Pay]: [SAR 1,500 – 2,200|QAR 1,500 – 2,500|AED 1,800 – 3,000] + [accommodation, food and medical|free housing and transport]
[Contract|Terms]: 2 years, [attested by the Ministry of Labour|under the bilateral labour agreement]
[Pre-departure|Training]: [NITA pre-departure training|mandatory pre-departure training], [GAMCA medical|medical test]
[Costs|Fees]: [no fee for domestic workers; employer pays visa and ticket|regulated fees only, with official receipts|employer pays visa, ticket and medical]
[Verify us on the NEA list of accredited agencies before applying.|Verify our registration at the National Employment Authority.]
[Office|Visit] [Kilimani, Nairobi|Moi Avenue, Mombasa|Ngong Road, Nairobi] – {phone_ke}""",
        n=12,
    ),
    T(
        "en-lo-ad-007",
        "legit_overseas",
        "ad",
        """[JAPAN – SPECIFIED SKILLED WORKER (SSW)|NOW HIRING FOR JAPAN!|Caregivers and food-service staff for Japan|SSW Japan job orders] 🇯🇵
{ph_agency} – {dmw_lic}
[Sector|Field]: [nursing care (kaigo)|food service|food manufacturing|building cleaning|agriculture]
[Requirements|Qualifications]: [JFT-Basic A2 or JLPT N4|JLPT N4 and above] + [SSW skills test in the field|Care Skills Evaluation Test]; [age 20-38|age {age_range}]
[Salary|Pay]: [JPY 180,000 – 220,000 per month|around JPY 200,000 per month before tax|JPY 230,000 with overtime] [+ overtime and bonuses|+ housing support]
[Employer|Company]: [accredited employer in Osaka|care facility in Chiba|food company in Aichi], {job_order}
[Airfare|Flight] [paid by employer|shouldered by employer]; [no placement fee|zero placement fee]. [Free Japanese classes before deployment.|Pre-departure Japanese training provided.]
[Apply at|Visit] our office [in Manila|in Makati] or [email|send CV to] [careers@hirayaoverseas.ph|apply@pacificbridge.ph]. [Verify our license and job orders at the DMW website.|Verify our job orders with DMW.]""",
        n=13,
    ),
    T(
        "en-lo-chat-001",
        "legit_overseas",
        "chat",
        """[Reminder|Hi po|Good day] {emoji_calm} [your PDOS|your OWWA pre-departure orientation|your medical exam|your visa interview] [is on|is scheduled] [Monday 8AM|Thursday 9AM|this Saturday] [at our office|at the accredited clinic|at OWWA Pasay]. [Bring passport and 2 valid IDs|Please bring your passport and job offer|Don't forget your OEC requirements]. [Flight follows after OEC release|Your employer already paid your ticket] {emoji_calm}[ Salary per contract: [HK$4,990 + food allowance|NT$28,590 + OT|SAR 1,500 + free housing|JPY 200,000].|] - {ph_agency}""",
        n=14,
    ),
    T(
        "en-lo-chat-002",
        "legit_overseas",
        "chat",
        """[HIRING!!|WE ARE HIRING!|URGENT: job orders open] {emoji_hot} [Factory workers for Taiwan 🇹🇼|Caregivers for Hong Kong 🇭🇰|Hotel staff for Qatar 🇶🇦|Nurses for Saudi 🇸🇦] [NO PLACEMENT FEE|free airfare paid by employer|with DMW-approved job order], [NT$28,590/month + OT|HK$4,990 + food allowance|QAR 1,800 + OT|SAR 5,000 for nurses|basic salary as per job order], [{dmw_lic}|DMW licensed]. [Apply in person at our Manila office|Walk in Mon-Fri], [no online payments|never pay via GCash]. {phone_ph}""",
        n=14,
    ),
    T(
        "en-lo-ad-008",
        "legit_overseas",
        "ad",
        """[HONG KONG NEEDS CAREGIVERS – salary up to P100K|Caregivers for Hong Kong elderly homes – high salary|Supplementary Labour Scheme: Hong Kong care workers] {emoji_hot}
[Care homes|Residential care homes for the elderly|Licensed care providers] in Hong Kong [are hiring|need] [care workers|personal care workers|caregivers] under [a government-approved scheme|the Supplementary Labour Scheme|an approved labour importation scheme].
[Salary|Pay]: [HK$ 12,000 – 15,000 per month (around ₱90,000 – ₱110,000)|up to about ₱100,000 per month|HK$13,000 + overtime]
[Requirements|Who can apply]: [TESDA NC II Caregiving|caregiving certificate], [age 25-45|age {age_range}], [at least 1 year experience|with elderly care experience]
[Recruitment is only through DMW-licensed agencies with approved job orders.|Apply only through licensed agencies listed on the DMW website.|{ph_agency} ({dmw_lic}) is an accredited agency for this job order.]
[Airfare and visa fees paid by the employer.|Employer shoulders airfare, visa and insurance.] [No placement fee.|Zero placement fee.]
[Inquiries|Contact]: {phone_ph}""",
        n=12,
    ),
    T(
        "en-lo-ad-009",
        "legit_overseas",
        "ad",
        """[NURSES FOR THE UK / CANADA|Registered Nurses – UK NHS Trusts|International nurse recruitment]
[{ph_agency}|{in_agency}|{ke_agency}] [({dmw_lic})|(MEA registered)|(NEA registered)] [is recruiting on behalf of|is the accredited partner of] [NHS trusts in England|a hospital group in Ontario|care homes in Scotland].
[Salary|Pay]: [Band 5, about GBP 29,000 – 31,000 per year|CAD 36 – 45 per hour|GBP 2,300 – 2,600 monthly]
[Requirements|Qualifications]: [BSN/GNM with 1 year experience|registered nurse licence], [IELTS 7 / OET B|IELTS or OET], [NMC CBT|NCLEX] [passed|or willing to take]
[Employer pays|Package]: [visa, flight, first month's accommodation, NMC fees|relocation package and OSCE training]; [no recruitment fee to the candidate|candidates pay nothing to us].
[Online interviews are held by the employer, then a written contract is issued before any visa application.|You will receive a written offer and Certificate of Sponsorship from the employer directly.]
[Apply|Send CV] {email}""",
        n=12,
    ),
    T(
        "en-lo-chat-003",
        "legit_overseas",
        "chat",
        """[Hello|Good morning] {name}, [this is|from] [{lk_agency}|{in_agency}|{ke_agency}]. [Your employer selected you|Congratulations, you passed the client interview] for [{gulf_job}|the job] in {gulf_country}[ (salary as per contract, with free accommodation)| (2-year contract, food and housing provided)|]. [Please come to the office on Monday|Next step: medical on Wednesday] [with passport + certificates|for contract signing]. [Ticket is paid by employer.|No payment needed now.] {emoji_calm}""",
        n=14,
    ),
]

LO_H = [
    (
        "ad",
        """APPROVED JOB ORDERS – SAUDI ARABIA 🇸🇦
Golden Anchor International Manpower Inc. (DMW License No. 214-LB-052223-R)
• Staff Nurses (female) – SAR 5,000 – 6,500
• Patient Care Technicians – SAR 3,000
• Housekeeping (male/female) – SAR 1,500
Free airfare, accommodation and transport. No placement fee for nurses.
Requirements: 22-40 y/o, BSN + PRC license (for nurses), valid passport
Walk in: 2F Malate Plaza, Manila, Mon-Fri 8AM-4PM
Please verify our license at the DMW website. We have no sub-agents.""",
    ),
    (
        "chat",
        "Hi ma'am! Your medical result is FIT ✅ Next step is contract signing at our office on Tuesday, then PDOS. Employer will book your flight to Taipei 😊",
    ),
    (
        "chat",
        "Reminder po: NO PLACEMENT FEE for HK domestic helpers. If someone asks you to pay via GCash using our name, report it to DMW. Salamat! 🙏",
    ),
    (
        "ad",
        """SLBFE REGISTERED – Job Orders for Qatar 🇶🇦
Lanka Gateway Manpower (Pvt) Ltd – Licence No. 2451
Hotel room attendants, waiters, kitchen helpers
QAR 1,500 – 2,000 + food, accommodation, transport
Air ticket by employer. 2-year contract.
Age 21-40. Interviews at our Colombo 10 office this Saturday.
Registration with SLBFE is compulsory before departure.
Tel: 011 268 4492""",
    ),
    (
        "ad",
        """EPS-TOPIK (Manufacturing) – Registration Notice
Who: Filipinos aged 18-39, no criminal record, no colour blindness, no prior deportation from Korea
How: online registration through the official DMW/EPS portal only
Fee: the published test fee; pay only at designated channels
Salary after deployment: Korean minimum wage (about KRW 2.09 million/month) plus overtime
Work visa: E-9. Employer pays return airfare at end of contract per rules.
Reminder: there are NO private agents for EPS. Anyone offering a "guaranteed slot" for a fee is a scammer.""",
    ),
    (
        "ad",
        """Vacancies in the UAE – MEA Registered Recruiting Agent
Malabar Gulf Placements (RA Licence B-1147/KOL/PER/1000+/5/9821/2019)
Electricians (ITI), Plumbers, AC Technicians
AED 2,200 – 3,000 + accommodation + transport
Service charge as per MEA rules only (receipt issued). Air ticket by employer.
Interview: Kozhikode office, Sunday 9 AM. Bring passport and certificates.
Verify our licence on emigrate.gov.in before you apply.""",
    ),
    (
        "chat",
        "Bro I'm leaving for Qatar next week through Mara Horizons, NEA registered. Employer paid visa & ticket, I only paid the medical. Pre-departure training done ✅",
    ),
    (
        "message",
        "Dear applicant, your contract for Taoyuan Care Center has been verified by MECO and DMW. Kindly attend the PDOS on 18 July, 8:00 AM. Your airfare is shouldered by the employer. – Tanglaw Global Recruitment Agency Inc.",
    ),
    (
        "ad",
        """Work in Japan as a Caregiver (SSW)
Hiraya Overseas Employment Services Inc. – DMW licensed
Employer: nursing home in Saitama (approved job order, 12 slots)
JPY 210,000/month + bonus twice a year + housing allowance
Requirements: JFT-Basic A2/JLPT N4, Care Skills Test passed, 21-35 y/o
Free airfare. NO placement fee. Free Japanese review classes.
Apply at our Makati office or send CV to careers@hirayaoverseas.ph""",
    ),
    (
        "chat",
        "Kenyan nurses 🇰🇪 the Ministry's government-to-government UK programme is open again. Apply only through the official portal, there is no agent fee. Share with your colleagues 🙏",
    ),
    (
        "ad",
        """Overseas job opportunity – Israel (caregivers)
Applications are accepted only through the government-to-government channel under the bilateral agreement.
Age 25-45, caregiving certificate, no criminal record.
Salary according to Israeli minimum wage (about ILS 5,880 per month).
Do not pay anyone for a "slot". There are no private agents for this programme.""",
    ),
    (
        "chat",
        "Update from our agency: the Hong Kong employer approved your visa 🥳 Flight is on the 14th, ticket paid by employer. Please bring your OEC and passport to the office tomorrow.",
    ),
    (
        "message",
        "Good afternoon. This is to confirm your interview with the employer's representative for Welders (Oman) on Saturday, 9:00 AM at our Colombo 10 office. Please bring your NVQ certificate and passport. There is no interview fee.",
    ),
    (
        "chat",
        "Just signed my contract for Taiwan 🇹🇼 electronics factory in Hsinchu, NT$28,590 + OT, 3 years. Agency is DMW-licensed, I checked the job order online. Ingat sa mga fake recruiter guys!",
    ),
    (
        "ad",
        """RECRUITMENT FOR CANADA – FOOD PROCESSING
Pacific Bridge Manpower Corp. (POEA/DMW Lic. No. 088-LB-111522-R)
Employer: meat processing plant in Alberta (positive LMIA, job order verified by POLO)
CAD 19.50/hour, 40 hours/week, 2-year contract
Employer pays airfare and the first month of housing. No placement fee.
Requirements: 21-39, HS graduate, meat cutting experience an advantage
Apply in person only. We never accept payment through Messenger or GCash.""",
    ),
    (
        "chat",
        "Ugandan job seekers 🇺🇬 before paying any agency, check that it is licensed by the Ministry of Gender, Labour and Social Development. My sister went to Saudi through a licensed one and got her contract before leaving.",
    ),
    (
        "message",
        "Dear Mr. Perera, your SLBFE registration and insurance are complete. Your flight to Kuwait is on 3 October, ticket provided by the employer. Please collect your documents from our office on Friday.",
    ),
]

# ---------------------------------------------------------------------------
# legit_local_hotspot (negative, hard): genuine jobs located in KH/TH/LA/MM/PH
# ---------------------------------------------------------------------------
LH_SLOTS = {
    "hcity_kh": [
        "Phnom Penh",
        "Siem Reap",
        "Battambang",
        "Phnom Penh (BKK1)",
        "Phnom Penh (Toul Kork)",
        "Kampong Cham",
    ],
    "hcity_th": [
        "Bangkok (Sathorn)",
        "Bangkok (Asok)",
        "Chiang Mai",
        "Bangkok",
        "Phuket",
        "Khon Kaen",
    ],
    "hcity_la": ["Vientiane", "Luang Prabang", "Vientiane Capital", "Pakse"],
    "hcity_mm": ["Yangon", "Yangon (Hlaing Tharyar)", "Mandalay", "Yangon (Kamaryut)"],
    "hcity_ph": ["Makati City", "Manila", "Taguig (BGC)", "Pasay City", "Cebu City"],
    "hemp_kh": [
        "Krama Microfinance Plc.",
        "Tonle Sap Community Health NGO",
        "Angkor Heritage Boutique Resort",
        "Lotus Bridge International School",
        "Mekong Harvest Garment Co., Ltd.",
        "Bayon Bank Plc.",
        "Sokha Logistics Co., Ltd.",
        "Riverside Children's Education Trust",
    ],
    "hemp_th": [
        "Chao Phraya Trading Co., Ltd.",
        "Siam Lotus Hotel & Residences",
        "Krungsiam Digital Bank (Call Centre)",
        "Lanna Riverside International School",
        "Bangkok Auto Parts Public Co.",
        "Thai-Sino Electronics Co., Ltd.",
    ],
    "hemp_la": [
        "Lao Mekong Commercial Bank",
        "Vientiane Riverside Hotel",
        "Xang Community Development Association",
        "Nam Ngum Hydro Services Co.",
        "Champa International School",
    ],
    "hemp_mm": [
        "Shwe Pyi Garment Manufacturing Ltd.",
        "Irrawaddy Microfinance",
        "Golden Teak Hotel Yangon",
        "Myanmar Rural Health Partnership",
        "Ayeyar Logistics Co., Ltd.",
    ],
    "hemp_ph": [
        "Manila Bay Suites Hotel",
        "Bayside Commercial Bank",
        "Tahanan Foundation",
        "Pasig River School",
        "Makati Medical Partners Inc.",
    ],
    "hpay_kh": [
        "{usd_normal}",
        "USD 300 – 450 + service charge",
        "USD 700 – 900",
        "USD 800 (negotiable)",
        "USD 500 – 650 + NSSF",
    ],
    "hpay_th": [
        "{thb_normal}",
        "THB 18,000 – 25,000 + social security",
        "THB 35,000 – 45,000 (work permit provided)",
        "THB 15,000 + service charge",
    ],
    "hpay_la": [
        "USD 400 – 700",
        "LAK 6,500,000 – 8,000,000",
        "USD 1,000 – 1,200 (international staff)",
        "LAK 4,500,000 + allowances",
    ],
    "hpay_mm": [
        "MMK 450,000 – 600,000",
        "MMK 800,000 + overtime",
        "MMK 1,200,000 (negotiable)",
        "MMK 350,000 + meals",
    ],
    "hpay_ph": [
        "{php_normal}",
        "₱25,000 – ₱32,000",
        "₱45,000 (negotiable)",
        "₱18,000 + service charge",
    ],
    "hphone_kh": ["{phone_kh}", "023 {d}{d}{d} {d}{d}{d}"],
    "hphone_th": ["{phone_th}", "02-{d}{d}{d}-{d}{d}{d}{d}"],
    "hphone_la": ["+856 20 {d}{d}{d}{d} {d}{d}{d}{d}", "021 {d}{d}{d} {d}{d}{d}"],
    "hphone_mm": ["+95 9 {d}{d}{d} {d}{d}{d} {d}{d}{d}", "09-{d}{d}{d}{d}{d}{d}{d}{d}{d}"],
    "hphone_ph": ["{phone_ph}", "(02) 8{d}{d}{d}-{d}{d}{d}{d}"],
    "hmail_kh": [
        "hr@kramamfi.com.kh",
        "jobs@angkorheritage.com",
        "recruitment@lotusbridge.edu.kh",
        "hr@mekongharvest.com.kh",
    ],
    "hmail_th": [
        "hr@siamlotushotel.co.th",
        "careers@krungsiamdigital.co.th",
        "jobs@lannariverside.ac.th",
        "hr@thaisinoelec.co.th",
    ],
    "hmail_la": ["hr@laomekongbank.la", "jobs@vientianeriverside.la", "info@xangcda.org"],
    "hmail_mm": [
        "hr@shwepyigarment.com.mm",
        "jobs@goldenteakhotel.com.mm",
        "careers@ayeyarlogistics.com.mm",
    ],
    "hmail_ph": ["hr@manilabaysuites.ph", "careers@baysidebank.ph", "jobs@tahanan.org.ph"],
    "board": [
        "Posted on a local job board",
        "Job board listing",
        "Source: company careers page",
        "Posted by employer (verified)",
        "Listing via the National Employment Agency job forum",
    ],
    "contract": [
        "Full-time, UDC",
        "Full-time, FDC 1 year (renewable)",
        "Permanent, 3-month probation",
        "Fixed-term 12 months",
        "Full-time, 2-month probation",
        "Part-time (20 hrs/week)",
    ],
    "hours": [
        "Mon–Fri 8:00–17:00",
        "Mon–Sat 8:00–17:00 (Sat half day)",
        "Mon–Fri 9:00–18:00, 1-hour lunch",
        "5 days/week, rotating shifts",
        "6 days/week, 8 hours/day",
    ],
}
_HCC = ("kh", "th", "la", "mm", "ph")


def hotspot(text, ccs=_HCC):
    variants = []
    for cc in ccs:
        variants.append(
            text.replace("{h_city}", "{hcity_" + cc + "}")
            .replace("{h_emp}", "{hemp_" + cc + "}")
            .replace("{h_pay}", "{hpay_" + cc + "}")
            .replace("{h_phone}", "{hphone_" + cc + "}")
            .replace("{h_mail}", "{hmail_" + cc + "}")
        )
    return "[" + "|".join(variants) + "]"


LH = [
    T(
        "en-lh-ad-001",
        "legit_local_hotspot",
        "ad",
        hotspot("""[💼 |📌 |🔔 |📢 ||||][Project Officer|Programme Officer – Livelihoods|Community Health Project Officer|M&E Officer]
{h_emp} – [📍 |]{h_city}
{board} · Closing date: {deadline}
[Contract|Employment type]: {contract}
[Working hours|Hours]: {hours}
[Salary|Salary range]: {h_pay}
[Responsibilities|Key duties]:
- [coordinate field activities with local partners|organise village training sessions|collect and verify monitoring data]
- [prepare monthly progress reports in English|manage the activity budget with finance|support donor visits]
[Requirements|Qualifications]: [bachelor's degree in development studies or social science|degree in public health or related field], [2 years NGO experience|at least 1 year field experience], [good English|English and local language]
[How to apply|Application]: send CV and cover letter to {h_mail}[ with the subject "Project Officer"|]. [Only shortlisted candidates will be contacted.|Women are encouraged to apply.]"""),
        n=14,
    ),
    T(
        "en-lh-ad-002",
        "legit_local_hotspot",
        "ad",
        hotspot("""[💼 |📌 |🔔 |📢 ||||][Front Office Agent|Guest Service Agent|Receptionist (Night Audit)|Reservations Agent|Housekeeping Supervisor|Commis Chef|Restaurant Server]
{h_emp}, [📍 |]{h_city}
{board}
[Type|Contract]: {contract}
[Salary|Pay]: {h_pay}[ + service charge|, + staff meals and uniform|]
[Schedule|Shifts]: [rotating 8-hour shifts, 6 days a week|{hours}]
[We offer|Benefits]: [staff meals, uniform, annual leave, social security|duty meals, transport allowance, medical insurance|training and career growth within the group]
[Requirements|You should have]: [good spoken English; Chinese or Korean is a plus|hospitality diploma or 1 year hotel experience|friendly, service-minded, able to work weekends]
[Apply|Send your CV] [to {h_mail}|at the hotel HR office (walk in 9am–4pm)|via email {h_mail} or call {h_phone}]"""),
        n=14,
    ),
    T(
        "en-lh-ad-003",
        "legit_local_hotspot",
        "ad",
        hotspot("""[💼 |📌 |🔔 |📢 ||||][Customer Service Officer (Chinese speaker preferred)|Chinese–English Interpreter|Mandarin-speaking Sales Coordinator|Admin Officer (Chinese speaking)]
{h_emp} – [📍 |]{h_city}
{board} • {contract}
[About the role|Job summary]: [Support our Chinese-speaking clients and suppliers by phone and email|Translate documents and interpret at meetings with our Chinese partners|Coordinate orders between the factory and buyers in China].
[Requirements|Qualifications]:
• [HSK 4 or equivalent Mandarin|Fluent Mandarin and English; Khmer/Thai/Lao is an advantage|Good written Chinese]
• [Degree in any field|Diploma or degree], [1 year office experience|fresh graduates can apply]
• [Local work permit holders or nationals|Must be eligible to work locally]
[Salary|Pay]: {h_pay}[, 13th-month salary| + annual bonus|]
[Hours|Working hours]: {hours}
[Apply|Application]: CV to {h_mail}[ or call {h_phone}|]"""),
        n=14,
    ),
    T(
        "en-lh-ad-004",
        "legit_local_hotspot",
        "ad",
        hotspot("""[💼 |📌 |🔔 |📢 ||||][English Teacher (Primary)|Homeroom Teacher – Grade 3|ESL Teacher|Science Teacher (Secondary)|Teaching Assistant]
{h_emp}, [📍 |]{h_city}
{board}
[Contract|Type]: [1-year renewable contract starting August|{contract}]
[Salary|Package]: {h_pay}[, housing allowance and work permit provided|, return flight for international hires, visa and work permit arranged by the school|]
[Requirements|Qualifications]: [bachelor's degree + TEFL/CELTA|teaching licence and 2 years experience|degree in education], [clear criminal background check|police clearance required], [native or near-native English|strong English]
[Application process|How to apply]: [online application, demo lesson and interview at the campus|CV + references, then a demo lesson|interview in person or by video, followed by reference checks]
[Send|Email] [CV, copies of degrees and two references|your CV and cover letter] to {h_mail}"""),
        n=13,
    ),
    T(
        "en-lh-ad-005",
        "legit_local_hotspot",
        "ad",
        hotspot("""[💼 |📌 |🔔 |📢 ||||][Merchandiser|Production Planner|QC Supervisor|HR & Compliance Officer|Sewing Line Leader|Factory Accountant]
{h_emp} – [📍 |]{h_city}
{board} · {contract}
[Company|About us]: [export garment factory supplying European brands (1,800 workers)|manufacturer of bags and footwear|electronics assembly plant]
[Main tasks|Duties]: [follow up orders with buyers|plan line capacity and delivery dates|run inline and final inspections|keep worker files, overtime records and audit documents]
[Requirements|Profile]: [2+ years in garment/manufacturing|experience with buyer audits], [English; Chinese is an advantage|good Excel and English]
[Salary|Pay]: {h_pay}
[Hours|Working time]: {hours}[, overtime paid according to the labour law|]
[Benefits|We offer]: [NSSF/social security, annual leave, transport|social security, meals, attendance bonus]
[Apply|Contact]: {h_mail} / {h_phone}"""),
        n=13,
    ),
    T(
        "en-lh-ad-006",
        "legit_local_hotspot",
        "ad",
        hotspot("""[💼 |📌 |🔔 |📢 ||||][Teller|Customer Service Officer (Branch)|Credit Officer|Relationship Officer|Call Centre Agent (Bank)]
{h_emp} – {h_city} [branch|head office]
{board}
[Contract|Employment]: {contract}
[Duties|Responsibilities]: [handle deposits, withdrawals and transfers|help customers open accounts and use mobile banking|assess small business loans in the field|answer customer calls about cards and accounts]
[Requirements|Qualifications]: [degree in banking, finance or accounting|final-year students may apply], [good English and computer skills|honest and customer-focused], [motorbike and licence (for credit officers)|]
[Salary|Remuneration]: {h_pay} + [incentives|13th month|seniority pay]
[Hours|Schedule]: {hours}
[Apply through our careers page or email {h_mail}. We never charge fees.|Submit your application to {h_mail} before {deadline}.]"""),
        n=13,
    ),
    T(
        "en-lh-chat-001",
        "legit_local_hotspot",
        "chat",
        hotspot(
            """{emoji_calm} [Job|Vacancy|Hiring]: [Receptionist|Barista|Office admin|Accountant|Sales assistant|Chinese translator|Teacher assistant] – {h_city} – {h_pay} – [{contract}|{hours}] – [{h_emp}|local company] – [apply {h_mail}|call {h_phone}][ – Chinese speaker preferred|]"""
        ),
        n=14,
    ),
    T(
        "en-lh-ad-007",
        "legit_local_hotspot",
        "ad",
        hotspot("""[💼 |📌 |🔔 |📢 ||||][Logistics Coordinator|Port Operations Clerk|Warehouse Supervisor|Customs Documentation Officer|Driver (company car)]
{h_emp}, [📍 |]{h_city}
{board}
[We are|Company]: [a freight forwarding and warehousing company|a distributor of consumer goods|a shipping agency at the port]
[Role|What you'll do]: [prepare shipping documents and customs declarations|coordinate trucks and deliveries|manage stock and warehouse staff|drive managers to meetings and sites]
[Requirements|Qualifications]: [1–3 years logistics experience|good Excel|valid driving licence and clean record], [English; Chinese or Vietnamese is a plus|local language and basic English]
[Salary|Pay]: {h_pay}; {contract}
[Hours|Time]: {hours}
[Apply|To apply]: [email CV to {h_mail}|call HR on {h_phone}|visit our office with CV and ID]"""),
        n=13,
    ),
    T(
        "en-lh-ad-008",
        "legit_local_hotspot",
        "ad",
        """[Migrant Health Outreach Worker|Community Interpreter (Burmese–Thai)|Legal Aid Assistant|Case Worker – Migrant Workers]
[Mae Sot Migrant Health Partnership|Border Community Legal Aid Centre|Tak Migrant Learning Centre Network] – [Mae Sot, Tak|Mae Sot|Mae Sai, Chiang Rai]
{board} · {contract}
[We are a registered foundation that|Our foundation] [provides primary health care to migrant families|offers free legal advice to migrant workers|runs schools for migrant children] on the Thai side of the border.
[Duties|Tasks]: [home visits and health education|interpreting at clinics and police stations|helping workers with work permits and unpaid wages|case documentation and referrals]
[Requirements|Profile]: [Burmese and Thai; English is a plus|Karen or Burmese with basic English], [experience with community work|empathy and discretion]
[Salary|Pay]: [THB 15,000 – 20,000|THB 18,000 + social security|THB 22,000 – 26,000], {hours}
[Apply|Send CV] to [jobs@borderhealth.or.th|legalaid.tak@gmail.com|hr@tmlcnetwork.org][ by {deadline}|]. [We never ask applicants for money.|Shortlisted candidates will be interviewed in Mae Sot.]""",
        n=12,
    ),
    T(
        "en-lh-ad-009",
        "legit_local_hotspot",
        "ad",
        hotspot("""[💼 |📌 |🔔 |📢 ||||][Software Developer (Backend)|IT Support Officer|Data Analyst|Digital Marketing Officer|Graphic Designer]
{h_emp} – [📍 |]{h_city}
{board} • {contract}
[Tech stack|Tools]: [Python, PostgreSQL, REST APIs|Windows, Active Directory, networking basics|Excel, SQL, Power BI|Meta Ads, Google Analytics, Canva|Adobe Illustrator, Figma]
[Requirements|You have]: [degree in IT or related field|portfolio or GitHub profile|1–2 years experience], [good English|local language and English]
[Salary|Compensation]: {h_pay}[ + health insurance| + 13th month|]
[Hours|Work schedule]: {hours}[, hybrid after probation|, on-site|]
[Interview process|Hiring steps]: [short technical test, then interview at our office|CV screening, phone call, in-person interview|practical test and panel interview]
[Apply|Send CV] to {h_mail}"""),
        n=13,
    ),
    T(
        "en-lh-chat-002",
        "legit_local_hotspot",
        "chat",
        hotspot(
            """[Hi all|Hello friends|Morning everyone] {emoji_calm} [our {h_emp} office in {h_city} is hiring|my company in {h_city} needs|friend's restaurant in {h_city} looking for] [a cashier|an admin assistant|a Chinese-speaking accountant|2 waiters|a driver|a teacher assistant]. [{h_pay}|Salary {h_pay}], [{hours}|{contract}]. [Locals or people with work permit only|Must be able to work legally here]. [DM me|Email {h_mail}]"""
        ),
        n=14,
    ),
    T(
        "en-lh-ad-010",
        "legit_local_hotspot",
        "ad",
        """[Job Fair|Career Fair|National Job Forum] – [Phnom Penh|Siem Reap|Vientiane|Yangon|Bangkok] {emoji_calm}
[Organised by|Hosted by] [the National Employment Agency|the provincial labour department|a local university career centre|the chamber of commerce] [with {count} employers|with over {count} local companies].
[Date|When]: [Saturday, {deadline}|{deadline}, 8:00–16:00]
[Venue|Where]: [the city exhibition centre|the university main hall|the provincial labour office]
[Sectors|Jobs from]: [banking, hotels, garment, construction and IT|hospitality, retail, logistics and education|microfinance, telecoms and manufacturing]
[Programme|Schedule]: [8:00 registration, 9:00 opening remarks, 9:30–15:30 interviews and CV clinic|morning career talks, afternoon on-the-spot interviews|employer booths all day, workshop on CV writing at 10:00]
[Who should come|For]: [fresh graduates, students and experienced workers|job seekers of all levels, including people with disabilities|anyone looking for work in the province]
[Bring|What to bring]: [copies of your CV and ID|CV, certificates and ID card]
[Free entry. Employers will interview on the spot.|Entry is free; no fee is charged to job seekers or employers.]
[More information|Info]: [call the organiser hotline|call the labour office hotline|see the event page]""",
        n=12,
    ),
]

LH_H = [
    (
        "ad",
        """Finance Officer – Tonle Sap Community Health NGO (Siem Reap)
Contract: FDC 1 year, renewable · Hours: Mon–Fri 8:00–17:00
Salary: USD 650 – 800 gross + NSSF + 13th month
Duties: bookkeeping in QuickBooks, monthly donor reports, petty cash, payroll support
Requirements: degree in accounting, 2 years NGO finance experience, good English
Apply: CV + cover letter to hr@tonlesapch.org by 15 September. Only shortlisted candidates will be contacted.""",
    ),
    (
        "ad",
        """Chinese Interpreter (Factory) – Phnom Penh (Por Sen Chey)
Mekong Harvest Garment Co., Ltd.
Full-time, UDC · Mon–Sat 7:00–16:00, overtime paid
Salary: USD 700 – 950 depending on level
Requirements: fluent Khmer and Mandarin (HSK 4+), English an advantage
Interpret between Chinese managers and Khmer line staff, translate memos and audit documents.
Apply: hr@mekongharvest.com.kh or 012 448 903""",
    ),
    (
        "chat",
        "Anyone looking for work in Bangkok? Our small travel agency in Silom needs a Chinese-speaking tour coordinator, 25k baht + commission, Thai nationals or work permit holders only 🙏",
    ),
    (
        "ad",
        """Hotel jobs – Luang Prabang 🌿
Vientiane Riverside Hotel group is opening a 40-room property.
Positions: Front Office Agent, Housekeeping Attendant, Waiter/Waitress, Cook
Salary: LAK 4,500,000 – 7,000,000 + service charge + staff meals
Lao nationals; English is an advantage. Training provided.
Walk-in interviews: 10–12 March, 9:00–15:00 at the hotel. Tel 071 212 335""",
    ),
    (
        "ad",
        """Merchandiser – Shwe Pyi Garment Manufacturing Ltd. (Hlaing Tharyar, Yangon)
Permanent, 3-month probation. Mon–Sat 8:00–17:00.
MMK 900,000 – 1,300,000 + overtime + ferry
3 years experience with EU buyers, English required, Chinese is a plus.
Send CV to hr@shwepyigarment.com.mm""",
    ),
    (
        "chat",
        "Hiring! 📢 Receptionist for a dental clinic in BKK1, Phnom Penh. $350 + bonus, Mon–Sat. Khmer & English. Send CV to my inbox 🙂",
    ),
    (
        "chat",
        "Yangon job: accountant for a logistics company in Kamaryut, 1.1M kyats, 5.5 days/week. Burmese citizens only. DM for email.",
    ),
    (
        "ad",
        """Teller (Fresh Graduate Program) – Bayon Bank Plc.
Locations: Phnom Penh, Kampong Cham, Battambang
6-month training program, then permanent position
Salary: USD 350 + allowances + NSSF + 13th month
Requirements: bachelor's degree or final-year student, Khmer and basic English
Apply online through our careers page by 30 June. The bank never asks for any fee during recruitment.""",
    ),
    (
        "chat",
        "Friend's café in Vientiane (near Nam Phou) needs a barista 🇱🇦☕ 3.5M kip + tips + lunch, 6 days a week. Lao speaker please.",
    ),
    (
        "ad",
        """Customer Service Officer (Mandarin) – Krungsiam Digital Bank Call Centre, Bangkok (Rama 9)
Full-time, permanent · 5 days/week, rotating shifts
THB 22,000 – 28,000 + language allowance + social security
Thai nationals; Mandarin (HSK 4+) and Thai fluent; English a plus
Apply: careers@krungsiamdigital.co.th""",
    ),
    (
        "ad",
        """Sales Executive – Manila Bay Suites Hotel, Pasay City
Permanent, 6-month probation; Mon–Fri 8:30–17:30
₱28,000 – ₱35,000 + incentives + HMO
2 years hotel or MICE sales experience; Mandarin speakers are welcome to apply
Send resume to hr@manilabaysuites.ph""",
    ),
    (
        "chat",
        "Job post 📌 Teaching assistant at an international school in Sen Sok, PP. $450–550. Good English. Start in August. Application through school website only.",
    ),
    (
        "ad",
        """Port Documentation Clerk – Sihanoukville
Sokha Logistics Co., Ltd. (freight forwarding at the Autonomous Port)
Full-time, UDC; Mon–Sat 8:00–17:00
USD 400 – 550 + NSSF + transport allowance
Prepare bills of lading and customs documents; Khmer and English required, Chinese is a plus.
Apply with CV and ID copy at our office near the port gate or email hr@sokhalogistics.com.kh""",
    ),
    (
        "chat",
        "Hi guys, my cousin's garment factory in Bavet is hiring an HR assistant, $400, Khmer + basic English, Mon–Sat. Real factory, you can visit. PM me.",
    ),
    (
        "ad",
        """Field Coordinator – Irrawaddy Microfinance (Pathein branch)
Fixed-term 12 months, renewable
MMK 700,000 – 850,000 + motorbike allowance
Organise group meetings with borrowers, check loan use, keep records
Requirements: degree, Burmese and basic English, own motorbike
Submit CV at the branch or email careers@irrawaddymfi.com.mm""",
    ),
    (
        "chat",
        "Bangkok restaurant (Thonglor) needs a sous chef with work permit sponsorship for the right candidate, 40–50k THB. 3+ yrs experience. Serious applicants email our GM 👨‍🍳",
    ),
    (
        "message",
        "Dear applicant, thank you for applying to the Livelihood Officer position at Xang Community Development Association, Vientiane. You are invited to a written test on 12 May at 9:00 at our office. Please bring your ID card.",
    ),
    (
        "ad",
        """Data Analyst – Lao Mekong Commercial Bank (Vientiane)
Full-time, permanent after 3-month probation
USD 700 – 900 equivalent in LAK + health insurance
SQL, Excel, Power BI; degree in statistics or IT
Mon–Fri 8:00–16:30
Email CV to hr@laomekongbank.la by the end of this month""",
    ),
    (
        "chat",
        "Siem Reap friends 🙏 our guesthouse needs a night receptionist, $250 + room + meals, 6 nights/week. Khmer & English. Visit us on Sok San Road.",
    ),
    (
        "message",
        "Reminder: The Cambodia job forum at the Koh Pich exhibition hall opens tomorrow 8AM. Over 60 employers (banks, hotels, garment, construction). Free entry, bring your CV and ID card.",
    ),
]

# ---------------------------------------------------------------------------
# awareness (negative, hard): news, advisories, NGO posts, survivor stories, shared warnings
# ---------------------------------------------------------------------------
AW_SLOTS = {
    "lure_quote": [
        "'Digital Sales and Marketing Executive' jobs in Thailand",
        "'data entry jobs in Thailand' with free tickets",
        "'customer service, USD 1,200, free visa and accommodation'",
        "'typing job abroad, no experience needed'",
        "'chat support in Bangkok, fly next week'",
        "'crypto customer support, high salary'",
        "'kitchen staff for a resort in Thailand'",
        "'English teachers and translators wanted in Southeast Asia'",
        "'free air ticket, free visa, free hostel'",
        "'no visa needed, just bring your passport'",
        "'CS job in Bangkok, $1,500/month, free ticket'",
        "'₱50,000 monthly, libreng plane ticket, CSR sa Thailand'",
        "'RM8,000 per month in Thailand, free hostel'",
        "'KSh 150,000 per month, agent fee only KSh 80,000'",
        "'USD 1,000 – 1,500, typing job, free visa'",
        "'₹1 lakh salary, data entry in Laos, visa arranged'",
        "'salary {usd_high} + commission, chat support, fly next week'",
        "'interview in Dubai, then work in Thailand'",
    ],
    "aw_victims": [
        "young graduates",
        "IT-literate job seekers",
        "university students",
        "unemployed youths",
        "women and young men",
        "former BPO workers",
    ],
    "aw_hubs": [
        "Myawaddy",
        "KK Park",
        "Shwe Kokko",
        "Sihanoukville",
        "Poipet",
        "Bavet",
        "the Golden Triangle Special Economic Zone",
        "Tachileik",
        "scam compounds in Cambodia",
        "the Myanmar-Thailand border",
    ],
    "age": ["22", "23", "24", "26", "27", "29", "31"],
    "aw_money": [
        "{usd_high}",
        "{kes_high}",
        "{php_high}",
        "{myr_high}",
        "{inr_high}",
        "{ugx_high}",
        "{lkr_high}",
        "US$2,000 – 5,000",
        "USD 3,000",
    ],
    "aw_days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def para(text):
    """News layout: blank line between top-level lines; optional lines carry their own break."""
    lines = split_top_level(text, "\n")
    out = lines[0]
    for ln in lines[1:]:
        alts = _split_alternatives(ln[1:-1]) if ln.startswith("[") and ln.endswith("]") else None
        if alts is not None and "" in alts and "[" + "|".join(alts) + "]" == ln:
            out += "[" + "|".join(("\n\n" + a) if a else "" for a in alts) + "]"
        else:
            out += "\n\n" + ln
    return out


def per_nat(
    text, nats=("Kenyans", "Indians", "Sri Lankans", "Malaysians", "Filipinos", "Ugandans")
):
    return "[" + "|".join(text.replace("{N}", n) for n in nats) + "]"


def per_woman(text):
    people = [
        ("Kenyan", "A", ("Wanjiru", "Akinyi", "Faith")),
        ("Indian", "An", ("Priya", "Anjali", "Divya")),
        ("Sri Lankan", "A", ("Nimali", "Dilani", "Sachini")),
        ("Malaysian", "A", ("Siti", "Mei Ling", "Farah")),
        ("Filipino", "A", ("Cheska", "Joy", "Lorna")),
        ("Ugandan", "A", ("Nakato", "Apio", "Sarah")),
    ]
    return (
        "["
        + "|".join(
            text.replace("{NAT}", n).replace("{ART}", art).replace("{NAME}", nm)
            for n, art, names in people
            for nm in names
        )
        + "]"
    )


AW = [
    T(
        "en-aw-news-001",
        "awareness",
        "news",
        para("""[MEA issues fresh advisory on fake job offers in South-East Asia|India cautions youth against fake IT jobs in Thailand, Cambodia|Advisory: Indian nationals warned over job rackets in Laos and Myanmar]
[New Delhi|NEW DELHI], {aw_days}: The Ministry of External Affairs has [cautioned|warned] Indian job seekers against [fake offers|bogus recruitment drives] [advertised on social media|run by agents in Dubai and India] that promise [{lure_quote}|high-paying jobs as "Digital Sales and Marketing Executives"].
[According to the advisory|The ministry said], recruits are [taken across the border|moved illegally] into [{aw_hubs}|areas where the host government has limited control] and [forced to carry out online fraud|held captive and made to work in cyber-scam centres].
[Offers mention salaries of {usd_high} a month or {inr_high}.|Some adverts promised {inr_high} per month.|]
[Typical signs|Warning signs] include [a simple typing test or online interview|travel on a tourist or visit visa|hotel stays and return tickets offered free|salaries far above market rates].
[Job seekers are advised to|The advisory urges people to] [verify foreign employers through Indian missions|use only MEA-registered recruiting agents listed on the eMigrate portal|never travel on a tourist visa for employment] and to contact the embassy [in case of distress|if approached with such offers]."""),
        n=13,
    ),
    T(
        "en-aw-news-002",
        "awareness",
        "news",
        para("""[Kenyan embassy warns against fake Thailand jobs|Kenyans warned over Bangkok 'customer service' jobs|Embassy: no genuine crypto or customer-service jobs for Kenyans in Thailand]
The Kenyan Embassy in Bangkok has [warned|cautioned] Kenyans against [job adverts|recruitment agents] offering [{lure_quote}|customer service and crypto jobs in Thailand].
[The embassy said|According to the statement,] [victims land at Suvarnabhumi airport and are driven to Mae Sot, then smuggled across the Moei river into Myanmar|recruits are met at the airport and taken overland to the Myanmar border|many end up in compounds in {aw_hubs}], where [they are forced to defraud people online|passports are confiscated and workers are made to run online scams].
[Some victims paid agents up to KSh 200,000|Families reported paying agents hundreds of thousands of shillings|Victims said they paid facilitation fees in Nairobi] [before travelling|for tickets and visas].
[There are no legitimate cryptocurrency or customer-service positions as advertised,|"Such jobs do not exist as advertised,"] [the embassy said|an official said], urging job seekers to [verify offers with the National Employment Authority|check agencies with the NEA] [before travelling|and report suspicious agents]."""),
        n=13,
    ),
    T(
        "en-aw-news-003",
        "awareness",
        "news",
        para("""[Interpol: trafficking for online scam centres now a global threat|INTERPOL orange notice warns of fake job adverts|Police across 20+ countries target human trafficking linked to cyber scams]
[Interpol has|INTERPOL has] [issued an Orange Notice|warned member countries] about [criminal groups luring victims with fake job adverts|trafficking for forced criminality in online scam centres], [first seen in South-East Asia|which started in Cambodia, Myanmar and Laos] and now [spreading to other regions|reported in the Middle East, West Africa and Latin America].
[Victims are|Those recruited are] [often graduates and people with IT skills|young, educated and multilingual], [recruited through social media and job sites|lured with {lure_quote}].
[On arrival|Once they arrive], [their passports are taken|they are held in compounds] and [forced to run investment and romance scams|made to defraud people online] [under threat of violence|to pay off invented debts].
[Some recruits were promised {usd_high} a month; others were charged {aw_money} in "travel debts".|]
[An operation coordinated by the agency|A recent operation] [led to arrests|rescued victims] in [several countries|the Philippines, Indonesia and Thailand]. [Authorities urge|Police urge] job seekers to [verify employers|be wary of offers that seem too good] [before travelling|and report suspicious adverts]."""),
        n=12,
    ),
    T(
        "en-aw-news-004",
        "awareness",
        "news",
        para("""[UN report: hundreds of thousands trafficked into online scam operations|UN human rights office details abuse in South-East Asia scam centres|UNODC says scam centres are spreading beyond South-East Asia]
[A report by the UN human rights office (OHCHR)|A UN Office on Drugs and Crime (UNODC) analysis|A new UN report] [estimates|says] that [at least 120,000 people in Myanmar and around 100,000 in Cambodia|large numbers of people from dozens of countries] [may be held|have been forced to work] in [online scam operations|scam compounds].
[According to press coverage of the report|As reported by regional media], [victims are lured by false recruitment adverts|people are recruited with ads promising easy work and perks] such as [{lure_quote}|high salaries, free flights and accommodation], and [many are educated professionals|many speak several languages].
[Inside the compounds|Once inside], [they face threats, beatings and debt bondage|they are forced to meet scam targets or face punishment].
[Victims told researchers they were promised {usd_high} per month and later told they owed {aw_money} for travel costs.|]
[The UN called on governments to|The report urges countries to] [treat those trafficked as victims, not criminals|strengthen prevention and awareness|work together across borders]."""),
        n=12,
    ),
    T(
        "en-aw-news-005",
        "awareness",
        "news",
        per_woman(
            para("""[Survivor story: "The job said customer service, Thailand"|"I thought I was going to Bangkok": a survivor's account|Rescued {NAT} woman shares how a job ad trapped her|NGO shares testimony of a scam-compound survivor]
[{NAME}, {age},|{NAME}, a {NAT} graduate,|{ART} {NAT} woman we call {NAME}] [saw an advert on Facebook|was sent a message on {app}|got a job offer from a friend of a friend]: {lure_quote}.
"[They said the salary was {usd_high} and everything was free|The recruiter said I only needed my passport and a typing test|The interview was five minutes on video, and the ticket came two days later]," [{NAME}|the survivor] [told our caseworkers|recalls|said].
[After landing in Bangkok|At the airport], [a driver took the group towards Mae Sot|they were driven for hours and then taken across a river|a van took them to a compound], [where passports were taken|where guards took their phones].
"[We had to chat with strangers and convince them to invest|We worked 16 hours a day on fake profiles|If we missed targets we were beaten or fined]."
[{NAME} was released after the family paid {aw_money}|The survivor was rescued in a police operation|After months, {NAME} escaped] [and is now back home|and now speaks to students about fake jobs].
[Our advice|NGO advice]: [check every overseas job with your labour ministry|never travel on a tourist visa for work|share this story so others don't fall for it].""")
        ),
        n=13,
    ),
    T(
        "en-aw-news-006",
        "awareness",
        "news",
        para("""[DMW warns public against illegal recruiters offering jobs in Myanmar, Cambodia|BI stops Filipinos bound for scam hubs|Philippine authorities warn of 'CSR jobs' in Thailand]
[The Department of Migrant Workers (DMW)|The Bureau of Immigration (BI)|Philippine officials] [warned the public|reminded Filipinos] against [online recruiters|illegal recruiters on Facebook and Telegram] offering [customer service representative, data encoder and call centre jobs|{lure_quote}] in [Thailand, Cambodia, Laos and Myanmar|South-East Asia].
[Recruiters promise|The offers typically include] "[libreng plane ticket|free plane ticket]", [free visa processing|accommodation] and [salaries of around ₱40,000 to ₱60,000|high salaries in dollars], and [tell applicants that no work visa is needed|instruct them to pose as tourists at the airport].
[Officers at NAIA|Immigration officers] [intercepted|offloaded] [{count} passengers|several travellers] [who claimed to be tourists|travelling on tourist visas] [but were actually bound for scam hubs|after inconsistencies in their stories].
[The DMW reminded the public that deployment to Myanmar remains banned|Workers were reminded to check the DMW list of licensed agencies|The agency advised job seekers not to send passports or money to online recruiters]."""),
        n=13,
    ),
    T(
        "en-aw-news-007",
        "awareness",
        "news",
        para("""[Sri Lanka task force warns of cyber-scam trafficking via UAE|NAHTTF: do not travel on visit visas for IT jobs|Sri Lankans trafficked from Dubai to Myanmar scam centres, authorities warn]
[Sri Lanka's National Anti-Human Trafficking Task Force (NAHTTF)|The anti-trafficking task force|Sri Lankan authorities] [has warned|warned] that [Sri Lankans are being recruited for IT jobs|young people are offered IT and data entry jobs] [via agents in Dubai|through social media], [then flown to Thailand and taken to Myanmar|then moved to scam centres in {aw_hubs}].
[Victims were promised {lkr_high} or more per month.|Agents charged fees of up to {lkr_high}.|]
[Victims are usually|Job seekers are] [interviewed in Dubai after travelling on visit visas|told that SLBFE registration is not needed].
[The task force urged the public to|Officials urged] [use only SLBFE-licensed agencies|never travel abroad for work on a visit visa|check job offers with the SLBFE hotline] [before accepting any offer|and report suspicious recruiters]."""),
        n=12,
    ),
    T(
        "en-aw-news-008",
        "awareness",
        "news",
        para("""[{count} Malaysians rescued from job scam syndicate|Police: Malaysians lured by 'high-paying jobs' in Thailand|Sarawakians duped into scam work in Myanmar]
[Police said|According to the police,] [the victims|the group] [responded to job adverts on social media|were offered jobs through WeChat and Facebook] promising [salaries of RM3,000 to RM8,000|{lure_quote}] [in Thailand|in Cambodia].
[They travelled by land via Sungai Golok|They were taken by road to the Thai border|They flew to Bangkok], [where they were handed to agents|and were later moved] [to {aw_hubs}|across the border].
[Some families were asked to pay ransom of up to RM15,000|Families were told to pay {myr_high} to get their relatives back|Relatives received ransom demands|The victims said they were forced to scam people online for up to 16 hours a day].
[The police advised the public to|Members of the public are reminded to] [be sceptical of offers with high pay and no qualifications|check with the embassy or the labour department|report such adverts to the police]."""),
        n=12,
    ),
    T(
        "en-aw-chat-001",
        "awareness",
        "chat",
        """[⚠️|🚨|‼️|❗] [BEWARE of|WARNING:|Please read:] [{lure_quote}|jobs in Thailand with free tickets and visa|"customer service in Bangkok" offers]. [It's human trafficking!|These are scam compounds.|People end up held in {aw_hubs}.] [Don't go|Verify first|Check with your embassy] [and share with your family|before you travel|🙏]""",
        n=14,
    ),
    T(
        "en-aw-chat-002",
        "awareness",
        "chat",
        """[Guys please|Friends,|Mums and dads,|Mga kaibigan,] [don't fall for|be careful with|stop sharing] [these ads|these "jobs"|posts] [saying|like] [{lure_quote}|"CS in Thailand, $1,200, free visa"]. [My cousin|A neighbour's son|A girl from our church|My classmate] [went last year|took one] and [ended up in {aw_hubs}|was forced to scam people|the family had to pay {aw_money} ransom|lost {aw_money} to the agent]. {emoji_calm}""",
        n=14,
    ),
    T(
        "en-aw-news-009",
        "awareness",
        "news",
        per_nat(
            para("""[Government repatriates {count} citizens from scam centres|{count} {N} rescued from Myanmar compound return home|Rescued {N} arrive home after ordeal in scam hub]
[The Ministry of Foreign Affairs|Officials|The embassy] [confirmed that|said] [{count} citizens|a group of young {N}] [rescued from|freed from] [{aw_hubs}|a scam compound near the Thai border] [arrived home on {aw_days}|have been repatriated].
[Some families paid ransoms of {aw_money}.|The group had been promised {aw_money} a month.|]
[They had been recruited with|Most answered] [offers of {lure_quote}|adverts for English-speaking customer service jobs in Thailand], [often through agents who charged them fees|some after paying agents at home].
[The ministry urged|Authorities urged] [job seekers|parents and young people] to [verify job offers through the ministry and licensed agencies|avoid travelling on tourist visas for work|report recruiters promising jobs in Thailand, Myanmar or Cambodia].""")
        ),
        n=12,
    ),
    T(
        "en-aw-news-010",
        "awareness",
        "news",
        para("""[How to spot a scam-compound job offer|5 signs a job abroad could be a trap|Before you accept a job in Thailand or Cambodia, read this] {emoji_calm}
[1. Salary that is too high|1. Pay far above normal] – [{usd_high} for a customer-service job with no experience is not normal.|"{usd_high}, no experience needed" is a red flag.]
[2. Tourist visa|2. "No work visa needed"] – [a real employer gets you a work permit before you travel.|if you're told to pose as a tourist, walk away.]
[3. Everything free|3. Free ticket, visa, room] – ["free air ticket, free visa, free hostel" is the classic bait.|the free ticket often becomes a debt later.]
[4. Chat-only hiring|4. Rushed process] – [an interview on Telegram and a flight next week|a typing test and a ticket within days].
[5. The job moves|5. Route changes] – [land in Bangkok, then a long drive to the border|fly to Ho Chi Minh City, then a car "to the office"].
[Check the agency with [DMW|your labour ministry|the embassy] before you go.|Share this with someone job-hunting.]"""),
        n=13,
    ),
    T(
        "en-aw-chat-003",
        "awareness",
        "chat",
        """[Reported|Reporting] [this page|this account|this post] {emoji_calm} [it's offering|they're advertising] "[{lure_quote}]"[ — classic trafficking bait|. That's exactly how scam compounds recruit|. Don't DM them]. [Report to|Please report it to] [the DMW|the police cyber unit|the platform|the embassy] [guys|everyone].""",
        n=13,
    ),
]

AW_H = [
    (
        "news",
        """NGO alert: Our hotline has received 14 calls this month from families whose children accepted "customer service jobs in Thailand" advertised on TikTok. In each case, the young person was told the company would pay the flight and visa, and that they should travel as tourists. Several are now in Myawaddy and cannot leave. If you see such an offer, do not engage; call our hotline or the Ministry of Foreign Affairs.""",
    ),
    (
        "chat",
        "🚨 PSA: that 'Data Entry – Thailand – $1,000 – free ticket' post going around the WhatsApp groups is the same trap that took people to KK Park. Please don't apply, don't forward.",
    ),
    (
        "news",
        """"I answered an ad that said: 'Chat support, Bangkok, USD 1,100, visa and hotel provided.' The recruiter interviewed me on WhatsApp for ten minutes. Three days later I was on a plane. From the airport we drove for eight hours, crossed a river at night, and my passport was taken 'for the visa'. For five months I had to pretend to be a rich woman on dating apps." – testimony shared by a survivor through a Kenyan youth organisation (name withheld).""",
    ),
    (
        "news",
        """Embassy advisory for Indian nationals: Reports have been received of Indian nationals being lured by fake job offers for "Digital Sales and Marketing Executive" and "Customer Support Service" positions in Laos and Cambodia. They are recruited through agents in Dubai, Bangkok and India, often after a simple typing test, and travel on tourist visas. Indian nationals are advised not to accept such offers and to verify any foreign employer with the Embassy before travel.""",
    ),
    (
        "chat",
        "My brother almost went. They told him 'no visa needed, just passport, leave Friday.' We called the embassy and they said it's a known scam route via Mae Sot. Please check before you go 🙏",
    ),
    (
        "news",
        """The Department of Migrant Workers has taken down thousands of social media posts advertising jobs abroad without approved job orders. Many offered call-centre and data-encoder jobs in South-East Asia with "libreng plane ticket" and "no need for working visa". The DMW reminded the public that there is a deployment ban to Myanmar and that licensed agencies never ask applicants to leave as tourists.""",
    ),
    (
        "chat",
        "Warning from our parish youth group ⚠️ 'Kitchen staff needed in Thailand resort, USD 900, free flight' — this one is fake, two boys from our town are now stuck in a compound. Share!",
    ),
    (
        "news",
        """Opinion: Why do educated young people still fall for 'jobs in Thailand'? Because the ads look normal. "Customer Service Representative, Bangkok. Salary USD 1,200. Free accommodation." The red flags are in the details: a tourist visa, a Telegram-only recruiter, a flight booked within days, a drive to the border. We need job-search literacy in every university.""",
    ),
    (
        "chat",
        "Scam alert!! 'Crypto CS, $1500 + commission, Sihanoukville, free ticket' — DO NOT APPLY. These are forced-labour scam centres. Report the page ‼️",
    ),
    (
        "news",
        """Ugandan authorities said this week that more than 30 young people who were promised English-teaching and customer-care jobs in Thailand had been found in scam compounds in Myanmar. Most were interviewed in Dubai after paying agents in Kampala. The ministry urged job seekers to use only licensed external employment agencies and to verify job offers before travel.""",
    ),
    (
        "chat",
        "Please warn your kids 🙏 anyone saying 'tell immigration you're a tourist' is NOT an employer. My niece was offloaded at NAIA and thank God she was.",
    ),
    (
        "news",
        """Survivor's message to job seekers: "The Facebook ad said 'Typing job, Thailand, no experience, 45k pesos.' I typed fast, so I thought it was for me. In the compound, typing meant chatting with strangers for 15 hours, pretending to be an investor. If a job only needs typing speed and a passport, please ask why." (Shared with permission by a Philippine NGO; name changed.)""",
    ),
    (
        "chat",
        "FYI: the 'Dubai interview then Thailand' recruiters are back in our area. Sri Lankan friends, SLBFE says never travel on a visit visa for work. Stay safe 🇱🇰",
    ),
    (
        "news",
        """Malaysian police have opened investigations into a Facebook page advertising "customer service jobs in Thailand, RM8,000 per month, free hostel". Police said at least six people who answered the ad were taken overland to the Thai-Myanmar border, and their families later received ransom demands.""",
    ),
    (
        "chat",
        "Lol the recruiter messaged me again 'Hi dear, CS job Bangkok 1200$ free ticket'. Blocked and reported. Everyone be careful 😤",
    ),
    (
        "news",
        """Explainer – From 'customer service' to forced scamming: The recruitment pattern described by survivors is strikingly consistent. An advert promises an office job in Thailand with a salary in US dollars and free travel. The interview is held over a messaging app. The traveller is told to pose as a tourist. On arrival, a driver takes them to the border. Many never see the office they were promised.""",
    ),
    (
        "chat",
        "Heads up for Kenyans 🇰🇪 if an agent says 'customer care in Thailand, pay 100k fee, fly in 2 weeks' — check NEA's list first. The embassy keeps warning about this.",
    ),
    (
        "message",
        "Dear parents, the school will hold a talk on safe migration and online job scams this Friday at 3pm in the hall. A speaker from an anti-trafficking NGO will explain common fake job adverts. All Grade 12 students are expected to attend.",
    ),
    (
        "chat",
        "Saw a post: 'Translators needed, Cambodia, $2000, simple computer work.' That's the same wording from the warning last month. Don't apply guys 🙏",
    ),
    (
        "news",
        """A former recruit described the promise in a televised interview: "They told me it was a casino hotel job in Laos, USD 1,000 per month, free food and room. We crossed the Mekong by boat from Chiang Rai. Then they gave me a phone and a script." Authorities say the Golden Triangle route is still used.""",
    ),
]

# ---------------------------------------------------------------------------
# other_text (negative): ordinary messages, promotions, notices
# ---------------------------------------------------------------------------
OT = [
    T(
        "en-ot-chat-001",
        "other_text",
        "chat",
        """[Hey|Hi|Yo] [{name}|guys|babe|sis]! [Just landed in Bangkok|We're in Bangkok for {days} days|Booked our Bangkok trip] {emoji_hot} [Anyone know a good hotel near Sukhumvit?|Where should we eat in Chinatown?|Flight was only {usd_normal} return 😂|Any tips for Chatuchak market?] [Will bring pasalubong!|Miss you all!|See you next week!|Spent {thb_normal} already 😂|Massage was only ฿300!]""",
        n=14,
    ),
    T(
        "en-ot-chat-002",
        "other_text",
        "chat",
        """[Angkor Wat at sunrise|Siem Reap trip|Our Cambodia holiday] [was amazing|is done|photos are up] 😍 [{days} days in Siem Reap and Phnom Penh, spent about {usd_normal}|the Angkor pass was $37|tuk-tuk for the whole day was just $20|the night market in Siem Reap 🔥|we did the Tonle Sap boat tour]. [Highly recommend|Go in December|Ask me for the guide's number] {emoji_calm}""",
        n=13,
    ),
    T(
        "en-ot-message-001",
        "other_text",
        "message",
        """[MEGA SALE|PAYDAY SALE|11.11 DEALS|END OF SEASON SALE] {emoji_hot}[{emoji_hot}|]
[Up to 50% OFF|Buy 1 Take 1|Free delivery] [on all smartphones|on rice cookers and air fryers|on school shoes|on selected furniture]!
[Only this weekend|Until Sunday|While stocks last]!
[Prices from|Starting at] [{php_normal}|RM199|KES 2,499|₹999|$19]
[Visit our store at|Shop now at] [SM City North EDSA|Mid Valley Megamall|Sarit Centre|Phoenix Marketcity|Acacia Mall] [or order online|or call {phone_any}]
[*T&Cs apply|*Limited stocks|Pay via GCash, Maya or cash on delivery]""",
        n=14,
    ),
    T(
        "en-ot-message-002",
        "other_text",
        "message",
        """[NOTICE|ANNOUNCEMENT|Reminder] {emoji_calm}
[The barangay|Our church|The residents' association|The school PTA|The alumni association] [will hold|invites everyone to] [a free medical mission|a general assembly|a fun run for charity|a clean-up drive|a Christmas party] [on Saturday, {deadline}|this Sunday after mass|next Friday at 4PM].
[Venue|Where]: [covered court|parish hall|community centre|school gym]
[Please bring|Don't forget] [your ID|reusable water bottles|a plate to share|your registration slip].
[For questions contact|Call] [{name}|the secretary] at {phone_any}. [Thank you!|See you there!|All are welcome!]""",
        n=13,
    ),
    T(
        "en-ot-chat-003",
        "other_text",
        "chat",
        """[Finally|Yay|Thank God] [salary came in|got paid today|bonus is in] {emoji_hot} [Dinner on me tonight!|Let's finally buy the new phone|Sending [{php_normal}|₱5,000|RM500|KES 10,000|$200] to Mama first|Paying the [{usd_normal}|₱8,000|RM900] rent then shopping 😂]. [Who's free?|{name}, you coming?|Samgyup later?]""",
        n=13,
    ),
    T(
        "en-ot-chat-004",
        "other_text",
        "chat",
        """[Welcome to the group|Hi everyone, welcome] {emoji_calm} [This is the Telegram group for|This group is for] [our class of 2019 reunion|the Saturday badminton club|the Cebu hiking club|parents of Grade 4 Section B|the apartment building residents]. [Please read the pinned rules|No selling or spam please|Keep it friendly|Annual fee is [₱300|RM30|$10|KES 500], pay the treasurer]. [Next meetup:|Next event:] [Sunday 7AM|{deadline}]. [Admin: {tg_handle}|Questions? Ask {name}]""",
        n=13,
    ),
    T(
        "en-ot-message-003",
        "other_text",
        "message",
        """[FOR RENT|Room for rent|Apartment available] {emoji_calm}
[1-bedroom condo|Studio apartment|Bedspace for female|2BR house] [in BKK1, Phnom Penh|near Sukhumvit BTS|in Kilimani, Nairobi|near Katipunan, QC|in Cheras, KL|in Colombo 5]
[Rent|Price]: [$350/month|THB 12,000/month|KES 25,000|₱6,500/month|RM1,100|LKR 75,000] [incl. wifi|water and electricity separate|2 months deposit]
[Fully furnished|With aircon and ref|Near market and transport]. [Viewing by appointment|No pets|Available from the 1st]
[Call or text|Contact] {phone_any}""",
        n=13,
    ),
    T(
        "en-ot-chat-005",
        "other_text",
        "chat",
        """[Ma|Pa|Tita|Kuya|Auntie], [I sent {usd_normal} to your account|the money transfer went through|I paid the school fees already] {emoji_calm} [Please confirm when you receive|Check your GCash|Tell me if it arrives]. [I'm fine here in Dubai|Work is busy but ok|Will call on Sunday]. [Love you|Take care always|Ingat kayo] ❤️""",
        n=13,
    ),
    T(
        "en-ot-chat-006",
        "other_text",
        "chat",
        """[Has anyone|Does anyone here] [been to Vientiane|taken the bus from Bangkok to Phnom Penh|crossed at Poipet as a tourist|done the slow boat to Luang Prabang|visited Yangon recently]? [Planning a trip in {deadline}|Going with my partner next month|Budget trip with friends] {emoji_calm} [Is it safe?|Is the visa on arrival still $30?|Any hostel under [$15|฿500] a night?|Which SIM card is best?|Budget is around [$800|₱40,000|RM2,500] for 10 days.]""",
        n=13,
    ),
    T(
        "en-ot-message-004",
        "other_text",
        "message",
        """[Your order has been shipped|Delivery update|Order confirmed] {emoji_calm}
[Order|Parcel] #[{d}{d}{d}{d}{d}{d}] [is on the way|will arrive in {days} days|was delivered to your reception].
[Items|Contents]: [wireless earbuds|2x school uniform sets|blender 1.5L|phone case + screen protector|baby diapers (L) x3]
[Total paid|Amount]: [{php_normal}|RM89|KES 3,200|₹1,249|$24.90]
[Track your order in the app.|Thank you for shopping with us!|Rate your experience to earn coins.]""",
        n=12,
    ),
]

OT += [
    T(
        "en-ot-chat-007",
        "other_text",
        "chat",
        """[Hey|Oi|Guys] [you owe me|pls send your share:|reminder:] [{php_normal}|₱450|RM35|KES 1,200|₹600|$15|฿250] [for the pizza|for the Grab ride|for Mama's birthday cake|for the concert tickets|for the Airbnb] {emoji_calm} [GCash|Maya|M-Pesa|GPay|bank transfer] [is fine|ok|pls 😂][ — total was [₱2,700|RM210|KES 7,200|$90]|]""",
        n=13,
    ),
    T(
        "en-ot-message-005",
        "other_text",
        "message",
        """[Hi {name}|Dear {name}|Good day], [your|the] [payslip for this month|salary for June|13th-month pay|bonus] [has been credited|is now available in the app|was released today]: [{php_normal}|{myr_normal}|{kes_normal}|{inr_normal}|{usd_normal}][ after deductions|]. [Please check and report any discrepancy to HR by Friday.|For questions, reply to this message.|Thank you for your hard work! 🙏]""",
        n=12,
    ),
]

OT_H = [
    ("chat", "Happy birthday Kevin!! 🎉🎂 The big 3-0! Drinks on Friday at the usual place?"),
    ("chat", "Traffic on EDSA is crazy today 😩 I'll be 30 mins late, order for me pls"),
    ("chat", "Anyone selling a second-hand laptop under 15k? For my son's online classes 🙏"),
    (
        "message",
        "Good morning team, reminder that the office will be closed on Monday for the public holiday. Payroll will still be released on the 15th as usual.",
    ),
    (
        "chat",
        "Just finished the Phnom Penh half marathon 🏃‍♀️ so hot but worth it! Next year Angkor Wat run?",
    ),
    (
        "chat",
        "Bro the Telegram group for the crypto class is full of bots now, admin pls clean it 😂",
    ),
    (
        "chat",
        "Mum, I'm at Suvarnabhumi, the flight to Chiang Mai is delayed 2 hours. Don't worry, I'll text when I land ✈️",
    ),
    (
        "message",
        "Welcome to Bangkok! Your hotel check-in is at 14:00. Airport Rail Link to Phaya Thai, then BTS to Nana. Have a great stay! – Reception",
    ),
    (
        "chat",
        "Who's joining the office outing to Batangas? ₱1,500 per head, includes van and food. Deadline for payment Friday!",
    ),
    (
        "chat",
        "Just got my first salary from the new job 😭🙏 treating my parents to dinner tonight",
    ),
    (
        "message",
        "ANNOUNCEMENT: Water interruption on Thursday 9AM–5PM due to pipe repairs along Kenyatta Avenue. Please store water. – Management",
    ),
    (
        "chat",
        "Lost my wallet near the jeepney terminal in Cubao, if anyone finds a brown wallet with my ID please message me 😢",
    ),
    (
        "chat",
        "Guys I'm selling my old iPhone 12, 128GB, RM1,200 nego. Still good condition. PM if interested 📱",
    ),
    (
        "message",
        "Dear customer, your electricity bill for this month is KES 2,340. Pay via M-Pesa Paybill before the due date to avoid disconnection. Thank you.",
    ),
    (
        "chat",
        "Sawasdee from Chiang Mai! 🐘 The elephant sanctuary was so ethical and amazing, highly recommend",
    ),
    (
        "chat",
        "My cousin got married in Kandy yesterday 💍 the food was unreal. Posting pics later!",
    ),
    ("chat", "Does anyone know a good dentist in Westlands? Not too expensive pls 🦷"),
    (
        "message",
        "Reminder from Grade 5 adviser: field trip to the science museum on Wednesday. Fee ₱350, payment to the class treasurer until Monday.",
    ),
    (
        "chat",
        "Thanks for the ride yesterday bro 🙏 I owe you one. Let's play basketball on Sunday?",
    ),
    (
        "chat",
        "Our Vietnam–Cambodia backpacking trip: Ho Chi Minh → Phnom Penh by bus, then Siem Reap. 12 days total, spent about $600 each 🎒",
    ),
    (
        "message",
        "URGENT: Our cat Mochi went missing in Barangay San Roque this morning. Orange and white, wearing a blue collar. Reward offered! Call 0917 552 3310.",
    ),
    (
        "chat",
        "Can someone recommend a cheap Korean class online? Want to learn before my Seoul holiday next year 🇰🇷",
    ),
    ("chat", "lol the group chat is dead, who's watching the game tonight? 🏀"),
    (
        "message",
        "FLASH SALE ⚡ All milk tea ₱79 today only! Buy 5 get 1 free. Order via Grab or walk in at our Katipunan branch.",
    ),
    ("chat", "Just paid off my student loan 🥳🥳 5 years! Celebrating with samgyupsal tonight"),
    ("chat", "Praying for my dad's surgery tomorrow 🙏 please include him in your prayers"),
    (
        "message",
        "Hello parents, the Sunday school will resume next week. Children aged 6–12 meet at 9AM in the parish hall. Snacks provided.",
    ),
    (
        "chat",
        "Got a scholarship for my master's in Bangkok!! 🇹🇭 Leaving in August. Any Filipinos studying at Chula?",
    ),
]

CR += [
    T(
        "en-cr-message-001",
        "compound_recruitment",
        "message",
        """[Dear|Hello] [{name}|Applicant|Mr./Ms. {name}],

[Congratulations!|We are pleased to inform you that] [You have been selected|you passed our online interview and have been selected] for the position of [{cr_office}|Customer Service Executive|Chat Support Agent] [with our company in Thailand|at our Southeast Asia office|in our Bangkok team].

[Your monthly salary will be|The agreed salary is] {cr_pay}[, paid in US dollars|, with commission from the second month|]. [The company will cover your air ticket, visa and accommodation.|Flight, hotel and meals are provided free of charge.|Your ticket will be booked as soon as we receive your passport copy.]

[Please note that you will travel on a tourist visa. At immigration, kindly say you are on holiday. Your work permit will be arranged after arrival.|For faster processing you will enter as a tourist; our HR will handle the rest after you arrive.|No work visa is required at this stage; the company will settle your documents on arrival.]

[Kindly reply within 24 hours to confirm, otherwise the slot will be given to another candidate.|Please confirm today so that we can book your flight for this week.]

[Best regards|Regards|Warm regards],
[HR Department|Recruitment Team|{name}, HR Manager]
[{contact_cr}|]""",
        n=14,
    ),
    T(
        "en-cr-ad-023",
        "compound_recruitment",
        "ad",
        """[Good news for job seekers!|Are you tired of looking for a job?|Sharing a real opportunity.] {emoji_calm}

[My company|A friend's company|Our partner company] in [Thailand|Bangkok|Southeast Asia] is [looking for|recruiting] [young people who can speak English|{nat} with good English|people who can type and chat] to work as [{cr_office}|customer service|online marketing staff]. [The work is simple: you reply to customers online and update some data.|You only chat with customers and follow the script.|It is office work with aircon, no heavy work.]

[The salary is {cr_pay} every month|They pay {usd_high} per month] [and there is commission on top|plus bonus for good performance|and salary is always on time]. [Ticket, visa and accommodation are all free, so you don't need money to start.|You don't pay anything, the company covers flight, visa, food and room.|Even the flight is paid, you just bring your passport.]

[I know many people are scared because of the news, but this company is legal and safe.|Don't listen to negative stories, this is a real company.|Many of my friends are already there and happy.] [Interview is just a short chat on {app}.|There is only an online interview.] [If you are interested, message me quickly because they want people to fly next week.|Slots are few, PM me now.|Comment "interested" and I will DM you.]""",
        n=14,
    ),
    T(
        "en-cr-message-002",
        "compound_recruitment",
        "message",
        """[Hi {name}, this is the HR team again.|Good evening {name}!|Hello dear, HR here.] [Here are the details for your trip:|Please read carefully:|Instructions for your departure:]

[Flight|Your flight]: [Thursday night to Bangkok|Friday morning to Ho Chi Minh City|Saturday to Bangkok (Don Mueang)]. [E-ticket attached.|I will send the e-ticket tomorrow.]
[At immigration|At the airport]: [say you are a tourist and show the hotel booking|tell them you are on a {days}-day holiday|don't mention the job or the company].
[After landing|On arrival]: [our driver will hold a sign with your name|wait at gate 4, someone will call you|switch on roaming and message me on {app}].
[Then|After that]: [we go by car to the office, about {days} hours|you will travel by van to the company site|the team will take you across to the office by land].
[Bring|Please bring]: [passport, some cash and warm clothes|only one bag, passport and phone].

[Don't worry, everything is arranged.|Please don't share these details with others.|See you soon!] {emoji_calm}""",
        n=13,
    ),
    T(
        "en-cr-chat-013",
        "compound_recruitment",
        "chat",
        """[HELLO|HI] [EVERYONE|FRIENDS|JOB SEEKERS] {emoji_hot} [CUSTOMER SERVICE|DATA ENTRY|CHAT SUPPORT|TYPING JOB] [IN THAILAND|ABROAD|IN ASIA]!! [SALARY {usd_high}|BIG SALARY|{cr_pay}] [FREE TICKET + VISA|FREE FOOD AND ROOM|ALL EXPENSES PAID]. [NO EXPERIENCE|BASIC ENGLISH OK|AGE {age_range}]. [PM ME NOW|INBOX FOR DETAILS|DM {tg_handle}]!!""",
        n=13,
    ),
    T(
        "en-cr-chat-014",
        "compound_recruitment",
        "chat",
        """[Hello {name}, I hope you're doing well.|Hi {name}! Long time 😊|Good morning {name}.] [I remember you were looking for a job.|You said you need work, right?|Are you still job hunting?] [My company in Thailand|A company where my friend works] [needs people for customer service|is hiring English speakers for online support], [salary around {usd_high}|pay is {cr_pay}], [and they pay the ticket|with free flight and room]. [You just need a passport.|Only passport needed, no experience.] [Let me know today so I can give your name to the boss.|Reply and I'll send the details.]""",
        n=14,
    ),
    T(
        "en-cr-chat-015",
        "compound_recruitment",
        "chat",
        """[Sir|Madam|Dear] [we received your CV|your application is received|thanks for your interest]. [Next step|Step 2]: [typing test, send a screenshot of 30 wpm|5-minute video call on {app}|fill the form and send passport copy]. [If you pass, ticket is booked within {days} days.|Departure is this week for successful candidates.] [Job location: Thailand (details later)|Office: {sea_dest}|Location will be shared after you pass].""",
        n=13,
    ),
]

OJ_MORE = [
    T(
        "en-oj-message-001",
        "other_job_scam",
        "message",
        """[Dear Applicant|Dear {name}|Hello {name}],

[Thank you for applying|We refer to your application] for the [Farm Worker|Care Assistant|Warehouse Packer|Hotel Housekeeper|Truck Driver] position in [Canada|the United Kingdom|Poland|Australia|New Zealand].

[We are happy to inform you that you have been shortlisted.|Congratulations! The employer has approved your profile.|You have successfully passed the first stage of screening.] [The salary is|Your salary will be] [CAD 3,500|GBP 2,200|EUR 1,500|AUD 4,200] [per month|monthly] [with free accommodation|plus overtime].

[To proceed, you are required to pay|The next step requires payment of] [{kes_high}|{inr_normal}|{php_normal}|{ugx_high}|USD 650] [for the work permit and visa processing|for your LMIA/CoS file|for medical, insurance and documentation] [within 48 hours|before Friday|today]. [Failure to pay will lead to cancellation of your slot.|This fee is refundable after arrival.|Payment details are attached.]

[Yours sincerely|Best regards],
[Recruitment Officer|Immigration Desk|{name}, Senior Consultant]
[{phone_any}|{email}]""",
        n=13,
    ),
]
OJ += OJ_MORE

AW += [
    T(
        "en-aw-news-011",
        "awareness",
        "news",
        """[⚠️ ALERT|🚨 SCAM ALERT|❗ WARNING FROM OUR HOTLINE|⚠️ Fake job advert circulating]
[This advert is being shared in|We have seen this post in|Please do not respond to this ad found in] [Facebook job groups|WhatsApp groups|TikTok comments|Telegram channels]:

"[URGENT HIRING|WE ARE HIRING|JOB VACANCY]
Position: [{cr_office}|Customer Service|Data Entry]
Location: [Thailand|Bangkok|Cambodia|Laos]
Salary: [{usd_high}|{cr_pay}]
[Free ticket, visa and accommodation|Free visa + ticket|Free food and room]"
[Why it is dangerous|Red flags]:
• [salary far above normal for the job|high USD salary for entry-level work]
• [tourist visa instead of a work permit|"no visa needed" or "travel as a tourist"]
• [interview only on {app}|contact only through {app}]
• [ticket booked within days|pressure to decide quickly]
[People who answered similar ads were taken to {aw_hubs} and forced to scam others.|Similar adverts led people to scam compounds in {aw_hubs}.] [Report it, don't share it.|Call us before you apply: {phone_any}|Share this warning, not the ad.]""",
        n=13,
    ),
    T(
        "en-aw-news-012",
        "awareness",
        "news",
        """[ADVISORY|Public Advisory|Travel Advisory] [No. {d}{d}, s. 202[1|2|3|4|5]|(for job seekers)|– fake overseas jobs]
[Subject|Re]: [Fake job offers in South-East Asia|Illegal recruitment for online scam operations|Jobs in Thailand, Cambodia, Laos and Myanmar]
[The public is informed that|Citizens are advised that|The Ministry has received reports that] [recruiters are offering|agents are advertising] [{lure_quote}|customer service, data entry and marketing jobs] [through social media|on messaging apps|through agents in Dubai].
[Job seekers should note the following|Please take note]:
1. [Work abroad requires a proper work visa; never travel on a tourist or visit visa for employment.|No legitimate employer will ask you to pose as a tourist.]
2. [Verify the agency with the licensing authority before paying or sending documents.|Check the agency and the job order on the official website.]
3. [Do not hand over your passport to recruiters.|Never send passport copies or money to online recruiters.]
4. [Report suspicious offers to the nearest embassy or hotline {phone_any}.|Report suspicious offers through the hotline or the nearest embassy.]
[Issued by|From]: [the Consular Section|the Office of the Labour Attaché|the Anti-Trafficking Unit]""",
        n=13,
    ),
]

# ---------------------------------------------------------------------------
# hand-written examples, batch 2
# ---------------------------------------------------------------------------
CR_H2 = [
    (
        "message",
        """Dear Applicant,

Thank you for your interest in the Customer Support position. After reviewing your typing test, we are happy to offer you employment with our company in Thailand.

Salary: USD 1,300 per month, paid on the 10th. Commission from the second month.
Benefits: air ticket, accommodation, meals and visa handled by the company.

Please note: you will enter Thailand as a tourist. Please do not mention employment at immigration, as the work permit is processed locally after arrival.

Kindly send a clear copy of your passport within 24 hours so that we can book your flight.

HR Department""",
    ),
    (
        "ad",
        """Are you a fresh graduate in Nairobi with good English? 🇰🇪

A friend of mine works for a big online company in Bangkok. They pay USD 1,000 per month to people who reply to customers in English. No experience is needed, they train you. The company pays your flight and your room, you only pay the agent's processing fee (KSh 90,000) which covers visa and airport pick-up.

I know some people are scared because of stories in the news, but this is a different company and many Kenyans are already there. Interviews are online this week and the next group flies out on the 15th. Call or WhatsApp me on 0723 551 908.""",
    ),
    (
        "message",
        """Hi Rahul, as discussed on the call, here is the plan:
1. Tomorrow: send passport scan + 2 photos
2. Thursday: visa on arrival is enough, no need for work visa
3. Saturday: flight Chennai → Bangkok (ticket will be emailed)
4. Our colleague will receive you at the airport and take you to the office (6-7 hours by road)
Salary ₹1,00,000 per month, first salary after 30 days. Please don't discuss details with others, the company wants discretion.""",
    ),
    (
        "chat",
        "Good evening. We are hiring English typists for a company abroad. Salary 1200 USD. Free flight. If you pass the typing test today, you can fly on Monday.",
    ),
    (
        "chat",
        "Hey! Do you still have your passport? There's a last-minute slot for customer service in Thailand. They pay $1,400 and the ticket is already booked, just need a name.",
    ),
    (
        "chat",
        "The job is not exactly in Bangkok, it's a special zone near the river. Very modern, has shops and restaurants. Salary higher than Bangkok 😉",
    ),
    (
        "chat",
        "Kindly note: no need to apply for a work visa in India. Travel on tourist visa, the company will convert it. Flight from Kolkata on Friday.",
    ),
    (
        "chat",
        "We need 10 Sri Lankan boys with good English for IT support in Myanmar. Salary LKR 400,000. Dubai visit visa first. Call 075 330 9182",
    ),
    (
        "chat",
        "Sister, don't worry about the agent fee, they deduct it from your first salary. Just come. Customer care job, $1,000, Bangkok.",
    ),
    (
        "chat",
        "Our company is hiring Malaysians again 🙏 CS in Thailand RM6,500. Meet at Hat Yai bus terminal, company car takes you to office. PM",
    ),
    (
        "chat",
        "Sir, your visa is tourist type, valid 30 days. Company will extend. Don't worry, all our staff same. Ticket attached.",
    ),
    (
        "chat",
        "Ugandan brothers and sisters, English chat job in Asia, $1,200. Interview in Dubai, we pay hotel. Fee 3.5M only. WhatsApp 0783 220 914",
    ),
    (
        "chat",
        "Just need 2 more people for the team in Cambodia. Typing and chatting. $1,300. Ticket tomorrow if you decide tonight 🙏",
    ),
    (
        "chat",
        "We also accept people with debts, company helps you pay. Customer service in Thailand, salary 1,100 USD. No problem if you have loans.",
    ),
    (
        "chat",
        "Chef needed for staff canteen in a big company compound in Myanmar. $1,200, free flight, no visa needed. Call me.",
    ),
    (
        "chat",
        "Bro the work is just online marketing, chatting with foreigners about investment. Not illegal here. $1,500 + commission. Ticket free.",
    ),
    (
        "chat",
        "Hello! Are you fluent in Japanese? Translator job in Cambodia, simple computer work, $2,500 per month. We pay flight in advance.",
    ),
    (
        "chat",
        "I can't tell you the company name yet, it's confidential until you arrive. But salary is $1,200 and everything is free. Trust me 🙏",
    ),
    (
        "chat",
        "Your interview was good! Boss wants you to start next week. Please buy a local SIM in Bangkok, we'll contact you there.",
    ),
    (
        "chat",
        "If your family asks, just say you got a job at a hotel in Bangkok. It's easier that way 😅",
    ),
    (
        "chat",
        "Data entry job 💻 Location: Thailand. Salary: $1,000. Benefits: free visa, ticket, housing. Requirement: passport. DM @dataentry_th_hr",
    ),
    (
        "chat",
        "OK dear, send me your passport number and full name as in passport. Boss will book the flight via Ho Chi Minh. From there we drive.",
    ),
    (
        "chat",
        "Slots for Thailand CS almost full!!! Only 3 left 🔥 $1,200 + free everything. Apply now!!!",
    ),
    (
        "chat",
        "Resort job in Thailand, part-time 6 hours, $800 + tips, free room. Just passport. Fly this week. Inbox 🌴",
    ),
    (
        "chat",
        "Recruiting ladies 20-30 for online customer service in Thailand, $1,500, free ticket. Send 2 photos and passport copy.",
    ),
    (
        "chat",
        "Hi bro, I work in Sihanoukville now. Salary is good, $1,300. Company needs more Indians with English. I can refer you, ticket free.",
    ),
    (
        "chat",
        "Don't go through the bureau, they take months. Visit visa to Dubai, interview, then Thailand. All in 10 days. Call me.",
    ),
    (
        "ad",
        """HIRING: Customer Service (English) – Thailand
Salary: $1,200 – $1,500/month
Benefits: free flight, visa, dormitory, meals
Schedule: 12 hours/day, 1 day off/week
Requirements: basic English, typing 25 wpm, age 20-35
Process: WhatsApp interview → passport copy → flight in 3-5 days
Note: travel on tourist visa. Company processes documents after arrival.
WhatsApp: +66 95 118 4420""",
    ),
    (
        "ad",
        """Casino Hotel Jobs – near Thai/Cambodian border 🎰
Receptionists, waiters, marketing officers
Salary: US$1,100 + tips
Free room, free 3 meals, visa handled by company
No experience, English speakers
Bus from Bangkok provided
Leave next week. Call +66 86 224 9018""",
    ),
    (
        "ad",
        """JOB OFFER – Digital Marketing Executive (Overseas)
For candidates from Hyderabad, Bengaluru and Chennai
Location: Thailand (company office)
CTC: ₹12 LPA
Selection: typing test + online interview
Visa: visit visa, processed by our partner in Dubai
Hotel accommodation and return tickets included
Contact: +91 93980 41127 (WhatsApp only)""",
    ),
    (
        "ad",
        """Vacancies for Filipinos – Cambodia 🇰🇭
Customer Service Representatives – $1,000
Technical Support – $1,200
Free plane ticket, free accommodation, free meals
No need for working visa, exit as tourist
Departure: every week
Age: 21-35 | English speaking
PM the page for the interview link""",
    ),
    (
        "ad",
        """Need 20 people urgently for a customer service project in Laos.
Salary $1,100 plus commission. Free boat transfer from Chiang Khong, free room, free food. You only need a passport and a phone. No visa needed for the first month, the company handles it. Interview by voice call. Leaving Friday. Telegram @laos_cs_team""",
    ),
    (
        "ad",
        """Typing Job Abroad – Basic English Only
We need typists for an international company in Southeast Asia.
• Salary: USD 1,000 (paid monthly)
• Work: typing and replying to messages
• Free: flight, accommodation, meals
• Process: typing screenshot → chat interview → ticket
No experience, no degree, no visa required.
Contact: t.me/typing_asia_jobs""",
    ),
    (
        "message",
        """Dear Priya,
Congratulations on being selected as Customer Relationship Officer.
Your joining location is our Southeast Asia office. Our travel team will meet you at Suvarnabhumi Airport and accompany you to the site.
Please carry only essential items. Company will keep your passport safely for visa formalities.
Salary: USD 1,200 + incentives.
Regards,
Talent Acquisition""",
    ),
    (
        "chat",
        "Good morning sir. As you requested, the job is customer service abroad, Thailand base. 1,300 USD monthly. Company covers all costs. Are you ready to move quickly?",
    ),
    (
        "chat",
        "😊 Interested in working abroad? CS Thailand 💵 $1200 ✈️ free ticket 🏠 free room. Message me!",
    ),
    (
        "chat",
        "Airline customer service job in Vietnam, $1,200, e-visa we apply, company picks you from HCMC airport. Leave in 5 days. Interested?",
    ),
    (
        "chat",
        "Madam we got your details from the job group. Company in Bangkok needs English speakers, 1,000 USD, ticket and visa free. Can I call you?",
    ),
    (
        "chat",
        "Construction helpers needed in Laos, $35/day, food and room free, transport from Thailand border. No visa. Call 0812 334 908",
    ),
    (
        "chat",
        "Hello sis, online job in Thailand with a Chinese company. You just chat with customers. $1,500. They also pay your flight and hotel.",
    ),
    (
        "chat",
        "The boss will lend you money for your family before you go, 500 USD. Job is customer service. Pay back little by little 🙏",
    ),
    (
        "chat",
        "Apply fast!!! Chat support in Bangkok 💰 $1,300 🛫 free ticket 🏨 free hotel 🛂 free visa. Only passport!!",
    ),
    (
        "chat",
        "It's a legal company, registered in Cambodia. The job is marketing online. You'll get $1,300 + bonus. Don't listen to rumours.",
    ),
    (
        "chat",
        "There will be a short interview on Zoom, 5 min only, just speak English. Then we book your flight for this weekend ✈️",
    ),
    (
        "chat",
        "Please don't post on Facebook that you're leaving, company policy. Just tell friends you're going on holiday.",
    ),
    (
        "chat",
        "Telemarketing job abroad for Indians, ₹90,000 + incentives. Thailand office. Visa free. Interview tomorrow at 11. WhatsApp me.",
    ),
    (
        "chat",
        "English teachers wanted for a company in Myanmar, $1,500, free ticket and housing. Only need passport, no degree. Call me today.",
    ),
    (
        "chat",
        "We'll pick you up at Mae Sot bus station. From there 20 minutes to the office. Very close to the border 😊",
    ),
    (
        "chat",
        "Kitchen helper + waiter jobs, Sihanoukville, $900, free room. Tourist visa ok. Inbox for details.",
    ),
    (
        "chat",
        "Slot confirmed ✅ Please transfer KSh 50,000 today for ticket booking. The rest we'll deduct from your salary in Bangkok.",
    ),
    (
        "chat",
        "Yes it's data entry, but sometimes you'll also chat with clients. Salary 1,200 USD. Office in Thailand near Myanmar. Free everything.",
    ),
    (
        "chat",
        "New vacancies!! Customer care (English) in Bangkok, RM7,000, for Malaysians. Transport from KL provided. Fast interview.",
    ),
    (
        "chat",
        "You don't need money at all. Ticket, visa, hotel, food – company pays. Salary $1,200. Just say yes and send passport.",
    ),
]

OJ_H2 = [
    "Hi dear, I'm Anna from a recruitment agency. We offer a part-time job rating hotels online. Earn $50-$200 per day. Interested? Reply 1.",
    "Congrats! You've been selected for a remote job. To receive your work laptop, pay the $120 shipping fee first. It will be refunded with your first salary.",
    "Jobs in Qatar hotels, QAR 3,500. Processing and medical fee ₹60,000. Offer letter in 7 days. WhatsApp 98332 14709",
    "PART-TIME ONLINE JOB ⭐ like TikTok videos, ₱100 per like, daily payout. Join our Telegram to get your first task!",
    "Your account level is too low to withdraw. Upgrade to VIP3 with a deposit of RM1,500 to unlock your RM2,300 earnings.",
    """Australia Working Holiday Jobs 🇦🇺
Fruit picking and farm work, AUD 30/hour
Visa processing guaranteed in 3 weeks
Registration: ₱15,000 + visa fee ₱35,000
No IELTS, ages 18-40
Message us to reserve your slot""",
    "Earn from home by typing captchas! ₹500/day. Lifetime ID fee ₹999. Payment every Sunday. WhatsApp now.",
    "Dear candidate, your Canada LMIA job offer is ready. Pay CAD 650 for the LMIA processing within 72 hours to avoid cancellation.",
    "Mystery shopper job! Buy gift cards worth $200, send us the codes, we pay you back $250. Easy money!",
    """Home-based Data Entry – Sri Lanka
Earn Rs. 50,000 monthly
Work 2-3 hours per day
Registration fee Rs. 3,500 (includes training and software)
Salary paid weekly
Call 071 553 8820""",
    "Hello, I'm from the HR department of an e-commerce platform. Help us boost merchant sales by placing orders. Commission 15%. Starting capital $100.",
    "UK care jobs with visa sponsorship! £11.50/hr. CoS fee £1,200 payable to our consultant. Fly in 6 weeks. DM for details.",
    "Jobs in Malaysia for Ugandans, RM3,500, factory work. Visa processing UGX 3,000,000. Offices in Kampala. Depart this month.",
    "Join our 'review tasks' WhatsApp group, earn KES 1,500 daily. VIP entry fee KES 2,000, returns guaranteed 🤑",
    "Good news! You passed the screening for a remote data-entry job. To activate your account, pay a one-time security deposit of ₱2,500.",
]

LJ_H2 = [
    (
        "ad",
        """URGENT HIRING – INBOUND CSR (Telco)
Bayanihan Teleservices – Araneta City, Cubao
✔ No BPO experience? No problem!
✔ ₱20,000 basic + ₱3,000 allowances
✔ HMO on day 1, paid training
✔ Walk-in Mon–Fri, 9AM–4PM, Cyberpark Tower 1
Bring 1 valid ID + resume. See you! 😊""",
        True,
    ),
    (
        "chat",
        "Guys Visayas Global Support in Iloilo is hiring again 🎉 no exp needed, ₱17k + night diff. Walk in lang, tell them I referred you!",
        True,
    ),
    (
        "ad",
        """WALK-IN INTERVIEW – FRESHERS WELCOME
Ganga Teleservices LLP – Salt Lake Sector V, Kolkata
Role: Customer Support Executive (Voice – Hindi/English)
Salary: ₹14,000 – ₹18,000 + incentives
Graduates/undergraduates, good communication
6 days working, rotational off, PF & ESIC
Walk in Mon–Sat, 10 AM – 3 PM. Call 98300 12655""",
        True,
    ),
    (
        "chat",
        "We're hiring Korean-speaking chat support in Cyberjaya! RM3,500 + RM800 language allowance. Fresh grads welcome 🇰🇷 DM for the form",
        True,
    ),
    (
        "chat",
        "HIRING NOW 📣 Non-voice account in Mckinley Hill, no experience needed, ₱19k. Apply via the link in my bio 🙂",
        True,
    ),
    (
        "message",
        "Hi Mark! Thanks for applying to Northpoint Customer Care. You passed the assessment 🎉 Your final interview is tomorrow 10AM at our Alabang site. Bring 1 valid ID. No fees are charged at any stage.",
        True,
    ),
    (
        "ad",
        """WE ARE HIRING! Customer Service Agents (Mombasa)
Kilele Outsourcing Ltd – Nyali
Degree/diploma, good English & Kiswahili
No experience required – paid training
KES 27,000 + transport allowance
Rotational shifts, 5 days a week
Drop your CV at our Nyali office or email careers@kilele.co.ke""",
        True,
    ),
    (
        "chat",
        "Urgent: 15 chat agents needed by Monday in Cebu! ₱18,500 + HMO. Fresh grads OK. Message me for the walk-in address 📍",
        True,
    ),
    (
        "chat",
        "Anyone from Pune looking for a job? Sahyadri Callnet is doing a walk-in drive Saturday, freshers ok, ₹2.4 LPA + cab 🚕",
        True,
    ),
    (
        "chat",
        "Hiring collection officers in Penang 📞 RM2,300 + commission, SPM ok, no exp needed. Walk-in Tues & Thurs. PM me 🙂",
        True,
    ),
    (
        "ad",
        """Now hiring: Technical Support Representatives 💻
Sampaguita CX Partners – Bonifacio Global City
US internet service provider account
Package: ₱25,000 – ₱30,000 + night diff
With or without tech-support experience
Same-day job offer for qualified applicants!
Apply at our careers page or walk in, 5th floor, 10th Ave.""",
        True,
    ),
    (
        "chat",
        "My officemate is hiring a graphic designer for their small agency in Quezon City, ₱22k, hybrid. Portfolio needed. DM me for the email 🎨",
    ),
    (
        "ad",
        """Delivery Drivers (Light Truck)
Baraka Logistics Ltd – Industrial Area, Nairobi
Valid BCE licence, 3 years experience
KES 30,000 + trip allowance
Mon–Sat, 7am–5pm
Apply in person with licence, ID and CV""",
    ),
    (
        "chat",
        "Need a nanny for my 2-year-old in Kandy, weekdays 8-5, LKR 45,000. References please 🙏",
    ),
    (
        "message",
        "Dear applicant, thank you for applying for the Store Assistant role at Vriksha Retail, Indore. Please come for a short interview on Wednesday at 11 AM. Carry your Aadhaar and a copy of your resume.",
    ),
    (
        "chat",
        "Looking for an assistant cook for our carinderia in Marikina 🍲 ₱550/day + meals, 6 days a week. Message me!",
    ),
    (
        "ad",
        """Accounts Assistant – Full-time
Simba Print Works, Nairobi (Industrial Area)
Prepare invoices, reconcile M-Pesa and bank statements, support monthly VAT returns
CPA Part II or diploma in accounting
KES 40,000 – 45,000 gross
Send CV to recruit@simbaprint.co.ke by Friday""",
    ),
    (
        "chat",
        "Hotel in Nuwara Eliya needs a front office assistant, LKR 60,000 + service charge + meals. English needed. I can share the HR contact 🙂",
    ),
    (
        "chat",
        "Anyone in Kampala good with Excel? My boss needs a stores clerk, UGX 900k, start Monday. Send CV 🙏",
    ),
    (
        "message",
        "Reminder: the walk-in interviews for Sales Promoters at the Mid Valley outlet are on Saturday, 10am–2pm. Bring your IC and a recent photo. – HR, Sinar Optical",
    ),
    (
        "chat",
        "Hi all, our clinic in Eldoret is looking for a receptionist who speaks English & Kiswahili, KES 22k. Start next month. PM me.",
    ),
]

LO_H2 = [
    (
        "ad",
        """Recruitment for Kuwait – Hospital Cleaners (Male/Female)
Tana Gulf Manpower Ltd – NEA registered
Salary: KWD 120 + accommodation, food, transport
2-year contract attested by the Kuwaiti embassy
Employer pays visa and ticket. Candidate pays only the medical at an approved centre.
Pre-departure training is mandatory.
Visit our office on Ngong Road, Nairobi. Tel 0720 448 611""",
    ),
    (
        "chat",
        "Dear applicants for Qatar hotel jobs: the employer interview is confirmed for Saturday 9 AM at our Kochi office. No interview fee. Bring passport and certificates 🙂",
    ),
    (
        "message",
        "Dear Ms. Nimali, your contract as Caregiver (Israel) under the government-to-government programme has been approved. Kindly attend the orientation at the SLBFE training centre on Monday at 8.30 AM.",
    ),
    (
        "chat",
        "My mom got her HK visa! 🇭🇰 Agency was DMW-licensed, no placement fee, employer paid the ticket. Leaving on the 20th 😭❤️",
    ),
    (
        "ad",
        """Japan SSW – Food Service (Restaurant Staff)
Pacific Bridge Manpower Corp. – DMW licensed, approved job order
Employer: restaurant chain in Fukuoka
Salary: JPY 195,000/month + overtime
Requirements: JFT-Basic A2 + Food Service Skills Test, age 20-35
Airfare paid by employer. No placement fee.
Apply in person at our Makati office, Mon–Fri.""",
    ),
    (
        "chat",
        "Reminder from the agency: medical results are out. Those marked FIT proceed to contract signing on Thursday. Those pending, please repeat the test. Thank you 🙏",
    ),
    (
        "ad",
        """Overseas Employment – Romania (Construction)
Konkan Overseas Manpower Consultants – MEA Registered RA
Masons, steel fixers, carpenters
EUR 800 net + accommodation + overtime
Work permit issued by the Romanian authorities before travel; emigration clearance via eMigrate
Service charge as per MEA rules, receipt issued
Interview: Mumbai office, Saturday 10 AM""",
    ),
    (
        "chat",
        "Just got back from the SLBFE office, registration and insurance done ✅ Flight to Qatar next Tuesday, ticket from employer. Wish me luck!",
    ),
    (
        "message",
        "Good day! Your application for Taiwan (Production Operator) has been endorsed to the employer. Please wait for the interview schedule. Remember: we never ask for payments via GCash. – Silangan Overseas Placement Corp.",
    ),
    (
        "chat",
        "Friends in Uganda, the Saudi job order I told you about is from a licensed agency, you can check on the ministry's list. Visa and ticket paid by employer 👍",
    ),
    (
        "ad",
        """Registered Nurses for Saudi Arabia – MOH Hospitals
Sapthagiri International Recruiting Agency (MEA Registered)
Salary: SAR 6,000 – 9,000 + housing + transport
BSc/GNM with 2 years experience, Prometric passed or willing
Free visa and air ticket. Service charge as per MEA rules.
Online interview with the hospital, written offer before visa
Apply: careers@sapthagiriintl.in""",
    ),
    (
        "chat",
        "For those asking: EPS is government-to-government. The only fee is the test fee. Anyone selling slots is a scammer. Good luck on the exam everyone! 🇰🇷",
    ),
    (
        "message",
        "Hello Mr. Ochieng, your pre-departure training is scheduled for 5–9 August. Please bring your passport and medical certificate. Your flight to Doha will be booked by the employer after training.",
    ),
    (
        "chat",
        "Hiring for Hong Kong elderly homes – caregivers, HK$13,000+. Through DMW-licensed agencies only, with job order. Beware of fixers! 🙏",
    ),
    (
        "ad",
        """Seasonal Farm Work – Korea (E-8) via LGU programme
The municipality, in partnership with a Korean county under an MOU, is accepting applicants for the 5-month seasonal worker programme.
Age 25-55, farming background, no criminal record
Wage: Korean minimum wage (about KRW 2.09 million/month)
Airfare advanced by the Korean employer, deducted per agreed schedule
Apply only at the Municipal PESO. No fees to fixers.""",
    ),
]

LH_H2 = [
    (
        "ad",
        """Receptionist – Golden Teak Hotel Yangon
Full-time, 3-month probation
MMK 450,000 – 550,000 + service charge + meals + ferry
Good English, hotel experience preferred
Shifts: 6 days/week, rotating
Apply at the hotel HR office or email jobs@goldenteakhotel.com.mm""",
    ),
    (
        "chat",
        "Vientiane friends 🇱🇦 our NGO needs a Lao–English interpreter for a 3-month health survey, USD 25/day + transport. Lao citizens. DM me",
    ),
    (
        "ad",
        """Sales Coordinator (Thai & Chinese) – Bangkok Auto Parts Public Co.
Location: Bang Na, Bangkok
Permanent, Mon–Fri 8:30–17:30
THB 28,000 – 35,000 + bonus + social security
Thai nationals, Chinese HSK 4+, 2 years in B2B sales
Apply: hr@bangkokautoparts.co.th""",
    ),
    (
        "chat",
        "Phnom Penh: bakery in Toul Kork looking for 2 sales staff, $220 + lunch + bonus, Mon–Sat. Khmer speakers. Walk in with CV 🥐",
    ),
    (
        "ad",
        """Quality Controller – Thai-Sino Electronics Co., Ltd. (Rayong)
Full-time, 2 shifts
THB 16,000 + shift allowance + overtime + transport
Vocational certificate, able to read simple English
Company bus from Rayong city. Apply at factory gate 2, Mon–Fri 8:00–15:00""",
    ),
    (
        "chat",
        "Anyone looking for work in Siem Reap? Angkor Heritage Boutique Resort needs 2 spa therapists, $250 + commission + meals. Training provided 💆",
    ),
    (
        "ad",
        """Credit Officer – Krama Microfinance Plc. (Battambang branch)
FDC 1 year, renewable
USD 380 – 480 + motorbike allowance + incentives + NSSF
Degree in finance/banking or related; own motorbike and licence
Khmer required, basic English
Submit CV at the branch or via hr@kramamfi.com.kh by 20 May""",
    ),
    (
        "message",
        "Dear applicant, you are invited to the second interview for the Project Assistant position at Riverside Children's Education Trust, Phnom Penh, on Tuesday at 2 pm. Please bring your ID card and one reference letter.",
    ),
    (
        "chat",
        "Mandalay job alert 📢 English teacher for a private language centre, MMK 900,000, afternoons & Saturdays. Send CV 🙂",
    ),
    (
        "ad",
        """Housekeeping Attendant – Siam Lotus Hotel & Residences (Pattaya)
Full-time, 6 days/week
THB 13,500 + service charge (avg THB 4,000) + staff meals + uniform
No experience required; training provided
Thai nationals or valid work permit holders
Walk-in interviews every Wednesday, 10:00–14:00""",
    ),
    (
        "chat",
        "Manila friends – a bank in Makati is hiring tellers, ₱22k + benefits, fresh grads ok. Apply on their website, not via random pages ha 🙂",
    ),
    (
        "ad",
        """HR Officer – Ayeyar Logistics Co., Ltd. (Yangon, Mingaladon)
Permanent, Mon–Fri 9:00–17:00, Sat half day
MMK 800,000 – 1,000,000 + ferry + annual bonus
Degree, 2 years HR experience, Burmese & English
Email careers@ayeyarlogistics.com.mm""",
    ),
    (
        "chat",
        "Our guesthouse in Luang Prabang needs a cook for the breakfast shift 🍳 LAK 4,000,000 + meals. Lao nationals. Call the owner 071 260 335",
    ),
    (
        "ad",
        """Mandarin–Khmer Translator (Construction Project)
Sokha Logistics Co., Ltd. – Phnom Penh (Chroy Changvar site)
12-month contract
USD 800 – 1,100 depending on experience
Fluent Mandarin (HSK 5) and Khmer; English an advantage
Mon–Sat 7:00–17:00, site transport provided
Apply with CV and certificates to hr@sokhalogistics.com.kh""",
    ),
    (
        "chat",
        "Bangkok job 🇹🇭 admin assistant at an international school in Bang Na, 22k THB, Thai + English. Apply on the school site only.",
    ),
    (
        "ad",
        """Cashier – Bayside Commercial Bank, Cebu (Mandaue branch)
Contractual 6 months with possible regularisation
₱18,000 + allowances
Graduate of any business course; fresh grads welcome
Submit requirements at the branch or email careers@baysidebank.ph""",
    ),
    (
        "message",
        "Hi Sokha, thank you for interviewing with Bayon Bank. We are pleased to offer you the Teller position at our Toul Kork branch, starting 1 July, USD 360 gross plus NSSF. Please confirm by Friday.",
    ),
    (
        "chat",
        "My friend's café in Yangon (Bahan) needs a barista, 350k kyats + tips + lunch. Burmese speaker. Call her 09-45120 3381 ☕",
    ),
    (
        "chat",
        "NGO job in Mae Sot 🇹🇭 community health worker, Burmese + Thai, THB 17,000, 1-year contract. Apply through the foundation website.",
    ),
    (
        "ad",
        """Hotel Chef de Partie – Vientiane Riverside Hotel
Full-time, permanent after probation
USD 600 – 800 + service charge + meals
3 years hotel kitchen experience; Western & Lao cuisine
Work permit arranged for the right foreign candidate
Apply: jobs@vientianeriverside.la""",
    ),
    (
        "chat",
        "Good morning! Our garment factory in Kampong Speu is hiring sewing operators 🧵 $204 minimum + attendance bonus + OT. Walk in Monday 7am.",
    ),
    (
        "message",
        "Notice: The provincial job centre in Siem Reap will host a hospitality recruitment day on Saturday, 8:00–12:00. Hotels and restaurants will interview on site. Free for job seekers.",
    ),
]

AW_H2 = [
    (
        "news",
        """KAMPALA – Parents of young people trafficked to scam centres in Myanmar have formed a support group. Many of their children answered adverts for "English teachers and customer care agents in Thailand, USD 1,000 per month". One mother said her son paid an agent UGX 4 million and was flown via Dubai. "He called us once from a borrowed phone. He said they beat people who don't reach their targets," she said.""",
    ),
    (
        "chat",
        "⚠️ Friends in Kerala, the 'Thailand data entry, ₹1 lakh, visa free' WhatsApp forwards are back. MEA has warned about exactly this. Do not send your passport to anyone!",
    ),
    (
        "news",
        """Researchers who analysed 300 recruitment posts linked to scam compounds found that most advertised ordinary jobs: customer service (41%), data entry (18%), marketing (15%) and translation (6%). Almost all promised free travel and accommodation, and more than half mentioned a tourist visa. Few named a company.""",
    ),
    (
        "chat",
        "Guys if a 'recruiter' tells you to fly to Ho Chi Minh City and then 'drive to the office', that office is across the border in Cambodia. Don't go 🙏",
    ),
    (
        "news",
        """Youth organisations in Colombo have launched a campaign called "Check Before You Fly". Volunteers visit universities to explain the warning signs of fake IT jobs abroad: a Dubai interview, a visit visa, promises of LKR 400,000 monthly, and no SLBFE registration. The campaign encourages students to call the SLBFE hotline before accepting offers.""",
    ),
    (
        "chat",
        "My friend's sister was rescued last month from a compound near Myawaddy. The ad said 'Customer Service, Thailand, $1,200, free visa'. Please share so others don't fall for it 😢",
    ),
    (
        "message",
        "Church announcement: After the 10am service, a talk on 'Safe jobs abroad' by a former trafficking survivor. Parents and young adults are encouraged to attend. Tea will be served.",
    ),
    (
        "news",
        """"I was told I'd be a chef in a Bangkok hotel," said a 29-year-old Kenyan cook who returned home last month. "They paid my ticket and said my salary would be USD 1,000. After the airport, we drove all night and crossed a river in a small boat. There was no hotel. There was a kitchen for a thousand workers and guards at the gate." He was released after five months.""",
    ),
    (
        "chat",
        "Reposting from the embassy page: No legitimate company will ask you to enter Thailand on a tourist visa to work. If anyone says this, report it.",
    ),
    (
        "news",
        """Teachers' union calls for job-scam lessons in secondary schools, after three former students were trafficked to Cambodia. The students had responded to an Instagram post offering "online marketing jobs, RM6,000, no experience needed, free flight".""",
    ),
    (
        "chat",
        "Scam compound recruiters are now using TikTok: 'day in my life working in Bangkok 💻💵' videos with a link to Telegram. Don't DM them!",
    ),
    (
        "news",
        """The Philippine Embassy has repatriated another group of Filipinos from Myawaddy. According to the embassy, most had been offered call-centre jobs in Thailand with salaries of ₱50,000 to ₱60,000, and were told they could leave as tourists. The embassy reminded the public that deployment to Myanmar remains suspended.""",
    ),
    (
        "chat",
        "PSA 📢 Sri Lankan friends: 'visit visa to Dubai, interview, then IT job in Thailand' = trafficking route. Always register with SLBFE!",
    ),
    (
        "news",
        """In a radio interview, an anti-trafficking officer listed the phrases he sees most often in fake job posts: "urgent hiring", "no experience needed", "free ticket and visa", "salary in USD", "Thailand", and "contact on Telegram". "Each of these can appear in a real advert," he said. "But together, and with a tourist visa, they tell you to stop and check.\"""",
    ),
    (
        "chat",
        "Real talk: my cousin got out after 8 months in KK Park. The 'job' was in every WhatsApp group: CS Thailand $1,000. Please please verify before you go.",
    ),
    (
        "message",
        "SMS from the Ministry: Beware of fake job offers in Thailand, Myanmar and Cambodia. Verify all overseas jobs with the National Employment Authority before paying any agent.",
    ),
    (
        "news",
        """A Malaysian woman who escaped from a compound in Cambodia told reporters she had responded to a Facebook advert for a "customer service job in Thailand" paying RM4,000. She was driven across the border at night. Her family was later asked to pay RM15,000 for her release.""",
    ),
    (
        "chat",
        "Be careful with pages named like real agencies but with extra letters. They post 'DMW approved' CSR jobs in Thailand. Check the licence number on the official site first 🙏",
    ),
    (
        "news",
        """Explainer: Why do recruiters prefer Kenyans, Ugandans and Filipinos? Survivors and investigators point to English. Scam bosses need fluent English speakers to deceive victims in Europe and North America, so adverts stress "good English" and "customer service", and offer USD salaries that look generous compared with local pay.""",
    ),
    (
        "chat",
        "My uncle's company was impersonated! Scammers used its name to post 'jobs in Bangkok, $1,500, free flight'. The real company has no office in Thailand. Please report the fake page.",
    ),
]

OT_H2 = [
    (
        "chat",
        "Who's bringing the speaker for Saturday's beach trip? I'll handle the ice and drinks 🍻",
    ),
    (
        "chat",
        "Finally booked our honeymoon – 5 nights in Krabi 🏝️ flights were RM780 each, not bad!",
    ),
    (
        "message",
        "Dear members, the Cebu hiking club will climb Osmeña Peak on Sunday. Meet at the south bus terminal at 4:30 AM. Fee ₱650 includes transport and guide.",
    ),
    (
        "chat",
        "Telegram group for the Phnom Penh expat football league is here: rules pinned, games every Sunday 5pm 🏟️",
    ),
    ("chat", "Mum I got the scholarship!!! 🎓😭 Full tuition + $300 monthly stipend"),
    (
        "message",
        "Hi! This is a reminder of your dental appointment on Thursday, 3:30 PM at Smile Dental Clinic, Kilimani. Reply YES to confirm or call 0722 118 905 to reschedule.",
    ),
    (
        "chat",
        "The laptop I ordered from Lazada arrived broken 😤 anyone know how to file a return?",
    ),
    (
        "chat",
        "We're planning a family trip to Bangkok in April, any recommendations for a kid-friendly hotel near BTS? Budget around ฿3,000/night",
    ),
    (
        "message",
        "PROMO 🎉 Get 20GB data for just ₱299, valid 30 days. Dial *123# or use the app to register. Offer ends Sunday.",
    ),
    (
        "chat",
        "Team lunch tomorrow to welcome the new interns, Indian place near the office, 12:30! 🍛",
    ),
    (
        "chat",
        "Congrats on the promotion bro 🍾 salary upgrade means you're buying the next round 😂",
    ),
    (
        "chat",
        "Grandma turns 80 on Sunday 🎂 can everyone chip in KES 1,000 for the cake and decorations? M-Pesa to me",
    ),
    (
        "message",
        "Notice to tenants: the lift in Block B will be under maintenance from Monday to Wednesday. We apologise for the inconvenience. – Building Management",
    ),
    (
        "chat",
        "Laos trip recap 🇱🇦 Vientiane → Vang Vieng by train (so smooth!) then slow boat to Luang Prabang. 10 days, about $700 all in",
    ),
    ("chat", "Anyone else watching the Kenya vs Uganda match tonight? 🇰🇪⚽🇺🇬"),
]

# ---------------------------------------------------------------------------
# optional blocks appended to long ads (keeps length and layout comparable across classes)
# ---------------------------------------------------------------------------
BLOCK_SLOTS = {
    "cr_about": [
        "[About us|About the company|Company profile]: [we are|{co_generic} is] [an international|a fast-growing|a well-known] [online services|e-commerce|fintech|digital marketing|investment] company with [offices in several Asian countries|more than {count}0 staff|a young and friendly team]. [Our office is modern and comfortable.|We provide a professional working environment.|Many foreigners already work with us.]",
        "[We are a Chinese-owned|Our company is a Singapore-registered|We are a Hong Kong] [technology|platform|trading] company [expanding in Southeast Asia|opening a new branch|growing very fast]. [We need English speakers for our international clients.|Our clients are from Europe, America and Australia.]",
        "[Company|Employer]: [confidential (will be disclosed after interview)|big company, name given after selection|international company (details on arrival)]",
    ],
    "cr_duties": [
        "[Job description|Your tasks|What you will do]:\n- [reply to customer messages in English|answer client questions by chat|contact customers on social media]\n- [update customer data in the system|type reports for the team leader|follow the script given by the company]\n- [meet daily targets|attend short training|work as a team]",
        "[Duties|Job scope]: [simple computer work, typing and chatting with customers|data entry and online customer support|promoting products online and answering enquiries]. [Training will be provided.|Full training given, even for beginners.|Very easy, anyone can do it.]",
    ],
    "cr_hours": [
        "[Working hours|Working time|Schedule]: [12 hours a day, 1 day off per week|10-12 hours per day, 2 days off per month|26 working days per month, night shift available|8am–8pm, 6 days a week]. [Overtime bonus given.|Meals during shift are free.|]",
        "[Salary is paid monthly in USD.|Salary paid on the 10th of every month.|Salary in cash or USDT, your choice.] [First month is probation with full pay.|Bonus for top performers every month!|Yearly increment and ticket home after 1 year.]",
    ],
    "cr_docs": [
        "[Documents needed|What to prepare|Requirements to send]: [passport (valid 6 months+)|clear passport copy], [CV|recent photo|selfie with passport][, nothing else!|. That's all!|.]",
        "[No need for certificates or diploma.|Diploma not needed, only passport.|No NBI/police clearance needed.] [We will arrange the rest.|Company takes care of everything.]",
    ],
    "cr_close": [
        "[Apply now! Limited slots only!|Don't miss this chance!|Hurry up, boss wants people this week!|Serious applicants only, no time wasters!|Share with friends who need a job!|First come, first served!]",
        "[Thank you and God bless!|Kindly share this post.|Inbox us for faster reply!|Reply within 24 hours to reserve your slot!]",
    ],
    "cr_chat_tail": [
        "Slots are limited!!",
        "Reply fast pls 🙏",
        "Boss needs answer today.",
        "Don't miss it!",
        "Only serious people.",
        "Share with your friends!",
        "Message me before Friday!",
        "Very easy job 😊",
    ],
    "co_generic": [
        "Golden Star Group",
        "Asia Link Technology",
        "Sunrise Global Co., Ltd.",
        "Everwin International",
        "Lucky Dragon Holdings",
        "Skyline Digital Co.",
    ],
    "oj_about": [
        "[We are a registered agency with over 10 years of experience.|Our consultancy has helped more than {count}00 applicants.|We have offices in three countries.] [Check our page for testimonials!|Many of our clients are already working abroad.|100% genuine, no scam!]",
        "[Why choose us?|Our guarantee]: [fast processing|visa approval guaranteed|full refund if visa is denied]. [Payment plans available.|Installments accepted via M-Pesa, GCash or bank transfer.]",
    ],
    "oj_process": [
        "[How to apply|Steps|Procedure]:\n1. [Send CV and passport copy|Fill in the application form|Register on WhatsApp]\n2. [Pay the processing fee|Pay for medical and documents|Pay the file-opening fee]\n3. [Receive your offer letter within 7 days|Get your contract by email|Wait for the employer's approval]\n4. [Visa and flight booking|Biometrics and visa stamping|Travel!]",
        "[Requirements|Needed]: [passport, CV, 2 photos|valid passport and national ID|passport valid 1 year+], [no experience|no IELTS|no age limit up to 45]. [Couples and families welcome!|Both male and female.|Open to all nationalities.]",
    ],
    "oj_close": [
        "Apply now, slots are filling fast!",
        "Don't miss this opportunity!!",
        "Call us today!",
        "Limited slots – first come first served!",
        "God bless and apply now!",
        "Send your documents today!",
    ],
    "bpo_about": [
        "[About us|Who we are]: [a multi-awarded|a fast-growing|an employee-first] customer-experience company serving [US healthcare|Australian telco|global e-commerce|UK utilities] clients. [We invest in our people through training and clear career paths.|Over {count}00 promotions from within last year!]",
    ],
    "bpo_perks": [
        "[Why join us?|Perks]: [free coffee, game room and monthly team building!|career growth, rewards and recognition, and a fun workplace!|free shuttle from the nearest station and subsidised meals.]",
    ],
    "bpo_process": [
        "[Hiring process|Process]: [initial interview → assessment → final interview → job offer!|online assessment → HR interview → operations interview → JO on the same day!]",
    ],
    "bpo_close": [
        "See you! 😊",
        "Tag a friend who needs a job!",
        "Share this post!",
        "#HiringNow #BPOJobs",
        "Apply now – we're excited to meet you!",
        "Limited slots only, apply today!",
    ],
    "gen_about": [
        "[About us|Company profile]: [a family-owned business since 19[7|8|9]{d}|a local company with {count} branches|a growing business serving local customers]. [We offer a friendly workplace and on-the-job training.|Staff receive yearly increments and paid leave.]",
    ],
    "gen_benefits": [
        "[Benefits|We offer]: [statutory benefits, paid leave and yearly bonus|rice subsidy [₱1,500|RM150|KES 2,000] per month and paid leave|medical cover, overtime pay and staff discount|meal allowance, uniform and training].",
    ],
    "gen_close": [
        "Only shortlisted applicants will be contacted.",
        "Apply now!",
        "Join our team today!",
        "We look forward to hearing from you!",
        "We are an equal opportunity employer.",
        "Thank you for your interest!",
        "We do not charge any fees to applicants.",
        "Please share with anyone who may be interested.",
    ],
    "lo_process": [
        "[Process|Hiring steps]: application → employer interview → medical exam → contract signing → [PDOS/OWWA seminar|pre-departure orientation] → deployment. [Processing usually takes 2–4 months.|Expect 3–6 months of processing.]",
    ],
    "lo_warn": [
        "[Reminder|Note]: [we do not accept payments through GCash or Messenger|beware of people using our agency's name online|all payments are made at our office with official receipts]. [Report illegal recruiters to the licensing authority.|Verify our licence before you apply.|Report fake recruiters to the police or the labour ministry.]",
    ],
    "lo_benefits": [
        "[Benefits|Included]: [free accommodation and transport to work|medical insurance and annual leave|end-of-contract ticket home|overtime pay according to the host country's labour law].",
    ],
    "lh_about": [
        "[About us|Company overview]: [{count}+ staff, operating since [2004|2009|2012|2016|2018]|established in 19[8|9]{d}, with branches nationwide|part of a regional group with offices in 5 countries]. [We value integrity and teamwork.|We are committed to decent work and staff development.]",
    ],
    "lh_benefits": [
        "[Benefits|What we offer]: [health insurance, annual leave and public holidays|transport allowance of [$30|USD 40|THB 1,500|₱2,000] per month, meals and uniform|phone allowance [USD 20|THB 800|₱1,000] and yearly bonus|seniority indemnity and 13th-month salary|staff training and career growth|social security registration and overtime pay].",
    ],
    "aw_hotline": [
        "[The hotline|A 24-hour hotline] [for victims and families|for reporting suspicious offers] is [{phone_any}|available on the ministry website].",
    ],
    "aw_stats": [
        "[Since 2021|Over the past {days} years], [more than {count}00|about {count},000|hundreds of] [nationals|citizens|young people] have been [rescued|repatriated|assisted] [from such compounds|by the authorities], [officials said|according to figures shared by the ministry].",
    ],
    "aw_quote": [
        '"[We see the same wording again and again|Every case starts with a simple job advert|The ads look completely normal]", [said an official|an NGO caseworker said|a counter-trafficking officer added].',
    ],
}




# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
SLOTS.update(LOCAL_SLOTS)
SLOTS.update(LO_SLOTS)
SLOTS.update(LH_SLOTS)
SLOTS.update(AW_SLOTS)
SLOTS.update(BLOCK_SLOTS)


def _chat_tail(t, slot):
    from dataclasses import replace

    return replace(
        t, text=t.text + "[? {" + slot + "}]" + "[ {emoji_hot}{emoji_hot}| 😊🙏| ✈️💵| 🔥|||]"
    )


CR = [
    with_blocks(
        t, head=("cr_about",), body=("cr_duties", "cr_hours", "cr_docs"), tail=("cr_close",)
    )
    if t.kind == "ad"
    else _chat_tail(t, "cr_chat_tail")
    for t in CR
]
OJ = [
    with_blocks(
        t,
        head=("oj_about",),
        body=() if t.id == "en-oj-ad-005" else ("oj_process",),
        tail=("oj_close",),
    )
    if t.kind == "ad"
    else _chat_tail(t, "oj_close")
    if t.kind == "chat"
    else t
    for t in OJ
]
LJ = [
    (
        with_blocks(t, head=("bpo_about",), body=("bpo_perks", "bpo_process"), tail=("bpo_close",))
        if t.bpo_urgent
        else with_blocks(t, head=("gen_about",), body=("gen_benefits",), tail=("gen_close",))
    )
    if t.kind == "ad"
    else t
    for t in LJ
]
LO = [
    with_blocks(t, body=("lo_process", "lo_warn", "lo_benefits"))
    if t.kind == "ad" and t.id != "en-lo-ad-003"
    else t
    for t in LO
]
LH = [
    with_blocks(t, head=("lh_about",), body=("lh_benefits",), tail=("gen_close",))
    if t.kind == "ad" and t.id != "en-lh-ad-010"
    else t
    for t in LH
]
AW = [
    with_blocks(t, tail=("aw_hotline", "aw_stats", "aw_quote"), sep="\n\n")
    if t.kind == "news"
    else t
    for t in AW
]

TEMPLATES = CR + OJ + LJ + LO + LH + AW + OT

def _hand(category, items, start=501):
    return number_handwritten(LANGUAGE, category, items, start)


HANDWRITTEN = (
    _hand(
        "compound_recruitment",
        [("ad", t) for t in CR_H_AD] + [("chat", t) for t in CR_H_CHAT] + CR_H2,
    )
    + _hand("other_job_scam", [("ad" if "\n" in t else "chat", t) for t in OJ_H + OJ_H2])
    + _hand("legit_job", LJ_H + LJ_H_RAW + LJ_H2)
    + _hand("legit_overseas", LO_H + LO_H2)
    + _hand("legit_local_hotspot", LH_H + LH_H2)
    + _hand("awareness", AW_H + AW_H2)
    + _hand("other_text", OT_H + OT_H2)
)
