"""Malay templates for the synthetic recruitscan corpus (project-written; origin: synthetic).

Every employer, agency, person, number and amount below is invented. Cues follow
../shared/domain/red_flags.md (sections 1-9 for the lures, 11 for hard negatives, 12 for
adjacent task / fee scams).
"""

from grammar import H, T

LANGUAGE = "ms"

SLOTS = {
    'pro_job_my': ['Eksekutif Akaun\n[Gaji|Julat gaji]: [RM3,000 – RM4,200|RM2,800 – RM3,600] sebulan\n[Tugas|Skop kerja]:\n- Mengurus akaun belum bayar/terima dan penyesuaian bank\n- [Menyediakan dokumen audit|Menyediakan laporan bulanan kepada pengurus kewangan]\n[Kelayakan|Keperluan]: Ijazah Perakaunan, [1–2 tahun pengalaman|fresh graduate digalakkan memohon]', 'Jurutera Elektrik\n[Gaji|Julat gaji]: [RM3,800 – RM5,500|RM4,000 – RM5,000] sebulan\n[Tugas|Skop kerja]:\n- Menyelia projek pemasangan elektrik di tapak\n- [Menyediakan sebut harga dan laporan ujian|Berhubung dengan kontraktor & TNB]\n[Kelayakan|Keperluan]: Ijazah Kejuruteraan Elektrik, [2 tahun pengalaman|berdaftar dengan BEM diutamakan]', 'Eksekutif Pemasaran\n[Gaji|Julat gaji]: [RM2,800 – RM3,500|RM3,000 + insentif] sebulan\n[Tugas|Skop kerja]:\n- Mengurus kempen pemasaran dalam talian dan luar talian\n- [Berurusan dengan pelanggan dan pembekal|Menyediakan laporan prestasi kempen]\n[Kelayakan|Keperluan]: Diploma/Ijazah Pemasaran, [1 tahun pengalaman|ada lesen memandu]', 'Eksekutif Sumber Manusia\n[Gaji|Julat gaji]: [RM3,000 – RM4,000|RM2,800 – RM3,500] sebulan\n[Tugas|Skop kerja]:\n- Mengendalikan urusan gaji, cuti dan KWSP/PERKESO\n- [Mengurus proses pengambilan pekerja|Menyelaras latihan kakitangan]\n[Kelayakan|Keperluan]: Ijazah Sumber Manusia, [2 tahun pengalaman|mahir Akta Kerja 1955]', 'Guru Tadika\n[Gaji|Julat gaji]: [RM1,900 – RM2,500|RM2,200] sebulan\n[Tugas|Skop kerja]:\n- Mengajar kanak-kanak 4–6 tahun mengikut kurikulum KSPK\n- [Berhubung dengan ibu bapa|Menyediakan bahan bantu mengajar]\n[Kelayakan|Keperluan]: Diploma Pendidikan Awal Kanak-kanak, [pengalaman diutamakan|fresh graduate dialu-alukan]', 'Jururawat Klinik\n[Gaji|Julat gaji]: [RM2,500 – RM3,200|RM2,800 + elaun syif] sebulan\n[Tugas|Skop kerja]:\n- Membantu doktor semasa rawatan dan prosedur kecil\n- [Mengurus stok ubat|Mengurus rekod pesakit]\n[Kelayakan|Keperluan]: Diploma Kejururawatan, APC yang sah'],

    "lowbar_cap": [
        "Tiada pengalaman diperlukan",
        "Tak perlu pengalaman, ada training",
        "Tidak perlu sijil atau ijazah",
        "Cukup boleh menaip & ada pasport",
        "Lepasan SPM pun boleh",
        "Pengalaman tidak penting",
    ],
    'nurse_dest': ['United Kingdom\nHospital: NHS Trust di [Midlands|Manchester|Leeds]\nGaji: £[2,300|2,450|2,600] – £2,750 sebulan (Band 5)\nVisa: Health & Care Worker visa (Certificate of Sponsorship daripada hospital)\nPendaftaran: NMC (yuran dibayar balik oleh hospital)', 'Ireland\nHospital: hospital awam di [Dublin|Cork|Galway]\nGaji: €[3,000|3,200] sebulan\nVisa: Critical Skills Employment Permit dipohon oleh majikan\nPendaftaran: NMBI (yuran dibayar balik)', 'Arab Saudi\nHospital: hospital swasta di [Riyadh|Jeddah]\nGaji: SAR [8,500|9,000|10,000] sebulan + elaun perumahan\nVisa: visa kerja & Iqama diuruskan oleh majikan\nPendaftaran: SCFHS (yuran ditanggung majikan)', 'Qatar\nHospital: hospital kerajaan di Doha\nGaji: QAR [10,500|11,000|12,000] sebulan, bebas cukai\nVisa: visa kerja dipohon oleh majikan\nPendaftaran: lesen QCHP (yuran dibayar balik)'],
    'kh_job': ['Majikan: Mekong Agro Processing Co., Ltd (Kampong Speu)\nJawatan: Pegawai Kawalan Kualiti Halal\nGaji: USD [900|1,000] – 1,200 sebulan\nKelayakan: Ijazah Sains Makanan, 3 tahun pengalaman QC', 'Majikan: Angkor Horizon Construction Co., Ltd (Phnom Penh)\nJawatan: Jurutera Tapak (Sivil)\nGaji: USD [1,400|1,500] – 1,800 sebulan\nKelayakan: Ijazah Kejuruteraan Awam, 5 tahun pengalaman tapak', 'Majikan: Siem Reap Heritage Hotel & Spa (Siem Reap)\nJawatan: Pengurus Operasi Hotel\nGaji: USD [1,200|1,300] + elaun perumahan USD 200\nKelayakan: Diploma/Ijazah Hospitaliti, 5 tahun pengalaman hotel', 'Majikan: Tonle Sap Micro-Finance Plc (Phnom Penh)\nJawatan: Pegawai Kredit Kanan\nGaji: USD [800|900] – 1,100 sebulan\nKelayakan: Ijazah Kewangan/Perakaunan, 3 tahun pengalaman', 'Majikan: Riverside International School Phnom Penh\nJawatan: Guru Bahasa Inggeris (Sekolah Rendah)\nGaji: USD [1,300|1,500] sebulan + cuti sekolah berbayar\nKelayakan: Ijazah Pendidikan/TESOL, 2 tahun pengalaman mengajar', 'Majikan: Phnom Penh Halal Food Industries Co., Ltd\nJawatan: Akauntan Kanan\nGaji: USD [1,000|1,100] – 1,300 sebulan\nKelayakan: Ijazah Perakaunan + ACCA separa, 4 tahun pengalaman'],
    'th_job': ['Syarikat: Songkhla Rubber Products Co., Ltd\nJawatan: Eksekutif Jualan (pasaran Malaysia)\nLokasi: Hat Yai, Songkhla\nGaji: THB [30,000|32,000] – 38,000 sebulan + komisen', 'Syarikat: Andaman Halal Seafood Co., Ltd\nJawatan: Penyelia Kawalan Kualiti\nLokasi: Pattani\nGaji: THB [28,000|30,000] – 35,000 sebulan', 'Syarikat: Bangkok Malay Travel Services Co., Ltd\nJawatan: Koordinator Pelancongan (BM/Thai)\nLokasi: Bangkok (Ratchada)\nGaji: THB [26,000|28,000] sebulan + elaun lawatan', 'Syarikat: Siam Palm Logistics Co., Ltd\nJawatan: Koordinator Logistik Rentas Sempadan\nLokasi: Sadao, Songkhla\nGaji: THB [27,000|29,000] – 34,000 sebulan'],
    'employer_bpo': ['Harmoni Contact Centre Sdn Bhd', 'Permata Telekom Services Sdn Bhd', 'Teraju BPO Solutions Sdn Bhd', 'Bayu Insurans Services Sdn Bhd', 'Cahaya Digital Support Sdn Bhd', 'Kenanga Jaya Healthcare Sdn Bhd'],

    "job_office": [
        "khidmat pelanggan",
        "Customer Service",
        "CS online",
        "admin",
        "pembantu admin",
        "admin media sosial",
        "operator komputer",
        "kemasukan data (data entry)",
        "data entry",
        "pemasaran online",
        "digital marketing",
        "penaip (typing job)",
        "telemarketing",
        "customer service relations",
        "live chat support",
    ],
    "job_other": [
        "tukang masak",
        "chef restoran",
        "pembantu dapur",
        "tukang kayu (renovasi hotel)",
        "pekerja resort sambilan",
        "kerani syarikat kargo",
        "staf syarikat penerbangan",
        "pelayan kasino",
        "penyambut tetamu kasino",
        "pegawai pemasaran hotel",
        "pastry cook",
        "dealer kasino",
    ],
    "job_any": ["{job_office}", "{job_office}", "{job_other}"],
    "decoy": ["Thailand", "Bangkok", "Thailand (dekat Bangkok)", "Singapura", "Dubai", "Vietnam", "Thailand", "luar negara"],
    "real_dest": ["Kemboja", "Cambodia", "{hub_kh}", "Myanmar", "{hub_mm}", "Laos", "{hub_kh}, Kemboja"],
    "my_town": [
        "Kuching", "Miri", "Sibu", "Bintulu", "Kota Kinabalu", "Sandakan", "Tawau", "Johor Bahru",
        "Ipoh", "Kota Bharu", "Seremban", "Alor Setar", "Kuantan", "Melaka", "Lahad Datu", "Kapit",
    ],
    "bm_state": ["Sarawak", "Sabah", "Johor", "Perak", "Kelantan", "Kedah", "Pahang", "Selangor", "Pulau Pinang"],
    "name": [
        "Amir", "Syafiq", "Nurul", "Aina", "Jason", "Wei Liang", "Danial", "Farah", "Hafiz", "Kelvin",
        "Melissa", "Iqbal", "Siti", "Azlan", "Jenny", "Rizal", "Dayang", "Awang", "Stella", "Johan",
    ],
    "employer_my": [
        "Harmoni Contact Centre Sdn Bhd",
        "Permata Telekom Services Sdn Bhd",
        "Seri Delima Logistik Sdn Bhd",
        "Borneo Prima Retail Sdn Bhd",
        "Teraju BPO Solutions Sdn Bhd",
        "Kenanga Jaya Healthcare Sdn Bhd",
        "Bayu Insurans Services Sdn Bhd",
        "Cahaya Timur Electronics Sdn Bhd",
        "Nusa Kembara Travel Sdn Bhd",
        "Rimba Hijau Plantation Sdn Bhd",
        "Mutiara Skyline Properties Sdn Bhd",
        "Puncak Hikmah Edu Centre",
    ],
    "office_loc": [
        "Menara Ampang Sentral, Jalan Ampang, Kuala Lumpur",
        "Cyberjaya, Selangor",
        "Bangsar South, Kuala Lumpur",
        "Bayan Lepas, Pulau Pinang",
        "Jalan Tun Abdul Rahman Yaakub, Kuching",
        "Wisma Kinabalu, Kota Kinabalu",
        "i-City, Shah Alam",
        "Jalan Dato Onn Jaafar, Johor Bahru",
        "Medan Ipoh Bistari, Ipoh",
        "Jalan Miri-Pujut, Miri",
        "Seksyen 13, Petaling Jaya",
    ],
    "hr_email": [
        "hr@harmonicc.com.my", "kerjaya@borneoprima.com.my", "recruit@teraju-bpo.com.my",
        "jobs@permatatelekom.my", "hr@seridelima.com.my", "careers@bayuinsurans.my", "hr@sentosa-group.com",
    ],
    "salary_local": ["{myr_normal}", "{myr_normal} + elaun", "{myr_normal} – RM3,000", "{myr_normal} + komisen", "{myr_normal} + OT"],
    "perk_free": [
        "Tambang kapal terbang diberikan",
        "Tiket flight PERCUMA",
        "Tiket pergi ditanggung syarikat",
        "Flight ticket company bayar",
        "Tiket kapal terbang & visa percuma",
    ],
    "perk_stay": [
        "Tempat tinggal selesa disediakan",
        "Asrama percuma (bilik aircond)",
        "Hostel & makan 3 kali sehari ditanggung",
        "Tempat tinggal + makan percuma",
        "Penginapan hotel disediakan",
    ],
    "lowbar": [
        "tiada pengalaman diperlukan",
        "tak perlu pengalaman, ada training",
        "tidak perlu sijil atau ijazah",
        "cukup boleh menaip & ada pasport",
        "lepasan SPM pun boleh",
        "pengalaman tidak penting",
    ],
    "kh_employer": [
        "Mekong Agro Processing Co., Ltd",
        "Angkor Horizon Construction Co., Ltd",
        "Tonle Sap Micro-Finance Plc",
        "Siem Reap Heritage Hotel & Spa",
        "Phnom Penh Halal Food Industries Co., Ltd",
        "Riverside International School Phnom Penh",
    ],
}

