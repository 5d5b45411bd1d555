"""Indonesian templates for the synthetic recruitscan corpus (project-written; origin: synthetic).

Every name, company, number, address, handle and quotation in this module is invented for the
corpus. Agencies (Kemlu, KBRI, BP2MI/KP2MI, Polri, Disnaker) are referred to generically; no
statement here is a real quotation.
"""

from grammar import H, T

LANGUAGE = "id"

SLOTS = {
    # --- people and places -------------------------------------------------------------
    "nama": ["Rina", "Dimas", "Budi", "Siti", "Ayu", "Wahyu", "Fitri", "Andi", "Putri", "Rizky", "Dewi",
             "Agus", "Nanda", "Yoga", "Lestari", "Fajar", "Indah", "Bayu", "Sari", "Ilham", "Tika",
             "Hendra", "Novi", "Arif", "Mega", "Rudi", "Wulan", "Dian", "Eko", "Lia"],
    "kota": ["Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Batam", "Yogyakarta",
             "Malang", "Bekasi", "Tangerang", "Cikarang", "Palembang", "Denpasar", "Solo", "Balikpapan",
             "Pekanbaru", "Bogor", "Depok", "Sidoarjo"],
    "kab": ["Indramayu", "Cianjur", "Sukabumi", "Cilacap", "Kendal", "Brebes", "Lombok Timur", "Blitar",
            "Ponorogo", "Sumbawa", "Kupang", "Karawang", "Banyuwangi", "Jember", "Tulungagung",
            "Subang", "Garut", "Kebumen", "Bima", "Manado", "Deli Serdang", "Purwakarta"],
    "inisial": ["AS", "RN", "MF", "DK", "SW", "YP", "AR", "NH", "FZ", "IK", "TR", "WL", "BH", "LS"],
    "umur": ["19", "21", "22", "23", "24", "25", "26", "27", "29", "31"],
    "tgl": ["3", "7", "12", "15", "18", "21", "24", "28"],
    "bulan": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
              "Oktober", "November", "Desember"],
    "hari": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
    "emo": ["😂", "🤣", "😅", "🙏", "😍", "🥲", "👍", "❤️", "😭", "🤔", "🙈", "😁", "🥰", "😆", ""],
    "emo2": ["🙏🙏", "😂😂", "🔥🔥", "💯", "👍👍", "🥺", "😊", "🤭", "✨", ""],
    # --- scam-side vocabulary -----------------------------------------------------------------
    "job_cs": ["customer service", "CS", "CS online", "customer service (chat)", "CS live chat",
               "customer care", "Customer Service Representative", "CS admin"],
    "job_office": ["customer service", "CS online", "admin media sosial", "admin online", "operator komputer",
                   "operator data", "data entry", "marketing online", "tenaga pemasaran digital",
                   "telemarketing", "admin chat", "staf input data", "admin sosmed", "typing staff",
                   "Digital Sales & Marketing Executive", "CS marketplace"],
    "job_crypto": ["admin crypto", "CS exchange crypto", "admin investasi online", "customer support platform trading",
                   "operator aset digital", "marketing crypto", "admin forex & crypto"],
    "job_judol": ["admin judi online", "operator game online", "CS situs slot", "admin website gaming",
                  "CS game online", "operator deposit/withdraw", "admin togel online", "CS casino online"],
    "job_nonoffice": ["staf dapur", "koki", "pastry cook", "cook helper", "tukang kayu", "staf renovasi hotel",
                      "crew kargo", "ground staff maskapai", "waiter resort", "resepsionis resort",
                      "staf laundry hotel", "terapis spa", "barista resort", "housekeeping resort"],
    "kh": ["Kamboja", "Kamboja", "Cambodia", "KAMBOJA", "Kamboja ({hub_kh})", "{hub_kh}, Kamboja"],
    "decoy": ["Thailand", "Bangkok", "Thailand (Bangkok)", "Singapura", "Malaysia", "Vietnam", "Thailand"],
    "pt_fake": ["PT Global Mandiri Asia", "perusahaan investasi asing", "Golden Star Group", "Asia Pacific Tech Co., Ltd",
                "perusahaan e-commerce internasional", "Royal Fortune Company", "perusahaan IT milik investor China",
                "Mekong Digital Group", "Lucky Dragon Entertainment", "perusahaan teknologi keuangan",
                "Sunrise Global Co.", "perusahaan game online legal"],
    "c_scam": ["WA {phone_id}", "WA: {phone_kh}", "Telegram {tg_handle}", "TG: {tg_handle}", "{wa_link}",
               "{tg_link}", "WA/Tele {phone_id}", "hubungi admin {tg_handle}", "chat {wa_link}",
               "WhatsApp {phone_kh}", "LINE ID: {line_id}"],
    "line_id": ["rekrut.asia", "hr_bangkok88", "joblink.th", "agen_kerja99", "lisa.hrd", "mr.wang_hr"],
    "idr_mid": ["Rp 7 juta", "Rp 8jt", "8 juta", "Rp 9.000.000", "7-9 juta", "Rp 8,5 juta"],
    "idr_crazy": ["Rp 100 juta", "Rp 120jt", "100-150 juta", "Rp 150.000.000"],
    "fasil": ["tiket pesawat PP", "tiket pesawat", "visa", "mess", "makan 3x sehari", "tempat tinggal",
              "asuransi", "wifi", "laundry", "transport dari bandara"],
    "cepat": ["berangkat minggu ini", "berangkat 3 hari setelah interview", "langsung berangkat", "proses cepat 1 minggu",
              "berangkat bulan ini", "keberangkatan cepat", "bisa langsung terbang", "berangkat secepatnya"],
    "aman": ["aman dan legal", "100% aman, bukan perusahaan hitam", "legal dan terpercaya", "aman, sudah banyak yang berangkat",
             "perusahaan resmi, dijamin aman", "bukan penipuan", "tidak ada potongan, dijamin aman"],
    # --- legit-side vocabulary -----------------------------------------------------------------
    "pt_legit": ["PT Sinar Abadi Logistik", "PT Mitra Niaga Sejahtera", "PT Cahaya Retail Nusantara", "PT Bumi Karya Distribusi",
                 "PT Arunika Digital Indonesia", "PT Sentosa Food Industri", "CV Maju Bersama", "PT Griya Farma Medika",
                 "PT Tirta Kencana Lestari", "PT Putra Samudra Ekspedisi", "PT Graha Busana Indah", "PT Lintas Data Prima"],
    "bpo": ["PT Infokom Solusi Prima", "PT Telekontak Mandiri", "PT Cakra Layanan Pelanggan", "PT Suara Nusantara Kontak",
            "PT Prima Callindo Utama", "PT Dwi Layanan Integra", "PT Kontak Andalan Indonesia", "PT Sigma Mitra Outsourcing"],
    "alamat": ["Jl. Gatot Subroto Kav. 21, Jakarta Selatan", "Jl. Raya Darmo No. 88, Surabaya", "Jl. Asia Afrika No. 113, Bandung",
               "Jl. Gajah Mada No. 45, Medan", "Jl. Pandanaran No. 30, Semarang", "Ruko Golden Boulevard Blok C-12, BSD Tangerang",
               "Jl. Jend. Sudirman No. 7, Pekanbaru", "Kawasan Industri Jababeka Blok F, Cikarang", "Jl. Ahmad Yani No. 210, Sidoarjo",
               "Jl. Magelang Km 5, Sleman", "Gedung Graha Mitra Lt. 4, Jl. Pemuda No. 12, Jakarta Timur",
               "Jl. Sultan Hasanuddin No. 19, Makassar"],
    "web": ["karir.sinarabadi.co.id", "www.mitraniaga.co.id/karir", "jobs.cakraretail.id", "rekrutmen.infokomprima.co.id",
            "karir.telekontak.co.id", "www.bumikarya.co.id/lowongan"],
    "mail_id": ["hrd@sinarabadi.co.id", "rekrutmen@mitraniaga.co.id", "karir@cakraretail.id", "recruitment@infokomprima.co.id",
                "hr@telekontak.co.id", "lowongan@bumikarya.co.id", "hrd.cikarang@sentosafood.co.id", "hr@lintasdata.id"],
    "p3mi": ["PT Karya Mandiri Sejahtera", "PT Anugerah Bina Tenaga", "PT Duta Sumber Karya", "PT Mitra Insani Global",
             "PT Cipta Kerja Amanah", "PT Bintang Sakura Indonesia", "PT Arta Formosa Jaya"],
    "lpk": ["LPK Hanabi Karya", "LPK Sakura Mandiri", "LPK Nusantara Nihongo", "LPK Hangeul Bina Kerja", "LPK Mirai Cendekia"],
    "siup": ["SIP3MI No. B.{sipno}/KP.02/{tahun}", "izin P3MI No. {sipno}/{tahun}", "SIP3MI {sipno}/PPTKIS/{tahun}"],
    "sipno": ["102", "377", "452", "918", "1203", "2045", "3110"],
    "tahun": ["2021", "2022", "2023", "2024"],
    "peng": ["PENG. {pengno}/KP.04/PP.02.04/{romawi}/2025", "PENG. {pengno}/BP2MI/PP.02.04/{romawi}/2025",
             "Nomor {pengno}/KP.04.02/{romawi}/2025"],
    "pengno": ["0417", "1088", "1352", "2210", "2476", "3019"],
    "romawi": ["II", "III", "IV", "V", "VI", "VIII", "IX"],
    "sektor_kr": ["manufaktur", "perikanan", "pertanian", "konstruksi", "manufaktur dan perikanan"],
    "sektor_jp": ["kaigo (perawat lansia)", "pengolahan makanan", "restoran (gaishoku)", "pertanian", "konstruksi",
                  "perhotelan", "manufaktur", "pembersihan gedung"],
    "tw_job": ["caregiver panti lansia", "operator pabrik elektronik", "operator pabrik plastik", "perawat panti jompo",
               "operator pabrik tekstil", "pekerja perikanan"],
    "tw_emp": ["Taichung Harmony Elderly Care Center", "Hsinchu Everbright Electronics Co., Ltd", "Tainan Golden Years Nursing Home",
               "Kaohsiung Fortune Plastics Co., Ltd", "Changhua Greenfield Textile Co., Ltd", "Taoyuan Sunrise Long-term Care Center"],
    # --- hotspot legit --------------------------------------------------------------------------
    "pp_emp": ["Hotel Mekong Riverside Phnom Penh", "Warung Nusantara Phnom Penh", "Sekolah Internasional Garuda Phnom Penh",
               "PT Kapal Api Trading Cambodia", "Nusa Garment (Cambodia) Co., Ltd", "Bank Pembangunan Mekong Plc",
               "Angkor Spice Indonesian Restaurant", "Indo-Khmer Palm Oil Trading Co., Ltd"],
    "bkk_emp": ["Hotel Sukhumvit Grand Bangkok", "PT Semen Nusantara (Thailand) Ltd", "Rumah Makan Padang Sederhana Bangkok",
                "Siam Indo Logistics Co., Ltd", "Chao Phraya Travel & Tours", "Bangkok Batik House", "Nusantara Coal Trading (Thailand)"],
    "mnl_emp": ["Indo Pacific Shipping Manila Inc.", "Hotel Makati Bayview", "PT Garuda Food Philippines Inc.",
                "Bali Rasa Restaurant BGC", "Jakarta-Manila Trade Office Partners"],
}


# Optional blocks that lengthen the formal ads (each with its own alternations).
SLOTS.update({
    "cr_alur": ["[Alur pendaftaran|Cara daftar|Proses rekrutmen]: [1) kirim foto KTP dan paspor, 2) interview online, 3) tiket dikirim, 4) berangkat.|kirim data diri, interview lewat video call, terima e-tiket, lalu berangkat.|chat admin, kirim CV singkat, interview 10 menit, jadwal keberangkatan langsung diatur.|isi formulir dari admin, tunggu jadwal interview, setelah lolos tiket dikirim H-2.]"],
    "cr_jam": ["[Jam kerja|Waktu kerja|Jadwal]: [12 jam per hari, libur 1 hari per minggu|2 shift (siang/malam), libur 4 hari sebulan|09.00-21.00, libur tiap Minggu|8-12 jam tergantung target|6 hari kerja, 1 hari libur].",
               "[Kontrak|Masa kontrak] [6 bulan|1 tahun|minimal 6 bulan], [bisa diperpanjang|gaji naik tiap 3 bulan|ada bonus akhir kontrak]."],
    "cr_docs": ["[Dokumen yang perlu disiapkan|Siapkan|Persyaratan dokumen]: [KTP, KK, paspor (kalau ada), foto 4x6|foto KTP + selfie + paspor|KTP dan paspor saja, sisanya kami urus|KTP, paspor, dan nomor HP aktif]."],
    "cr_why": ["[Kenapa gabung dengan kami?|Keunggulan kerja di sini:|Kelebihan:] [gaji dolar, biaya hidup murah, bisa nabung banyak|banyak teman dari Indonesia, tidak akan kesepian|kantor modern, ada kantin dan gym|bisa kirim uang ke keluarga tiap bulan|jenjang karier jelas, bisa naik jadi leader]."],
    "cr_end": ["[Kuota terbatas, siapa cepat dia dapat!|Slot tinggal sedikit, jangan sampai kehabisan.|Kesempatan tidak datang dua kali.|Pendaftaran ditutup akhir bulan ini.|Yang serius saja, tidak melayani yang cuma tanya-tanya.|Bantu share ke keluarga dan teman yang sedang cari kerja.|Tidak dipungut biaya apa pun.|Gratis, tanpa potongan gaji.]"],
    "cr_mid": ["{cr_jam}\n{cr_docs}", "{cr_alur}", "{cr_why}\n{cr_jam}", "{cr_docs}\n{cr_alur}", "{cr_jam}\n{cr_why}", "{cr_alur}\n{cr_jam}"],
})

TEMPLATES: list = []
HANDWRITTEN: list = []


def _hw(prefix: str, category: str, kind: str, block: str, start: int, bpo: bool = False) -> None:
    """Append hand-written examples separated by lines of '~~'."""
    texts = [t.strip() for t in block.split("\n~~\n") if t.strip()]
    for i, text in enumerate(texts):
        HANDWRITTEN.append(H(f"id-{prefix}-{kind}-{start + i:03d}", category, kind, text, bpo_urgent=bpo))


# =====================================================================================
# compound_recruitment: formal ads
# =====================================================================================
TEMPLATES += [
    T("id-cr-ad-001", "compound_recruitment", "ad", """[LOWONGAN KERJA|Dibutuhkan Segera|LOKER TERBARU|OPEN RECRUITMENT] {job_office} {emoji_hot}
[Penempatan|Lokasi kerja|Negara tujuan]: {kh}
[Gaji|Salary|Penghasilan]: {idr_high} [per bulan|/bln|setiap bulan] + [bonus|komisi|bonus target]
[Fasilitas|Benefit]:
- [Tiket pesawat PP ditanggung perusahaan|Tiket pesawat gratis|Tiket berangkat dibayar kantor]
- [Mess dan makan gratis|Tempat tinggal + makan 3x sehari|Asrama ber-AC, makan ditanggung]
- [Visa diurus perusahaan|Visa dan dokumen dibantu|?Libur 2 hari per bulan]
[Syarat|Kualifikasi]:
- Usia {age_range} tahun
- [Bisa mengoperasikan komputer|Bisa mengetik cepat|Bisa pakai HP dan laptop]
- [Tidak perlu pengalaman|Tanpa ijazah tidak masalah|Lulusan SMP/SMA boleh]
- [Punya paspor (yang belum punya dibantu)|Paspor aktif|Bersedia buat paspor]
{cr_mid}
[?{cepat}. ]Hubungi [kami di|admin]: {c_scam}
[?{cr_end}]""", n=15),

    T("id-cr-ad-002", "compound_recruitment", "ad", """[{pt_fake}|Perusahaan kami] [sedang membuka|membuka] [lowongan|kesempatan kerja] untuk posisi {job_cs} [di {decoy}|untuk penempatan luar negeri].

[Tugas|Job desc]: [membalas chat pelanggan melalui aplikasi|melayani pelanggan secara online|menjawab pertanyaan customer lewat chat], [tidak perlu menelepon|kerja di depan komputer|kerja di dalam ruangan ber-AC].
[Gaji pokok|Gaji] {usd_high}/bulan[, dibayar dalam dolar|, dibayar tepat waktu|] + [komisi 3%|bonus kehadiran USD 100|bonus bulanan].
[Kami menanggung|Perusahaan menanggung|Gratis]: {fasil}, {fasil}, {fasil}.
[Masuk menggunakan visa turis, nanti visa kerja diurus setelah sampai.|Berangkat pakai visa kunjungan, izin kerja diproses di sana.|Cukup bebas visa ASEAN, tidak perlu visa kerja.]
[Interview via Zoom|Interview online lewat video call|Interview cukup lewat chat], [hasil langsung keluar|bisa hari ini juga|tidak perlu datang ke kantor].
{cr_mid}
[Kirim CV dan foto paspor ke|Minat? Kirim data diri ke|Daftar via] {c_scam}
[?{cr_end}]""", n=15),

    T("id-cr-ad-003", "compound_recruitment", "ad", """{emoji_hot} [DIBUTUHKAN|DICARI|LOWONGAN] {job_crypto} {emoji_hot}
[Perusahaan investasi|Perusahaan exchange aset digital|Platform trading internasional] [di {hub_kh}|di Phnom Penh|yang berkantor di Kamboja] [membutuhkan|mencari] [{count} orang|banyak tenaga kerja|tim baru] [untuk segera bergabung|asal Indonesia].

[✅|-] Gaji [mulai|start] {usd_high} + [komisi|bonus] [sampai 5%|tiap closing|tanpa batas]
[✅|-] [Tiket, visa, mess, makan|Tiket pesawat + akomodasi] [ditanggung perusahaan|GRATIS]
[✅|-] [Tidak perlu paham crypto, akan dilatih|Training gratis 1 minggu|Tidak butuh pengalaman]
[✅|-] [Kerja 12 jam, libur 1 hari/minggu|Jam kerja shift|Kantor nyaman, fasilitas lengkap]

[Syarat: WNI, usia {age_range}, bisa baca tulis, punya HP.|Syarat mudah: usia {age_range}, sehat, mau belajar.]
[Interview online, {cepat}.|Proses cepat, {cepat}.]
{cr_mid}
[Serius saja|Yang serius langsung|Info lengkap], {c_scam}
[?{cr_end}]""", n=15),

    T("id-cr-ad-004", "compound_recruitment", "ad", """[Lowongan|Loker] {job_office} [Luar Negeri|Asia|Overseas] [- tanpa ijazah|- tidak perlu pengalaman|(cukup bisa ngetik)]

[Kami mencari|Dicari] [pekerja|karyawan] [untuk kantor di|untuk ditempatkan di] [{decoy}|{kh}|Asia Tenggara].
[Tidak butuh ijazah atau IPK.|Tanpa syarat ijazah.|Ijazah apa saja diterima.] [Yang penting bisa mengetik minimal 30 kata per menit dan punya paspor.|Cukup bisa mengetik dan punya paspor.|Syarat utama hanya kecepatan mengetik.]

Gaji: [{idr_high}|{usd_high}]
[Jam kerja|Kerja]: [12 jam/hari|2 shift|pagi-malam bergantian]
[Tiket pesawat dan akomodasi gratis.|Akomodasi, tiket, dan makan disediakan.|Semua biaya keberangkatan ditanggung, tidak dipotong gaji.]
[Paspor belum ada? Kami bantu buatkan.|Paspor bisa dibuatkan oleh tim kami.|Pembuatan paspor dibantu sampai jadi.]

{cr_mid}
[Pendaftaran|Info & daftar]: {c_scam}[ (fast respon)| (chat saja, tidak terima telepon)|]
[?{cr_end}]""", n=14),

    T("id-cr-ad-005", "compound_recruitment", "ad", """[URGENT HIRING|WE ARE HIRING|JOB VACANCY] - Digital [Sales|Marketing] Executive [({decoy})|- Bangkok]
[Company|Perusahaan]: [{pt_fake}|international e-commerce company]
[Position|Posisi]: [Digital Sales & Marketing Executive|Online Marketing Staff|Customer Support (English)]
[Salary|Gaji]: {usd_high} + [commission|incentive]
Requirements:
- [Basic English (reading & typing)|Can speak basic English|English pasif tidak apa-apa]
- [Age|Usia] {age_range}
- [Computer literate|Bisa komputer dasar]
- [No experience needed|Fresh graduate welcome|Tanpa pengalaman]
Benefits: [free air ticket|tiket pesawat gratis], [free hotel accommodation|hotel gratis], [food allowance|uang makan], [visa facilitation|visa diurus].
[Travel on tourist visa, working visa will be processed after arrival.|Berangkat dengan visa turis dulu ya.|Entry with visa on arrival/visa-free.]
{cr_mid}
[Online interview + typing test only.|Interview online dan tes mengetik.|Interview by Zoom.] [Apply now|Chat now|Kirim CV]: {c_scam}
[?{cr_end}]""", n=14),

    T("id-cr-ad-006", "compound_recruitment", "ad", """[Lowongan|Dibutuhkan] {job_nonoffice} [di Thailand|untuk hotel di Thailand|di {decoy}] {emoji_hot}
[Restoran dan hotel|Resort|Perusahaan kami] [membutuhkan|mencari] {job_nonoffice} [asal Indonesia|dari Indonesia] [{count} orang|segera].
[Gaji|Gaji pokok] {usd_high} [per bulan|/bulan] [+ tips|+ lembur|+ bonus].
[Tiket pesawat ke Bangkok ditanggung.|Tiket ke Bangkok sudah kami siapkan.|Tiket berangkat dari {kota} ke Bangkok gratis.]
[Sampai di bandara akan dijemput tim kami dan diantar ke lokasi kerja.|Dari bandara langsung dijemput mobil kantor ke tempat kerja (perjalanan darat beberapa jam).|Setibanya di Bangkok, tim akan menjemput dan mengantar ke lokasi kerja di daerah perbatasan.]
[Tidak perlu visa kerja, cukup paspor.|Berangkat pakai visa turis, aman.|Visa diurus di sana.]
[Syarat|Kriteria]: [usia {age_range}, sehat, jujur|laki-laki/perempuan usia {age_range}|pengalaman tidak wajib].
{cr_mid}
[Minat hubungi|Info lebih lanjut|Chat]: {c_scam}
[?{cr_end}]""", n=15),

    T("id-cr-ad-007", "compound_recruitment", "ad", """[DICARI TUKANG KAYU & TUKANG BANGUNAN|Lowongan Tukang Kayu Luar Negeri|Butuh Tukang Kayu untuk Renovasi Hotel]
[Proyek renovasi hotel dan kasino|Proyek renovasi gedung perkantoran|Pembangunan resort] di [{hub_kh}|Sihanoukville|{kh}|kawasan perbatasan].
[Gaji|Upah] [{idr_high} per bulan|{usd_high}/bulan|USD 50 per hari], [dibayar bulanan|lembur dibayar].
[Tiket, makan, dan mess ditanggung.|Makan + mess + tiket PP gratis.|Semua ditanggung, tinggal bawa badan.]
[Tidak perlu sertifikat.|Tidak perlu pengalaman panjang.|Yang penting mau kerja.] [Nanti ada tes sederhana di komputer.|Dianjurkan bisa mengetik di HP/komputer.|]
[Berangkat rombongan dari {kota}.|Berangkat bareng-bareng, ada pendamping.|Keberangkatan {cepat}.]
{cr_mid}
{c_scam}
{cr_end}""", n=12),

    T("id-cr-ad-008", "compound_recruitment", "ad", """[Kerja Resort|Part Time Resort|Kerja Sambil Liburan] di [Kamboja|luar negeri|Asia] - [tanpa visa kerja|NO VISA|bebas visa] {emoji_hot}
[Butuh|Dicari] [staf resort|staf hotel|{job_nonoffice}] [untuk kontrak 6 bulan|kontrak pendek 3-6 bulan|kerja musiman].
[Tidak perlu visa, cukup paspor, masuk sebagai turis.|Masuknya pakai bebas visa ASEAN, tidak ribet.|Tanpa visa kerja, cukup paspor dan KTP.]
[Penghasilan|Gaji] {idr_high} + [tips|bonus], [makan dan kamar gratis|mess gratis].
[Pesawat dibayarin, tinggal berangkat.|Tiket pesawat ditanggung penuh.|Tiket pp gratis.]
[Syarat|Requirement]: [usia {age_range}|berpenampilan rapi|bisa sedikit bahasa Inggris atau Mandarin].
[Berangkat {cepat}.|{cepat}.]
{cr_mid}
[DM|Japri|Chat] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-009", "compound_recruitment", "ad", """[Lowongan Ground Staff Maskapai & Kargo|Lowongan Kerja Perusahaan Kargo|Rekrutmen Staf Airline] - [Vietnam|Ho Chi Minh City]
[Perusahaan logistik udara|Perusahaan kargo internasional|Maskapai partner] [membuka rekrutmen|mencari] {count} [orang|staf] [asal Indonesia|WNI].
Posisi: [ground staff|admin kargo|staf gudang kargo|crew handling], [gaji|gaji pokok] {usd_high}.
[Tiket ke Ho Chi Minh City ditanggung.|Berangkat ke Ho Chi Minh City, tiket dibayar perusahaan.|Tiket pesawat Jakarta - Ho Chi Minh gratis.]
[Setelah sampai, tim akan menjemput dan melanjutkan perjalanan darat ke kantor cabang di perbatasan.|Dari HCMC lanjut jalur darat lewat Moc Bai ke lokasi kantor.|Nanti dari bandara dijemput motor/mobil ke kantor cabang (dekat perbatasan Kamboja).]
[Cukup visa turis.|Tidak perlu visa kerja, bebas visa.|Visa diurus setelah tiba.]
{cr_mid}
[Interview online.|Interview lewat chat WhatsApp.|Interview singkat lewat video call.] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-010", "compound_recruitment", "ad", """[Loker|Lowongan|Info kerja] {job_judol} [🎰|🎲|{emoji_hot}]
[Kantor di|Lokasi:] [{kh}|Kamboja|Filipina|luar negeri (Asia)]
[Gaji|Salary] [{idr_high}|{usd_high}] + [bonus rollingan|komisi|bonus omset]
[Tanpa ijazah, tanpa IPK.|Tidak lihat ijazah.|Tidak perlu pengalaman.] [Cukup bisa mengetik dan main HP.|Yang penting cepat ngetik.|Asal bisa komputer dasar.]
[Kerja|Tugas]: [balas chat member, proses deposit dan withdraw|input data member, cek transaksi|layani member lewat live chat].
[Mess, makan, tiket gratis.|Akomodasi + makan + tiket ditanggung.|Tempat tinggal dekat kantor, gratis.]
[Dijamin aman, kantor resmi di sana.|Di sana legal kok.|{aman}.]
{cr_mid}
[Minat|Daftar|Yang mau] [chat|DM] {c_scam}
{cr_end}""", n=14),

    T("id-cr-ad-011", "compound_recruitment", "ad", """[Butuh|Cari|Open] [tim|orang|karyawan] buat [kerja scam|kerja "scammer"|kerja scam online|jadi scammer] di [{kh}|Kamboja|Myanmar|luar negeri] - [jujur saja ya|gak usah munafik|to the point aja].
[Kerjaannya chat orang luar negeri, bangun kepercayaan, arahkan ke investasi.|Kerjanya pura-pura jadi cewek/cowok di aplikasi kencan terus arahkan ke platform trading.|Kerja pakai akun sosmed, cari target, ikuti skrip dari kantor.]
[Gaji pokok|Gaji] {idr_high} + [komisi 5-10%|bonus tiap closing|komisi besar].
[Yang penting bisa ngetik dan punya HP.|Bisa bahasa Inggris nilai plus.|Skrip disediakan, tinggal copy-paste.]
[Tiket dan mess gratis.|Tiket pesawat, mess, makan ditanggung.|Semua fasilitas disediakan.] [Kontrak 6 bulan.|Kontrak minimal 6 bulan, bisa perpanjang.|]
{cr_mid}
[Serius DM|Minat japri|Gak serius jangan chat]: {c_scam}
[?{cr_end}]""", n=13),

    T("id-cr-ad-012", "compound_recruitment", "ad", """[Punya utang|Terlilit pinjol|Lagi butuh uang banyak]? [Kami bantu.|Ada solusinya.|Jangan stres dulu.]
[Lowongan|Kesempatan kerja] {job_office} [di luar negeri|di {kh}|di {decoy}] [dengan gaji|gaji] {idr_high}.
[Gaji bisa diambil di depan (kasbon) sampai|Bisa pinjam gaji di muka sampai|Kasbon sebelum berangkat maksimal] [Rp 10 juta|Rp 15 juta|3 bulan gaji] [untuk bayar utang keluarga|untuk lunasi pinjol|buat keluarga di rumah].
[Tiket, visa, mess ditanggung kantor.|Berangkat gratis, semua ditanggung.|Tidak ada biaya apa pun.]
[Cicilan kasbon dipotong dari gaji.|Kasbon dipotong pelan-pelan dari gaji.|]
[Syarat: usia {age_range}, punya KTP, siap berangkat.|Syarat cuma KTP dan mau kerja.]
{cr_mid}
[Info|Hubungi|Chat] {c_scam}
[?{cr_end}]""", n=13),

    T("id-cr-ad-013", "compound_recruitment", "ad", """[INTERVIEW DI DUBAI|Rekrutmen via Dubai|Lowongan Kerja Dubai] {emoji_hot}
[Perusahaan IT internasional|{pt_fake}] [membutuhkan|mencari] [IT support|{job_office}|staf admin] [dengan gaji|, gaji] [AED 3.500|{usd_high}|Rp 15 juta].
[Tiket ke Dubai ditanggung untuk interview dan training.|Peserta diterbangkan ke Dubai untuk interview.|Berangkat dulu ke Dubai pakai visa kunjungan.]
[Setelah lulus training, ditempatkan di kantor cabang Asia Tenggara.|Penempatan akhir bisa di Thailand atau negara tetangga.|Setelah training, dipindah ke kantor cabang (Thailand/Myanmar).]
[Tidak perlu pengalaman, cukup bahasa Inggris dasar.|Syarat: bisa bahasa Inggris dan komputer.|Fresh graduate dipersilakan.]
[Hotel dan makan selama training gratis.|Akomodasi gratis.|]
{cr_mid}
[Proses cepat, {cepat}.|{cepat}.] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-014", "compound_recruitment", "ad", """[Loker|Lowongan] [entry data|input data|typing job] [Thailand|Mae Sot, Thailand|perbatasan Thailand]
[Kantor kami berada di|Lokasi kerja di|Penempatan di] [kota perbatasan Thailand|Mae Sot|dekat Mae Sot, Thailand].
[Gaji|Salary] [{usd_high}|{idr_high}|THB 35.000], [kontrak 1 tahun|kontrak 6 bulan].
[Terbang ke Bangkok, lalu naik mobil kantor ke lokasi.|Tiket Jakarta-Bangkok ditanggung, dari Bangkok dijemput jalur darat.|Penjemputan di bandara Bangkok atau Don Mueang.]
[Masuk dengan bebas visa 30 hari.|Tidak perlu visa kerja, cukup visa turis.|Bebas visa, aman.]
[Syarat: bisa mengetik, usia {age_range}, paspor aktif.|Bisa mengetik cepat, pengalaman tidak perlu.]
{cr_mid}
[Hubungi|Info] {c_scam}
{cr_end}""", n=12),

    T("id-cr-ad-015", "compound_recruitment", "ad", """[Lowongan Kerja Kasino & Hotel|Kerja di Kawasan Ekonomi Khusus|Job Casino Resort] - [Golden Triangle|Laos|Segitiga Emas]
[Resort kasino di|Perusahaan di] [Kawasan Ekonomi Khusus Segitiga Emas|{hub_la}|perbatasan Laos] [membuka lowongan|mencari karyawan].
[Posisi|Dibutuhkan]: [resepsionis kasino|waiter kasino|{job_cs}|{job_judol}|marketing hotel].
[Gaji|Penghasilan] {usd_high}, [mess dan makan gratis|akomodasi lengkap].
[Rute: terbang ke Chiang Rai, lalu naik perahu menyeberang sungai.|Penerbangan ke Bangkok/Chiang Rai, dilanjut perjalanan darat dan perahu.|Berangkat via Thailand, dijemput tim di Chiang Rai.]
[Tidak perlu visa kerja.|Visa turis cukup.|Dokumen diurus tim di sana.] [Tiket ditanggung.|Tiket gratis.|]
{cr_mid}
{c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-016", "compound_recruitment", "ad", """[Lowongan Kerja Luar Negeri Gaji Besar|Kerja ke Luar Negeri Lewat Malaysia|Loker Asia]
[Kerja|Posisi] {job_office} di [Kamboja|Thailand|{kh}], [gaji|penghasilan] {idr_high}.
[Rute keberangkatan: {kota} - Kuala Lumpur - lanjut darat ke perbatasan Thailand - Kamboja.|Berangkat ke Malaysia dulu, lalu naik bus ke Thailand, lanjut ke Kamboja.|Keberangkatan lewat Malaysia, dari sana dijemput tim lewat jalur darat.]
[Semua transport ditanggung.|Biaya perjalanan ditanggung sampai lokasi.|Ongkos jalan gratis.]
[Tidak usah visa kerja, cukup paspor.|Cukup paspor, selebihnya diurus.|Masuk sebagai turis saja.]
[Mess|Tempat tinggal] [gratis|disediakan], [makan 3x|uang makan harian].
{cr_mid}
[Pendaftaran|Daftar sekarang] [via|ke] {c_scam}
{cr_end}""", n=12),

    T("id-cr-ad-017", "compound_recruitment", "ad", """[Perusahaan Resmi, Bukan Perusahaan Hitam|PERUSAHAAN LEGAL & AMAN|Dijamin Aman dan Legal] {emoji_hot}
[Kami|{pt_fake}] [membuka lowongan|butuh] {job_office} [di {kh}|di Kamboja|di luar negeri].
[Banyak berita negatif soal kerja di sana, tapi kantor kami {aman}.|Jangan takut dengan berita di TV, kantor kami beda, {aman}.|Kami bukan perusahaan penipuan seperti yang diberitakan.]
[Gaji|Gaji pokok] {idr_high} [dibayar tepat waktu|tiap tanggal 10|tiap bulan].
[Paspor dipegang sendiri.|Tidak ada penahanan paspor.|Tidak ada kekerasan.] [Bisa pulang kapan saja.|Boleh pulang setelah kontrak selesai.|]
[Fasilitas: tiket, mess, makan.|Tiket dan mess gratis.|Semua gratis.]
[Syarat: usia {age_range}, bisa komputer.|Tidak perlu pengalaman.]
{cr_mid}
{c_scam}
[?{cr_end}]""", n=13),

    T("id-cr-ad-018", "compound_recruitment", "ad", """[INFO PENTING UNTUK CALON KARYAWAN|Panduan keberangkatan|Catatan sebelum berangkat] {emoji_calm}
1. [Saat di bandara, bilang ke petugas imigrasi kalau mau liburan.|Kalau ditanya imigrasi, jawab mau jalan-jalan/liburan.|Di imigrasi, jangan bilang mau kerja, bilang wisata.]
2. [Bawa uang saku minimal Rp 2 juta supaya terlihat seperti turis.|Bawa tiket hotel (sudah kami booking) sebagai bukti wisata.|Pakai baju santai, bawa koper kecil saja.]
3. [Jangan posting di medsos soal pekerjaan.|Jangan cerita ke siapa pun soal kerja di sana.|Hapus chat ini sebelum di bandara.]
4. [Sampai di {hub_kh}, tunggu jemputan di pintu keluar.|Di bandara {decoy} nanti dijemput tim.|Setelah mendarat, kabari admin {tg_handle}.]
5. [Paspor nanti diserahkan ke tim untuk proses visa kerja.|Paspor akan dipegang kantor untuk urus izin.|Serahkan paspor ke penjemput untuk keperluan visa.]
[Gaji pertama|Gaji {job_office}] {usd_high} [dibayar setelah 1 bulan kerja|dibayar bulanan].
{cr_mid}
[Info|Pertanyaan]: {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-019", "compound_recruitment", "ad", """[Lowongan Telemarketing Bahasa Mandarin|Dicari CS yang bisa Mandarin|Lowongan Customer Service (Mandarin/Inggris)]
[Lokasi|Penempatan]: [Bavet, Kamboja|{hub_kh}|Kamboja (dekat perbatasan Vietnam)]
[Gaji|Salary]: {usd_high} [+ komisi|+ bonus target] [(bisa Mandarin gaji lebih tinggi)|, Mandarin nilai plus|]
[Kualifikasi|Syarat]: [usia {age_range}|WNI usia {age_range}], [bisa bahasa Mandarin atau Inggris dasar|bisa Mandarin lisan|tidak bisa Mandarin juga boleh, ada training].
[Tiket, visa, tempat tinggal ditanggung.|Akomodasi dan makan gratis, tiket ditanggung.|Semua biaya perjalanan gratis.]
[Jam kerja 12 jam, 2 shift.|Kerja 6 hari seminggu.|Jam kerja fleksibel.]
[Interview online, {cepat}.|{cepat}.]
{cr_mid}
[Hubungi|Kontak] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-020", "compound_recruitment", "ad", """[Lowongan Admin Chat & Live Streaming|Dicari Host/Admin Chat|Lowongan Admin Aplikasi Kencan]
[Perusahaan media sosial|Perusahaan aplikasi|Kantor digital marketing] di [{kh}|Kamboja|{decoy}] [membutuhkan|mencari] [wanita/pria|staf] usia {age_range}.
[Tugas|Kerja]: [membalas chat pengguna aplikasi|chat dengan customer luar negeri pakai akun kantor|mengelola akun media sosial dan chat dengan follower].
[Gaji|Penghasilan] {idr_high}[ + bonus performa| + bonus harian|].
[Penampilan menarik nilai plus.|Bisa bahasa Inggris sedikit.|Tidak perlu pengalaman.]
[Berangkat gratis, mess disediakan.|Tiket, mess, makan gratis.|Akomodasi ditanggung penuh.]
{cr_mid}
[Kirim foto dan data diri ke|Daftar via] {c_scam}
{cr_end}""", n=12),

    T("id-cr-ad-021", "compound_recruitment", "ad", """[Lowongan CS Luar Negeri + Bonus Referral|Ajak Teman Dapat Bonus|Rekrut Teman, Dapat Fee] {emoji_hot}
[Saya sudah|Aku sudah] [kerja di sini {count} bulan|kerja di Kamboja setahun|di sini lumayan lama] [dan gaji lancar|, gaji selalu lancar|].
[Kantor masih butuh|Sekarang kantor buka lagi] {job_office} [{count} orang|lagi].
[Gaji|Gajinya] {idr_high}, [tiket dan mess gratis|mess, makan, tiket ditanggung].
[Kalau kamu ajak teman dan temanmu berangkat, kamu dapat bonus|Setiap orang yang kamu ajak berangkat dapat komisi|Referral dapat fee] [Rp 3 juta|USD 200|Rp 5 juta per orang].
[Yang penting bisa komputer dasar dan siap berangkat.|Syarat mudah, tanpa pengalaman.]
{cr_mid}
[Langsung chat aku di|PM ke] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-022", "compound_recruitment", "ad", """[Lowongan CS Online Filipina|Kerja Customer Service di Manila|Dicari CS untuk Perusahaan Gaming Online Filipina]
[Perusahaan gaming online|Perusahaan online gaming berlisensi|Kantor {pt_fake}] di [Manila|Pampanga|Filipina] [butuh|mencari] {job_cs} [dan admin|bahasa Indonesia].
[Gaji|Salary] [{usd_high}|{idr_high}] [+ service charge|+ bonus] , [makan dan asrama gratis|dorm gratis].
[Berangkat pakai visa turis, nanti diurus di sana.|Cukup visa turis 30 hari.|Tidak perlu visa kerja.]
[Tidak perlu pengalaman.|Bisa bahasa Inggris dasar.|Syarat bisa mengetik.]
[Tiket pesawat PP ditanggung.|Tiket gratis.]
{cr_mid}
{c_scam}
{cr_end}""", n=12),

    T("id-cr-ad-023", "compound_recruitment", "ad", """[Lowongan Kerja Kamboja - Gaji Normal, Bukan Janji Manis|Loker Kamboja Gaji Wajar|Kerja Kamboja, Gaji Masuk Akal]
[Kami tidak menjanjikan gaji puluhan juta.|Tidak seperti iklan lain, kami jujur soal gaji.|Gaji kami realistis.]
Posisi: {job_office}
Gaji: {idr_mid} [per bulan|/bulan] [, naik setelah 3 bulan|, ada kenaikan rutin|]
[Tiket pesawat dan mess ditanggung.|Mess, makan, tiket gratis.|Akomodasi + tiket gratis.]
[Masuk pakai visa turis, nanti dibuatkan izin kerja.|Berangkat dengan bebas visa, izin kerja diurus perusahaan.|Visa diurus kantor setelah tiba.]
[Interview cukup lewat video call.|Tidak perlu datang ke kantor, interview online.]
[{cepat}.|]
{cr_mid}
[Info|Minat] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-024", "compound_recruitment", "ad", """[Lowongan Kerja Luar Negeri|Kerja Asia Tenggara|LOKER OVERSEAS]
[Posisi|Dibutuhkan]: {job_cs} [perusahaan internasional|untuk kantor regional]
[Negara|Lokasi]: [Asia Tenggara (akan diinformasikan setelah interview)|dirahasiakan, diinfokan setelah lolos|negara ASEAN]
[Gaji|Salary]: {usd_high}
[Tiket & visa ditanggung.|Tiket pesawat + visa + hotel gratis.|Semua biaya ditanggung perusahaan.]
[Tanpa pengalaman.|Tidak perlu pengalaman.|Lulusan apa saja.]
[Interview via chat Telegram.|Interview online.|Interview cepat lewat WA.]
{cr_mid}
[Kirim nama, umur, dan foto paspor ke|Daftar:] {c_scam}
{cr_end}""", n=12),
]


# =====================================================================================
# compound_recruitment: short chat lures (WhatsApp / Telegram / Facebook comments)
# =====================================================================================
TEMPLATES += [
    T("id-cr-chat-031", "compound_recruitment", "chat", """[loker|LOKER|lowongan|info loker] [CS|cs|admin|operator] [kamboja|Kamboja|KAMBOJA|{hub_kh}] gaji [15jt|12jt|{idr_high}|20jt] [tiket pp gratis|tiket gratis|tiket + mess gratis|mess makan free] [minat PM|minat japri|yg minat DM|langsung PM aja] {emoji_hot}""", n=15),
    T("id-cr-chat-032", "compound_recruitment", "chat", """[Dicari|Butuh|Cari] {count} [org|orang] {job_office} [buat|untuk] kerja di [Thailand|Bangkok|{decoy}], gaji [{usd_high}|1000$|{idr_high}], [visa turis aja|cukup visa turis|gak perlu visa kerja], [berangkat minggu depan|berangkat cepat|bisa langsung berangkat]. [Japri|PM|DM] [ya|aja|kak] {emo}""", n=15),
    T("id-cr-chat-033", "compound_recruitment", "chat", """[Lur|Dulur|Rek], [ono|enek] loker [neng|nang] [Kamboja|Thailand|luar negeri], [gaji|bayaran] [12 juta|15 juta|{idr_high}], [tiket dibayari|tiket gratis], [mangan turu gratis|mess karo mangan gratis]. [Kerjane mung|Gaweane cuma] [ngetik neng komputer|dadi CS|jaga chat]. [Minat japri yo|Sing minat japri|Nek gelem inbox wae] {emo}""", n=14),
    T("id-cr-chat-034", "compound_recruitment", "chat", """[Aya|Aya deui] [lowongan|loker] [CS|admin|operator] di [Kamboja|Thailand|luar negri], [gajih|gaji] [15jt|12jt|{idr_high}], [tiket gratis|ongkos ditanggung], [teu kudu pangalaman|teu kedah ijazah]. [PM wae|Japri wae nya|Nu minat inbox] {emo}""", n=14),
    T("id-cr-chat-035", "compound_recruitment", "chat", """[Kak|Mbak|Bang|Sis], [yg|yang] minat kerja [admin|CS|operator] di [Phnom Penh|{hub_kh}|Kamboja|Thailand] langsung [DM|PM|japri] ya, [masih butuh|tinggal] {count} [orang|org|slot] lagi. [Gaji|Gaji pokok] {idr_high}, [tiket+mess ditanggung|semua gratis|fasilitas lengkap] {emoji_hot}""", n=15),
    T("id-cr-chat-036", "compound_recruitment", "chat", """[Paspor udah ada belum kak?|Kakak sudah punya paspor?|Paspornya sudah jadi?] [Kalau belum nanti kami bantu urus|Kalau belum, tim kami yang bikinin|Belum punya gpp, nanti dibuatin], [tinggal kirim KTP sama KK|cukup kirim foto KTP|tinggal kirim data diri]. [Tiket sudah disiapkan kantor|Tiket nanti kantor yg beli|Semua biaya dari kantor], [jadi gak keluar uang sama sekali|kakak tinggal berangkat] {emo}""", n=14),
    T("id-cr-chat-037", "compound_recruitment", "chat", """[Nanti di bandara|Pas di imigrasi|Kalau ditanya petugas] [bilang aja mau liburan|bilang mau jalan2|jawab mau wisata] ya [kak|say|bro], [jangan bilang kerja|jgn sebut kerja|jangan cerita soal kerjaan]. [Nanti di sana dijemput tim kami|Sampai sana ada yg jemput|Tim kami tunggu di pintu keluar] {emoji_calm}""", n=14),
    T("id-cr-chat-038", "compound_recruitment", "chat", """[Interview cukup lewat Zoom aja kak|Interviewnya online kok via video call|Gak perlu datang ke kantor, interview lewat chat aja], [5 menit selesai|cuma tanya2 sebentar|santai aja]. [Kalau lolos|Lolos interview] [{cepat}|langsung dibelikan tiket|tiket dikirim besok]. [Posisi|Posisinya] {job_office} di [{kh}|{decoy}] ya {emoji_calm}""", n=14),
    T("id-cr-chat-039", "compound_recruitment", "chat", """[OPEN|Open|BUKA] [lowongan|rekrutmen|loker] [admin crypto|{job_crypto}] [di|📍] [Kamboja|{hub_kh}|Myanmar|{decoy}] {emoji_hot} [Gaji|Salary] {usd_high} + [komisi|bonus], [tanpa pengalaman|no exp ok], [tiket+visa+mess free|all in gratis]. [Serius PM|Info {tg_handle}|Cek bio]""", n=15),
    T("id-cr-chat-040", "compound_recruitment", "chat", """[Loker|Lowongan] [admin judol|operator slot|admin game online|CS web judi] [luar negeri|Kamboja|Filipina] [gaji|gj] [10jt|13jt|{idr_high}] [gak pake ijazah|tanpa ijazah|no ijazah], [cukup bisa ngetik|asal bisa main hp|yg penting cepet ngetik]. [Mess makan free|Tiket mess free]. [PM|Japri|Chat] {c_scam}""", n=15),
    T("id-cr-chat-041", "compound_recruitment", "chat", """[Jujur aja ya|Gak usah basa basi|To the point], [ini kerja|kerjanya] [scam|scammer|nipu online] di [Kamboja|Myanmar|{kh}]. [Gaji|Gajinya] {idr_high} + [komisi|bonus closing]. [Kalau gak kuat mental gak usah daftar|Yg gak siap mental mending skip|Mau duit gede ya ini jalannya] {emo}. [DM|Japri] [aja|ya]""", n=13),
    T("id-cr-chat-042", "compound_recruitment", "chat", """[Lagi butuh duit|Lagi banyak utang|Terjerat pinjol]? [Ada kerjaan|Ada loker] [CS|admin|operator] di [luar negeri|Kamboja|{decoy}], [gaji bisa kasbon duluan|bisa ambil gaji di depan|kasbon {idr_mid} sebelum berangkat] [buat bayar utang|buat keluarga]. [Tiket gratis|Berangkat gratis]. [PM|DM|Chat] {c_scam}""", n=14),
    T("id-cr-chat-043", "compound_recruitment", "chat", """[Info kerja|Loker] [koki|staf dapur|pastry cook|cook helper|tukang kayu] [di Thailand|Bangkok|luar negeri], gaji [{usd_high}|{idr_high}|USD 900], [tiket ditanggung|tiket gratis], [dijemput di bandara|ada penjemputan dari bandara]. [Berangkat|Keberangkatan] [minggu ini|akhir bulan|secepatnya]. [Minat|Yg minat] [PM|japri|WA] {phone_id}""", n=15),
    T("id-cr-chat-044", "compound_recruitment", "chat", """[Bro|Sob|Gan|Kak], [masih cari kerja?|lagi nganggur gak?|mau kerja enak gaji gede?] [Kantor aku|Tempat aku kerja|Kantorku] di [Kamboja|Phnom Penh|{hub_kh}|Thailand] [lagi butuh|masih buka] {job_office}. [Gaji|Gajinya] {idr_high}, [tiket dibayarin kantor|semua gratis|mess makan free]. [Aku yg rekomendasiin|Nanti aku bantu sampai berangkat] {emo}""", n=15),
    T("id-cr-chat-045", "compound_recruitment", "chat", """[Halo kak|Selamat siang kak|Hai kak], [kami lihat komentar kakak di grup loker|saya dari tim HRD yang tadi kakak chat|kami dapat nomor kakak dari grup]. [Masih minat kerja|Apakah masih berminat kerja] {job_office} di [{kh}|{decoy}]? [Gaji|Gaji pokok] {usd_high}, [tiket dan visa ditanggung|tiket pesawat gratis]. [Bisa kirim foto paspor?|Boleh minta foto KTP?|Kapan bisa interview?]""", n=15),
    T("id-cr-chat-046", "compound_recruitment", "chat", """[Dibutuhkan|Butuh cepat|Urgent] [CS|admin|marketing] [kantor|perusahaan] [di Thailand|Thailand], [gaji|salary] {usd_high}, [tiket + hotel ditanggung|tiket pesawat disediakan], [pakai visa turis|visa turis aja, aman|bebas visa 30 hari]. [Interview online|Interview lewat WA], [{cepat}|berangkat cepat] {emoji_hot}""", n=15),
    T("id-cr-chat-047", "compound_recruitment", "chat", """[Tenang kak|Jangan takut kak|Santai aja], [kantor kami beda sama yang di berita|kami bukan perusahaan hitam|di sini {aman}]. [Paspor kakak pegang sendiri|Gaji lancar tiap bulan|Banyak orang Indonesia di sini]. [Kalau kakak mau|Kalau jadi], [berangkat minggu depan|tiket saya pesankan hari ini|{cepat}] {emoji_calm}""", n=14),
    T("id-cr-chat-048", "compound_recruitment", "chat", """[HIRING|Hiring|Now hiring] [CS|customer service|chat support] [Cambodia|Kamboja|{hub_kh}] {emoji_hot} [salary|gaji] [{usd_high}|1200$|$1,500] [free ticket & mess|tiket+mess free|free flight, free dorm], [no exp needed|gak perlu pengalaman|fresh grad ok]. [Contact|Kontak|Chat] {c_scam}""", n=15),
    T("id-cr-chat-049", "compound_recruitment", "chat", """[Yang mau kerja di luar negeri|Siapa mau kerja luar negeri|Butuh kerjaan?], [berangkat gratis|gak keluar biaya sepeser pun|tanpa modal], gaji {idr_high}, [kerja duduk di kantor ber-AC|kerjaan ringan cuma ngetik|kerja pakai komputer]. [Gak usah ijazah|Tanpa ijazah|Gak dilihat ijazahnya]. [Komen|Ketik] "[MINAT|mau|siap]" [nanti aku DM|biar aku inbox] {emoji_hot}""", n=15),
    T("id-cr-chat-050", "compound_recruitment", "chat", """[Tiket ke Ho Chi Minh sudah saya kirim ya kak|E-tiket ke Vietnam sudah dikirim ke email|Tiketnya tujuan HCMC dulu ya kak], [nanti dari sana dijemput ke kantor|dari bandara ada yg jemput naik mobil|nanti lanjut jalan darat ke perbatasan]. [Bilang ke imigrasi mau liburan|Bawa baju secukupnya aja|Jangan lupa bawa paspor]{emo}""", n=13),
    T("id-cr-chat-051", "compound_recruitment", "chat", """[Kerja di KK Park|Kerja Myawaddy|Kerja di Myanmar perbatasan Thailand|Loker Shwe Kokko] [gaji|gj] [{idr_high}|{usd_high}], [berangkat lewat Bangkok|via Mae Sot|terbang ke Bangkok dulu], [tiket gratis|ongkos ditanggung]. [Kerja online|Kerja depan komputer]. [PM|DM] {c_scam}""", n=13),
    T("id-cr-chat-052", "compound_recruitment", "chat", """[Udah sampai Bangkok kak?|Sudah landing?|Kakak sudah di bandara Suvarnabhumi?] [Tunggu di gate 3 ya|Tunggu di pintu keluar|Nanti ada sopir pegang kertas nama kakak], [perjalanan ke kantor sekitar 7 jam|nanti lanjut perjalanan darat ke perbatasan|ke lokasi kerja naik mobil beberapa jam]. [Paspornya kasih ke sopir aja untuk urus visa|Paspor nanti dipegang tim dulu] {emoji_calm}""", n=13),
    T("id-cr-chat-053", "compound_recruitment", "chat", """[Tolong bantu share|Share ya guys|Bantu sebar]: [loker|lowongan] {job_office} [penempatan|di] [{kh}|{decoy}|luar negeri], [usia {age_range}|cewe/cowo {age_range}], [gaji|salary] {idr_high}, [semua gratis|tiket mess free], [{cepat}|proses cepat]. [CP|Kontak] {c_scam}""", n=15),
    T("id-cr-chat-054", "compound_recruitment", "chat", """[Gajinya|Salary] [dolar|USD] kak, [{usd_high}|1.200 dolar|1000 USD] [per bulan|sebulan], [kalau dirupiahkan|kalau dirupiahin] [sekitar|kurang lebih] [15-20 juta|{idr_high}]. [Kerjanya cuma balas chat customer|Kerja cuma input data|Kerjaannya ringan kok], [tempatnya di|kantornya di] [{hub_kh}|Phnom Penh|Bavet|Thailand] {emo}""", n=14),
    T("id-cr-chat-055", "compound_recruitment", "chat", """[Grup|Channel] [loker|lowongan] [luar negeri|Asia] [gaji dolar|gaji besar] 👇 {tg_link} [Update tiap hari|Lowongan baru tiap hari], [CS, admin, marketing|admin & CS] [Kamboja|Thailand|Myanmar|{kh}], [tiket free|berangkat gratis] {emoji_hot}""", n=13),
    T("id-cr-chat-056", "compound_recruitment", "chat", """[Tes mengetik|Tes ketik] [dulu ya kak|sebentar kak], [kirim screenshot hasil typing test|ketik ulang paragraf ini dalam 2 menit|minimal 30 kata per menit]. [Kalau lulus|Lolos], [langsung kita proses tiket ke {decoy}|{cepat}|tinggal tunggu tiket]. [Posisi|Untuk posisi] {job_office}, [gaji|salary] {usd_high} {emoji_calm}""", n=13),
    T("id-cr-chat-057", "compound_recruitment", "chat", """[Kak, nanti di sana|Nanti di kantor] [kerja pakai akun kantor|dikasih HP kantor], [tugasnya chat sama orang2 luar negeri|tugasnya kenalan sama customer di aplikasi|tinggal ikutin skrip], [bonus dari setiap deposit mereka|komisi dari tiap transaksi|dapat persenan]. [Gaji pokok|Gapok] {idr_high} [gak termasuk bonus|belum bonus] {emo}""", n=13),
    T("id-cr-chat-058", "compound_recruitment", "chat", """[Resort part time|Kerja resort|Part time hotel] [di Kamboja|luar negeri|Sihanoukville] [tanpa visa|gak perlu visa kerja|bebas visa], [gaji|penghasilan] {idr_high}, [kontrak 3 bulan|bisa 3-6 bulan], [tiket & kamar free|pesawat dibayarin]. [Cocok buat yg mau kerja sambil liburan|Kerja santai sambil jalan2] {emoji_hot} [DM|PM] [ya|aja]""", n=13),
    T("id-cr-chat-059", "compound_recruitment", "chat", """[Yang kemarin tanya loker Kamboja|Buat yg nanya loker Thailand|Yg nanya loker luar negeri], [masih ada slot|slot masih {count}|masih butuh banyak] [ya|kak]. [Gaji|Salary] {idr_high}, [bebas biaya|gratis tiket], [syarat cuma KTP & paspor|syarat cuma KTP]. [Paspor bisa dibikinin|Yg blm ada paspor dibantu]. {c_scam}""", n=14),
    T("id-cr-chat-060", "compound_recruitment", "chat", """[Halo|Hi] [kak|sis|bro] {nama}, [ada lowongan|ada posisi] {job_cs} [di kantor kami|perusahaan kami] [di {kh}|di {decoy}], [gaji|gaji pokok] {usd_high}. [Interview bisa lewat chat sekarang juga|Bisa interview sekarang lewat chat?|Mau saya jadwalkan interview hari ini?] [Tiket gratis|Berangkat gratis] {emoji_calm}""", n=15),
]


# =====================================================================================
# compound_recruitment: hand-written chat lures
# =====================================================================================
_hw("cr", "compound_recruitment", "chat", """
loker CS kamboja gaji 15jt tiket pp gratis minat PM
~~
Loker admin Phnom Penh gaji 13 jt, mess + makan free, berangkat minggu depan. Syarat cuma bisa ngetik. Japri ya 🙏
~~
Yg mau kerja di Thailand jd CS, gaji $1000, visa turis aja gpp, tiket dibeliin. Berangkat tgl 20. PM aku
~~
Dicari 5 cewek buat admin chat di Kamboja, umur 20-28, gaji 14jt bersih. Tiket & kos gratis. WA 0813-2290-4471
~~
butuh cepet 10 org operator komputer, kerja di luar negeri (Asia), gaji 1200 USD, semua biaya ditanggung kantor. DM
~~
Kak aku liat kakak komen cari kerja di grup, mau gak kerja CS di Thailand? gaji 18jt, tiket aku yg urus 😊
~~
Masih ada yg butuh kerja? kantor temenku di Sihanoukville butuh admin, gaji 15jt, tiket gratis, gak perlu pengalaman. inbox aja
~~
Nek gelem kerja neng Kamboja, gaji 12 juta, tiket karo mess wis dibayari kantor. Syarate mung paspor. Japri aku lur
~~
Aya lowongan di Kamboja jadi admin, gajih 14 juta, ongkos pesawat ditanggung. Teu kudu ijazah. Saha nu minat? 🙏
~~
Halo kak, saya HRD dari perusahaan e-commerce di Bavet. Kami lihat CV kakak di grup. Gaji CS USD 1.100, tiket + visa kami tanggung. Bisa interview via video call malam ini?
~~
OPEN REKRUT admin crypto 📍Phnom Penh 💰$1500 + bonus ✈️ tiket free 🏠 mess free. No exp. DM @hr_asiajob
~~
Loker admin slot luar negeri, gj 11jt, ga pake ijazah, penting bisa ngetik cepet. Berangkat gratis. Chat wa.me/855973340218
~~
Kerja jd scammer di Kamboja, gaji 20jt + komisi. Gw gak mau bohong, emang kerjaannya gitu. Yg siap mental aja, DM
~~
Ada yg mau kerja di Myanmar? Gajinya gede, 25jt. Berangkat dari Bangkok, dijemput. Yg penting bisa bahasa Inggris dikit
~~
Kak paspornya gak usah bikin sendiri, nanti kantor yg urus. Kirim aja foto KTP, KK sama pas foto. Minggu depan udah jadi, langsung berangkat ✈️
~~
Pas di bandara nanti bilang aja mau liburan ke Bangkok ya, jangan bilang kerja. Tiket pulang udah kita booking buat formalitas 👍
~~
Bos, ada loker CS di Thailand. Gaji 17 juta, tiket dibayarin, tapi berangkatnya harus minggu ini ya. Kalau mau hari ini kirim paspor
~~
Lowongan koki di hotel Thailand, gaji USD 900/bulan, tiket ditanggung, nanti dijemput di bandara terus ke lokasi dekat perbatasan. Minat chat 0857-1120-3398
~~
Dicari tukang kayu buat renovasi hotel di Kamboja, gaji 13jt, makan tidur tiket gratis. Berangkat rombongan dari Jakarta tgl 5
~~
Cari pastry cook buat resto di Bangkok, gaji 14 juta, tiket gratis. Ga perlu visa kerja, pake visa turis dulu nanti diurus
~~
Ada lowongan resort part time di Kamboja, gak perlu visa, 3 bulan aja dapet 40jt. Tiket dibayarin. Yg mau japri
~~
Punya utang pinjol? Kerja di luar negeri aja, gaji bisa diambil di depan 10jt buat lunasin. Posisi CS, tiket gratis. PM
~~
Siapa yg lagi butuh duit cepet, kantor aku di Kamboja bisa kasbon 2 bulan gaji sebelum berangkat. Kerjaannya cuma ngetik. DM aja 🤫
~~
Gaji dibayar dolar kak, 1.000 USD per bulan, itu sekitar 16 juta. Kerja cuma balas chat customer, di kantor ber AC. Kapan bisa berangkat?
~~
Tenang kak, ini bukan perusahaan hitam. Banyak anak Indo di sini. Gaji lancar, bisa kirim ke rumah tiap bulan. Tiket besok saya kirim ya
~~
Di berita itu kan perusahaan lain kak, kantor kami resmi dan aman. Kakak bisa tanya ke teman2 yg udah kerja di sini 😊
~~
Tiket ke Ho Chi Minh udah dibeli ya. Nanti dari bandara ada yg jemput pake motor ke kantor, deket perbatasan. Bawa paspor aja cukup
~~
Interviewnya lewat Zoom jam 8 malam ya kak. Cuma 5 menit. Kalau lolos, minggu depan langsung terbang ke Phnom Penh
~~
Kak boleh kirim foto paspor halaman depan? Buat booking tiket. Posisi admin di Thailand, gaji 1.200 USD. Semua gratis
~~
Yang berminat kerja admin media sosial di Kamboja, gaji 10-15 juta, langsung ke link ini ya t.me/lokerasia_kh 🔥
~~
CS Online - Bavet - USD 1,200 - tiket + visa + makan + mess gratis - berangkat 3 hari. Contact TG @rekrut_bavet
~~
Tempat aku kerja di Poipet lagi butuh 20 orang, kerja online, gaji 15jt. Nanti aku yg bantu dari awal sampai sini. Serius japri ya
~~
Loker admin di perusahaan investasi Phnom Penh, gaji $1200, training gratis, gak perlu ngerti crypto. Tiket ditanggung. Chat WA +855 97 882 104
~~
Gaji 25 juta sebulan kak, cuma kerja di depan komputer. Berangkat ke Thailand dulu, nanti ke kantor dijemput. Gak perlu visa kerja
~~
Gw udah 3 bulan di Kamboja, kerjaan gampang, gaji 15jt. Kantor masih butuh orang, kalo lo mau gw rekomendasiin. Tiket gratis bro
~~
Mas, aku ditawari kerja di Thailand, kerjane CS, gajine 16 juta. Mengko tiket dibayari kantor. Sampean gelem melu sisan? Butuh 3 wong maneh
~~
Lowongan marketing online di Bangkok, bisa bahasa inggris dikit aja, gaji 20 jt, hotel & tiket gratis. Interview online, berangkat secepatnya
~~
kak masih nyari kerja? ada lowongan CS di luar negri gaji 1000$, tiket free, berangkat minggu ini. mau aku kirim detailnya?
~~
Dibutuhkan admin judi online di Kamboja. Gaji 12 juta bersih. Tidak perlu ijazah. Mess & makan disediakan. Info lengkap japri
~~
Butuh tim CS buat web game online, kantor di Filipina. Gaji 13jt + bonus. Berangkat pake visa turis. Tiket pp gratis. WA 0821-4402-7710
~~
Kerja ke Dubai dulu kak buat training 2 minggu, hotel gratis. Habis itu ditempatin di kantor cabang Asia (Thailand). Gaji AED 3500
~~
Aku cuma mau bilang, kantor ini bukan penipuan. Aku sendiri kerja di sini udah 6 bulan. Gaji 14jt, tiket ditanggung. Kalau takut, bisa video call aku dulu
~~
Ayo sis yg mau jd CS di Thailand, cewek diutamakan, umur max 30. Gaji 15jt, visa turis, tiket gratis. DM sekarang slot terbatas!!
~~
LOKER LUAR NEGERI 🔥 CS/ADMIN 🔥 GAJI 15-20JT 🔥 TIKET PP GRATIS 🔥 MESS GRATIS 🔥 TANPA PENGALAMAN 🔥 PM SEKARANG
~~
Kerja kantoran di Kamboja, 12 jam sehari, gaji 14 jt. Gak berat kok, cuma chat2 sama customer. Tiket gratis, visa diurus. Minat?
~~
Ada lowongan typing job di Thailand, gaji 900 dolar, bisa naik. Syarat cuma bisa ngetik 30 kata per menit dan paspor aktif. Japri
~~
Loker staff cargo di Vietnam, gaji 15 juta, tiket dibayar. Nanti dari Ho Chi Minh dijemput ke kantor cabang. PM
~~
lowongan CS kamboja
gaji 14jt
tiket pp gratis
mess makan gratis
berangkat cepat
WA 0878-5521-0094
~~
Dicari operator data
📍Myawaddy
💵 20jt/bln
✈️ tiket ke Bangkok gratis, dijemput
🏠 mess free
chat TG @mae_sot_hr
~~
Bang, mau kerja di Kamboja gak? Temen gw lagi nyari orang. Gaji 13jt, tinggal bawa badan. Gak usah takut, aman 👌
~~
Kak untuk keberangkatan kakak bareng 4 orang lain ya, jadwalnya lusa. Nanti kita kumpul di bandara jam 5 pagi. Jangan bilang ke keluarga dulu soal detail kerjanya
~~
Loker: admin medsos, lokasi Thailand, gaji 1.000-1.300 USD, fasilitas tiket + visa + hotel. Gak perlu ijazah. Interview via WA. Hub 0896-3310-2279
~~
Nyari kerja gampang gaji gede? Kantor kami di Phnom Penh nerima lulusan SMP. Gaji 12jt. Semua gratis. Komen "MAU"
~~
Gaji pokok 1.000 dolar + komisi 3% dari setiap transaksi kak. Kerjanya di perusahaan trading di Kamboja. Kakak cukup punya HP sama bisa ngetik
~~
Permisi admin izin share. Lowongan CS di Thailand gaji 18jt, tiket visa gratis, berangkat akhir bulan. Minat PM 🙏
~~
Untuk visa kakak pakai bebas visa aja ya, 30 hari. Nanti izin kerjanya kantor yg urus setelah di sana. Jadi gak usah ke kedutaan
~~
Kerjaan ini gak legal sih di Indo, tapi di sana aman. Gaji 20jt, kamu tinggal chat orang pake script. Mau gak?
~~
Loker buat yg pinter ngomong: marketing online kantor luar negeri, gaji 15jt + komisi, tiket ditanggung. Kirim CV ke loker.asia88@gmail.com
~~
Kak udah siap berangkat? Paspor sama koper aja yg dibawa. Tiket Jakarta-Bangkok udah aku kirim ke WA. Dari Bangkok kita lanjut darat ya 🚐
~~
Admin chat di Kamboja, gaji 1.200$, jam kerja shift malam. Berangkat gratis, tinggal di mess. Buat cewek2 yg mau penghasilan lebih 💕
~~
Ada info kerja luar negeri nih gaji 2x lipat UMR, posisi CS di Thailand. Tiket + visa ditanggung kantor. Yg mau aku kasih nomor HRDnya
~~
Loker kerja scam 🙏 gaji 18jt komisi besar, kantor di Kamboja. Skrip udah disiapin. Serius aja ya ges
~~
Ini beneran kerja kantor ya kak, bukan yg aneh2. Gaji 15 juta, kantor di Kamboja, kerja pakai komputer. Pas berangkat nanti saya temani sampai bandara
~~
Mau kerja ke luar negeri tanpa ribet? Gak pake agen, gak pake biaya, langsung kerja di kantor Kamboja. Gaji 12jt. PM
~~
Rekrut CS: wajib bisa English basic, gaji USD 1,300, kerja di kantor luar negeri (negara dirahasiakan dulu). Tiket gratis. DM @asia_cs_job
~~
Yg cari kerja, kantor di Bavet buka admin lagi. Syarat KTP, umur 18-35. Gaji 14jt. Dijemput dari Phnom Penh. PM ya guys
~~
Sepupumu kemarin tanya kerja kan? Ajak aja ke sini, kantor masih butuh CS, gaji 15jt. Kalo dia berangkat aku dapet bonus, nanti aku bagi 😁
~~
Nanti ada yg jemput di perbatasan Poipet, kamu jalan kaki nyebrang aja dari Thailand. Jangan lupa bawa paspor dan uang 50 dolar buat stempel
~~
Loker bagian kitchen di resort Kamboja, gaji 11jt, makan tidur gratis, tiket dibayar, tanpa visa kerja. Berangkat bareng tgl 12. Minat DM
~~
Siapa yang minat kerja di Laos? Resort kasino, gaji USD 1.200, mess gratis. Terbang ke Chiang Rai, nanti nyebrang pake perahu. PM
~~
Lagi ada lowongan CS yg bisa bahasa Mandarin di Kamboja, gaji 1.800 dolar. Ga bisa Mandarin juga bisa, gajinya 1.000. Tiket gratis
~~
Guys yang belum dapet kerja, ada lowongan kerja online di Kamboja, gaji 16jt, berangkat gratis. Gw udah kenal ownernya jadi aman 👍
~~
Kerja di Thailand jg gpp kok kak walaupun pake visa turis, semua karyawan kami juga gitu awalnya. Nanti diurus kantor
~~
Maaf ganggu kak, kami dari agen kerja. Ada posisi admin di Phnom Penh gaji 14jt. Kakak tinggal kirim foto KTP & paspor. Proses 3 hari
~~
Wes tak kandani, kerja neng Kamboja ki enak, gaji 15 juta, mangan turu gratis. Kowe arep melu ora? Sesuk tak kirim tiket
~~
Mangga nu hoyong damel di Thailand jadi admin, gajih 16 juta, tiket gratis, teu kedah visa kerja. Wartosan abdi nya
~~
Dibutuhkan segera 30 orang CS untuk perusahaan di Myanmar (dekat perbatasan Thailand). Gaji 20jt. Tiket Jakarta-Bangkok ditanggung
~~
lowker kerja di thailand bagian admin, gajinya 1000 dolar, gak usah pengalaman. mess dan makan free. kalo mau cepet berangkat chat aja
~~
Info dari kakak ipar, kantornya di Kamboja lagi nyari orang buat jaga komputer. Gajinya 12jt. Katanya tiket dibayarin. Ada yg mau?
~~
Kak kemarin udah isi formulir kan? Sekarang tinggal interview sama bos, lewat Telegram aja. Siapin foto paspor. Kalau lolos, berangkat Jumat
~~
Jgn percaya berita2 kak, kalo kerja di tempat kami dijamin gak ada kekerasan. Gaji tepat waktu. Udah ratusan orang Indonesia kerja di sini
~~
Kami menyediakan pinjaman untuk biaya keberangkatan, nanti dipotong dari gaji. Posisi CS di Kamboja, gaji 14 juta
~~
Dicari CS shift malam perusahaan luar negeri, gaji USD 1.000, tiket + visa ditanggung, tanpa pengalaman, usia 18-35. Hubungi @night_cs_hr
~~
Lowongan kerja luar negri bagian operator, gaji 20jt, gak perlu skill apa2, yg penting siap berangkat minggu ini. Tiket gratis ya gaes
~~
Bener mau kerja kak? Di sini target harian, kalau sampai target dapat bonus gede. Gaji pokok 13jt. Kantor di Kamboja. Berangkat besok lusa bisa?
~~
Loker admin website, kerja di luar negeri, kantor modern, gaji 17 juta. Tanpa ijazah. Paspor dibuatkan. Kontak WA 0822-6631-4485
~~
Mbak, sampeyan jadi kerja nang Thailand? Iku gajine 15 juta lho, tiket ditanggung. Aku wis ngomong karo bos e, tinggal ngirim paspor
~~
Kami buka 15 slot admin untuk kantor di Sihanoukville. Gaji $1,100. Wajib punya paspor (kalau belum, dibantu). Berangkat awal bulan. Info TG @shv_admin_hr
~~
gaji 15 jt cuma buat balesin chat doang kak. kantor di kamboja. tiket & mess gratis. kamu cuma perlu siap kerja 12 jam
~~
Kak, aku dapat kabar ada lowongan CS di Thailand. Katanya gaji 1000 dolar, tiket ditanggung. Pakai visa turis dulu. Kakak mau?
~~
Siapa yg pengen punya gaji dolar? Kerja admin di Kamboja, $1.200, berangkat gratis. Link daftar di bio 👆
~~
Ada kerja di Thailand jadi marketing, cuma promosi online. Gaji 17 juta + bonus. Berangkat via Bangkok. Semua biaya dari kantor
~~
Lowongan CS untuk kantor di perbatasan, gaji 12jt, tiket dan makan ditanggung. Lokasi akan diinfokan setelah interview ya
~~
Kak ini posisinya data entry, kerja di kantor cabang Thailand. Gaji USD 950. Visa turis dulu gpp. Kapan kakak bisa berangkat?
~~
Dicari banyak tenaga admin buat kerja di luar negeri, gaji puluhan juta, tanpa biaya. Yang penting siap kerja dan tidak banyak tanya
~~
Bisa bahasa Inggris? Ada kerjaan chat sama customer Amerika dari kantor di Kamboja. Gaji 20 juta + bonus. Tiket gratis, visa diurus
~~
Temenku baru pulang dari Kamboja katanya kerja di sana enak gajinya 14jt, kantornya butuh orang lagi. Aku mau daftar, kamu ikut gak?
~~
Cari 3 cowok buat kerja CS di Kamboja, gaji 14jt. Tiket besok udah ready, tinggal konfirmasi. Yg cepet dapet
~~
Jangan takut, di bandara Phnom Penh nanti ada orang kantor yg bantu lewat imigrasi. Kamu ikut aja, gak usah ngomong apa2 👍
""", 101)


SLOTS.update({
    "task_app": ["TikTok", "YouTube", "Instagram", "Shopee", "Tokopedia", "Google Maps", "Spotify"],
    "task_act": ["like video", "follow akun", "subscribe channel", "kasih rating bintang 5", "tulis review produk",
                 "screenshot bukti like", "nonton video 30 detik"],
    "rb": ["Rp 10.000", "Rp 15rb", "10rb", "Rp 20.000", "25rb", "Rp 5.000"],
    "dep": ["Rp 100.000", "Rp 250rb", "Rp 500.000", "1 juta", "Rp 300.000", "Rp 2 juta"],
    "farm": ["petik buah di Australia", "kebun stroberi di Australia", "peternakan di Selandia Baru", "pabrik di Korea",
             "pertanian di Kanada", "perkebunan di Jepang", "pabrik makanan di Polandia", "hotel di Turki"],
    "fee": ["Rp 3.500.000", "Rp 7 juta", "Rp 12.500.000", "Rp 5 juta", "Rp 8,5 juta", "Rp 15 juta", "Rp 2,5 juta"],
    "oj_mid": ["[Testimoni|Bukti]: [\"Alhamdulillah sudah cair 2x, amanah!\" - {nama}, {kota}|sudah 1.200 peserta diberangkatkan/dibayar|cek highlight IG kami untuk bukti transfer]",
               "[Alur|Cara daftar]: [kirim KTP, bayar biaya, tunggu jadwal|isi formulir, transfer biaya, terima akun|chat admin, bayar DP, proses dimulai]. [Data Anda dijamin aman.|Proses transparan.|]",
               "[Kantor kami|Kami] [terdaftar dan terpercaya|sudah berdiri 5 tahun|punya izin usaha lengkap], [jangan ragu|tidak perlu takut penipuan|silakan cek testimoni]."],
    "oj_end": ["[Slot terbatas, hari ini saja!|Kuota tinggal sedikit.|Promo pendaftaran berakhir hari ini.|Siapa cepat dia dapat.]"],
})

# =====================================================================================
# other_job_scam: task scams, fee-only fake overseas jobs, fake work-from-home
# =====================================================================================
TEMPLATES += [
    T("id-oj-chat-001", "other_job_scam", "chat", """[Kerja part time|Kerja sampingan|Part time online] dari HP, [cukup|tinggal] {task_act} [di {task_app}|{task_app}], [dapat|dibayar] {rb} [per tugas|tiap task|per like]. [Sehari bisa|Bisa dapat] [300-500rb|Rp 500.000|1 juta] {emoji_hot} [Minat chat|Daftar] {phone_id}""", n=15),
    T("id-oj-chat-002", "other_job_scam", "chat", """[Halo kak|Hai kak|Permisi kak], [saya {nama} dari tim rekrutmen|kami dari agensi pemasaran digital|saya HRD dari {task_app} Partner]. [Kami cari|Ada lowongan] [pekerja paruh waktu|part timer] [untuk {task_act}|yang mau {task_act}], [komisi|gaji] {rb} per tugas, [dibayar langsung ke rekening|bisa cair hari ini]. [Boleh saya jelaskan?|Tertarik?]""", n=15),
    T("id-oj-chat-003", "other_job_scam", "chat", """[Kak, untuk lanjut ke tugas VIP|Supaya bisa ambil misi berikutnya|Untuk membuka level 2] [harus deposit dulu|perlu top up dulu] {dep}, [nanti kembali plus komisi 30%|modal balik + bonus 40%|nanti dikembalikan beserta profit]. [Semua member juga begitu|Ini sistem kantor ya kak|Tenang, pasti cair] {emo}""", n=14),
    T("id-oj-ad-004", "other_job_scam", "ad", """[LOWONGAN KERJA DI AUSTRALIA|Kerja di Luar Negeri Tanpa Ribet|PROGRAM KERJA {farm}] {emoji_hot}
Posisi: [pekerja {farm}|{farm}|operator {farm}]
Gaji: [AUD 4.000/bulan|Rp 40 juta per bulan|USD 3.000/bulan|KRW 3 juta|CAD 3.500]
[Kontrak|Durasi kontrak]: [1 tahun|2 tahun|6 bulan, bisa diperpanjang]
[Syarat|Persyaratan]: [usia 18-45, sehat, tidak perlu bahasa Inggris|tanpa pengalaman, lulusan SD-SMA|bisa kerja fisik, tidak perlu ijazah]
[Biaya proses|Biaya administrasi|Biaya visa dan medical] {fee} [dibayar di muka|transfer sebelum interview|bisa dicicil 2x].
[Visa keluar dalam 2 minggu.|Visa dijamin 100% approve.|Proses visa cepat, dijamin berangkat.]
[Transfer ke rekening atas nama {nama} Santoso (staf keuangan).|Pembayaran via transfer ke rekening admin.|DP 50% untuk booking kuota.]
{oj_mid}
[Hubungi|Info & daftar]: {phone_id}
{oj_end}""", n=14),
    T("id-oj-ad-005", "other_job_scam", "ad", """[Kerja dari rumah|Kerja Online dari Rumah|WORK FROM HOME] {emoji_hot} [penghasilan|gaji] [3-7 juta|Rp 5.000.000|jutaan] per [minggu|bulan]!
[Pekerjaan|Tugas]: [ketik ulang dokumen (copy paste)|input data sederhana|kerjakan survei online|rakit paket aksesoris di rumah].
[Tanpa modal besar, hanya|Cukup bayar] [biaya pendaftaran|biaya starter kit|biaya aktivasi akun] [Rp 150.000|Rp 250rb|Rp 99.000|Rp 350.000].
[Kerja santai, bisa sambil jaga anak.|Cocok untuk ibu rumah tangga dan mahasiswa.|Waktu bebas, tanpa target.]
[Gaji dibayar tiap Jumat.|Dibayar mingguan.|Pembayaran setiap hari.]
[Sudah ribuan member yang buktikan!|Testimoni banyak, cek IG kami.|100% terbukti membayar.]
{oj_mid}
[Daftar|Hubungi admin] {phone_id} [atau|/] {email}
{oj_end}""", n=14),
    T("id-oj-ad-006", "other_job_scam", "ad", """[Lowongan Pabrik Korea (Jalur Cepat)|KERJA DI KOREA TANPA TES|Program Kerja Korea Jalur Khusus]
[Bisa berangkat tanpa ujian EPS-TOPIK|Tanpa ujian bahasa Korea|Tanpa antre pendaftaran resmi]. Posisi: operator pabrik, [gaji|gaji pokok] [Rp 30 juta|KRW 2,5 juta|{krw_high}] per bulan.
[Biaya proses|Biaya pengurusan] {fee}, [sudah termasuk visa|sudah termasuk medical dan visa|belum termasuk tiket].
[Dana dikembalikan kalau gagal berangkat.|Garansi uang kembali 100%.|Proses 1 bulan langsung terbang.]
[Kuota|Sisa kuota] [hanya {count} orang|tinggal sedikit] [bulan ini|gelombang ini].
[Syarat: usia 18-40, KTP, foto, transfer DP.|Kirim KTP, KK, ijazah terakhir, bukti transfer.]
{oj_mid}
[Hubungi Pak {nama}|Admin {nama}]: {phone_id}
{oj_end}""", n=13),
    T("id-oj-chat-007", "other_job_scam", "chat", """[Loker|Lowongan] [kerja di Jepang|ke Korea|ke Australia|ke Kanada] [tanpa tes|tanpa bahasa|jalur cepat], [gaji|gj] [30jt|40jt|25 juta], [biaya cuma|cukup bayar] [{fee}|5jt|DP 3jt] [udah termasuk visa|visa dijamin]. [Transfer dulu buat kunci kuota|Kuota terbatas, DP dulu] {emoji_hot} {phone_id}""", n=15),
    T("id-oj-chat-008", "other_job_scam", "chat", """[Selamat!|Selamat kak!|Congratulations!] [Kakak lolos seleksi|Anda terpilih] [sebagai|menjadi] [karyawan|pekerja] [{farm}|paruh waktu]. [Silakan transfer|Mohon bayar] [biaya seragam & pelatihan|biaya administrasi|biaya medical] [{fee}|Rp 750.000|Rp 1,2 juta] [paling lambat hari ini|dalam 1x24 jam] [agar tidak digantikan orang lain|supaya slot tidak hangus] {emo}""", n=14),
    T("id-oj-chat-009", "other_job_scam", "chat", """[Join grup Telegram|Masuk grup] [kerja online|misi harian|tugas harian] 👉 {tg_link} [Tiap hari dapat|Setiap misi dibayar] {rb}, [tugas pertama gratis|bonus 50rb untuk member baru|bonus pendaftaran 20rb], [misi berikutnya wajib deposit|untuk level VIP perlu top up] {emoji_hot}""", n=14),
    T("id-oj-ad-010", "other_job_scam", "ad", """[Dibutuhkan Admin Review Produk Online|Lowongan Reviewer Marketplace|Part Time Order Fiktif (Boosting Toko)]
[Tugas|Pekerjaan]: [membeli produk di toko partner lalu menulis ulasan|melakukan order untuk menaikkan rating toko|klik dan simpan produk, lalu kirim bukti].
[Modal|Dana belanja] [ditalangi dulu oleh peserta|dari peserta] [{dep}|Rp 200rb - Rp 5 juta], [dikembalikan|refund] [plus komisi 10-30%|plus fee] [setelah tugas selesai|dalam 10 menit].
[Semakin besar order, semakin besar komisi.|Ada tugas kombinasi dengan komisi lebih besar.|Level gold dapat komisi 40%.]
[Kerja dari rumah, 1-2 jam per hari.|Cukup punya HP dan rekening.|Tidak perlu pengalaman.]
{oj_mid}
[Hubungi mentor|Chat koordinator] [{tg_handle}|{phone_id}] [untuk mulai|untuk tugas pertama].
{oj_end}""", n=13),
    T("id-oj-chat-011", "other_job_scam", "chat", """[Aku udah 2 minggu ikut|Aku udah coba] [kerja like video|kerja tugas online|misi TikTok] ini, [udah cair|gajian] [800rb|1,2jt|2jt] {emo2} [Mau ikutan?|Kalau mau, aku kasih link|Daftar lewat aku aja] {tg_link}""", n=13),
]

_hw("oj", "other_job_scam", "chat", """
Kerja sampingan like video TikTok, 1 like dibayar 10rb, sehari bisa 500rb. Minat chat admin 0812-5588-0301 ✨
~~
Halo kak, saya Maya dari agensi digital marketing. Kami butuh part timer untuk subscribe channel YouTube, komisi Rp 15.000 per tugas. Bisa mulai hari ini?
~~
Kak tugas ke-3 itu tugas kombinasi, harus top up 1,5 juta dulu baru komisinya cair semua 2,1 juta. Semua member juga gitu kok 🙏
~~
Lowongan kerja Australia petik buah, gaji 45 juta/bulan, biaya proses 12,5 juta sudah termasuk visa. DP 5 juta buat kunci kuota ya kak
~~
Kerja ke Korea tanpa tes bahasa! Biaya 25 juta all in, 2 bulan terbang. Uang kembali kalau gagal. Hub Pak Hendra 0856-2210-9947
~~
Selamat Anda lolos seleksi kerja di pabrik makanan Polandia. Silakan transfer biaya medical Rp 2.750.000 paling lambat besok jam 12
~~
WORK FROM HOME ketik ulang dokumen, gaji 3 juta/minggu. Biaya pendaftaran cuma 150rb. Cocok buat IRT 👩‍💻
~~
Join grup misi harian, like dan follow dibayar 5rb per misi. Bonus member baru 20rb! t.me/misi_cuan_harian
~~
Dicari reviewer toko online. Beli produk pake dana sendiri dulu, nanti dikembalikan + komisi 20% dalam 10 menit. Chat mentor @mentor_ayu22
~~
Program kerja Jepang jalur cepat, tanpa LPK, tanpa ujian. Biaya 35 juta bisa dicicil. Gaji 25-30 juta. Kuota tinggal 5 orang!
~~
Kak data kakak sudah kami terima. Untuk aktivasi akun kerja kakak wajib bayar biaya admin Rp 99.000 dulu ya, nanti langsung bisa kerja
~~
Lowongan kerja online, tugas rating hotel bintang 5 di Google Maps. Per rating 20rb. Gak perlu keluar rumah. Ketik "MAU" ke WA 0838-1192-4056
~~
Pekerja kebun di Selandia Baru, gaji NZD 4.000, biaya visa + tiket 18 juta. Visa dijamin approve. Transfer ke rekening koordinator
~~
Kerja ke Kanada tanpa bahasa Inggris, gaji 50jt. Biaya 30jt, DP 10jt. Yg serius aja, kuota dibatasi
~~
Cuma modal HP bisa gajian tiap hari 💸 Kerjaan gampang: kasih rating bintang 5 ke produk Shopee. Daftar gratis, tugas pertama langsung cair
~~
Maaf kak, dana kakak belum bisa ditarik karena ada tugas yang salah input. Untuk membuka akun harus bayar denda 2 juta dulu
~~
Open reseller kerja rumahan rakit manik-manik, 1 paket dibayar 50rb. Beli starter kit dulu Rp 250.000, isi 20 paket
~~
Lowongan Pabrik Korea 2025 (jalur khusus), tanpa tes EPS, gaji 30 juta, biaya 20 juta. Kirim KTP + bukti transfer DP
~~
Part time online jadi admin toko, kerja 2 jam sehari, gaji 150rb per hari. Harus beli paket pelatihan dulu 300rb ya
~~
Tugas nonton video 30 detik dibayar 8rb. Sehari 50 video. Tinggal klik klik. Gabung di @tugas_video_id
~~
Ada kerjaan dari perusahaan Amerika, cuma isi survei online, per survei 75rb. Biaya aktivasi akun 200rb. Beneran bayar kok
~~
Kak itu tugas VIP kakak masih kurang 800rb lagi biar bisa withdraw, nanti semua modal balik + bonus 45%. Mentor gak bakal nipu kok 🙏
~~
Kerja di hotel Turki, gaji USD 1.500, biaya proses 15 juta, visa kerja dijamin. Tidak perlu interview. Hubungi 0813-7705-2218
~~
Butuh penerjemah lepas, dibayar per halaman 100rb. Tapi daftar dulu jadi member premium 250rb buat dapat order
~~
Hai! Kamu terpilih buat program kerja paruh waktu dari Tokopedia Partner. Cuma klik produk dan simpan, dibayar 12rb per klik. Mau lanjut?
~~
Lowongan kerja kapal pesiar, gaji 35 juta. Biaya pelatihan dan sertifikat 17 juta dibayar ke kami. Berangkat 2 bulan lagi dijamin
~~
Kami buka lowongan operator pabrik di Jepang, tanpa bahasa Jepang. Biaya keberangkatan 40jt bisa potong gaji, DP 10jt dulu 🙏
~~
Ayo gabung tim like & subscribe, kerja santai di rumah, dibayar harian. Chat admin wa.me/6281299334410
~~
Cara kerjanya gampang kak: beli produk, kirim bukti, komisi 15%. Modal pertama 100rb, nanti bisa naik ke 1 juta biar komisinya gede
~~
Kerja Australia visa kerja 2 tahun 🇦🇺 gaji 50jt/bln. Biaya 9,5jt (visa + medical). Tanpa tes IELTS. Daftar sebelum tgl 30!
~~
Mohon maaf, pendaftaran kerja Kanada kakak tertunda karena biaya asuransi belum dibayar (Rp 3.200.000). Segera transfer agar visa diproses
~~
Kerja dari rumah jadi admin input data, gaji Rp 4,5 juta. Syarat: punya laptop, bayar biaya software lisensi 350rb sekali saja
~~
Mau penghasilan tambahan? Cukup like postingan Instagram dan screenshot. 1 SS = 7rb. Tanpa biaya. Tugas selanjutnya butuh deposit kecil aja kok
~~
Info kerja ke Jepang lewat jalur sponsor langsung, tanpa LPK. Biaya 28 juta, gaji 27 juta, berangkat 3 bulan. Garansi uang kembali
~~
Open lowongan Kerja Online Shopee Affiliate Partner, komisi 30%, tapi wajib beli voucher pendaftaran 500rb dulu ya bun
~~
Lowongan kerja peternakan sapi di Australia, gaji 60 juta, tanpa pengalaman. Biaya 15 juta dibayar ke rekening pribadi koordinator wilayah
~~
Selamat, Anda terpilih jadi mitra kerja online! Gaji harian 200-800rb. Klik link untuk aktivasi: bit.ly/kerja-mitra-harian (biaya aktivasi 75rb)
~~
Kak udah cair 50rb ya dari tugas pertama 🎉 Sekarang masuk grup VIP, tugas berikutnya deposit 300rb dapat komisi 120rb
~~
Lowongan operator pabrik Taiwan jalur mandiri tanpa agen resmi, potong gaji gak ada, cukup bayar di depan 22 juta. Minat PM
~~
Dibutuhkan 50 orang kerja di kebun anggur Australia. Gaji AUD 25/jam. Biaya proses Rp 6.000.000. Berangkat 3 minggu setelah transfer
""", 101)


SLOTS.update({
    "lj_proses": ["[Proses seleksi|Tahapan rekrutmen]: [tes tertulis, interview HRD, interview user, medical check-up|psikotes, wawancara, tanda tangan kontrak|interview langsung di tempat, hasil diinfokan maks. 3 hari kerja|walk-in interview, tes simulasi telepon, offering]."],
    "lj_benefit": ["[Benefit|Fasilitas]: [BPJS Kesehatan & Ketenagakerjaan, THR, cuti 12 hari|BPJS, uang makan, uang transport, insentif bulanan|gaji pokok + tunjangan kehadiran + BPJS|BPJS, seragam, bonus tahunan, jenjang karier|BPJS lengkap, lembur dibayar sesuai aturan]."],
    "lj_jam": ["[Jam kerja|Jadwal]: [Senin-Jumat 08.00-17.00|Senin-Sabtu, 2 shift (07.00-15.00 / 15.00-23.00)|5 hari kerja, shift pagi/siang|Senin-Jumat 09.00-18.00, Sabtu setengah hari|shift 8 jam, 6 hari kerja]."],
    "lj_free": ["[Kami tidak memungut biaya apa pun selama proses rekrutmen.|Seluruh proses rekrutmen GRATIS, hati-hati penipuan yang mengatasnamakan perusahaan.|Tidak ada biaya seleksi. Waspada pihak yang meminta transfer.|Rekrutmen tidak dipungut biaya.]"],
    "lj_mid": ["{lj_jam}\\n{lj_benefit}", "{lj_benefit}\\n{lj_proses}", "{lj_proses}", "{lj_jam}\\n{lj_proses}", "{lj_benefit}\\n{lj_free}", "{lj_jam}\\n{lj_free}"],
    "lj_end": ["[Lamaran paling lambat {tgl} {bulan} 2025.|Hanya kandidat yang memenuhi kualifikasi yang akan dihubungi.|Posisi ini terbuka untuk pria dan wanita.|Ditunggu lamarannya ya!|Yuk gabung bersama kami!|Kirim lamaranmu sekarang, kuota terbatas!]"],
    "bpo_job": ["Customer Service Call Center", "Customer Service Inbound", "CS Chat & Email", "Telemarketing Outbound",
                "Agent Call Center", "Customer Service Live Chat", "Collection Desk Call", "CS Layanan Pelanggan (Shift)"],
    "shop_job": ["Admin Toko Online", "Pramuniaga Minimarket", "Kasir", "Staf Gudang", "Helper Gudang", "SPG/SPB",
                 "Admin Gudang", "Packing Online Shop", "Crew Outlet", "Barista", "Staf Admin", "Admin Penjualan",
                 "Kurir", "Staf Produksi", "Operator Produksi", "Sales Counter HP"],
    "idr_lj": ["Rp 4.900.000", "Rp 5,2 juta", "UMK {kota} + insentif", "Rp 4,5 - 5,5 juta", "Rp 5.067.000 (UMP) + bonus",
               "Rp 3,8 juta + lembur", "Rp 4.200.000", "UMR + tunjangan", "Rp 6 juta (nego)", "Rp 3.500.000 + uang makan"],
})

# =====================================================================================
# legit_job: urgent / no-experience CS, call-centre, admin, warehouse and shop ads (hard negatives)
# =====================================================================================
TEMPLATES += [
    T("id-lj-ad-001", "legit_job", "ad", """[URGENT HIRING!!|DIBUTUHKAN SEGERA!|LOWONGAN KERJA - URGENT] {emoji_hot}
{bpo} [membuka lowongan|membutuhkan] {bpo_job} [untuk project perbankan|untuk project e-commerce|untuk project telekomunikasi|untuk klien asuransi].
[Lokasi kerja|Penempatan]: {alamat}
[Gaji|Salary]: {idr_lj} [+ insentif|+ bonus KPI|]
[Kualifikasi|Syarat]:
- [Pendidikan min. SMA/SMK sederajat|Min. SMA/SMK, D3/S1 diutamakan|Lulusan SMA/SMK/D3]
- [Tidak perlu pengalaman, fresh graduate welcome!|Fresh graduate dipersilakan|Belum berpengalaman boleh, ada training]
- [Usia maks. 30 tahun|Usia 18-30 tahun|Usia {age_range} tahun]
- [Komunikatif dan bisa mengetik cepat|Suara jelas dan ramah|Bisa komputer dasar]
{lj_mid}
[Kirim CV ke|Lamaran via email|Kirim lamaran ke] {mail_id} [atau WA HR|/ WA HRD|, info:] {phone_id}
[?{lj_end}]""", n=15, bpo_urgent=True),

    T("id-lj-ad-002", "legit_job", "ad", """[WALK IN INTERVIEW|Walk-In Interview|OPEN RECRUITMENT - WALK IN] {emoji_calm}
[Posisi|Dibutuhkan]: {bpo_job} ({count} orang)
[Perusahaan|PT]: {bpo}
[Hari/Tanggal|Jadwal]: {hari}, {tgl} {bulan} 2025, [pukul 09.00-14.00 WIB|jam 08.30-12.00 WIB|mulai 09.00 WIB]
[Tempat|Lokasi]: {alamat}
[Bawa|Membawa]: [CV, fotokopi KTP, fotokopi ijazah, pas foto 3x4|CV dan KTP asli|surat lamaran, CV, ijazah terakhir]
[Tidak perlu pengalaman, akan diberikan pelatihan.|Fresh graduate sangat dipersilakan!|Langsung interview, bisa langsung training minggu depan.]
Gaji {idr_lj}, {lj_benefit}
[Dress code: kemeja & celana bahan, sepatu pantofel.|Berpakaian rapi.|Datang langsung, tanpa janji.]
{lj_free}
[Info|Pertanyaan]: WA {phone_id}""", n=15, bpo_urgent=True),

    T("id-lj-ad-003", "legit_job", "ad", """[Loker {kota}|LOKER {kota} TERBARU|Info Loker {kota}] [✨|📢|🔥|]
{pt_legit} [membuka lowongan|sedang mencari] {shop_job} [- URGENT|(urgent)|, butuh cepat!]
[Persyaratan|Syarat]:
✅ [Pria/Wanita usia 18-30 tahun|Pria/Wanita max 28 tahun|Usia {age_range} tahun]
✅ [Pendidikan min. SMA/SMK|Min. SMP/SMA sederajat|SMA/SMK semua jurusan]
✅ [Tanpa pengalaman boleh|Berpengalaman lebih disukai, fresh grad boleh|Belum pengalaman juga bisa]
✅ [Domisili {kota} dan sekitarnya|Bersedia kerja shift|Jujur, rajin, disiplin]
[Gaji|Salary]: {idr_lj}
{lj_mid}
[Lamaran dikirim ke|Kirim CV ke] {mail_id} [dengan subjek|subjek email] "{shop_job} - Nama"
[atau datang langsung ke|Alamat:] {alamat}""", n=15, bpo_urgent=True),

    T("id-lj-ad-004", "legit_job", "ad", """[Lowongan Kerja Customer Service (Fresh Graduate)|We're Hiring: Customer Service Officer|Kesempatan Karier: CS Officer]
[Tentang kami|About us]: {pt_legit} [adalah perusahaan distribusi yang berdiri sejak 2008|adalah perusahaan ritel dengan 120 cabang di Jawa|adalah perusahaan logistik nasional] [dan berkantor pusat di {kota}|dengan kantor pusat di {kota}].
[Tanggung jawab|Job description]:
- [Menangani keluhan pelanggan via telepon, email, dan chat|Melayani pertanyaan pelanggan melalui telepon dan WhatsApp Business]
- [Mencatat tiket keluhan di sistem CRM|Membuat laporan harian]
- [Berkoordinasi dengan tim gudang dan kurir|Menindaklanjuti status pengiriman]
[Kualifikasi|Requirements]: [min. D3 semua jurusan, fresh graduate welcome|SMA/SMK/D3, tanpa pengalaman dipersilakan], [bisa MS Office|terbiasa dengan komputer], [bersedia bekerja shift|siap kerja di akhir pekan bergantian].
[Kami menawarkan|What we offer]: gaji {idr_lj}, {lj_benefit}
[Kontrak 1 tahun, dapat diangkat karyawan tetap.|Status PKWT 1 tahun, peluang karyawan tetap.|Masa percobaan 3 bulan.]
[Lamar melalui|Apply via] {web} [paling lambat {tgl} {bulan} 2025|sebelum {tgl} {bulan}|]""", n=14, bpo_urgent=True),

    T("id-lj-chat-005", "legit_job", "chat", """[URGENT|Urgent|Butuh cepat] {emoji_hot} [dicari|dibutuhkan] [CS call center|agent call center|CS inbound|telemarketing] [di {kota}|{kota}], [gaji|gj] {idr_lj}, [fresh grad boleh|tanpa pengalaman|no exp ok], [walk in interview {hari} ini|interview langsung besok|langsung kerja]. [Kirim CV ke|Info WA] [{mail_id}|{phone_id}]""", n=15, bpo_urgent=True),

    T("id-lj-chat-006", "legit_job", "chat", """[Loker {kota}|LOKER {kota}|Info loker] {emoji_calm} {pt_legit} [butuh|cari] {shop_job} [{count} org|segera], [gaji|gj] {idr_lj}, [tanpa pengalaman|lulusan SMA boleh|fresh grad welcome], [BPJS|ada BPJS + THR]. [Lamar ke|Kirim CV] {mail_id}""", n=15, bpo_urgent=True),

    T("id-lj-chat-007", "legit_job", "chat", """[Guys|Teman2|Gaes], [kantor aku|tempatku kerja|kantor sepupuku] [{bpo}|di {kota}] [lagi buka|lagi butuh banyak] [CS call center|agent CS|CS chat], [fresh grad oke|gak perlu pengalaman], [gajinya UMR {kota}|gaji {idr_lj}], [ada BPJS|dapat BPJS]. [Interviewnya langsung di kantor|Walk in aja {hari}], [alamatnya {alamat}|nanti aku kasih alamatnya] {emo}""", n=15, bpo_urgent=True),

    T("id-lj-ad-008", "legit_job", "ad", """[DIBUTUHKAN SEGERA|URGENT!!|HIRING NOW] [Staf Gudang & Helper|Operator Produksi|Admin Gudang] {emoji_hot}
[Penempatan|Lokasi]: [{alamat}|Kawasan Industri {kota}]
[Kebutuhan|Jumlah]: {count} orang
[Syarat|Kualifikasi]:
• [Pria usia 18-30 tahun|Pria/Wanita 18-35 tahun|Usia max 35]
• [Pendidikan min. SMP/SMA|SMA/SMK sederajat]
• [Sehat jasmani, tidak bertato|Sehat, siap kerja fisik|Siap kerja shift dan lembur]
• [Tanpa pengalaman boleh|Pengalaman tidak wajib]
[Gaji|Upah]: {idr_lj} [+ lembur|, lembur dibayar|, BPJS]
{lj_mid}
[Lamaran diantar langsung ke|Kirim berkas ke pos satpam] {pt_legit}[, {alamat}|]
[Info lebih lanjut|CP] HRD: {phone_id} [(chat only)|(WA)|]
[?{lj_end}]""", n=14, bpo_urgent=True),

    T("id-lj-chat-009", "legit_job", "chat", """[DICARI|Dicari|Lowongan] [kasir|pramuniaga|crew outlet|barista|kurir] [{pt_legit}|minimarket|toko kami] [cabang|area] {kota}, [langsung kerja|bisa langsung masuk|urgent], [tanpa pengalaman|SMA/SMK], [gaji|gj] {idr_lj} [+ uang makan|+ bonus]. [WA|Hub] {phone_id} [(chat saja)|]""", n=15, bpo_urgent=True),

    T("id-lj-ad-010", "legit_job", "ad", """[Lowongan Admin Online Shop|Dicari Admin Marketplace|LOKER ADMIN OLSHOP] [{kota}|- {kota}] {emoji_calm}
[Toko kami|Brand lokal kami|Kami] [(fashion muslim)|(skincare lokal)|(sparepart motor)|(perlengkapan bayi)] [butuh|mencari] admin [untuk balas chat pembeli di Shopee/Tokopedia/TikTok Shop|online shop, kerja di kantor (bukan WFH)].
[Jobdesk|Tugas]: [balas chat pembeli, input pesanan, cek stok|upload produk, balas chat, rekap pesanan harian].
[Syarat|Kriteria]: [wanita/pria max 27 tahun|usia 18-28], [bisa pakai HP dan laptop|teliti dan fast respon], [fresh grad boleh|tanpa pengalaman oke].
[Gaji|Gaji pokok] {idr_lj}[, bonus omzet|, makan siang|].
{lj_jam}
[Lokasi|Alamat]: {alamat}
[Kirim CV via WA|Lamaran via WA] {phone_id} [(chat, tidak terima telepon)|]. [Interview di toko, bukan online.|Interview langsung di kantor ya.|]""", n=14, bpo_urgent=True),

    T("id-lj-chat-011", "legit_job", "chat", """[Walk-in interview|Walk in interview|Open walk-in] {bpo_job} {bpo}, {hari} {tgl} {bulan} [jam 9-12|pukul 09.00|mulai jam 8 pagi] di {alamat}. [Fresh graduate welcome|Tanpa pengalaman|Min. SMA], [bawa CV + KTP|bawa CV]. [Gratis, tidak dipungut biaya|Tidak ada biaya] {emoji_calm}""", n=15, bpo_urgent=True),
]


SLOTS.update({
    "pro_job": ["Staf Akuntansi", "Guru SD (Matematika)", "Perawat Pelaksana", "Driver Operasional", "Sales Executive",
                "Graphic Designer", "Staf HRD", "Teknisi AC", "Digital Marketing Specialist", "Apoteker Pendamping",
                "Staf Purchasing", "Content Writer", "Marketing Properti", "Mekanik Alat Berat", "Staf Pajak", "Chef de Partie"],
    "pro_high": ["Backend Developer (Golang)", "Data Analyst", "Site Manager Proyek", "Branch Manager", "Product Manager",
                 "Dokter Umum", "Supervisor Produksi", "Senior Software Engineer", "Head Chef", "Auditor Internal Senior"],
    "idr_pro": ["Rp 12-18 juta", "Rp 15.000.000 - Rp 22.000.000", "Rp 20 juta (nego)", "hingga Rp 25 juta", "Rp 10-14 juta",
                "kompetitif (Rp 13-17 juta)", "Rp 18 juta + bonus proyek"],
})

TEMPLATES += [
    T("id-lj-ad-012", "legit_job", "ad", """{pt_legit} [membuka kesempatan berkarier|mengundang kandidat terbaik|sedang membuka lowongan] untuk posisi:
{pro_job}
[Kualifikasi|Persyaratan]:
1. [Pendidikan min. D3/S1 jurusan terkait|S1 semua jurusan|SMK/D3 sesuai bidang]
2. [Pengalaman min. 1 tahun di bidang yang sama|Pengalaman 1-2 tahun, fresh graduate boleh melamar|Memiliki sertifikat kompetensi (diutamakan)]
3. [Usia maks. 35 tahun|Usia 22-35 tahun|Usia tidak lebih dari 40 tahun]
4. [Domisili {kota}|Bersedia ditempatkan di {kota}|Berdomisili di sekitar lokasi kerja]
5. [Memiliki SIM A/C (khusus driver/teknisi)|Menguasai Microsoft Excel|Mampu bekerja dalam tim]
[Penempatan|Lokasi]: {alamat}
[Gaji|Kompensasi]: {idr_lj}
{lj_mid}
[Lamaran lengkap (CV, ijazah, transkrip) dikirim ke|Kirim berkas lamaran ke] {mail_id}
[?{lj_end}]""", n=15),

    T("id-lj-ad-013", "legit_job", "ad", """[We're Hiring!|JOIN OUR TEAM|Career Opportunity] 🚀
{pt_legit} [is looking for|mencari] [a|seorang] {pro_high}
[Lokasi|Location]: [{kota} (hybrid, 3 hari WFO)|{alamat}|{kota}, on-site]
[Tanggung jawab|Responsibilities]:
- [Memimpin tim dan memastikan target tercapai|Mengembangkan dan memelihara sistem internal|Menyusun laporan dan analisis bulanan]
- [Berkoordinasi dengan manajemen|Mentoring anggota tim junior|Bekerja sama dengan divisi lain]
[Kualifikasi|Requirements]: [S1/S2 relevan, pengalaman min. 4 tahun|min. 3 tahun pengalaman di posisi serupa|S1, pengalaman 5 tahun, 2 tahun sebagai leader], [kemampuan bahasa Inggris aktif|memahami regulasi terkait|portofolio wajib dilampirkan].
[Gaji|Salary range]: {idr_pro}
{lj_benefit}
[Apply via|Lamar di] {web} [atau email ke|/] {mail_id}
{lj_free}""", n=14),

    T("id-lj-chat-014", "legit_job", "chat", """[Info loker|Loker|Ada lowongan nih] [guys|gaes|teman-teman] {emo} [RS|Klinik|Sekolah|Kantor notaris|Bengkel|Restoran] [di {kota}|dekat rumahku|di daerah {kota}] [butuh|lagi cari] [perawat|admin|guru|mekanik|cook|staf keuangan], [gaji|gajinya] {idr_normal}, [pengalaman min 1 th|fresh grad boleh|lulusan D3]. [Kirim CV ke|Lamaran ke] {mail_id} [ya|aja]""", n=15),

    T("id-lj-chat-015", "legit_job", "chat", """[Teman-teman|Gaes|Gengs], [warung|toko|laundry|cafe] [ibuku|saudaraku|temanku|punya om aku] di [{kota}|daerah {kab}] [butuh karyawan|cari 1 orang|lagi butuh pegawai], [kerja jam 8-4|shift pagi], [gaji|digaji] [2,5jt|Rp 2.800.000|UMR {kab}] [+ makan siang|+ makan]. [Yg minat|Kalo ada yg minat] [WA|chat] {phone_id} {emo}""", n=15),

    T("id-lj-ad-016", "legit_job", "ad", """[Lowongan Kerja Guru dan Staf|Rekrutmen Tenaga Pendidik|LOWONGAN GURU TAHUN AJARAN 2025/2026]
[Yayasan|Sekolah] [Pendidikan Insan Cendekia|Al-Hikmah Nusantara|Tunas Bangsa Mandiri] {kota} [membuka lowongan|membutuhkan]:
- [Guru Matematika SMP|Guru Bahasa Inggris SD|Guru Kelas SD|Guru BK SMA] ([1|2] orang)
- [Staf Tata Usaha|Staf Keuangan|Pustakawan] (1 orang)
[Syarat|Kualifikasi]: [S1 Pendidikan sesuai bidang|S1 linier, memiliki sertifikat pendidik (diutamakan)], [usia maks. 35 tahun|usia maks. 32 tahun], [mampu mengoperasikan komputer|bisa mengaji (nilai plus)|berpengalaman mengajar min. 1 tahun].
[Gaji|Honor]: [Rp 3,5 - 5 juta sesuai kualifikasi|{idr_normal}|sesuai standar yayasan].
[Berkas lamaran (surat lamaran, CV, fotokopi ijazah, transkrip) dikirim ke|Lamaran diantar langsung ke] {alamat} [paling lambat {tgl} {bulan} 2025|sebelum {tgl} {bulan}].
[Info|Narahubung]: [Bu {nama}|Pak {nama}] {phone_id}
{lj_free}""", n=13),

    T("id-lj-ad-017", "legit_job", "ad", """[LOWONGAN KERJA BUMN|Rekrutmen Bersama|Program Rekrutmen Terbuka] [2025|Batch II 2025]
[PT Jasa Prima Nusantara (Persero)|PT Kereta Logistik Indonesia|PT Energi Samudra Persada] [membuka|mengumumkan] [rekrutmen|program Management Trainee] [untuk lulusan D3/S1|bagi lulusan terbaik].
[Persyaratan umum|Syarat]: WNI, [usia maks. 25 tahun (D3) / 27 tahun (S1)|usia maks. 26 tahun], IPK min. [3,00|2,75], [sehat jasmani dan rohani|bebas narkoba].
[Tahapan seleksi|Seleksi]: [administrasi, tes kemampuan dasar, psikotes, wawancara, medical check-up|seleksi berkas, tes online, assessment, interview, MCU].
[Pendaftaran hanya melalui situs resmi|Daftar hanya di] [rekrutmen.jasaprima.co.id|karir.keretalogistik.id|recruitment.energisamudra.co.id] [mulai {tgl} {bulan} 2025|hingga {tgl} {bulan} 2025].
[Seluruh tahapan tidak dipungut biaya.|Tidak ada biaya apa pun dan tidak melalui perantara.|Perusahaan tidak bekerja sama dengan agen atau biro jasa.]
[Informasi resmi hanya dari akun media sosial perusahaan yang terverifikasi.|Waspada penipuan yang mengatasnamakan perusahaan.]""", n=13),

    T("id-lj-chat-018", "legit_job", "chat", """[Alhamdulillah|Yeay|Puji Tuhan] [aku|saya] [keterima kerja|lolos interview|dapet kerjaan] [jadi|sebagai] [CS|admin|kasir|staf gudang|teller] di [{pt_legit}|{bpo}|kantor di {kota}] {emo2} [Gajinya|Gaji] {idr_normal} [sih|aja], [tapi ada BPJS|lumayan buat mulai|yg penting kerja dulu]. [Mulai masuk {hari}|Senin mulai training] {emo}""", n=15),
]

_hw("lj", "legit_job", "chat", """
URGENT!! Dibutuhkan 20 agent call center inbound untuk project bank di Jakarta Selatan. Fresh grad welcome, gaji UMP + insentif. Walk in interview Senin jam 9 di Gedung Graha Mitra Lt. 4 🙏
~~
Loker Surabaya: CS chat e-commerce, tanpa pengalaman, kerja shift, gaji Rp 4,9 jt + BPJS. Kirim CV ke hr@telekontak.co.id
~~
Dicari kasir & pramuniaga minimarket area Bekasi Timur, SMA/SMK, bisa langsung kerja. Gaji UMK + uang makan. Lamaran bawa ke toko, tanya kepala toko ya
~~
Kantorku di BSD lagi butuh 10 CS inbound, gak perlu pengalaman, training 2 minggu dibayar. Gaji 5,1jt. Yg mau aku kasih email HR-nya 👍
~~
WALK IN INTERVIEW besok Rabu! Telemarketing asuransi, min SMA, fresh grad ok, gaji pokok Rp 4,5 jt + komisi. Lokasi Jl. Pemuda No. 12 Jakarta Timur. Bawa CV & KTP
~~
Butuh cepat admin gudang di Cikarang, pria max 30 th, SMK, tanpa pengalaman boleh. Gaji UMK Bekasi. WA HRD 0812-8844-1902 (chat only)
~~
Lowongan barista cafe di Jogja, part time/full time, no exp ok, nanti diajarin. Gaji 2,4jt + service. DM IG @kopisenjajogja
~~
Toko bangunan di Sidoarjo butuh 2 helper gudang, kerja Senin-Sabtu, gaji 2,9jt + makan siang, bisa langsung kerja besok. Hub Pak Rudi 0857-3320-1187
~~
Info loker: PT di Karawang butuh operator produksi 50 orang, SMA/SMK, usia 18-27, kontrak 1 tahun, gaji UMK Karawang. Lamaran via pos atau datang langsung. Hati2 calo!
~~
Dibutuhkan segera CS Live Chat (WFO), Bandung. Fresh graduate welcome. Gaji 4,2 jt + bonus. Email: recruitment@infokomprima.co.id subjek CS-BDG
~~
Klinik gigi di Medan cari admin front office, perempuan, min SMA, ramah, bisa komputer. Gaji 3,2jt. Kirim lamaran WA 0821-6670-4413
~~
URGENT HIRING 📣 Sales counter HP di mal Semarang, bisa langsung kerja, no exp, gaji pokok + komisi (bisa sampai 6jt). Walk in ke toko lantai 2
~~
Kak kalau mau kerja CS, di kantor aku (call center provider) lagi rekrut, kontrak PKWT 1 tahun, ada BPJS. Gaji 5,06jt UMP Jakarta. Interviewnya di kantor langsung ya
~~
Lowongan kurir paket area Makassar, punya motor & SIM C, gaji 3,6jt + insentif per paket. Daftar langsung ke hub Jl. Sultan Hasanuddin 19
~~
Dibutuhkan packing online shop di Tangerang, 5 org, cewek, usia 18-30, tanpa pengalaman, jam 8-17. Gaji 2,8jt + lembur. Hub 0878-1123-4490
~~
Loker Malang 🔥 Admin olshop skincare, bisa Canva dikit, fresh grad boleh. Gaji 2,7jt + bonus omzet. Kirim CV ke WA 0813-3345-9021
~~
Temen2 ada lowongan teller bank di cabang Palembang, min D3, usia max 25, tanpa pengalaman. Daftar lewat website karir bank resminya ya, jangan lewat calo
~~
Lowongan satpam perumahan Depok, pria 21-40, tinggi min 165, punya sertifikat Gada Pratama. Gaji 4,1jt. Datang ke kantor pengelola
~~
Resto padang di Pekanbaru cari juru masak & pelayan. Makan + mess disediakan, gaji 3jt. Hub Uda Fajar 0852-6633-0980
~~
Butuh 3 orang staf admin input data untuk kantor distributor di Solo, lulusan SMA/SMK, teliti. Gaji UMR Solo + BPJS. Interview di kantor Jl. Slamet Riyadi
~~
Lowker hotel bintang 3 Denpasar: housekeeping & FO staff, fresh grad welcome, kontrak 6 bulan, service charge. Apply: hr@hotelsanurbay.co.id
~~
Alhamdulillah adikku akhirnya keterima jadi CS call center di Jaksel, gaji 5jt + BPJS. Makasih info lokernya kemarin ya kak 🙏😊
~~
Loker operator produksi pabrik sepatu Tangerang, SMP/SMA, usia 18-30, tanpa biaya, lamaran ke pos satpam. Gaji UMK Tangerang + lembur
~~
Dicari admin ekspedisi cabang Balikpapan, min SMK, bisa Excel, siap shift. Gaji 3,9jt. Kirim CV ke lowongan@bumikarya.co.id
~~
Kedai kopi kekinian buka cabang baru di Bogor, butuh 6 crew, tanpa pengalaman, training gratis, gaji 2,9jt + tips. Walk in Sabtu jam 10
~~
Lowongan Telemarketing Kartu Kredit - Jakarta Pusat. Min SMA, usia 18-35, fresh grad ok. Gaji pokok 4jt + insentif. Hubungi HR via WA 0811-9023-7781
~~
Siapa yg nyari kerja di Batam? PT elektronik di Batamindo buka operator produksi cewek, kontrak 1 th, gaji UMK Batam 4,9jt. Lamaran lewat disnaker/BKK sekolah
~~
Butuh guru les privat SD untuk daerah Surabaya barat, 3x seminggu, honor 75rb/sesi. Mahasiswa boleh. WA 0856-4471-2200
~~
Perusahaan distributor farmasi di Semarang cari sales (medrep), S1 farmasi/kesehatan, gaji 5,5jt + insentif + motor operasional. Email hrd@griyafarma.co.id
~~
DIBUTUHKAN CEPAT!! Staff CS bengkel resmi motor, cewek, SMA/SMK, tanpa pengalaman. Gaji UMK + bonus. Lamaran langsung ke dealer
~~
Lowongan kerja CS bank (outsourcing) di Medan, fresh grad welcome, interview langsung di kantor cabang, gaji UMK + tunjangan. Tidak ada biaya apa pun!
~~
Lowongan admin pajak di kantor konsultan Jakarta Barat. S1 Akuntansi, Brevet A/B, gaji 6-7jt. Kirim CV ke recruitment@mitraniaga.co.id
~~
Halo kak, saya HR dari PT Cakra Layanan Pelanggan. Lamaran kakak untuk posisi CS inbound lolos tahap berkas. Interview di kantor kami Rabu jam 10, Jl. Gatot Subroto Kav. 21. Bawa KTP asli ya 🙏
~~
Dicari: tukang kebun & office boy untuk kantor di Denpasar. Usia max 40, jujur, rajin. Gaji 3,2jt + BPJS. Datang langsung bawa KTP
~~
Info loker buat adik2 yg baru lulus SMK: PT logistik di Sidoarjo butuh 15 helper gudang, tanpa pengalaman, gaji UMK Sidoarjo. Gak ada biaya apa2 ya
~~
Lowongan admin sosial media untuk UMKM keripik di Malang, kerja di rumah produksi (bukan online), gaji 2,5jt + bonus. WA 0813-5582-1107
~~
Sekolah bahasa di Yogyakarta butuh pengajar bahasa Inggris part time, min S1, TOEFL 550. Honor 100rb/jam. Email ke hrd@linguacitra.id
~~
Posisi: Backend Engineer (Golang), Jakarta (hybrid). Gaji 18-25 juta. Min 3 th pengalaman. Apply lewat situs karir kami, proses 2-3 minggu
~~
Dicari cook helper untuk restoran di Bali, tanpa pengalaman, mess disediakan, gaji 3,5jt + service charge. Interview di resto. Hub Chef Agus 0819-3350-2218
~~
Kabar gembira, supermarket baru di Kendal buka 40 lowongan (kasir, pramuniaga, gudang). Walk in interview Jumat, bawa CV. Gaji UMK Kendal
""", 101, bpo=True)

# Hand-written legit_job lines above that are not CS/admin/call-centre/warehouse/shop ads lose the bpo flag.
import dataclasses as _dc  # noqa: E402

_NOT_BPO = ("Backend Engineer", "guru les", "satpam", "medrep", "admin pajak", "tukang kebun", "pengajar bahasa Inggris",
            "Resto padang", "Lowker hotel", "cook helper", "kurir paket", "Klinik gigi")
HANDWRITTEN[:] = [_dc.replace(h, bpo_urgent=False) if h.category == "legit_job" and any(k in h.text for k in _NOT_BPO) else h
                  for h in HANDWRITTEN]

SLOTS.update({
    "lo_docs": ["[Dokumen|Berkas]: [KTP, KK, akta lahir/ijazah, surat izin keluarga, paspor|e-KTP, KK, ijazah min. SLTP, surat izin orang tua/suami/istri, pas foto|KTP, KK, ijazah, SKCK, surat keterangan sehat, paspor (bisa menyusul)]."],
    "lo_verif": ["[Cek legalitas perusahaan di siskop2mi.bp2mi.go.id.|Pastikan P3MI terdaftar di KP2MI dan memiliki job order resmi.|Informasi resmi hanya melalui BP3MI/Disnaker setempat.|Jangan percaya calo yang menjanjikan kelulusan.|Tidak ada biaya di luar ketentuan resmi.]"],
    "lo_pre": ["[Calon PMI wajib mengikuti Orientasi Pra Pemberangkatan (OPP) dan terdaftar BPJS Ketenagakerjaan.|Wajib medical check-up di sarana kesehatan yang ditunjuk.|Perjanjian kerja ditandatangani di hadapan petugas sebelum berangkat.|Seluruh proses tercatat di SISKOP2MI.]"],
    "lo_mid": ["{lo_docs}\\n{lo_pre}", "{lo_pre}\\n{lo_verif}", "{lo_docs}\\n{lo_verif}", "{lo_docs}", "{lo_pre}"],
    "krw_pay": ["KRW 2.096.270 (upah minimum 2025)", "sekitar KRW 2,1 juta (± Rp 24 juta) per bulan", "upah minimum Korea (± USD 1.500-1.600)",
                "± Rp 22-26 juta sesuai upah minimum Korea", "USD 1.500-2.000 termasuk lembur"],
    "jpy_pay": ["JPY 180.000-220.000 per bulan", "¥190.000/bulan (± Rp 20 juta)", "JPY 200.000 sebelum pajak", "± Rp 18-22 juta per bulan",
                "JPY 175.000 + lembur"],
    "twd_pay": ["NT$28.590", "NT$ 28,590 per bulan", "upah minimum Taiwan NT$28.590", "NT$28.590 + lembur sesuai UU Taiwan"],
    "hkd_pay": ["HK$4.990 + food allowance HK$1.236", "HK$4.990 per bulan", "minimum HK$4.990 sesuai aturan Hong Kong", "HK$5.100"],
})

# =====================================================================================
# legit_overseas: official placements (hard negatives)
# =====================================================================================
TEMPLATES += [
    T("id-lo-ad-001", "legit_overseas", "ad", """[PENGUMUMAN|Pengumuman Resmi|INFORMASI] [Pendaftaran Ujian EPS-TOPIK|Pendaftaran Program G to G Korea|Pendaftaran EPS-TOPIK CBT] [Tahun 2025|Periode {romawi} 2025]
Nomor: {peng}
[Kementerian P2MI/BP2MI|Badan Pelindungan Pekerja Migran Indonesia|KP2MI] [membuka pendaftaran|mengumumkan pendaftaran] ujian EPS-TOPIK [sektor {sektor_kr}|untuk sektor {sektor_kr}] [dengan kuota|kuota peserta] [{count}00|2.500|4.000] orang.
[Persyaratan|Syarat peserta]: [usia 18-39 tahun|berusia 18 s.d. 39 tahun], [pendidikan min. SLTP|ijazah minimal SMP], [tidak buta warna|sehat jasmani dan rohani], [tidak pernah dideportasi dari Korea|tidak pernah dipidana], [memiliki paspor aktif min. 1 tahun|paspor masih berlaku].
[Pendaftaran hanya melalui|Registrasi dilakukan secara online di] [siskop2mi.bp2mi.go.id|SISKOP2MI] [pada {tgl} {bulan} 2025|mulai {tgl} {bulan} 2025].
[Biaya ujian USD 28 dibayar melalui bank yang ditunjuk.|Biaya ujian sebesar USD 28 (dibayar dalam rupiah melalui bank persepsi).|Biaya tes USD 28, tidak ada pungutan lain.]
[Gaji|Perkiraan upah]: {krw_pay}. [Visa kerja E-9.|Peserta lulus berangkat dengan visa E-9.|Penempatan dengan visa kerja E-9, kontrak awal 3 tahun.]
{lo_mid}""", n=15),

    T("id-lo-chat-002", "legit_overseas", "chat", """[Info resmi|INFO|Update] [pendaftaran|registrasi] EPS-TOPIK [2025|periode ini] [udah dibuka|sudah dibuka|dibuka {tgl} {bulan}] [di SISKOP2MI|lewat siskop2mi ya|online di web BP2MI], [biaya tes USD 28|biaya cuma USD 28], [usia 18-39|min lulusan SMP]. [Jangan lewat calo|Gak usah bayar calo|Daftar sendiri aja] {emo}""", n=15),

    T("id-lo-ad-003", "legit_overseas", "ad", """[Lowongan Kerja Resmi ke Jepang (SSW/Tokutei Ginou)|PROGRAM SSW JEPANG - Sektor {sektor_jp}|Job Order Jepang: Tokutei Ginou {sektor_jp}]
[{p3mi}|{lpk} bekerja sama dengan {p3mi}] ({siup}) [membuka perekrutan|menerima calon peserta] untuk sektor {sektor_jp}.
[Syarat|Persyaratan]:
- [Lulus JLPT N4 atau JFT-Basic A2|Memiliki sertifikat JFT-Basic (A2) atau JLPT N4]
- [Lulus ujian keterampilan (SSW skill test) sektor {sektor_jp}|Memiliki sertifikat ujian keterampilan sektor terkait]
- [Usia 18-35 tahun|Usia 19-30 tahun|Usia maks. 35 tahun], [sehat, tidak bertato|lulus medical check-up]
[Gaji|Penghasilan]: {jpy_pay}, [kontrak 1 tahun dapat diperpanjang hingga 5 tahun|kontrak 3 tahun|kontrak kerja sesuai job order].
[Tiket pesawat ditanggung pemberi kerja.|Tiket berangkat ditanggung perusahaan penerima di Jepang.|Tiket dan asrama disediakan perusahaan Jepang (biaya asrama dipotong sesuai kontrak).]
[Pengajuan visa melalui Kedutaan Besar Jepang/JVAC sesuai ketentuan.|Visa kerja SSW diurus setelah COE terbit.|Dokumen COE dan visa diproses resmi.]
{lo_mid}
[Info|Pendaftaran]: [kantor kami di {alamat}|datang langsung ke kantor cabang {kota}], telp/WA {phone_id}""", n=15),

    T("id-lo-ad-004", "legit_overseas", "ad", """[JOB ORDER TAIWAN|Lowongan Resmi Taiwan|Penempatan Taiwan (Sektor Formal)] {emoji_calm}
[Pemberi kerja|Majikan|Perusahaan]: {tw_emp}
[Posisi|Jabatan]: {tw_job} [({count} orang)|]
[Gaji|Upah]: {twd_pay}, [8 jam/hari|8 jam kerja per hari, lembur dibayar], [kontrak 3 tahun|kontrak kerja 3 tahun, dapat diperpanjang]
[Job order telah dilegalisasi KDEI Taipei.|Job order terlegalisasi KDEI Taipei dan tercatat di SISKOP2MI.|Legalitas: job order KDEI Taipei, {siup}.]
[Tiket pesawat, visa kerja, dan medical ditanggung pemberi kerja (sistem reimbursement).|Tiket, visa, dan biaya medical ditanggung majikan, diganti setelah tiba.|Biaya tiket dan visa ditanggung pemberi kerja sesuai perjanjian penempatan.]
[Syarat|Persyaratan]: [usia 20-35 tahun|usia 18-38 tahun], [pendidikan min. SMP|lulusan SMA/SMK], [sehat|lulus medical], [untuk caregiver: D3/S1 keperawatan diutamakan|pengalaman pabrik nilai plus].
[Pendaftaran di|Daftar melalui] {p3mi} [cabang {kota}|, kantor {kota}]. {lo_verif}""", n=15),

    T("id-lo-ad-005", "legit_overseas", "ad", """[Lowongan Resmi Pekerja Rumah Tangga Hong Kong|Job Order Hong Kong (PLRT)|Dibutuhkan Penata Laksana Rumah Tangga - Hong Kong]
[{p3mi}|Kami, {p3mi}] [({siup})|resmi terdaftar di KP2MI] [membuka pendaftaran|menerima pendaftaran] calon PMI ke Hong Kong.
[Gaji|Upah]: {hkd_pay}, [kontrak 2 tahun|kontrak kerja 2 tahun sesuai Standard Employment Contract].
[Libur|Hak libur]: [1 hari per minggu + libur nasional Hong Kong|libur mingguan dan hari libur resmi].
[Agensi di Hong Kong terdaftar di KJRI Hong Kong.|Majikan dan agensi terverifikasi KJRI Hong Kong.|Perjanjian kerja disahkan KJRI.]
[Syarat|Persyaratan]: [wanita usia 21-40 tahun|wanita 21-39 tahun], [sehat|lulus medical], [bisa bahasa Kanton/Inggris dasar (dilatih di BLK)|bersedia pelatihan di BLK min. 200 jam].
[Tiket pesawat ditanggung pemberi kerja.|Tiket dan visa ditanggung majikan.]
[Tidak ada potongan gaji berlebihan; biaya penempatan sesuai aturan.|Tanpa potongan gaji (zero cost sesuai ketentuan).|Biaya sesuai peraturan KP2MI, tidak ada pungutan liar.]
{lo_mid}""", n=14),

    T("id-lo-ad-006", "legit_overseas", "ad", """[Rekrutmen G to G Perawat & Careworker ke Jepang|Program G to G Jepang (IJEPA) Tahun 2025|PENDAFTARAN KANDIDAT NURSE/CAREWORKER JEPANG]
[KP2MI|BP2MI] [bekerja sama dengan JICWELS|melalui skema G to G] [membuka pendaftaran|mengumumkan rekrutmen] [kandidat perawat (kangoshi) dan careworker (kaigofukushishi)|tenaga perawat dan careworker] [tahun 2025|angkatan 2025].
[Syarat|Persyaratan]: [lulusan D3/S1 Keperawatan (Ners)|D3/S1 Keperawatan atau D3 Kebidanan untuk careworker], [usia maks. 35 tahun|usia 20-35 tahun], [pengalaman kerja min. 2 tahun (perawat)|STR aktif untuk perawat].
[Fasilitas|Program]: [pelatihan bahasa Jepang 6 bulan gratis|pelatihan bahasa Jepang di Indonesia dan Jepang], [tiket ditanggung|tiket keberangkatan ditanggung], [gaji setara tenaga kerja Jepang|{jpy_pay}].
[Tidak dipungut biaya apa pun (zero cost).|Program G to G tidak memungut biaya.|Seluruh biaya pelatihan ditanggung program.]
[Pendaftaran online hanya di|Daftar melalui] [siskop2mi.bp2mi.go.id|laman resmi KP2MI] [hingga {tgl} {bulan} 2025|mulai {tgl} {bulan}].
{lo_mid}""", n=13),

    T("id-lo-chat-007", "legit_overseas", "chat", """[Info job order|JOB ORDER|Loker resmi] [Taiwan|🇹🇼 Taiwan] [pabrik|caregiver|panti jompo] [gaji|gj] {twd_pay}, [kontrak 3 th|3 tahun], [tiket visa medical ditanggung majikan|tiket ditanggung pemberi kerja]. [Lewat P3MI resmi|Job order legal KDEI], [cek di SISKOP2MI dulu ya|bisa dicek di siskop2mi]. [Info|Daftar] {p3mi} {phone_id}""", n=15),

    T("id-lo-chat-008", "legit_overseas", "chat", """[Alhamdulillah|Puji Tuhan|Akhirnya] [aku|adikku|kakakku|suamiku] [lulus EPS-TOPIK|lolos tes skill|dapat job order Taiwan|lulus JFT-Basic] {emo2} [Tinggal nunggu|Sekarang tinggal] [SLC|panggilan kerja|COE|visa] [terus OPP di BP3MI|habis itu medical|lalu berangkat]. [Semoga lancar|Doain ya|Bismillah] {emo}""", n=15),

    T("id-lo-ad-009", "legit_overseas", "ad", """[Job Fair Kerja Luar Negeri|BURSA KERJA LUAR NEGERI|Pameran Kesempatan Kerja Luar Negeri] [Disnaker {kab}|Dinas Tenaga Kerja {kab}|BP3MI & Disnaker {kab}]
[Hari/Tanggal|Waktu]: {hari}, {tgl} {bulan} 2025, [pukul 08.00-15.00 WIB|jam 09.00-14.00]
[Tempat|Lokasi]: [Gedung Serbaguna Kabupaten {kab}|Aula Disnaker {kab}|GOR {kab}]
[Peserta|Hadir]: [{count} P3MI resmi|perusahaan penempatan resmi] dengan job order [Jepang, Korea, Taiwan, Hong Kong, Malaysia|Taiwan, Jepang, Jerman, Hong Kong].
[Tersedia|Ada] [sosialisasi migrasi aman oleh BP3MI|konsultasi gratis dengan petugas LTSA|pendaftaran langsung ke SISKOP2MI].
[Bawa|Silakan bawa] [KTP, KK, ijazah, CV|fotokopi KTP dan ijazah].
[Gratis, tidak dipungut biaya.|Terbuka untuk umum, gratis.]
[Info|CP]: [Bidang Penempatan Disnaker|Layanan LTSA] {phone_id}""", n=13),

    T("id-lo-ad-010", "legit_overseas", "ad", """[Lowongan Resmi Kerja Perkebunan Malaysia|Job Order Malaysia Sektor Perladangan|Penempatan Resmi ke Malaysia (Sabah/Sarawak)]
{p3mi} ({siup}) [membutuhkan|menerima] [pekerja ladang kelapa sawit|operator kilang sawit|pekerja perkebunan] [{count} orang|untuk job order baru].
[Majikan|Perusahaan]: [Ladang Sawit Sinar Borneo Sdn Bhd|Bumi Hijau Plantation Sdn Bhd|Kinabatangan Oil Palm Estate Sdn Bhd], [Sabah|Sarawak|Pahang].
[Gaji|Upah]: [RM 1.700 (gaji minimum Malaysia) + lembur|{myr_normal} + insentif hasil panen|RM1.700-2.300], [kontrak 2 tahun|kontrak 3 tahun].
[Visa kerja (Pas Lawatan Kerja Sementara) diurus resmi.|Calling visa dan permit kerja diurus majikan.|Permit kerja resmi, bukan visa pelancong.]
[Tiket ditanggung majikan.|Tiket dan medical ditanggung majikan.]
[Syarat|Persyaratan]: [pria usia 21-40 tahun|pria/wanita 21-45 tahun], [sehat|lulus medical FOMEMA], [bisa baca tulis|pengalaman kebun nilai plus].
{lo_mid}""", n=13),

    T("id-lo-ad-011", "legit_overseas", "ad", """[Rekrutmen Awak Kapal (ABK) Niaga|Lowongan Kru Kapal Kargo Internasional|Job Order Pelaut: Kapal Niaga]
[PT Samudra Bahari Manning|PT Nusantara Crewing Indonesia|PT Dharma Pelaut Mandiri] [(SIUPPAK resmi Kemenhub)|, perusahaan keagenan awak kapal berizin SIUPPAK] [membuka lowongan|membutuhkan]:
- [Able Seaman (AB)|Oiler|Cook|Ordinary Seaman]
- [Kapal|Jenis kapal]: [bulk carrier|kapal kontainer|tanker] [berbendera Singapura|berbendera Panama|berbendera Liberia]
[Gaji|Wage]: [USD 1.100-1.500|USD 1.350|USD 900-1.200] [sesuai standar ITF/CBA|sesuai perjanjian kerja laut (PKL)], [kontrak 9 bulan|kontrak 8-10 bulan].
[Syarat|Persyaratan]: [buku pelaut, BST, sertifikat keahlian|BST, SCRB, AFF, MEFA, buku pelaut aktif], [paspor|paspor aktif], [pengalaman di kapal niaga min. 1 tahun|sea time min. 12 bulan].
[Tiket ke pelabuhan sign-on ditanggung perusahaan.|Tiket join kapal ditanggung.|Tiket PP ditanggung pemilik kapal.]
[PKL ditandatangani di Syahbandar.|Perjanjian kerja laut disahkan Syahbandar.]
[Tidak ada biaya penempatan.|Tidak dipungut biaya.] [Kirim CV ke|Email] crewing@samudrabahari.co.id""", n=13),

    T("id-lo-chat-012", "legit_overseas", "chat", """[Buat yg mau kerja ke Jepang|Yg minat Tokutei Ginou|Info SSW Jepang] {emo} [syaratnya|wajib] [JFT-Basic A2 atau JLPT N4|N4/JFT] + [tes skill sektor|ujian keterampilan], [daftarnya lewat P3MI/LPK resmi|lewat lembaga yg terdaftar], [gaji|gajinya] [sekitar {jpy_pay}|{jpy_pay}], [tiket biasanya ditanggung perusahaan Jepang|tiket ditanggung pemberi kerja]. [Jgn percaya yg janji tanpa tes|Cek izinnya di SISKOP2MI] {emoji_calm}""", n=15),
]