TEMPLATES = [
    # ------------------------------------------------------------------ compound_recruitment
    T("ms-cr-ad-001", "compound_recruitment", "ad", """[KERJA KOSONG|JAWATAN KOSONG|PELUANG KERJAYA|🔥 KERJA KOSONG 🔥|IKLAN KERJA KOSONG] – {job_office} di [Thailand|Bangkok|luar negara|Thailand (Bangkok)] {emoji_hot}
[Syarikat|Sebuah syarikat|Syarikat antarabangsa] [e-dagang|pelaburan|IT|pemasaran digital|e-commerce] [sedang mencari|memerlukan segera|membuka pengambilan] {count} orang [pekerja|staf] [Malaysia|warganegara Malaysia|rakyat Malaysia].
[?[Kami telah beroperasi lebih 5 tahun dan mempunyai ramai staf dari Malaysia dan Indonesia.|Pejabat moden, suasana kerja yang ceria, kerja dalam pasukan.|Peluang untuk belajar kemahiran baharu dan naik pangkat dengan cepat.|Kerja ini sesuai untuk lepasan SPM yang mahu mengubah nasib keluarga.]
]
[Kelayakan|Syarat|Keperluan|KELAYAKAN|SYARAT]:
- Umur {age_range} tahun
- {lowbar_cap}
- [Boleh menaip|Tahu guna komputer asas|Boleh menaip dengan laju|Boleh guna telefon & komputer]
[?- Boleh berbahasa [Inggeris|Cina|Mandarin] [adalah kelebihan|diutamakan]
]- Ada pasport [sah|yang masih sah (minimum 6 bulan)|antarabangsa]

[Faedah|Kemudahan|Apa yang anda dapat|FAEDAH|KEMUDAHAN]:
✅ Gaji [lumayan|asas|bulanan] {myr_high} [sebulan|+ komisen|+ bonus]
✅ {perk_free}
✅ {perk_stay}
[?✅ Visa diuruskan oleh syarikat
][?✅ Cuti 4 hari sebulan
][?✅ Bonus KPI setiap bulan, gaji dibayar tepat pada masanya
][?NOTA: [Calon yang tiada pasport boleh mohon, kami bantu uruskan di pejabat imigresen terdekat.|Tiada sebarang bayaran dikenakan kepada calon.|Keutamaan diberi kepada calon dari Sabah & Sarawak.|Kontrak 1 tahun, boleh disambung.]
]
[Temuduga melalui WhatsApp sahaja|Temuduga online, tak perlu datang|Interview secara video call]. [Boleh berlepas dalam masa {days} hari|Berlepas minggu depan|Tarikh berlepas segera|Tempat terhad, siapa cepat dia dapat].
[Hubungi|PM|WhatsApp|Mesej] {phone_my} [?atau {app} {tg_handle}]""", n=9),
    T("ms-cr-chat-001", "compound_recruitment", "chat", """[Salam|Hai|Assalamualaikum|Hi|Hello] [bro|sis|kak|geng|semua], [ada|aku ada|saya ada] [kerja|keje|job|kekosongan] {job_any} [kat|di] {decoy}[, gaji {myr_high}| gaji lumayan {myr_high} sebulan|, salary {usd_high}]. [Tiket flight|Tambang kapal terbang|Tiket] [free|percuma|company bayar|ditanggung]{emoji_hot} [Tak payah|Tak perlu|x perlu] [pengalaman|ijazah|sijil]. [Minat|Berminat|Nak cuba] [pm|ib|DM|whatsapp] [aku|saya|sy] [cepat!|segera!!|ya|sekarang!|ya, jangan lepaskan peluang!]{emoji_hot}""", n=8),
    T("ms-cr-ad-002", "compound_recruitment", "ad", """{emoji_hot} [PENGAMBILAN SEGERA|HIRING NOW|KEKOSONGAN JAWATAN] – [Penyambut Tetamu Kasino|Pelayan Kasino|Pegawai Pemasaran Hotel & Kasino|Receptionist Kasino|Dealer & Cashier Kasino] {emoji_hot}
Lokasi: [{hub_kh}|{hub_kh}, Kemboja|Poipet (sempadan Thailand)|Bavet, Kemboja|hotel & kasino di Kemboja]

[Kami|Syarikat hiburan kami|Hotel kami] [perlukan|mencari] staf [lelaki dan perempuan|berumur {age_range} tahun|yang boleh berbahasa Melayu/Inggeris].
• Gaji: [{usd_high}|USD 1,100|{usd_high} + tips|{usd_high} + komisen 3%] [sebulan|setiap bulan]
• [Kerja 12 jam, 6 hari seminggu|Syif malam/siang|Kerja dalam bangunan berhawa dingin]
• {perk_stay}
• [Tiket penerbangan KL – Phnom Penh ditanggung|{perk_free}|Kos perjalanan dibayar majikan]
[?• Pasport boleh buat, kami tolong uruskan
][?• Tak perlu visa kerja, masuk guna visa pelancong dulu
]
[Penerangan lanjut|Untuk maklumat lanjut|Berminat?] [sila|terus] [hubungi|WhatsApp|Telegram] [HR|Admin|Ejen] {name} [di|–] {phone_kh}[? / {wa_link}]. [Slot terhad!|Berlepas hujung bulan ini.|Interview hari ini, terbang minggu depan.|]""", n=9),
    T("ms-cr-chat-002", "compound_recruitment", "chat", """[Nanti|Masa] [kat airport|sampai imigresen|lalu kaunter imigresen] [kalau|klu] [orang tanya|pegawai tanya|diorang tanya], [cakap|kata|bagitau] [pergi bercuti|nak holiday|pergi melancong|jalan-jalan je] ya {emoji_calm} [Masuk guna visa pelancong je dulu|Guna visa pelancong dulu|Tak perlu visa kerja], [sampai sana company uruskan permit|bos sana uruskan semua|nanti ada orang jemput kat airport]. [Jangan bagitau pasal kerja!|Jangan sebut pasal kerja ya|Rahsiakan dulu, nanti susah!|Ingat, cakap holiday je!!] [😉|🤫|👍|✈️|]""", n=8),
    T("ms-cr-ad-003", "compound_recruitment", "ad", """[Jawatan Kosong|Kerja Kosong|PELUANG KERJA|JAWATAN KOSONG SEGERA|KERJA KOSONG LUAR NEGARA] – {job_other} [di {decoy}|luar negara|untuk resort di {decoy}|(Thailand / Kemboja)]
[Kami|Pihak kami|Majikan kami] [memerlukan|sedang cari] {count} orang [pekerja|staf|calon] untuk [hotel baharu|resort tepi pantai|restoran kumpulan kami|projek renovasi hotel|syarikat kargo kami].

[Tawaran|TAWARAN|Apa yang disediakan]:
[- Gaji {myr_high} sebulan|- Gaji bersih {usd_high}|- Gaji {myr_high}, dibayar tunai setiap bulan]
- {perk_free}
- {perk_stay}
[- Pendahuluan gaji boleh dibuat sebelum berlepas|- Boleh advance gaji untuk keluarga|- Bonus prestasi setiap 3 bulan]
[?- Pasport tak ada? Kami bantu buatkan
]
[Syarat|SYARAT|Kelayakan]: [umur {age_range}|lelaki/perempuan {age_range} tahun], [sihat|rajin dan jujur], {lowbar}[?, boleh menaip sedikit di komputer].
[?[Waktu kerja 10 jam sehari, cuti 4 hari sebulan. Bilik berkongsi 4 orang dengan kipas & aircond.|Kerja syif, lebih masa dibayar. Majikan sediakan pengangkutan dari asrama ke tempat kerja.|Gaji dibayar setiap 10 haribulan. Boleh hantar duit ke Malaysia melalui ejen kami.]
]
[Proses cepat – temuduga melalui WhatsApp, berlepas dalam {days} hari.|Tak perlu datang temuduga, hantar gambar pasport sahaja.|Temuduga Zoom 15 minit sahaja.]
[PM|WhatsApp|Hubungi] {phone_my}[? ({app})]""", n=9),
    T("ms-cr-ad-004", "compound_recruitment", "ad", """[Ada hutang along?|Hutang keliling pinggang?|Nak selesaikan hutang cepat?|Gaji sekarang tak cukup?|ADA HUTANG? GAJI TAK CUKUP?|NAK LANGSAIKAN HUTANG DALAM 3 BULAN?] {emoji_hot}
[Kami ada kerja di luar negara|Ada peluang kerja di {decoy}|Kerja di {real_dest}] dengan gaji [{myr_high}|{usd_high}|sehingga RM15,000] sebulan.
[Gaji pendahuluan (advance) RM2,000 – RM5,000 boleh diberi sebelum berlepas.|Syarikat boleh bayar hutang anda dulu, potong gaji kemudian.|Advance gaji untuk bayar hutang, proses 1 hari.]
[Kerja kelabu sikit, tapi selamat, tiada risiko.|Kerja online (chat dengan pelanggan luar negara), tak melanggar undang-undang Malaysia.|Kerja scam chat, bukan kerja haram di sana, polis tak kacau.|Kerja {job_office}, targetkan pelanggan luar.]
{perk_free}, {perk_stay}.
[Dijamin selamat 100%.|Bukan syarikat gelap, jangan risau.|Ramai orang Malaysia dah kerja sini, semua ok.|Selamat, ada ramai orang Sabah & Sarawak di sini.]
[Hanya hubungi melalui Telegram|DM sahaja|Telegram sahaja, jangan call|HUBUNGI TG SAHAJA|WA TIDAK DILAYAN, TG SAHAJA]: {tg_handle}""", n=9),
    T("ms-cr-chat-003", "compound_recruitment", "chat", """[Boss|Majikan|HR] [kata|cakap|bgtau] [minggu depan boleh terbang|lusa dah boleh berlepas|tiket dah siap untuk {days} hari lagi]. [Hantar gambar pasport|Send salinan pasport|Bagi no pasport] [hari ini|malam ni|sekarang] [ya|k|okay] {emoji_calm} [Nanti driver jemput kat Bangkok, terus bawa ke tempat kerja|Kami jemput kat airport, naik van ke pejabat|Sampai Ho Chi Minh ada orang ambil, naik kereta ke tempat kerja]. [Semua selamat|Dijamin selamat|Jangan risau], [jangan bagitau keluarga dulu|tak perlu bawa duit|telefon boleh bawa]. [😊|👍|✈️|🙏|]""", n=8),
    T("ms-cr-ad-005", "compound_recruitment", "ad", """[Jawatan|Position|JAWATAN]: [{job_office}|CS ONLINE|ADMIN|TELEMARKETING] ([Bahasa Melayu|BM & English|pasaran Malaysia & Singapura|BM/ENG])
[Lokasi|Tempat kerja|LOKASI]: [{hub_kh}|Phnom Penh|{hub_mm}|Myawaddy (sempadan Thailand)|Golden Triangle, Laos|Mae Sot, Thailand]
[Gaji|Salary|GAJI]: {usd_high} [+ komisen|+ bonus bulanan|(gaji asas)|+ KPI BONUS]
[Waktu kerja|Jam kerja]: [12 jam sehari|9am – 9pm|syif 12 jam], [cuti 2 hari sebulan|cuti 1 hari seminggu]
[Kemudahan|Faedah]: [asrama & makan|bilik & makan 3 kali|asrama, wifi, makan] [disediakan|percuma]
[Perjalanan|Tiket]: [tiket ke Bangkok ditanggung, kemudian pengangkutan darat|terbang ke Bangkok, van ke tempat kerja|penerbangan ke Ho Chi Minh, kemudian ke sempadan|terbang ke Dubai untuk interview, kemudian dihantar ke tempat kerja]
[Syarat|Kelayakan|SYARAT]: {lowbar_cap}; [pasport sah|pasport (kami boleh bantu)|PASPORT WAJIB]
[Temuduga|Interview]: [melalui {app}|online|chat sahaja]
[Hubungi|Contact]: {tg_handle}[? / {phone_kh}]""", n=9),
    T("ms-cr-chat-004", "compound_recruitment", "chat", """[Masih ada kosong tak?|Kerja ni masih buka?|Ada lagi ke slot?|Gaji betul ke {myr_high}?] — [Ada lagi|Masih ada, tinggal {count} slot|Betul, gaji bayar setiap bulan|Ada dik, cepat], [ib|pm|DM|inbox] [saya|sy|aku] [ya!|sekarang!!|utk detail.|cepat!] [Tiket & hostel free.|Berlepas minggu depan.|Tak perlu pengalaman.|Kerja di {decoy}, selamat.|Interview WhatsApp je.] [{emoji_hot}|😊|🙏|]""", n=8),
    T("ms-cr-ad-006", "compound_recruitment", "ad", """[ADMIN CRYPTO|ADMIN PELABURAN|CUSTOMER SERVICE (KRIPTO)|MARKETING DIGITAL – KRIPTO & FOREX] [DIPERLUKAN|KEKOSONGAN|HIRING] {emoji_hot}
[Syarikat pelaburan|Platform kripto|Syarikat fintech] [antarabangsa|berpangkalan di Asia Tenggara] [sedang membuka|ada] [kekosongan|jawatan] untuk [warganegara Malaysia|penutur Bahasa Melayu|orang Malaysia & Indonesia].
Tugas: [chat dengan pelanggan|layan pelanggan di media sosial|cari pelabur baharu melalui chat|bina hubungan dengan pelanggan online] [menggunakan skrip yang disediakan|di WhatsApp & Facebook|secara online].
[Gaji asas {usd_high} + komisen sehingga 15%|Gaji {myr_high} + bonus KPI|{usd_high} sebulan + insentif]
[Lokasi: {real_dest}|Lokasi: akan dimaklumkan selepas temuduga|Lokasi: Thailand (pejabat di sempadan)|Lokasi: Asia Tenggara]
{perk_free}. {perk_stay}.
[Keperluan|Syarat|KEPERLUAN]: umur {age_range}, {lowbar}[?, tahu guna Facebook/TikTok].
[?[Latihan 7 hari disediakan, termasuk skrip perbualan dan cara mencari pelanggan.|Sasaran harian akan diterangkan semasa latihan. Komisen dibayar setiap minggu.|Anda akan bekerja dalam pasukan 10 orang dengan ketua pasukan berpengalaman.]
]
[Kontrak diberi selepas sampai.|Visa diuruskan selepas tiba.|Tak perlu visa, masuk sebagai pelancong.|Pasport diserahkan kepada syarikat untuk urusan visa.]
{app}: {tg_handle}""", n=9),
    T("ms-cr-chat-005", "compound_recruitment", "chat", """[Kawan aku|Sepupu aku|Anak jiran aku|Member sekolah aku|BRO, kawan aku] dari {my_town} [dah pergi|dah kerja sana|baru pergi bulan lepas], [sekarang gaji|sebulan dapat|gaji dia] {myr_high}. [Kerja dia|Kerja] [duduk depan komputer je|chat je dengan customer|taip-taip je|jaga kaunter hotel]. [Kau nak ikut?|Jom la ikut.|Nak aku recommend?] [Company bayar tiket|Tiket free|Visa pelancong je] {emoji_hot} [Dia kata ada komisen kalau bawa kawan!|Aku dapat bonus kalau kau masuk.|Tapi jgn bagitau mak ayah dulu.|Cepat sikit, hujung minggu dah nak berlepas!!|Peluang macam ni jarang ada!]""", n=8),
    T("ms-cr-ad-007", "compound_recruitment", "ad", """[Kekosongan|Jawatan|KEKOSONGAN|JAWATAN]: {job_office}
[Lokasi|LOKASI]: [{hub_kh}|Phnom Penh, Kemboja|Thailand|Bangkok (akan dimaklumkan)|Vientiane, Laos]
Gaji: [{usd_high}|{myr_high}|USD 900 + elaun makan|USD 700 + bonus USD 100]
[Penginapan disediakan.|Asrama disediakan.|Bilik disediakan oleh syarikat.]
[Temuduga dan proses secara online.|Temuduga melalui WhatsApp.|Interview online, tiada ujian.]
[Sila hantar nama, umur dan gambar pasport ke|Hantar CV ringkas & salinan pasport ke|Berminat, hubungi] [{phone_my}|{tg_handle}|{wa_link}].
[Terima kasih.|Tarikh tutup: {days} hari lagi.|Calon terpilih akan dihubungi.|]""", n=9),
    T("ms-cr-chat-006", "compound_recruitment", "chat", """[📢|{emoji_hot}|‼️] [KERJA TYPING|KERJA CS|KERJA ADMIN|KERJA KOSONG] [LUAR NEGARA|THAILAND|KEMBOJA|DI {decoy}] [📢|{emoji_hot}|‼️]
[Gaji|Salary] {myr_high} [✈️ Tiket free|🏠 Hostel free|🍚 Makan free|✈️🏠🍚 semua free]
[Umur|Age] {age_range} [• tak perlu pengalaman|• ada pasport|• boleh menaip]
[📲|👉|☎️] [{tg_handle}|{phone_my}|{wa_link}] [(TG sahaja)|(WA only)|]
[Siapa cepat dia dapat!|Jangan tunggu lagi!!|Berlepas minggu ini!|]""", n=8),
    T("ms-cr-ad-008", "compound_recruitment", "ad", """[{emoji_hot} |][JAWATAN KOSONG|PELUANG KERJAYA ANTARABANGSA|IKLAN JAWATAN|KAMI SEDANG MENGAMBIL PEKERJA] – [Eksekutif Khidmat Pelanggan|Pegawai Sokongan Pelanggan|Eksekutif Pemasaran Digital|Pembantu Operasi Pejabat|Eksekutif Hubungan Pelanggan] ([Bahasa Melayu|BM/English|pasaran Malaysia])

[?[Tentang kami|Mengenai syarikat|Latar belakang syarikat]:
[Kami ialah|Syarikat kami merupakan] [syarikat teknologi kewangan|kumpulan e-dagang|syarikat pelaburan dalam talian|penyedia platform hiburan dalam talian] yang [berkembang pesat di Asia Tenggara|mempunyai pelanggan di Malaysia, Singapura dan Indonesia|beroperasi sejak 2019]. [Pejabat operasi kami terletak di {real_dest}.|Pejabat kami terletak di bandar baharu berhampiran sempadan Thailand.|Pejabat serantau kami di {decoy}; lokasi tepat dimaklumkan kepada calon berjaya.]

][Tanggungjawab|Skop tugas]:
• [Membalas mesej pelanggan melalui aplikasi chat|Menghubungi bakal pelanggan melalui media sosial mengikut skrip|Melayan pertanyaan pelabur dalam talian]
• [Membina hubungan jangka panjang dengan pelanggan|Memastikan sasaran harian dicapai|Menggalakkan pelanggan membuat deposit]
[?• [Menyediakan laporan ringkas setiap hari|Menyertai latihan dalaman setiap minggu]
][?• Tugasan lain yang diarahkan oleh ketua pasukan
]
[Kelayakan|Keperluan]:
• Warganegara Malaysia, umur {age_range}
• {lowbar_cap}
• [Boleh menaip sekurang-kurangnya 25 patah perkataan seminit|Mahir menggunakan telefon pintar dan komputer|Fasih Bahasa Melayu, Inggeris asas]
• Pasport antarabangsa [sah|yang sah sekurang-kurangnya 6 bulan]

[Pakej|Ganjaran|Faedah]:
• Gaji asas [{usd_high}|{myr_high}] + [komisen|insentif prestasi|bonus bulanan]
• {perk_free}
• {perk_stay}
• [Cuti 2 hari sebulan|Cuti tahunan selepas 6 bulan|Cuti 4 hari sebulan]
[?• Kontrak 6 bulan, boleh disambung
]
[Proses pengambilan|Langkah seterusnya]: [temuduga dalam talian → tawaran → tiket dihantar dalam masa {days} hari|hantar salinan pasport → temuduga video → berlepas|temuduga WhatsApp, keputusan hari yang sama]. [Kontrak bertulis akan diserahkan setibanya di pejabat.|Visa kerja akan diuruskan selepas tiba.|Sila masuk menggunakan pas lawatan; pihak HR akan menguruskan selebihnya.]
[Hubungi pegawai pengambilan kami|Pertanyaan|Mohon sekarang]: {app} {tg_handle}[? / {phone_my}]""", n=14),
    T("ms-cr-ad-009", "compound_recruitment", "ad", """[Nak kongsi sikit pengalaman|Ramai tanya saya kerja apa sekarang|Setahun lepas saya menganggur, sekarang alhamdulillah] {emoji_calm}
[Saya|Aku] [dulu kerja kilang gaji RM1,700|baru habis diploma, susah dapat kerja|ada hutang kereta & PTPTN]. [Kawan ajak kerja|Saya nampak iklan] [di {decoy}|luar negara|di syarikat {job_office}] dan [sekarang dah {count} bulan|sekarang dah hampir setahun] [kat sini|bekerja].
[Gaji saya bulan lepas|Bulan ni masuk] {myr_high}[ (ada screenshot)|, belum kira komisen|]. [Kerja duduk pejabat aircond, chat dengan pelanggan je.|Kerja depan komputer, ada skrip, senang.|Kerja shift 12 jam tapi duduk je.]
{perk_free}, {perk_stay}[, makan pun free|].
[Syarikat sekarang cari lagi {count} orang.|Bos minta saya cari kawan-kawan yang nak kerja.|Ada kekosongan untuk lelaki & perempuan {age_range} tahun.] {lowbar_cap}. [Tak payah risau visa, masuk sebagai pelancong dulu.|Pasport tak ada, syarikat boleh tolong.|Berlepas dalam masa seminggu.]
[Siapa betul-betul serius, PM saya.|Yang nak tukar nasib, mesej saya!|Jangan tanya dalam komen, inbox je.] [{wa_link}|{tg_handle}|]""", n=12),
    T("ms-cr-ad-010", "compound_recruitment", "ad", """[Assalamualaikum dan salam sejahtera semua.|Hai semua, maaf mengganggu.|Salam, saya nak kongsi satu peluang kerja.|Selamat petang semua ahli grup.] [Syarikat kawan saya|Syarikat kami|Sebuah syarikat pelancongan & hiburan|Majikan saya] [di {decoy}|di luar negara|di {real_dest}] [sedang mencari|perlukan segera|membuka pengambilan] {count} orang [untuk jawatan|bagi jawatan] {job_any}[, lelaki dan perempuan|, umur {age_range}|]. [Gaji yang ditawarkan ialah|Gaji permulaan|Gaji bersih] {myr_high} [sebulan|setiap bulan] [dan|serta] [tambang kapal terbang diberikan|tiket pergi ditanggung sepenuhnya|tiket flight disediakan], [tempat tinggal juga disediakan|penginapan dan makan disediakan|asrama percuma]. {lowbar_cap}[, asalkan rajin dan boleh bekerja dalam pasukan|, asalkan ada pasport yang sah|]. [Temuduga dibuat secara online sahaja dan calon yang berjaya boleh berlepas dalam masa {days} hari.|Proses sangat cepat, tiada temuduga bersemuka.|Tidak perlu visa kerja kerana syarikat akan uruskan selepas sampai.|Calon hanya perlu hantar salinan pasport, yang lain syarikat uruskan.] [Kepada yang berminat, sila PM saya atau WhatsApp {phone_my}.|Berminat boleh terus hubungi {app} {tg_handle}.|Sila mesej saya untuk maklumat lanjut, jangan tanya di ruangan komen.] [Terima kasih.|Semoga dipermudahkan.|{emoji_calm}|Share kepada yang memerlukan!]""", n=14),
    T("ms-cr-ad-011", "compound_recruitment", "ad", """[{emoji_hot} ][KERJA KOSONG|JAWATAN KOSONG|URGENT|SLOT TERHAD] [THAILAND|LUAR NEGARA|BANGKOK|KEMBOJA|VIETNAM]
[JAWATAN|POSITION]: [CS ONLINE|ADMIN|TYPING|TELEMARKETING|DATA ENTRY|RECEPTIONIST HOTEL]
[GAJI|SALARY]: [RM5,000 – RM8,000|RM6,500|USD 1,000 + KOMISEN|RM7K – RM9K]
[✈️ ]TIKET FLIGHT [FREE|PERCUMA]
[🏠 ]HOSTEL [FREE|PERCUMA][ + MAKAN 3 KALI|]
[UMUR|AGE]: {age_range}
[TAK PERLU PENGALAMAN|NO EXPERIENCE OK|TAK PERLU SIJIL]
[BERLEPAS {days} HARI LAGI|FLIGHT MINGGU DEPAN|INTERVIEW WHATSAPP SAHAJA]
[WHATSAPP: {phone_my}|WA: {wa_link}|TG: {tg_handle}|HUBUNGI: {phone_my}]""", n=9),
    T("ms-cr-chat-007", "compound_recruitment", "chat", """[Ok {name}, ni detail flight ya:|Tiket dah siap {emoji_calm}|Confirm ya {name}:]
[Tarikh|Date]: [{days} hb ni|Khamis ni|Ahad, {days} hb]
[Flight|Penerbangan]: [AK 884 klia2 → Don Mueang, 6.40 pagi|KUL → SGN 9.15 pagi|KUL → BKK 11.05 pagi]
[Bawa pasport asal + IC.|Bawa pasport & RM200 je.|Bawa pasport, baju 3–4 helai je.]
[Sampai sana driver tunggu kat Gate 3.|Ada orang pegang kertas nama awak.|Nanti saya share lokasi, naik van {count} jam.]
[Kalau imigresen tanya, cakap holiday ya 😉|Jangan cakap pasal kerja kat kaunter!|Jangan post kat FB dulu ya.]""", n=8),
    # ------------------------------------------------------------------ other_job_scam
    T("ms-oj-chat-001", "other_job_scam", "chat", """[Kerja separuh masa|KERJA SAMBILAN|Part time] [like & earn|like and earn|dari rumah] {emoji_hot} [Hanya like video TikTok|Like & follow akaun YouTube|Like post Instagram|Tengok video & like] [dapat|dibayar] [RM5|RM8|RM10|RM15] [setiap tugasan|satu tugasan|per task]. [Gaji harian|Pendapatan sehari] [RM150–RM500|sehingga RM300|RM200 ke atas]. [Guna telefon je|Buat bila free|Tak perlu modal]. [Berminat|Minat] [tekan|klik|WhatsApp] {wa_link}""", n=11),
    T("ms-oj-ad-001", "other_job_scam", "ad", """[KERJA DARI RUMAH|KERJA ONLINE|PELUANG PENDAPATAN SAMPINGAN] – [Review Produk|Tugasan Pesanan|Pembantu Kedai Online] {emoji_hot}
[Bantu|Tolong] [kedai online|peniaga Shopee/Lazada|platform e-dagang] [naikkan jualan|tingkatkan rating|buat pesanan tiruan] dan dapat komisen [10%|15%|20%–30%] setiap [tugasan|pesanan].

Cara kerja:
1. Daftar akaun di [laman|aplikasi] kami
2. [Tambah nilai|Deposit|Top up] [RM100|RM50|minimum RM30] untuk [aktifkan akaun|buka tugasan pertama|unlock tugasan]
3. Selesaikan [{count}|30|20] tugasan sehari
4. [Modal + komisen dipulangkan dalam masa 10 minit|Pengeluaran wang terus ke akaun bank|Duit masuk hari yang sama]

[Tugasan VIP memerlukan deposit lebih tinggi tetapi komisen lebih besar.|Semakin banyak deposit, semakin besar komisen.|Tahap VIP 2 dapat komisen 25%.]
[Tak perlu pengalaman, sesuai untuk suri rumah & pelajar.|Sesuai untuk pesara, pelajar, suri rumah.|Hanya perlu telefon pintar.]
[Hubungi mentor|Hubungi admin|Telegram] {tg_handle}""", n=10),
    T("ms-oj-ad-002", "other_job_scam", "ad", """[Kerja Kilang di Korea Selatan|Kerja Ladang di Australia|Kerja Kilang di Jepun|Kerja Hotel di United Kingdom|Kerja Kilang di Taiwan] {emoji_hot}
Gaji: [RM8,000|RM9,500|RM7,000–RM12,000] sebulan
[Kelayakan|Syarat]: umur {age_range}, lelaki & perempuan, [tiada pengalaman|SPM ke bawah boleh mohon].
[Yuran proses|Yuran pendaftaran|Bayaran permit] [RM1,500|RM2,300|RM980] [perlu dibayar dahulu|dibayar sebelum temuduga|(boleh ansuran 2 kali)] untuk [urusan visa|pemeriksaan perubatan & permit|slot kuota].
[Visa siap dalam 2 minggu.|Tawaran terhad – 20 tempat sahaja.|Resit rasmi diberikan.]
[Bayaran ke akaun peribadi ejen|Bank in ke akaun] [Maybank|CIMB|RHB] [atas nama {name}|yang diberi].
[WhatsApp|Hubungi] {phone_my}""", n=10),
    T("ms-oj-chat-002", "other_job_scam", "chat", """[Tahniah|Hai {name}|Salam], [anda terpilih|nombor anda terpilih|profil anda sesuai] untuk [kerja sambilan|jawatan separuh masa|kerja online] [dari syarikat kami|dengan {company_email}|kami]. [Gaji RM200–RM800 sehari.|Bayaran harian RM300.|Komisen segera.] [Tugasan mudah, 10–30 minit.|Hanya like & share.|Hanya perlu telefon.] [Sila tambah|Balas YA dan tambah|Hubungi] [mentor kami|HR kami] di {app} {tg_handle} [untuk mula|sekarang]. [😊|💰|✅|]""", n=10),
    T("ms-oj-chat-003", "other_job_scam", "chat", """[Tugasan hari ini|Task #{count}|Misi harian] {emoji_hot}
[1) Like 3 video|1. Follow 5 akaun|1) Rate 10 produk] – [RM15|RM30|RM24]
[2) Top up RM100, untung RM130|2. Deposit RM300, pulangan RM390|2) Order VIP RM500, komisen 30%]
[3) Withdraw selepas semua selesai|3. Pengeluaran dalam 10 minit|3) Duit masuk terus bank]
[Mentor: {tg_handle}|Admin: {phone_my}|Link: {wa_link}]""", n=6),
    # ------------------------------------------------------------------ legit_job
    T("ms-lj-ad-001", "legit_job", "ad", """[URGENT HIRING|PENGAMBILAN SEGERA|KAMI MENGAMBIL PEKERJA|WE ARE HIRING|Kami sedang mengambil pekerja!|Pengambilan segera – sertai pasukan kami] {emoji_hot}
[Customer Service Executive|Eksekutif Khidmat Pelanggan|Call Centre Agent|Live Chat Agent] ([Bahasa Melayu|BM & English|BM/English/Mandarin])
{employer_bpo} – {office_loc}

✅ [Tiada pengalaman? Tak mengapa, latihan penuh disediakan|Fresh graduate dialu-alukan|Tidak perlu pengalaman, latihan 2 minggu dibayar]
✅ Gaji asas {salary_local}
✅ [KWSP, PERKESO & insurans kesihatan|EPF, SOCSO, EIS & panel klinik|Elaun kehadiran RM150 + KWSP/PERKESO]
✅ [Isnin–Jumaat, 9 pagi – 6 petang|Syif 8 jam (pagi/petang)|5 hari bekerja]
[?✅ Dekat stesen [LRT|MRT|bas]
]
[Kelayakan|Syarat]: [SPM/STPM/Diploma|Minimum SPM], boleh bertutur [BM & English|dengan baik], [warganegara Malaysia|rakyat Malaysia sahaja].
[Mohon di JobStreet|Hantar resume ke {hr_email}|Mohon melalui laman kerjaya kami][ atau WhatsApp HR {phone_my}| (HR: Puan {name})|]. [Temuduga bersemuka di pejabat kami.|Walk-in interview setiap Selasa, 10 pagi.|Calon tersenarai pendek akan dipanggil temuduga.]""", n=11, bpo_urgent=True),
    T("ms-lj-ad-002", "legit_job", "ad", """[WALK-IN INTERVIEW|TEMUDUGA TERBUKA|Temuduga Terbuka] – [Pembantu Admin|Kerani Admin|Admin Assistant|Data Entry Clerk|Operator Call Centre] {emoji_calm}
[Tarikh|Bila]: [Sabtu ini|{days} Jun|hari Rabu & Khamis], [9.00 pagi – 1.00 petang|10 pagi – 4 petang]
[Tempat|Lokasi]: {employer_my}, {office_loc}

[Jawatan kosong|Kekosongan]: {count} orang
• [Tiada pengalaman diperlukan!|Lepasan SPM boleh mohon!|Pengalaman tidak wajib!]
• Gaji [{myr_normal}|RM1,800 – RM2,400] + [elaun|OT|bonus tahunan]
• [KWSP, PERKESO|Cuti tahunan 14 hari|Latihan disediakan]
• [Mula kerja segera|Boleh mula minggu depan]

Sila bawa: [IC, resume & salinan sijil|salinan IC, resume dan 1 keping gambar|IC dan sijil SPM].
[Pertanyaan|Info lanjut]: {phone_my} [(WhatsApp sahaja)|(waktu pejabat)|] [?• {hr_email}]""", n=11, bpo_urgent=True),
    T("ms-lj-ad-003", "legit_job", "ad", """[KEKOSONGAN JAWATAN|JAWATAN KOSONG|KERJA KILANG|Kekosongan jawatan|Jawatan kosong kilang] – [Operator Pengeluaran|Production Operator|Juruteknik Mesin|Operator Gudang] {emoji_hot}
{employer_my} ([kilang di|lokasi]: [Bayan Lepas|Senai, Johor|Kulim Hi-Tech|Prai|Shah Alam|Kota Samarahan])

Gaji & faedah:
- [Gaji asas {myr_normal}|Gaji asas RM1,700 (gaji minimum)|Gaji {myr_normal} + elaun syif RM200]
- [OT 1.5x & 2x|Elaun kehadiran & syif|Bonus tahunan bergantung prestasi]
- [Bas kilang disediakan|Pengangkutan disediakan dari {my_town}|Asrama disediakan (potongan RM50 sebulan)]
- [KWSP, PERKESO, SIP|Insurans berkelompok & klinik panel|Caruman majikan penuh & insurans berkumpulan]
[- Syif 12 jam, 4 hari kerja 2 hari cuti|- Syif 8 jam, 3 syif bergilir|- Kerja 6 hari seminggu]

Syarat: [warganegara Malaysia|rakyat Malaysia], [lelaki/perempuan|umur {age_range}], [SPM|PT3 ke atas], [sihat tubuh badan|lulus ujian saringan dadah].
[Temuduga di pintu pagar kilang setiap Isnin, 8.30 pagi.|Daftar melalui borang di laman web kami.|WhatsApp nama & umur ke {phone_my}.]""", n=11),
    T("ms-lj-ad-004", "legit_job", "ad", """{emoji_hot} [CREW DIPERLUKAN SEGERA|KAMI CARI CREW|JAWATAN KOSONG F&B|HIRING!] {emoji_hot}
[Restoran|Kafe|Kedai Kopi|Kedai Roti] [Selera Kampung|Kopi Tiam Ah Seng|Mee Bandung Pak Mat|Roti Canai Cik Som|Nasi Lemak Bangsar|Bakery Sri Kenanga] – cawangan [{my_town}|Seksyen 7 Shah Alam|Taman Molek JB|Jalan Padungan, Kuching|Damai, Kota Kinabalu]

[Jawatan|Kami perlukan]: [cashier|crew dapur|pelayan|barista|pembantu tukang masak]
💵 Gaji [{myr_normal}|RM1,700 + OT|RM8 sejam (part time)|RM1,900 + tips]
🍛 [Makan disediakan semasa kerja|Makan free 2 kali|Diskaun makanan staf 50%]
🕘 [Syif pagi 7am–4pm / petang 3pm–12am|Kerja 6 hari, cuti 1 hari|Part time hujung minggu pun boleh]
[✅ Tak perlu pengalaman, kami ajar!|✅ Pelajar & suri rumah dialu-alukan|✅ Boleh mula esok]

[Datang terus ke kedai|Walk in ke kedai|Mesej kami] [dan jumpa manager|bawa IC|sebelum pukul 5 petang] [atau WhatsApp {phone_my}|👉 {phone_my}|]""", n=11, bpo_urgent=True),
    T("ms-lj-chat-001", "legit_job", "chat", """[Ada kosong|Ada kerja kosong|Ada job|ADA KERJA KOSONG!!|Urgent, ada kosong...] [kat kedai|kat butik|kat farmasi|kat klinik|kat kedai runcit] [kakak aku|abang ipar aku|kawan aku|makcik aku] [kat|di] {my_town}[, jaga kaunter| jadi cashier|, tolong susun stok|, jadi admin]. [Gaji|Gaji dia] {myr_normal}[ + komisen| + elaun|, ada EPF]. [Kerja 9–6.|Isnin–Sabtu...|Syif pagi je!|Waktu kerja: 9am–6pm, cuti Ahad.] [Sapa minat|Kalau ada yang nak|Tolong share] [pm aku|contact Kak {name} {phone_my}|bgtau aku][ {emoji_calm}|.|]""", n=11),
    T("ms-lj-ad-005", "legit_job", "ad", """[Jawatan|Position|Kekosongan]: {pro_job_my}
Majikan: {employer_my}
[Lokasi|Tempat bertugas]: {office_loc}
[Faedah|Kelebihan]: [KWSP, PERKESO, bonus tahunan, cuti 16 hari|insurans perubatan, elaun perjalanan|waktu kerja fleksibel 8.30–5.30].
[Mohon sebelum {days} hb bulan hadapan melalui {hr_email}.|Hantar resume ke {hr_email} dengan tajuk jawatan.|Permohonan melalui JobStreet atau emel {hr_email}.]""", n=11),
    T("ms-lj-chat-002", "legit_job", "chat", """[Salam|Hai|Selamat petang] {name}, [terima kasih kerana memohon|terima kasih atas permohonan anda untuk] jawatan [Customer Service|Pembantu Admin|Operator Pengeluaran|Cashier|Kerani Akaun] di {employer_my}. [Anda dijemput hadir temuduga|Kami ingin jemput anda ke temuduga] pada [Isnin|Rabu|Khamis] ini, [10 pagi|2.30 petang] di {office_loc}. [Sila bawa IC & resume.|Sila bawa salinan sijil.|Sila sahkan kehadiran dengan balas mesej ini.] {emoji_calm}""", n=11),
    T("ms-lj-ad-006", "legit_job", "ad", """[{emoji_hot} ][JAWATAN KOSONG|KAMI MENGAMBIL PEKERJA|URGENT HIRING|WALK-IN INTERVIEW] [KUCHING|SHAH ALAM|JOHOR BAHRU|IPOH|KOTA KINABALU]
[JAWATAN|POSITION]: [CASHIER|CUSTOMER SERVICE|ADMIN CLERK|STOREKEEPER|CALL CENTRE AGENT|DESPATCH]
[GAJI|SALARY]: [RM1,800 – RM2,200|RM2,000 + ELAUN|RM1,900 + OT|RM2,300 + INSENTIF]
[✅ ]KWSP + PERKESO
[✅ ]CUTI [1 HARI SEMINGGU|UMUM + TAHUNAN|SABTU & AHAD]
[UMUR|AGE]: [18 – 45|{age_range}]
[TAK PERLU PENGALAMAN|NO EXPERIENCE OK|LEPASAN SPM DIALU-ALUKAN]
[MULA SEGERA|INTERVIEW SETIAP ISNIN|WALK-IN 9AM – 12PM]
[WHATSAPP HR|WA|HUBUNGI]: {phone_my} [({employer_bpo})|(Pasaraya Seri Murni)|(Borneo Prima Retail)]""", n=8, bpo_urgent=True),
    # ------------------------------------------------------------------ legit_overseas
    T("ms-lo-ad-001", "legit_overseas", "ad", """[Kekosongan Jawatan di Singapura|PELUANG KERJA SINGAPURA|Jawatan Kosong – Singapura] {emoji_calm}
[Syarikat|Majikan]: [Jurong Precision Engineering Pte Ltd|Tampines Medical Supplies Pte Ltd|Woodlands Food Manufacturing Pte Ltd|Changi Airfreight Services Pte Ltd]
Jawatan: [Juruteknik Pengeluaran|Operator Pengeluaran|Juruteknik Kawalan Kualiti|Pemandu Forklift|Juruteknik Penyelenggaraan]
Pas kerja: [S Pass|Work Permit] dipohon oleh majikan melalui MOM
Gaji: [SGD 2,200|SGD 2,600|SGD 3,100|SGD 1,900 + OT] sebulan
Kontrak: [2 tahun, boleh disambung|1 tahun (percubaan 3 bulan)]

[Syarat|Kelayakan]: umur {age_range}, [SPM/Sijil Kemahiran|Diploma Kejuruteraan|SKM Tahap 3], lulus pemeriksaan perubatan, pasport sah sekurang-kurangnya 12 bulan.
[Tiket|Kos perjalanan] [pertama ke Singapura|dan pemeriksaan perubatan] [ditanggung majikan|dibayar balik oleh majikan] [mengikut kontrak|selepas lapor diri].[? [Tiada yuran dikenakan kepada calon.|Yuran agensi mengikut had yang dibenarkan dan resit rasmi diberikan.]]

[Diuruskan oleh|Melalui] [Agensi Pekerjaan Cemerlang Sdn Bhd|Agensi Pekerjaan Tiara Kerjaya Sdn Bhd] (Lesen JTKSM [0412|1187|0936], MOM EA Licence [19C9822|21S0456]).
[Temuduga bersemuka di pejabat kami di Johor Bahru.|Sesi taklimat & temuduga di JB setiap Sabtu.] [Hubungi|Tel] {phone_my} [/ {hr_email}|]""", n=12),
    T("ms-lo-ad-002", "legit_overseas", "ad", """[PENGAMBILAN JURURAWAT|JURURAWAT BERDAFTAR DIPERLUKAN|Registered Nurse – Luar Negara|Peluang kerjaya jururawat di luar negara] {emoji_hot}
Negara: {nurse_dest}
Faedah: [tiket penerbangan ditanggung majikan|tiket pergi-balik setiap tahun], [penginapan percuma 3 bulan pertama|elaun perumahan mengikut kontrak]; kontrak [2|3] tahun
Syarat:
- [Diploma/Ijazah Kejururawatan|Sijil Jururawat Berdaftar LJM]
- [2 tahun pengalaman klinikal|Pengalaman wad 1 tahun ke atas]
- [IELTS 7.0 / OET B|IELTS 6.0 atau setara]
- Pasport sah, [pemeriksaan perubatan|saringan kesihatan] & [sijil kelakuan baik|rekod polis bersih]
[Tawaran bertulis dan kontrak ditandatangani sebelum visa dipohon.|Kontrak kerja diberi dalam BM & English sebelum berlepas.]
[?[Temuduga video bersama wakil hospital + temuduga bersemuka di Kuala Lumpur.|Temuduga panel di hotel di KL pada {days} haribulan.]
][Agensi|Diuruskan oleh] [Medik Global Recruitment Sdn Bhd|Kerjaya Sihat Agensi Pekerjaan] (lesen JTKSM [1452|0877]) – [{hr_email}|{phone_my}]. [Kami TIDAK mengenakan sebarang yuran.|Tiada caj kepada calon.]""", n=12),
    T("ms-lo-chat-001", "legit_overseas", "chat", """[Alhamdulillah|Syukur|Yeay] {emoji_hot} [visa kerja|permit kerja|S Pass|visa Work and Holiday] [aku|sy|saya] [dah lulus|dah approve|dah keluar]! [Kontrak 2 tahun dengan|Kerja dengan|Offer letter dari] [kilang kat Jurong|hospital kat Birmingham|syarikat kat Perth|hotel kat Doha]. [Agensi berlesen JTK yang uruskan|Majikan bayar tiket flight|Medical check & visa semua majikan tanggung]. [Berlepas {days} hb depan|Flight bulan depan]. [Doakan ya 🙏|Mintak doa semua 🙏|Doakan semua urusan lancar.|Terima kasih semua yang bantu.]""", n=12),
    T("ms-lo-chat-002", "legit_overseas", "chat", """[Update sikit|Info untuk yang tanya|Alhamdulillah] {emoji_calm} [Flight saya ke Doha {days} hb ni, majikan yang bayar.|Interview hospital UK 3 peringkat, lulus semua!|S Pass lulus, gaji SGD 2,600.|Visa Work & Holiday Australia dah approve, RM 635 je bayar sendiri kat website rasmi.] [Agensi ada lesen JTKSM, semua ada resit.|Kontrak 2 tahun, saya dah semak dengan JTK.|Medical check RM180, majikan ganti balik.] [Tak ada siapa minta duit pelik-pelik.|Yang betul memang banyak dokumen.|Doakan saya 🙏]""", n=6),
    # ------------------------------------------------------------------ legit_local_hotspot
    T("ms-lh-ad-001", "legit_local_hotspot", "ad", """[Jawatan Kosong – Kemboja|VACANCY – Cambodia|Kekosongan di Kemboja|Iklan Jawatan (Kemboja)] {emoji_calm}
{kh_job}
Kontrak: [FDC 1 tahun (boleh disambung)|UDC selepas percubaan 3 bulan|FDC 2 tahun]
Waktu kerja: [Isnin – Jumaat, 8.00 – 5.00|Isnin – Sabtu, 8.00 – 12.00 & 1.30 – 5.30]
[Bahasa: Inggeris; Khmer/Mandarin satu kelebihan.|Fasih BM & Inggeris; Khmer satu kelebihan.|Bahasa Inggeris baik; Mandarin diutamakan.]
[Permit kerja dan visa jenis E dipohon oleh majikan melalui Kementerian Buruh Kemboja.|Majikan menguruskan permit kerja (work permit) dan visa perniagaan secara sah.]
[?[Iklan juga disiarkan di BongThom dan CamHR.|Butiran penuh di laman kerjaya syarikat.]
]Hantar CV ke [hr@mekongagro.com.kh|careers@angkorhorizon.com.kh|{company_email}] sebelum [30 haribulan|hujung bulan ini].""", n=8),
    T("ms-lh-ad-002", "legit_local_hotspot", "ad", """[Kerja di Thailand (sah)|JAWATAN KOSONG – THAILAND|Vacancy: Thailand] {emoji_calm}
{th_job}
[Faedah|Kemudahan]: [bonus tahunan, insurans sosial Thailand|insurans kesihatan berkelompok, cuti tahunan 10 hari]
[Waktu|Jam] kerja: [Isnin – Jumaat 8.30 – 17.30|6 hari seminggu, 8 jam sehari]
[Visa Non-Immigrant B dan permit kerja dipohon oleh syarikat.|Syarikat memohon work permit di pejabat buruh wilayah.] Kontrak bertulis [1 tahun|2 tahun] [dalam BM/English/Thai|ditandatangani sebelum mula].
Syarat: [fasih BM & Thai|BM & English, Thai asas], [pengalaman 2 tahun|Diploma ke atas].
[Temuduga di pejabat syarikat atau melalui Zoom dengan wakil HR.|Temuduga dua peringkat di pejabat kami.] [Emel|Hantar resume]: [hr@songkhlarubber.co.th|jobs@andamanhalal.co.th|{company_email}]""", n=8),
    T("ms-lh-chat-001", "legit_local_hotspot", "chat", """[Saya dah {days} tahun|Suami saya dah 3 tahun|Adik saya baru setahun] kerja [kat Phnom Penh|kat Bangkok|kat Manila|kat Siem Reap] [jadi akauntan|jadi jurutera|jadi guru|kat hotel] [dengan syarikat Malaysia|dengan syarikat tempatan|dengan sekolah antarabangsa]. [Ada kontrak & work permit, gaji USD 1,200.|Gaji THB 40,000, majikan urus visa kerja.|Gaji PHP 70,000, ada 9G visa.] [Kerja biasa 8–5 je, tak semua tempat bahaya 😅|Semak syarikat dulu, yang betul memang ada.|Cuti 2 kali setahun balik Malaysia.]""", n=5),
    # ------------------------------------------------------------------ awareness
    T("ms-aw-news-001", "awareness", "news", """[?[PDRM: Awas iklan kerja kosong luar negara|Polis: {count} laporan mangsa kerja palsu di Kemboja|Iklan kerja Thailand, mangsa dibawa ke Myanmar]

][{my_town}|KUALA LUMPUR|KUCHING|KOTA KINABALU], [{days} Mac|{days} Jun|{days} Okt] – [Polis Diraja Malaysia (PDRM)|Jabatan Siasatan Jenayah Komersial (JSJK) Bukit Aman|Ibu Pejabat Polis Kontinjen (IPK)] [mengingatkan|menasihatkan|sekali lagi mengingatkan] orang ramai supaya tidak terpedaya dengan iklan kerja kosong di media sosial yang menjanjikan [gaji lumayan|gaji tinggi|upah lumayan] di luar negara.
[Menurut polis|Kata jurucakap polis|Polis berkata], [sindiket|sindiket pemerdagangan orang] [menggunakan|memaparkan] iklan seperti "[kerja khidmat pelanggan di Thailand, gaji RM8,000, tambang kapal terbang diberikan|kerja admin di Bangkok, tiada pengalaman, tempat tinggal selesa disediakan|kerja typing luar negara, gaji lumayan, tiket percuma]" untuk memancing [mangsa|anak muda|golongan belia].
[Setibanya di Bangkok, mangsa dibawa melalui jalan darat ke Myawaddy, Myanmar|Mangsa kemudiannya dibawa ke Kemboja dan dipaksa menipu orang lain melalui telefon|Mangsa dibawa merentasi sempadan dan pasport mereka dirampas], [dan dipaksa bekerja sebagai scammer|di mana mereka dipukul jika gagal mencapai sasaran|sebelum dijual kepada syarikat lain].
[?[Sepanjang tahun ini|Sejak Januari|Dalam tempoh enam bulan], [{count} laporan|seramai {count} mangsa] [telah diterima|dilaporkan], [kebanyakannya dari {bm_state}|termasuk dari {bm_state}].]
[Orang ramai dinasihatkan menyemak|Semak] status syarikat dengan Jabatan Tenaga Kerja dan [menghubungi|hubungi] [Pusat Respons Scam Kebangsaan (NSRC) di talian 997|balai polis berhampiran] [jika menerima tawaran mencurigakan|sekiranya ragu-ragu].""", n=12),
    T("ms-aw-news-002", "awareness", "news", """[?[Wisma Putra: {count} rakyat Malaysia diselamatkan|Kenyataan media Wisma Putra]

][PUTRAJAYA|KUALA LUMPUR], [{days} Mei|{days} Sept|{days} Dis] – [Kementerian Luar Negeri (Wisma Putra)|Wisma Putra] [menasihatkan|mengingatkan] rakyat Malaysia [agar berhati-hati|supaya tidak mudah percaya] dengan tawaran kerja [di Kemboja, Myanmar dan Laos|ke Thailand dan negara jiran|di Asia Tenggara] yang [diiklankan|disebarkan] melalui [Facebook, TikTok dan Telegram|media sosial dan aplikasi pesanan].
[Kenyataan itu berkata|Menurut kenyataan itu], [iklan tersebut lazimnya|tawaran sebegini biasanya] [menjanjikan gaji antara RM5,000 hingga RM15,000|menawarkan gaji USD1,000 sebulan], [tiket penerbangan percuma|tambang kapal terbang diberikan] dan [meminta calon masuk menggunakan visa pelancong|tidak memerlukan visa kerja].
[?[Kedutaan Besar Malaysia di Phnom Penh|Kedutaan Malaysia di Yangon|Kedutaan Besar Malaysia di Bangkok] [telah membantu|setakat ini membantu] [membawa pulang|menyelamatkan] [{count}|lebih {count}] rakyat Malaysia [yang terperangkap|yang dipaksa bekerja dalam sindiket penipuan dalam talian].]
"[Jangan terima tawaran kerja yang hanya berurusan melalui WhatsApp atau Telegram|Sebarang tawaran kerja yang meminta anda berbohong kepada pegawai imigresen adalah tanda bahaya|Semak dahulu dengan kedutaan sebelum berlepas]," [menurut kenyataan itu|kata kenyataan tersebut].
[?[Rakyat Malaysia yang memerlukan bantuan boleh menghubungi kedutaan|Keluarga mangsa boleh menghubungi Wisma Putra] [di talian 24 jam|melalui emel rasmi kedutaan].]""", n=12),
    T("ms-aw-chat-001", "awareness", "chat", """[‼️|⚠️|🚨] [HATI-HATI|AWAS|PERINGATAN|JANGAN TERTIPU] [‼️|⚠️|🚨] [Jangan percaya|Jangan layan|Hati-hati dengan] iklan "[kerja kosong di Thailand gaji RM8k|kerja CS luar negara, tiket free|kerja typing di Bangkok, hostel free|kerja resort, gaji lumayan, tambang diberikan]". [Ramai anak {bm_state} dah kena|Anak kawan mak aku kena|Dah ramai kena] [jual ke Myanmar|bawa ke Kemboja|tahan kat sempadan] [jadi scammer|dan kena pukul|pasport kena rampas]. [Share kepada keluarga!|Tolong share!!|Sebarkan] {emoji_calm} [Laporan: NSRC 997|Semak dulu dengan JTK|Call 999 kalau kecemasan!|Tebusan sampai RM20,000!|]""", n=12),
    T("ms-aw-news-003", "awareness", "news", """[⚠️ |🚨 |📢 |][AWAS: TAWARAN KERJA PALSU KE LUAR NEGARA|PERINGATAN POLIS: KERJA LUAR NEGARA|JANGAN JADI MANGSA SINDIKET KERJA LUAR NEGARA]
([{days} Mac|{days} Ogos|Kemas kini 2025])

[Sejak Januari|Tahun ini|Dalam 6 bulan pertama], [{count} rakyat Malaysia|seramai {count} mangsa|lebih {count} orang] [dilaporkan terperangkap|diselamatkan|pulang ke tanah air] selepas menerima tawaran "[kerja CS di Thailand, RM8,000|admin online, USD 1,200, tiket free|kerja resort, tambang diberikan]".

Ciri-ciri iklan:
1. Gaji [RM5,000 – RM15,000|USD 1,000 – 2,000] untuk kerja mudah
2. Tiket, visa & tempat tinggal "percuma"
3. [Temuduga WhatsApp/Telegram sahaja|Berlepas dalam 2–3 hari|Masuk dengan visa pelancong]

[Semak|Sahkan] agensi dengan JTK. [Laporan: NSRC 997 / 999.|Talian NSRC 997 (8 pagi – 8 malam).|Kedutaan Malaysia: talian 24 jam.]""", n=7),
    # ------------------------------------------------------------------ other_text
    T("ms-ot-chat-001", "other_text", "chat", """[Geng,|Korang!!|Wei...|Family,|GENG!] [cuti sekolah ni|hujung bulan ni|raya haji nanti|bulan depan] [jom|nak tak] [pergi|trip] [Bangkok|Siem Reap|Phnom Penh|Hat Yai|Krabi|Ho Chi Minh] [{days}H{days}M|4D3N|3 hari 2 malam]? [Tiket AirAsia|Flight] [tgh promo|RM199 pergi balik|murah gila][{emoji_hot}|.|!] [Aku dah check hotel, RM90 semalam (2 orang).|Nak tengok Angkor Wat!!|Nak shopping Pratunam 🛍️|Makan tomyam sampai kenyang 😋|Jom naik bas je dari KL.] [Reply cepat|Vote dalam grup|Sapa join reply][ {emoji_calm}|.|]""", n=11),
    T("ms-ot-message-001", "other_text", "message", """[Salam semua|Assalamualaikum family|Hai geng|Makluman ahli grup] {emoji_calm}
[Gaji dah masuk|Dah gaji hari ni|Bonus dah masuk|Duit kutu bulan ni dah kumpul] [alhamdulillah|yeay] {emoji_hot} [Nak belanja makan|Jom makan|Malam ni makan] [tomyam|nasi arab|steamboat|mamak] [kat {my_town}|kat kedai biasa|lepas maghrib]?
[Jangan lupa bayar duit kutu RM100 sebelum Jumaat.|Nak ingatkan, kenduri Kak {name} hari Sabtu.|Sesiapa nak order kek, PM {phone_my}.|Grup Telegram baru untuk jual beli barang terpakai dah buka.|Ayah kirim salam, minggu depan balik kampung.]
[Terima kasih|TQ|Okay bye] 😄""", n=10),
]

HANDWRITTEN = [
    # ------------------------------------------------------------------ compound_recruitment
    H("ms-cr-h-001", "compound_recruitment", "chat", "Dik, akak ada kerja CS kat Thailand, gaji 6k, kerja duduk aircond je. Tiket flight company tanggung, hostel pun free. Umur 20-30 je. Nak tak? PM akak 😊"),
    H("ms-cr-h-002", "compound_recruitment", "chat", "Bro ko nak kerja tak? Keje chat dgn customer je, RM7,000 sebulan. Minggu depan terbang Bangkok, sampai sana ada org ambik. Jgn bagitau org lain dulu k"),
    H("ms-cr-h-003", "compound_recruitment", "chat", "Sis, gaji USD1,500 kerja admin. Company kat Kemboja tp pejabat cantik, makan 3 kali free. Passport takde pun boleh, kitorang uruskan. Telegram je ya @hr_kemboja88"),
    H("ms-cr-h-004", "compound_recruitment", "ad", """KERJA KOSONG DI THAILAND 🇹🇭

Jawatan: Customer Service (Bahasa Melayu / English)
Gaji: RM5,000 – RM8,000 + komisen
Tempat tinggal selesa disediakan, tambang kapal terbang diberikan.

Syarat:
• Umur 18 – 35 tahun
• Tahu guna komputer
• Tidak perlu pengalaman

Kami akan uruskan tiket dan visa. Masuk Thailand guna visa pelancong dulu, selepas itu syarikat uruskan permit.
Hubungi Miss Lina di WhatsApp sahaja. Tiada panggilan."""),
    H("ms-cr-h-005", "compound_recruitment", "ad", """Jawatan kosong – Chef (masakan Melayu)
Resort baharu di luar negara memerlukan 2 orang chef dan 3 pembantu dapur.
Gaji bersih USD 1,200 sebulan, dibayar tunai.
Tiket, penginapan dan makan ditanggung sepenuhnya. Pendahuluan gaji RM1,000 boleh diberi kepada keluarga sebelum berlepas.
Temuduga melalui panggilan video sahaja. Tarikh berlepas: dalam masa seminggu.
Lokasi tepat akan diberitahu selepas tiba di Bangkok.
Berminat, WhatsApp gambar pasport dan IC."""),
    H("ms-cr-h-006", "compound_recruitment", "chat", "Hi awak, saya nampak awak cari kerja dalam grup tu. Saya HR syarikat e-commerce di Bangkok. Kerja typing & reply customer, gaji RM6,500. Kalau setuju esok saya booking tiket. Boleh chat Telegram? Lagi selamat."),
    H("ms-cr-h-007", "compound_recruitment", "chat", "Kerja ni bukan kerja haram kat sana, cuma kerja marketing chat dengan orang luar. Gaji besar bro, 10k sebulan kalau capai target. Tiket aku settle. Ko datang je."),
    H("ms-cr-h-008", "compound_recruitment", "ad", """[PENGAMBILAN BERSAMA] Syarikat teknologi kewangan – pejabat di Sihanoukville
Jawatan: Pegawai Khidmat Pelanggan Dalam Talian (Bahasa Melayu)
Gaji permulaan: USD 1,000 + bonus prestasi
Kemudahan: asrama dalam kawasan pejabat, kantin, gimnasium
Keperluan: umur 20 – 35, boleh menaip, mahir guna telefon pintar
Proses: temuduga Zoom → tiket penerbangan disediakan → dijemput di lapangan terbang
Pasport akan disimpan oleh pihak HR untuk urusan permit kerja.
Sila hubungi pegawai pengambilan melalui Telegram sahaja."""),
    H("ms-cr-h-009", "compound_recruitment", "chat", "Slot kerja Thailand tinggal 3 je lagi 🔥🔥 tiket free, gaji 5k-8k, takde experience pun ok. Flight Ahad ni. Sape nak ib cepat sebelum penuh!!"),
    H("ms-cr-h-010", "compound_recruitment", "chat", "Dengar sini, kau tak payah risau pasal visa. Ramai masuk sana guna visa pelancong. Sampai Bangkok nanti ada van, 6-7 jam je perjalanan. Company jaga semua."),
    H("ms-cr-h-011", "compound_recruitment", "chat", "Kak, anak akak nak kerja? Ada job kat Dubai, interview kat sana, company tanggung flight. Lepas interview dihantar ke cawangan Asia. Gaji USD 1,300. Whatsapp saya je."),
    H("ms-cr-h-012", "compound_recruitment", "ad", """Peluang kerja untuk penduduk Sabah & Sarawak!
Syarikat kami sedang mengambil pekerja untuk operasi pemasaran dalam talian di Thailand.
✓ Gaji RM4,500 – RM6,000 (boleh naik sehingga RM12,000 dengan komisen)
✓ Tambang kapal terbang dari Kuching / Kota Kinabalu diberikan
✓ Asrama dan makan percuma
✓ Kerja pejabat, tidak berat
Tiada temuduga bersemuka. Hanya hantar nama penuh, umur dan salinan pasport ke nombor WhatsApp kami. Berlepas dalam masa 3 – 5 hari selepas diterima."""),
    H("ms-cr-h-013", "compound_recruitment", "chat", "tak perlu ijazah, tak perlu pengalaman, janji boleh taip laju. gaji usd 1k, makan tidur free. kerja dekat sempadan thailand. minat tak?"),
    H("ms-cr-h-014", "compound_recruitment", "chat", "Bos kata kalau kau bawa 2 kawan lagi, kau dapat bonus RM2,000 😎 kerja sama je, CS online kat Kemboja. Tiket kita tanggung semua."),
    H("ms-cr-h-015", "compound_recruitment", "chat", "Jangan risau pasal hutang kau tu. Company boleh bagi advance RM3k, nanti potong gaji sikit-sikit. Kerja luar negara je, setahun dah boleh langsai. Nak aku daftar nama kau?"),
    H("ms-cr-h-016", "compound_recruitment", "ad", """Dicari: Tukang kayu & pembantu renovasi hotel
Lokasi: projek hotel di Asia Tenggara (Thailand/Kemboja)
Upah lumayan: RM250 sehari, dibayar bulanan
Tiket pergi disediakan, tempat tinggal di tapak projek.
Syarat tambahan: boleh guna komputer asas dan menaip (untuk laporan harian).
Kontrak akan diberikan selepas sampai. Tidak perlu visa kerja.
Hubungi kami di WeChat atau Telegram untuk butiran."""),
    H("ms-cr-h-017", "compound_recruitment", "chat", "Hai, awak pandai cakap Mandarin? Ada kerja receptionist kasino kat Poipet, gaji USD1,100 + tip. Hostel sediakan. Kalau ok, minggu ni juga boleh gerak. ✈️"),
    H("ms-cr-h-018", "compound_recruitment", "chat", "Ko ambik flight KL–Ho Chi Minh je, aku bayar. Sampai sana ada kawan aku jemput, naik kereta ke tempat kerja dekat sempadan. Jangan bawa banyak barang, nanti nampak macam nak kerja 😉"),
    H("ms-cr-h-019", "compound_recruitment", "ad", """Kekosongan Jawatan: Operator Data (Work From Office)
Syarikat: akan dimaklumkan
Negara: Thailand
Gaji: RM5,500 sebulan + elaun
Kemudahan: tiket penerbangan, visa, penginapan & makan
Kelayakan: SPM, boleh menaip 30 patah perkataan seminit, pasport sah
Cara memohon: klik pautan dan tinggalkan nombor telefon; pegawai kami akan menghubungi anda melalui WhatsApp."""),
    H("ms-cr-h-020", "compound_recruitment", "chat", "Boleh percaya, bukan syarikat gelap. Ramai budak Miri dengan Sibu dah kerja sini, semua hantar duit balik tiap bulan. Kau cuma sediakan pasport, yang lain aku settle 👍"),
    H("ms-cr-h-021", "compound_recruitment", "chat", "pm sy utk job luar negara. gaji besar. tiket+hostel free. telegram je, wasap x layan."),
    H("ms-cr-h-022", "compound_recruitment", "ad", """Jawatan: Staf Syarikat Penerbangan (Ground Staff) – Bangkok
Gaji: USD 1,200 sebulan
Kemudahan: tiket penerbangan percuma, asrama staf
Temuduga: secara dalam talian (WhatsApp)
Kelayakan: umur 20–32, berketrampilan, boleh berbahasa Inggeris asas
Nota: calon akan terbang dengan visa pelancong. Permit kerja diuruskan selepas latihan 1 bulan.
Penghantaran kumpulan pertama minggu hadapan. Slot terhad!"""),
    H("ms-cr-h-023", "compound_recruitment", "chat", "Sayang, abang dah dapat kerja untuk sayang kat Bangkok, jaga kaunter hotel, gaji 7 ribu. Abang dah bayar tiket. Sayang datang je, abang tunggu kat airport ❤️"),
    H("ms-cr-h-024", "compound_recruitment", "chat", "Sorry lambat reply. Job tu masih ada. Company kripto, kerja chat cari pelabur. Gaji asas $1,000, komisen 10%. Interview chat je. Nak pergi kena ada pasport, visa kami tolong."),
    H("ms-cr-h-025", "compound_recruitment", "chat", "Kerja kat Myawaddy ni selamat, ada pengawal 24 jam 😅 gaji RM9k. Kau just kena taip skrip je. Nanti aku hantar lokasi kat Mae Sot, ada orang ambik."),
    H("ms-cr-h-026", "compound_recruitment", "ad", """KERJA KOSONG – TELEMARKETING (BM)
Kami syarikat pemasaran antarabangsa yang mempunyai pejabat di Kemboja.
- Gaji RM6,000 – RM9,000
- Tiket & visa percuma
- Bilik penginapan (2 orang sebilik)
- Kerja 6 hari seminggu
Tidak perlu pengalaman. Latihan diberi.
Hubungi: WhatsApp atau Telegram. Proses pantas, boleh berlepas dalam 3 hari."""),
    H("ms-cr-h-027", "compound_recruitment", "chat", "Awak dah 3 bulan menganggur kan? Ni peluang. Kerja online luar negara, gaji lumayan. Saya kenal bos dia. Esok saya book flight, awak cuma bawa baju 😊"),
    H("ms-cr-h-028", "compound_recruitment", "chat", "Jom join geng kerja Kemboja 🇰🇭 gaji USD1,500, kerja scam je tapi selamat, takde polis kacau. Kalau takut, tak payah la 😂 yg berani pm"),
    H("ms-cr-h-029", "compound_recruitment", "ad", """Pembantu Dapur & Pastry Cook – Thailand
Restoran milik syarikat hotel memerlukan segera.
Gaji: RM3,800 – RM4,500 (bersih)
Kemudahan: tiket pergi, penginapan, makan
Tiada pengalaman? Boleh belajar.
Temuduga 10 minit melalui WhatsApp. Kontrak diberi selepas tiba.
Hantar gambar pasport ke nombor di bawah."""),
    H("ms-cr-h-030", "compound_recruitment", "chat", "Tadi HR tu call aku, dia kata tak payah beli tiket pulang sebab kontrak setahun. Pasport nanti dia simpan untuk urus visa. Normal kan macam tu? Dia kata sana gaji 8k."),
    H("ms-cr-h-031", "compound_recruitment", "chat", "Kerja kosong!! Customer service, Vietnam. RM5k. Flight tanggung. Boleh gerak minggu depan. Umur bawah 35. DM ✈️💰"),
    H("ms-cr-h-032", "compound_recruitment", "message", """Tawaran Pekerjaan (Sulit)
Kepada: Cik Nur Syafiqah
Jawatan: Pegawai Sokongan Pelanggan
Lokasi: Bangkok, Thailand
Gaji: USD 1,000 sebulan
Tarikh berlepas: Khamis ini, penerbangan KLIA2 – Don Mueang (tiket telah dibeli oleh syarikat)
Sila bawa pasport asal. Wakil kami akan menunggu di pintu ketibaan dan membawa anda ke pejabat. Kontrak akan ditandatangani di pejabat.
Sila rahsiakan tawaran ini sehingga anda tiba."""),
    H("ms-cr-h-033", "compound_recruitment", "chat", "Hi dik, akak tengok profile adik cantik, sesuai jadi receptionist hotel kat Thailand. Gaji 6k, tempat tinggal hotel sediakan. Flight akak belanja dulu, nanti potong gaji. Nak? 😊"),
    H("ms-cr-h-034", "compound_recruitment", "chat", "Company ni cari orang pandai BM untuk jawab chat pelanggan Malaysia. Pejabat dekat sempadan Thai-Myanmar. Gaji 8k, bilik aircond. Takde apa yang bahaya pun bro, aku jamin."),
    H("ms-cr-h-035", "compound_recruitment", "ad", """Kekosongan: Jurulatih & Pembantu Gimnasium (Resort)
Sebuah resort mewah di Asia Tenggara memerlukan kakitangan yang sihat dan bersemangat.
Gaji RM4,800 sebulan + tip. Penerbangan dan penginapan ditanggung.
Calon perlu boleh menggunakan komputer untuk kerja pentadbiran ringan.
Temuduga melalui panggilan video. Calon berjaya akan terbang ke Bangkok dan dibawa ke resort dengan pengangkutan syarikat."""),
    H("ms-cr-h-036", "compound_recruitment", "chat", "Aku tau kau perlukan duit untuk mak kau berubat. Jom kerja dengan aku, sebulan dah boleh hantar 5k. Passport kau bagi aku, aku uruskan semua. Lusa kita gerak."),
    H("ms-cr-h-037", "compound_recruitment", "chat", "KERJA KOSONG!!! Admin online, gaji RM6,800, luar negara. Tiket, visa, hostel semua FREE. Umur 18-35. Tiada pengalaman OK. Whatsapp sekarang sebelum penuh!!!"),
    H("ms-cr-h-038", "compound_recruitment", "chat", "Dik, dalam borang imigresen tu tulis 'pelancongan' je ya. Kalau tulis kerja nanti kena tahan. Sampai sana semua dah siap 🙏"),
    H("ms-cr-h-039", "compound_recruitment", "ad", """Pengambilan Staf Kargo & Logistik – Vietnam
Syarikat kargo antarabangsa memerlukan 6 orang kerani gudang.
• Gaji RM4,200 + elaun lebih masa
• Tiket KL – Ho Chi Minh disediakan
• Asrama berdekatan gudang (di kawasan sempadan)
• Kerja komputer: rekod penghantaran & balas mesej pelanggan
Tidak perlu pengalaman. Temuduga melalui WhatsApp. Berlepas minggu hadapan."""),
    H("ms-cr-h-040", "compound_recruitment", "chat", "Masih ingat saya? Kita jumpa kat grup cari kerja tu. Bos saya tengah cari 2 orang lagi, gaji USD 1,200. Kali ni saya boleh tolong percepatkan, tiket keluar esok. Jangan lepaskan ya."),
    H("ms-cr-h-041", "compound_recruitment", "chat", "Aku tak tipu, kerja ni memang kena tipu orang online sikit, tapi gaji 12k. Kat sana undang-undang lain. Nak senang kena berani 😏"),
    # ------------------------------------------------------------------ other_job_scam
    H("ms-oj-h-001", "other_job_scam", "chat", "Hai! Saya Jessica dari agensi pemasaran. Kami cari orang untuk like video YouTube, RM5 setiap like, sehari boleh dapat RM300. Berminat? Tambah Telegram saya ya 😊"),
    H("ms-oj-h-002", "other_job_scam", "chat", "Kerja part time like & earn ni betul ke? Mula-mula dorang bayar RM30, lepas tu suruh deposit RM500 untuk tugasan VIP. Skang duit tak boleh keluar 😭"),
    H("ms-oj-h-003", "other_job_scam", "ad", """KERJA DARI RUMAH – Penilai Hotel (Hotel Rating)
Bagi rating 5 bintang kepada hotel dalam aplikasi kami dan dapat komisen 5% – 20%.
Setiap akaun baharu menerima bonus RM88.
Tugasan harian: 40 rating. Untuk membuka tugasan premium, pengguna perlu menambah baki akaun.
Pengeluaran setiap hari. Sesuai untuk semua peringkat umur.
Hubungi penyelia anda di Telegram."""),
    H("ms-oj-h-004", "other_job_scam", "chat", "Tahniah! Anda layak untuk kerja sambilan dengan gaji RM150 – RM500 sehari. Tugas: follow & like akaun TikTok. Balas 'YA' untuk mula."),
    H("ms-oj-h-005", "other_job_scam", "ad", """Kerja Ladang Buah di Australia – Gaji RM10,000 sebulan!
Kuota terhad. Tiada IELTS diperlukan.
Yuran pemprosesan visa: RM2,500 (bayar 50% dulu).
Selepas bayaran, surat tawaran akan dihantar dalam 7 hari bekerja.
Bayaran ke akaun ejen (nama individu). Hubungi WhatsApp untuk borang."""),
    H("ms-oj-h-006", "other_job_scam", "chat", "Kerja taip PDF dari rumah, RM1,500 seminggu. Cuma perlu bayar yuran pendaftaran RM65 untuk dapat fail pertama. Slot tinggal 5. Pm segera!"),
    H("ms-oj-h-007", "other_job_scam", "chat", "Jangan lupa tugasan hari ni: 20 order, komisen 12%. Tapi sebelum order ke-15 kena top up RM1,200 dulu baru sistem bagi withdraw ya 🙏"),
    H("ms-oj-h-008", "other_job_scam", "ad", """Dicari: Ejen Pemasaran Online (Kerja Dari Rumah)
Pendapatan RM3,000 – RM8,000 sebulan. Tiada kuota, tiada bos.
Beli pakej permulaan RM299 (termasuk latihan & bahan promosi) dan mula menjana pendapatan esok.
Rekrut 3 orang, pakej anda dipulangkan semula!
Hubungi kami untuk sesi Zoom percuma."""),
    H("ms-oj-h-009", "other_job_scam", "chat", "Sis ada kerja kemas kini data online, RM40 setiap tugasan. Daftar guna link ni dan masukkan no akaun bank untuk terima gaji 😊 bit.ly/kerja-data-my"),
    H("ms-oj-h-010", "other_job_scam", "chat", "Salam, saya ejen kerja kilang Korea. Gaji RM8,000. Bayar RM1,800 untuk urus permit & tiket. Bulan lepas 20 orang dah pergi. Bank in, saya hantar resit."),
    H("ms-oj-h-011", "other_job_scam", "chat", "KERJA SAMBILAN 😍 rating produk Shopee guna HP, gaji harian RM200-RM700. Tak perlu modal (deposit boleh refund). Klik wa.me/60172239910"),
    H("ms-oj-h-012", "other_job_scam", "ad", """Peluang kerja sambilan untuk pelajar IPT!
Tugas: tonton iklan dan tekan "like" di platform kami.
Setiap iklan: RM2 – RM10.
Akaun Level 1 (percuma): 5 iklan sehari
Akaun Level 2 (deposit RM200): 30 iklan sehari
Akaun Level 3 (deposit RM1,000): 100 iklan sehari + bonus rujukan
Ajak kawan dan dapat 10% daripada pendapatan mereka."""),
    H("ms-oj-h-013", "other_job_scam", "chat", "Saya baru buat kerja 'rating hotel' tu, hari pertama dapat RM80. Hari kedua kena top up RM2,000 untuk 'combo task', sekarang akaun beku 😩 ada sesiapa kena jugak?"),
    H("ms-oj-h-014", "other_job_scam", "ad", """Kerja Sambilan: Pembungkus Produk Dari Rumah
Bungkus sabun / gelang / kad ucapan di rumah. Bayaran RM0.50 setiap unit.
Pendapatan sehingga RM2,500 sebulan.
Deposit bahan mentah RM180 (akan dipulangkan selepas 1,000 unit dihantar).
Bahan akan dipos dalam 3 hari selepas bayaran. Terhad kepada 30 orang."""),
    H("ms-oj-h-015", "other_job_scam", "chat", "Hai kak, saya dari team marketing. Boleh tolong subscribe 3 channel YouTube? Setiap satu RM10, bayar terus lepas screenshot 😊 Lepas tu ada tugasan lebih besar."),
    # ------------------------------------------------------------------ legit_job
    H("ms-lj-h-001", "legit_job", "ad", """URGENT!! CUSTOMER SERVICE (BM) – NO EXPERIENCE NEEDED 🔥
Teraju BPO Solutions Sdn Bhd, Cyberjaya
• Gaji asas RM2,200 + elaun bahasa RM300 + insentif bulanan
• Latihan penuh 3 minggu (dibayar)
• Syif pagi/petang, 5 hari bekerja
• KWSP, PERKESO, insurans perubatan
Walk-in interview setiap Isnin–Jumaat, 10 pagi, Tingkat 5, Blok B.
Atau WhatsApp HR: 012-448 2391 ✅""", bpo_urgent=True),
    H("ms-lj-h-002", "legit_job", "chat", "Sape2 cari kerja, kilang elektronik kat Senai tengah ambil operator, gaji asas 1,700 + elaun syif, bas disediakan. Interview setiap Isnin pagi kat guard house. Share kat sape perlu 🙏"),
    H("ms-lj-h-003", "legit_job", "chat", "Kedai kek saya kat Taman Melawati perlukan pembantu part time hujung minggu. RM9 sejam, makan free 😋 Pelajar pun boleh. WhatsApp Kak Ana 019-332 4178"),
    H("ms-lj-h-004", "legit_job", "ad", """Jawatan Kosong: Pembantu Tadbir (Kontrak)
Majlis Perbandaran Sandakan (iklan contoh)
Gred N19, gaji permulaan mengikut skim perkhidmatan awam + elaun
Syarat: warganegara Malaysia, lahir di Sabah diutamakan, SPM dengan kepujian Bahasa Melayu.
Permohonan secara dalam talian melalui portal rasmi sebelum 15 haribulan. Permohonan lewat tidak akan dilayan."""),
    H("ms-lj-h-005", "legit_job", "ad", """📢 KEKOSONGAN JAWATAN – KLINIK PERGIGIAN SENYUM (Kuching)
Jawatan: Pembantu Klinik Pergigian (2 kekosongan)
Gaji: RM1,900 – RM2,300 + bonus
Waktu kerja: Isnin–Sabtu, 9 pagi – 6 petang (cuti Ahad)
Latihan disediakan. Fresh SPM digalakkan memohon!
Hantar resume ke senyumdental.kch@gmail.com atau WhatsApp 016-880 2145.""", bpo_urgent=True),
    H("ms-lj-h-006", "legit_job", "chat", "Helo semua, syarikat courier tempat saya kerja kat Kota Kinabalu nak ambil 4 orang rider, ada motor sendiri, RM1.20 setiap parcel + elaun minyak. Minat DM saya, nanti saya bagi no HR 👍"),
    H("ms-lj-h-007", "legit_job", "ad", """WE'RE HIRING – Call Centre Agent (Bahasa Melayu & English)
Permata Telekom Services Sdn Bhd, Bangsar South
No experience? No problem! Paid training provided.
Salary: RM2,300 + up to RM600 monthly incentive
Working hours: 9 hours incl. 1-hour break, rotating off days
Benefits: EPF, SOCSO, EIS, medical, annual leave 12 days
Apply at our careers page or email jobs@permatatelekom.my. Same-week offer for successful candidates!""", bpo_urgent=True),
    H("ms-lj-h-008", "legit_job", "chat", "Kak, saya nampak iklan kerja admin kat syarikat hartanah kat Ipoh, gaji RM2,000. Dorang minta datang interview kat pejabat dengan bawa sijil. Ok kan? Pejabat ada alamat betul, saya dah google."),
    H("ms-lj-h-009", "legit_job", "message", """Assalamualaikum Puan,
Merujuk kepada temuduga pada 12 Mac, kami dengan sukacitanya menawarkan jawatan Kerani Akaun di Seri Delima Logistik Sdn Bhd, Bintulu, dengan gaji pokok RM2,100 sebulan berkuat kuasa 1 April.
Surat tawaran penuh dilampirkan. Sila tandatangan dan kembalikan sebelum 25 Mac.
Sekian, terima kasih.
Jabatan Sumber Manusia"""),
    H("ms-lj-h-010", "legit_job", "chat", "Bro, Tesco kat Seremban 2 ambik staff stor, syif malam, RM1,900 + elaun malam. Tak perlu pengalaman. Isi borang online je. Aku dah apply semalam 😁"),
    H("ms-lj-h-011", "legit_job", "ad", """KERJA KOSONG SEGERA – PEMANDU LORI (Lesen E)
Rimba Hijau Plantation Sdn Bhd, Lahad Datu
Gaji RM2,400 + elaun trip, rumah pekerja disediakan di estet
KWSP/PERKESO. Kontrak tetap selepas 3 bulan percubaan.
Datang ke pejabat estet bersama lesen & IC, atau hubungi 089-88 4210."""),
    H("ms-lj-h-012", "legit_job", "chat", "Adik saya baru start kerja live chat agent kat Cyberjaya, tak perlu pengalaman pun dorang ambil. Gaji 2.3k, ada training seminggu. Kalau nak, dorang ada walk-in tiap Rabu 😊", bpo_urgent=True),
    H("ms-lj-h-013", "legit_job", "ad", """Peluang Kerjaya: Pegawai Pemasaran Digital
Nusa Kembara Travel Sdn Bhd, Melaka
Tugas: urus media sosial syarikat, iklan Facebook/TikTok, laporan prestasi bulanan.
Gaji: RM2,800 – RM3,500 bergantung pengalaman. Kerja hybrid (3 hari di pejabat).
Kelayakan: Diploma/Ijazah Pemasaran atau Komunikasi. Portfolio diperlukan.
Emel resume: hr@nusakembara.com.my"""),
    H("ms-lj-h-014", "legit_job", "chat", "Sape nak kerja jaga kedai telefon kat Sibu? Gaji 1,800 + komisen setiap jualan. Isnin–Sabtu 10am–8pm. Tuan kedai kawan bapak aku, orang baik. Ib aku nanti aku bagi nombor."),
    H("ms-lj-h-015", "legit_job", "ad", """PENGAMBILAN SEGERA!!! 🚨
Eksekutif Khidmat Pelanggan – Bayu Insurans Services Sdn Bhd (Jalan Ampang, KL)
✔ Lepasan SPM/Diploma dialu-alukan – tiada pengalaman diperlukan
✔ Gaji RM2,000 + bonus suku tahunan
✔ Kerja pejabat Isnin–Jumaat, cuti umum
✔ Mula kerja 1 haribulan depan
Hantar resume ke careers@bayuinsurans.my atau WhatsApp 011-2398 4410 (Cik Huda).""", bpo_urgent=True),
    H("ms-lj-h-016", "legit_job", "chat", "Terima kasih Encik kerana hadir temuduga semalam. Kami ingin maklumkan anda berjaya. Hari pertama lapor diri Isnin depan jam 8.30 pagi di kilang Prai. Bawa gambar passport size 2 keping untuk pas pekerja 😊"),
    H("ms-lj-h-017", "legit_job", "ad", """Tutor Matematik Sambilan (SPM) – Puncak Hikmah Edu Centre, Kota Bharu
RM35 – RM50 sejam bergantung kelayakan.
Kelas malam Isnin, Rabu & Jumaat.
Syarat: Ijazah/Diploma dalam bidang berkaitan atau pelajar tahun akhir.
Temuduga & kelas demo 20 minit di pusat tuisyen kami.
Hubungi 09-748 2210 (waktu pejabat)."""),
    H("ms-lj-h-018", "legit_job", "chat", "Guys, company aku (logistik kat Port Klang) ambil admin clerk, no experience ok, gaji 2k. HR dorang memang guna WhatsApp utk setkan interview, tp interview kat ofis. Nak aku forward?", bpo_urgent=True),
    H("ms-lj-h-019", "legit_job", "ad", """KAMI MENGAMBIL PEKERJA! 📢
Pasaraya Seri Murni – cawangan Bintulu
• Juruwang (3 kekosongan)
• Pembantu Stor (2 kekosongan)
Gaji RM1,700 – RM1,900 + elaun kehadiran RM100
Syif bergilir, cuti 1 hari seminggu, KWSP & PERKESO.
Tiada pengalaman diperlukan – latihan di tempat kerja.
Isi borang di kaunter pelanggan atau WhatsApp HR 013-823 4471.""", bpo_urgent=True),
    H("ms-lj-h-020", "legit_job", "chat", "Salam, klinik tempat saya kerja kat Kota Bharu nak ambil 1 pembantu klinik. Gaji RM1,800, Isnin–Sabtu. Kena ada SPM. Minat boleh hantar resume kat emel klinik, saya pm-kan alamat 🙂"),
    H("ms-lj-h-021", "legit_job", "message", """Makluman kepada calon:
Temuduga bagi jawatan Operator Pengeluaran akan diadakan pada Sabtu, 9.00 pagi, di Dewan Latihan Cahaya Timur Electronics Sdn Bhd, Kulim Hi-Tech Park.
Sila bawa IC asal, salinan sijil SPM dan pen. Ujian mata (buta warna) akan dijalankan.
Gaji permulaan RM1,900 + elaun syif. Bas kilang disediakan dari Sungai Petani."""),
    H("ms-lj-h-022", "legit_job", "chat", "GUYS URGENT! Kedai bundle kawan aku kat Shah Alam nak cari budak jaga kedai weekend, RM80 sehari. Takyah pengalaman. Pm aku cepat 😆"),
    H("ms-lj-h-023", "legit_job", "ad", """Jawatan Kosong: Pemandu e-Hailing Korporat (Sepenuh Masa)
Nusa Kembara Travel Sdn Bhd – Kuala Lumpur
Gaji asas RM2,200 + elaun trip + komisen. Kereta syarikat disediakan.
Syarat: lesen D (kompeten), PSV, umur 25–50, rekod trafik bersih.
Temuduga di pejabat kami di Jalan Ipoh. Hubungi 03-4043 2219 (waktu pejabat)."""),
    H("ms-lj-h-024", "legit_job", "chat", "Dapat kerja kat call centre bank kat KL Sentral, takde pengalaman pun diorang ambik 😁 training sebulan dibayar, gaji 2.4k + elaun. Offer letter dah sign semalam!", bpo_urgent=True),
    # ------------------------------------------------------------------ legit_overseas
    H("ms-lo-h-001", "legit_overseas", "ad", """PROGRAM WORK AND HOLIDAY AUSTRALIA (Subclass 462) – Taklimat Percuma
Untuk warganegara Malaysia berumur 18 – 30 tahun.
Visa dipohon sendiri secara online melalui laman rasmi Jabatan Hal Ehwal Dalam Negeri Australia. Tiada ejen diperlukan.
Syarat: pasport sah, bukti kewangan, pemeriksaan kesihatan jika diminta, surat sokongan kerajaan Malaysia.
Kerja sambilan di ladang, hotel dan restoran dibayar mengikut gaji minimum Australia (sekitar AUD 24 sejam).
Taklimat: Sabtu ini, 10 pagi, Dewan Komuniti. Daftar di kaunter."""),
    H("ms-lo-h-002", "legit_overseas", "chat", "Kak, saya dah sign kontrak jadi jururawat kat UK! 😭🙏 Gaji £2,400 sebulan, hospital bayar tiket flight & hotel 2 bulan pertama. Agensi berlesen, tak caj satu sen pun. Visa keluar minggu lepas."),
    H("ms-lo-h-003", "legit_overseas", "ad", """Jawatan Kosong Luar Pesisir – Qatar
Majikan: Al Bayt Energy Services W.L.L. (kontraktor minyak & gas)
Jawatan: Juruteknik Instrumentasi (rotasi 28/28)
Gaji: QAR 12,000 sebulan + elaun luar pesisir
Tiket penerbangan setiap rotasi, insurans, penginapan di kem ditanggung majikan.
Syarat: Diploma Kejuruteraan, sijil BOSIET & FOET, pengalaman 5 tahun, pemeriksaan perubatan OGUK.
Visa kerja dipohon oleh majikan. Kontrak 2 tahun.
Diiklankan oleh agensi pekerjaan berlesen JTKSM. Tiada yuran kepada calon."""),
    H("ms-lo-h-004", "legit_overseas", "chat", "Alhamdulillah lulus temuduga kerja kilang kat Singapura 😁 S Pass majikan yang apply, gaji SGD 2,500. Agensi kat JB ada lesen, dorang bagi resit semua. Medical check Khamis ni."),
    H("ms-lo-h-005", "legit_overseas", "ad", """PENGAMBILAN GURU BAHASA INGGERIS – JEPUN
Program kerajaan Jepun untuk penolong guru bahasa di sekolah awam.
Elaun: ¥3,360,000 setahun (kontrak setahun, boleh disambung)
Tiket penerbangan pergi dan balik disediakan oleh penganjur.
Syarat: Ijazah sarjana muda, kewarganegaraan Malaysia, fasih Bahasa Inggeris, sihat.
Permohonan melalui Kedutaan Besar Jepun di Kuala Lumpur sahaja. Temuduga bersemuka di Kuala Lumpur."""),
    H("ms-lo-h-006", "legit_overseas", "message", """Salam Tuan/Puan,
Dimaklumkan bahawa anak Tuan/Puan, Cik Nur Aisyah, telah menandatangani kontrak pekerjaan sebagai Pembantu Farmasi dengan Hamad Medical Supplies, Doha. Tiket penerbangan MH bertarikh 14 Ogos telah dibeli oleh majikan. Salinan kontrak dan visa kerja boleh disemak di pejabat kami di Shah Alam.
Agensi Pekerjaan Medik Global Sdn Bhd (Lesen JTKSM 1452)"""),
    H("ms-lo-h-007", "legit_overseas", "ad", """Jawatan Kosong: Kru Kapal Pesiar (Housekeeping & F&B)
Syarikat pelayaran antarabangsa – kontrak 8 bulan
Gaji USD 1,300 – USD 1,800 sebulan + tip
Tiket penerbangan ke pelabuhan pertama & pulang ditanggung syarikat selepas kontrak tamat.
Syarat: umur 21 – 40, SPM, Bahasa Inggeris baik, pemeriksaan perubatan (PEME), sijil STCW Basic Safety.
Temuduga bersemuka di Kuala Lumpur oleh wakil syarikat. Diuruskan oleh agensi berlesen (JTKSM 0936)."""),
    H("ms-lo-h-008", "legit_overseas", "chat", "Kawan aku pergi Jepun kerja jurutera, visa kerja sah, majikan Jepun bayar tiket. Dia kena lulus JLPT N3 dulu, interview 3 kali. Lama proses, dekat 6 bulan. Yang betul memang macam tu la 😅"),
    H("ms-lo-h-009", "legit_overseas", "message", """Tawaran Pekerjaan – Ringkasan
Jawatan: Jurutera Tapak, Brunei Darussalam
Majikan: Kampong Ayer Construction Sdn Bhd
Gaji: BND 3,200 sebulan
Permit kerja: dipohon oleh majikan kepada Jabatan Buruh Brunei
Tiket, pemeriksaan perubatan dan penginapan tahun pertama: ditanggung majikan
Tempoh kontrak: 2 tahun
Sila semak kontrak bersama peguam atau JTK sebelum menandatangani."""),
    H("ms-lo-h-010", "legit_overseas", "chat", "Ada yang tanya agensi tu sah ke tak. Saya dah semak nombor lesen kat laman JTK, memang wujud. Dorang pun tak minta duit, majikan Singapura yang bayar. Interview kat ofis dorang di JB 👍"),
    H("ms-lo-h-011", "legit_overseas", "ad", """PENGAMBILAN PEMBANTU KEJURURAWATAN – JEPUN (Program Kerjasama)
Majikan: pusat jagaan warga emas di Osaka
Gaji: ¥210,000 sebulan (sama dengan pekerja Jepun), insurans sosial Jepun
Syarat: lulus ujian bahasa Jepun (N4/JFT-Basic) dan ujian kemahiran penjagaan; umur 18–40; pemeriksaan kesihatan
Tiket penerbangan ke Jepun ditanggung majikan. Organisasi sokongan berdaftar di Jepun membantu urusan penginapan & orientasi.
Taklimat di Kuala Lumpur oleh agensi berlesen. Tiada yuran dikenakan kepada calon."""),
    H("ms-lo-h-012", "legit_overseas", "chat", "Anak saudara aku kerja kat hotel kat Dubai, kontrak 2 tahun, visa kerja majikan buat, tiket pergi-balik tiap tahun. Gaji AED 4,500 + makan. Agensi kat KL tu berlesen, dia semak dulu 👍"),
    H("ms-lo-h-013", "legit_overseas", "message", """Senarai semak sebelum berlepas (dari agensi):
1. Kontrak kerja bertandatangan (salinan untuk keluarga)
2. Visa kerja / permit kerja asal
3. Keputusan pemeriksaan perubatan
4. Tiket penerbangan (dibayar majikan)
5. Nombor telefon kedutaan Malaysia di negara destinasi
Jangan serahkan pasport kepada sesiapa selain pegawai imigresen."""),
    H("ms-lo-h-014", "legit_overseas", "chat", "Interview dengan hospital UK tu 3 peringkat, siap ada ujian OSCE. Lepas lulus baru dapat Certificate of Sponsorship. Memang lambat tapi semua ada dokumen. Tiket flight hospital bayar ✈️"),
    # ------------------------------------------------------------------ legit_local_hotspot
    H("ms-lh-h-001", "legit_local_hotspot", "chat", "Aku dah 2 tahun kerja kat kilang makanan halal kat Phnom Penh, jadi QC. Gaji USD 1,100, ada kontrak, work permit majikan yang urus. Cuti tiap Ahad. Sana bukan semua scam ye, ada je kerja betul 😅"),
    H("ms-lh-h-002", "legit_local_hotspot", "ad", """VACANCY – Malay/English Customer Support (Manila, Philippines)
Employer: Harbour BPO Inc., Ortigas Center, Pasig City
Salary: PHP 60,000/month + language allowance; HMO coverage from day one
Contract: regular employment after 6-month probation; 40 hours/week
Visa: 9(g) work visa and Alien Employment Permit applied for by the company through DOLE
Relocation flight and 2 weeks' hotel covered on a signed contract.
Apply via our careers page; two-stage interview with our Manila HR team."""),
    H("ms-lh-h-003", "legit_local_hotspot", "chat", "Pakcik saya buka kedai makan Malaysia kat Bangkok, dia nak cari tukang masak. Gaji THB 25,000 + tempat tinggal. Dia urus work permit ikut undang-undang Thai. Kalau ada kawan berminat, mesej saya 🙂"),
    H("ms-lh-h-004", "legit_local_hotspot", "ad", """Jawatan: Pengurus Ladang (Getah & Kelapa Sawit) – Kampong Cham, Kemboja
Majikan: Mekong Agro Processing Co., Ltd (anak syarikat kumpulan perladangan Malaysia)
Kontrak: FDC 2 tahun, boleh disambung
Gaji: USD 2,200 sebulan + rumah ladang + kenderaan
Waktu kerja: Isnin – Sabtu
Syarat: Ijazah Pertanian, 8 tahun pengalaman ladang
Work permit & visa E diuruskan oleh majikan. Temuduga di ibu pejabat di Kuala Lumpur."""),
    H("ms-lh-h-005", "legit_local_hotspot", "chat", "Sepupu sy mengajar kat sekolah antarabangsa kat Siem Reap, gaji USD 1,400, kontrak setahun. Dia apply kat CamHR, interview 2 kali dengan pengetua. Betul2 sekolah, ada website, ada murid 😊"),
    H("ms-lh-h-006", "legit_local_hotspot", "ad", """Kekosongan: Penterjemah Mandarin – Melayu (Hotel, Vientiane, Laos)
Lao Capital Riverside Hotel memerlukan penterjemah untuk jabatan jualan korporat.
Gaji: USD 800 – 1,000, makan tengah hari disediakan.
Kontrak 1 tahun, 48 jam seminggu, cuti tahunan 15 hari.
Permit kerja dan visa LA-B2 dipohon oleh hotel.
Hantar CV ke hr@laocapitalriverside.la. Temuduga di hotel atau melalui Zoom dengan Pengurus HR."""),
    H("ms-lh-h-007", "legit_local_hotspot", "chat", "Saya kerja kat bank kat Phnom Penh, cawangan bank Malaysia. Masuk melalui pertukaran dalaman dari KL. Orang tanya Kemboja bahaya ke, depends mana. Kerja office biasa je, 8-5 😄"),
    H("ms-lh-h-008", "legit_local_hotspot", "chat", "Abang ipar aku jadi jurutera kat loji janakuasa kat Sihanoukville, syarikat pembinaan Malaysia. Kontrak 2 tahun, permit kerja ada, balik cuti 3 bulan sekali. Bukan semua orang kat Sihanoukville tu kerja scam 😅"),
    H("ms-lh-h-009", "legit_local_hotspot", "ad", """VACANCY – Halal Certification Officer (Bangkok)
Employer: Siam Halal Standards Co., Ltd
Salary: THB 45,000 – 55,000/month, social security, annual bonus
Contract: 1 year, renewable; Mon–Fri 8.30–17.30
Non-B visa and work permit processed by the company.
Requirements: degree in food science, Malay/English; Thai is an advantage.
Send CV to the company's HR email; interviews in Bangkok or by video."""),
    # ------------------------------------------------------------------ awareness
    H("ms-aw-h-001", "awareness", "news", """KUCHING: Lapan belia Sarawak yang dijanjikan kerja khidmat pelanggan di Thailand dengan gaji RM5,000 sebulan dipercayai dibawa ke Myanmar dan dipaksa menjadi scammer, menurut polis.
Mangsa berusia antara 20 hingga 30 tahun dilaporkan menerima tawaran melalui Facebook yang menyebut "tambang kapal terbang diberikan, tempat tinggal selesa".
Setibanya di Bangkok, mereka dibawa dengan van ke Mae Sot sebelum menyeberangi sungai ke Myawaddy.
Polis menasihatkan keluarga supaya membuat laporan segera jika ahli keluarga terputus hubungan selepas ke luar negara untuk bekerja. (Laporan contoh, ditulis untuk korpus.)"""),
    H("ms-aw-h-002", "awareness", "chat", "Tolong share 🙏 Adik kawan saya dari Sabah pergi 'kerja admin di Thailand' bulan lepas. Sekarang dia kat Kemboja, kena kerja 16 jam, pasport kena ambik. Kalau nampak iklan 'gaji lumayan, tiket free' jangan layan!!"),
    H("ms-aw-h-003", "awareness", "news", """Testimoni seorang mangsa (nama ditukar): "Saya nampak iklan kerja kosong, gaji RM8,000, kerja CS. Mereka kata tak perlu visa kerja, masuk sebagai pelancong. Sampai di sana, saya disuruh menipu orang Malaysia melalui telefon. Kalau tak capai target, kena denda dan tak diberi makan. Keluarga saya terpaksa bayar RM15,000 untuk tebus saya."
Catatan ini dikongsi oleh sebuah NGO untuk mengingatkan belia supaya menyemak setiap tawaran kerja luar negara."""),
    H("ms-aw-h-004", "awareness", "news", """Tanda-tanda tawaran kerja palsu ke luar negara (infografik NGO):
1. Gaji terlalu tinggi untuk kerja mudah (contoh: "RM10,000 sebulan, hanya menaip").
2. "Tiket, visa dan penginapan percuma".
3. Disuruh masuk dengan visa pelancong.
4. Temuduga hanya melalui WhatsApp/Telegram.
5. Nama syarikat dan alamat tidak jelas.
6. Disuruh berbohong kepada pegawai imigresen.
Jika ragu-ragu, semak dengan Jabatan Tenaga Kerja atau Kedutaan Malaysia. Talian NSRC: 997."""),
    H("ms-aw-h-005", "awareness", "chat", "⚠️ Mak ayah, tolong pantau anak2 yang cari kerja kat TikTok. Sekarang ramai sindiket guna ayat 'kerja resort', 'kerja chef Thailand', 'upah lumayan'. Pastikan ada kontrak & permit kerja yang sah ya."),
    H("ms-aw-h-006", "awareness", "news", """PUTRAJAYA: Seramai 27 rakyat Malaysia yang diselamatkan dari sebuah kompleks di Kemboja selamat tiba di KLIA petang semalam.
Menurut Wisma Putra, kebanyakan mereka ditawarkan kerja "pemasaran online" dengan gaji USD 1,000 hingga USD 2,000 dan dijanjikan tiket percuma.
Kementerian sekali lagi mengingatkan bahawa pekerjaan yang sah memerlukan permit kerja dan kontrak bertulis, bukan visa pelancong. (Teks sintetik untuk latihan model.)"""),
    H("ms-aw-h-007", "awareness", "chat", "Semalam ada orang mesej saya tawar kerja kat 'Thailand', gaji 7k, tiket free, interview WhatsApp je. Saya terus report kat NSRC 997 😤 Jangan jadi mangsa geng!"),
    H("ms-aw-h-008", "awareness", "news", """Ceramah kesedaran di Kolej Komuniti Miri: Pegawai polis daerah menerangkan modus operandi sindiket pemerdagangan orang yang merekrut belia melalui iklan "kerja kosong luar negara".
Antara ayat yang sering digunakan: "tak perlu pengalaman", "tambang kapal terbang diberikan", "berlepas minggu depan" dan "kerja dijamin selamat".
Pelajar dinasihatkan supaya menyemak lesen agensi dan tidak menyerahkan pasport kepada individu."""),
    H("ms-aw-h-009", "awareness", "news", """Ibu mangsa, yang enggan dikenali, berkata anaknya berumur 22 tahun meninggalkan rumah di Tawau selepas dijanjikan kerja sebagai penyambut tetamu hotel di Bangkok.
"Dia kata bos bayar tiket, tempat tinggal pun ada. Tiga hari kemudian dia hantar mesej suruh kami bayar RM20,000 supaya dia dilepaskan," katanya.
Kes itu kini disiasat di bawah Akta Antipemerdagangan Orang dan Antipenyeludupan Migran (ATIPSOM). (Contoh berita rekaan.)"""),
    H("ms-aw-h-010", "awareness", "chat", "Kalau korang dapat mesej 'kerja CS Kemboja gaji USD1,500 hostel free', itu bukan rezeki, itu perangkap. Dah banyak kes. Screenshot & report. 🚫"),
    H("ms-aw-h-011", "awareness", "news", """Soalan Lazim: Bagaimana menyemak tawaran kerja luar negara?
- Minta nama penuh syarikat, alamat dan nombor pendaftaran; semak secara bebas.
- Pastikan agensi mempunyai lesen JTKSM yang sah.
- Kontrak bertulis mesti diterima sebelum berlepas.
- Visa mestilah visa kerja, bukan visa pelancong.
- Jangan serahkan pasport kepada sesiapa kecuali pegawai kerajaan.
Tawaran "gaji lumayan, tiada pengalaman, tiket percuma, berlepas dalam 3 hari" adalah tanda bahaya."""),
    H("ms-aw-h-012", "awareness", "chat", "Abang aku selamat balik dari Myawaddy 🙏 dia pergi sebab iklan 'kerja typing Thailand RM6k'. Kedutaan tolong. Please jangan pergi kerja yang interview guna Telegram je."),
    H("ms-aw-h-013", "awareness", "news", """KOTA KINABALU: Polis menahan dua individu yang dipercayai ejen merekrut belia tempatan untuk bekerja di sindiket penipuan dalam talian di Kemboja.
Suspek didakwa mengiklankan "kerja admin, gaji USD1,200, penginapan disediakan" di Facebook dan menerima komisen RM3,000 bagi setiap orang yang berjaya dihantar. (Teks contoh, bukan laporan sebenar.)"""),
    H("ms-aw-h-014", "awareness", "chat", "Saya pun hampir kena. HR tu kata 'kerja kat Vietnam, tiket company bayar', lepas tu suruh naik kereta ke sempadan Kemboja. Saya patah balik. Syukur 😮‍💨 jaga diri semua."),
    H("ms-aw-h-015", "awareness", "news", """Kenyataan Media Kedutaan Besar Malaysia, Phnom Penh (contoh sintetik):
Kedutaan menerima aduan berterusan daripada keluarga rakyat Malaysia yang terperangkap selepas menerima tawaran kerja melalui media sosial. Tawaran tersebut lazimnya menyebut "gaji lumayan", "kerja pejabat" dan "tiket penerbangan ditanggung". Rakyat Malaysia dinasihatkan mendaftar dengan kedutaan dan memastikan permit kerja diperoleh sebelum bekerja di Kemboja."""),
    H("ms-aw-h-016", "awareness", "chat", "Kawan-kawan, kalau ada 'HR' mesej tawar kerja Thailand gaji 6-8k dan minta salinan pasport dalam WhatsApp, JANGAN hantar. Semak dulu dengan JTK. Saya pernah nyaris kena 🙏"),
    H("ms-aw-h-017", "awareness", "news", """SIBU: Seorang ibu tunggal merayu orang ramai berkongsi maklumat mengenai anak lelakinya, 24, yang hilang sejak tiga bulan lalu selepas dijanjikan kerja "operator komputer di Thailand" dengan gaji RM5,500.
Menurutnya, anaknya sempat menghantar mesej bahawa dia kini berada di Myanmar dan tidak dibenarkan keluar dari bangunan tempat kerja.
Polis mengesahkan menerima laporan dan sedang berhubung dengan Wisma Putra. (Berita rekaan untuk korpus latihan.)"""),
    H("ms-aw-h-018", "awareness", "news", """Infografik PDRM (versi ringkas, disediakan semula): "Tawaran kerja luar negara? STOP – SEMAK – LAPOR."
STOP: jangan terus setuju dengan tawaran gaji tinggi dan tiket percuma.
SEMAK: nama syarikat, lesen agensi, jenis visa.
LAPOR: NSRC 997 atau balai polis berhampiran jika ada unsur penipuan."""),
    H("ms-aw-h-019", "awareness", "chat", "Anak buah saya baru balik dari Kemboja, dia cerita 'kerja CS' tu sebenarnya kena scam orang Malaysia sendiri. Kalau tak capai target kena renjat elektrik 😢 tolong ingatkan anak-anak kita."),
    H("ms-aw-h-020", "awareness", "news", """Ucapan di Program Kerjaya Belia, Kuching (teks contoh): "Kita faham ramai anak muda Sarawak mahu gaji lebih baik. Tetapi jika iklan menyebut 'tambang kapal terbang diberikan', 'tiada pengalaman' dan 'berlepas dalam tiga hari', berhenti dan semak. Peluang yang sah ada kontrak, ada permit, dan boleh disemak dengan Jabatan Tenaga Kerja." """),
    # ------------------------------------------------------------------ other_text
    H("ms-ot-h-001", "other_text", "chat", "Mak, Amir dah sampai Siem Reap 😁 hotel ok, esok pagi pukul 4 nak tengok sunrise kat Angkor Wat. Nanti Amir video call ya"),
    H("ms-ot-h-002", "other_text", "chat", "Gaji bulan ni lambat masuk sebab cuti umum 😩 sabar la dompet. Sapa nak share makan KFC malam ni?"),
    H("ms-ot-h-003", "other_text", "message", """PROMOSI HUJUNG BULAN! 🛒
Beras 10kg RM32.90 sahaja
Minyak masak 5kg RM29.90
Susu pekat 6 tin RM17.50
Sah sehingga Ahad ini di semua cawangan Pasaraya Seri Murni. Terhad kepada 2 unit setiap pelanggan."""),
    H("ms-ot-h-004", "other_text", "chat", "Bro group Telegram futsal dah buat, join t.me/futsal_ss15 ya. Malam Khamis RM10 sorang, court biasa 👍"),
    H("ms-ot-h-005", "other_text", "chat", "Cik Siti, invois bulan Mei RM1,250 dah saya bank in. Resit dah hantar kat emel. Terima kasih atas servis aircond semalam 🙏"),
    H("ms-ot-h-006", "other_text", "message", """Jemputan Majlis Perkahwinan
Anak kami, Nurul Izzah & Muhammad Faris
Sabtu, 14 September, 11 pagi – 4 petang
Dewan Orang Ramai Taman Sri Muda, Shah Alam
Kehadiran anda amat dihargai. RSVP: 013-220 8841 (Puan Rohani)"""),
    H("ms-ot-h-007", "other_text", "chat", "Aku baru balik Bangkok, beli 3 beg baju kat Platinum 😂 duit habis, gaji lambat lagi 2 minggu. Makan maggi la nampaknya"),
    H("ms-ot-h-008", "other_text", "chat", "Kak, kerja baru adik kat KL best tak? Dah sebulan kan. Jangan lupa call mak, dia risau 😊"),
    H("ms-ot-h-009", "other_text", "message", """Notis kepada penduduk Taman Desa Indah:
Bekalan air akan terganggu pada Selasa, 8 pagi – 6 petang, kerana kerja penyelenggaraan paip. Tangki air akan ditempatkan di surau. Harap maklum.
AJK Penduduk"""),
    H("ms-ot-h-010", "other_text", "chat", "LOL cikgu bahasa kita dulu sekarang buka kedai kopi kat Kota Kinabalu, kopi dia sedap gila ☕ nanti kita singgah bila cuti"),
    H("ms-ot-h-011", "other_text", "chat", "Semalam tengok dokumentari pasal Tonle Sap kat Kemboja, cantik sangat kampung terapung dia. Next trip confirm pergi sana!! 🚤"),
    H("ms-ot-h-012", "other_text", "chat", "Weh gaji aku naik RM300 bulan ni!! 🥳 Boss approve jugak akhirnya. Jom celebrate sushi Sabtu ni"),
    H("ms-ot-h-013", "other_text", "message", """Kelas Bahasa Mandarin Asas (Dewasa)
Setiap Selasa & Khamis, 8.00 – 9.30 malam
Yuran RM180 sebulan, buku termasuk
Pusat Komuniti Taman Sentosa, Klang
Daftar: 012-774 3019"""),
    H("ms-ot-h-014", "other_text", "chat", "Tiket konsert dah beli! RM288 seorang, seat jauh sikit tapi ok la 😂 nanti kita gerak sama dari LRT Kelana Jaya"),
    H("ms-ot-h-015", "other_text", "chat", "Ayah, Siti dah sampai Hat Yai dengan kawan-kawan. Esok nak pergi pasar terapung. Jangan risau ya, nanti Siti call."),
]
