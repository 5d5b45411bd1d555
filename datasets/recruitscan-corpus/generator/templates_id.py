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
    "bln": ["3", "4", "5", "6", "7", "8", "10", "14"],
    "tgl": ["3", "7", "12", "15", "18", "21", "24", "28"],
    "bulan": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
              "Oktober", "November", "Desember"],
    "hari": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
    "emo": ["😂", "🤣", "😅", "🙏", "😍", "🥲", "👍", "❤️", "😭", "🤔", "🙈", "😁", "🥰", "😆", ""],
    "emo2": ["🙏🙏", "😂😂", "🔥🔥", "💯", "👍👍", "🥺", "😊", "🤭", "✨", ""],
    # --- scam-side vocabulary -----------------------------------------------------------------
    "job_cs": ["customer service", "CS", "CS online", "customer service (chat)", "CS live chat",
               "customer care", "Customer Service Representative", "CS admin"],
    "job_office": ["customer service", "CS online", "CS ONLINE", "ADMIN", "OPERATOR", "CS (Customer Service)", "DATA ENTRY", "admin media sosial", "admin online", "operator komputer",
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
    "gaji_vague": ["menggiurkan", "besar, dibayar dolar", "fantastis", "di atas rata-rata", "dolar (nominal disampaikan saat interview)",
                   "2-3 kali gaji di Indonesia", "besar + bonus", "tinggi (dibahas saat interview)"],
    "sal_i": ["{idr_high}", "{idr_high}", "{gaji_vague}"],
    "sal_u": ["{usd_high}", "{usd_high}", "{gaji_vague}"],
    "cr_more": ["[Tentang perusahaan|Profil perusahaan|TENTANG KAMI]: [kami bergerak di bidang e-commerce, investasi, dan IT dengan lebih dari 2.000 karyawan dari berbagai negara|perusahaan sudah beroperasi sejak 2018 dan memiliki kantor modern di kawasan bisnis|kami perusahaan teknologi yang melayani pelanggan dari Eropa, Amerika, dan Asia|kantor kami berada di dalam kompleks terpadu yang lengkap dengan asrama, kantin, dan minimarket].",
                "[Lingkungan kerja|Suasana kantor|Fasilitas kompleks]: [ruangan ber-AC, kantin, minimarket, klinik, dan lapangan olahraga di dalam kompleks|asrama 4-6 orang per kamar, dekat kantor, keamanan 24 jam|banyak karyawan dari Indonesia, Vietnam, dan Filipina sehingga mudah beradaptasi|kantor dan mess dalam satu area, tidak perlu ongkos transport].",
                "[Tanya jawab|FAQ|Pertanyaan yang sering ditanyakan]: [Apakah aman? Aman, kami perusahaan resmi. Apakah ada potongan? Tidak ada potongan biaya keberangkatan.|Bisa pulang sebelum kontrak selesai? Bisa, dengan mengganti biaya tiket dan visa. Apakah perlu bahasa asing? Tidak wajib.|Kapan gaji pertama? Setelah 30 hari kerja. Apakah ada libur? Ada, sesuai jadwal shift. Boleh bawa HP? Boleh, di luar jam kerja.]",
                "[Catatan untuk keluarga|Untuk orang tua calon karyawan]: [karyawan boleh menghubungi keluarga setiap hari setelah jam kerja|kami rutin mengirim foto kegiatan karyawan di grup keluarga|gaji dapat dikirim langsung ke rekening keluarga di Indonesia]."],
    "Cepat": ["Berangkat minggu ini", "Berangkat 3 hari setelah interview", "Langsung berangkat", "Proses cepat 1 minggu",
              "Berangkat bulan ini", "Keberangkatan cepat", "Bisa langsung terbang", "Berangkat secepatnya"],
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
    "tw_pair": ["[Pemberi kerja|Majikan]: Taichung Harmony Elderly Care Center\n[Posisi|Jabatan]: caregiver panti lansia",
                "[Pemberi kerja|Perusahaan]: Hsinchu Everbright Electronics Co., Ltd\n[Posisi|Jabatan]: operator pabrik elektronik",
                "[Pemberi kerja|Majikan]: Tainan Golden Years Nursing Home\n[Posisi|Jabatan]: perawat panti jompo",
                "[Pemberi kerja|Perusahaan]: Kaohsiung Fortune Plastics Co., Ltd\n[Posisi|Jabatan]: operator pabrik plastik",
                "[Pemberi kerja|Perusahaan]: Changhua Greenfield Textile Co., Ltd\n[Posisi|Jabatan]: operator pabrik tekstil",
                "[Pemberi kerja|Majikan]: Taoyuan Sunrise Long-term Care Center\n[Posisi|Jabatan]: caregiver (perawat lansia)"],
    "tw_emp": ["Taichung Harmony Elderly Care Center", "Hsinchu Everbright Electronics Co., Ltd", "Tainan Golden Years Nursing Home",
               "Kaohsiung Fortune Plastics Co., Ltd", "Changhua Greenfield Textile Co., Ltd", "Taoyuan Sunrise Long-term Care Center"],
    # --- hotspot legit --------------------------------------------------------------------------
    "lh_head": ["📢 WE'RE HIRING!", "JOIN OUR TEAM!", "🔔 Lowongan Terbaru!", "✨ Karier Internasional", "URGENT!", "🌏 Kesempatan kerja!", "💼"],
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
    "cr_caps": ["URGENT!!", "LOKER TERBARU", "GAJI BESAR!!", "BERANGKAT GRATIS", "DIBUTUHKAN SEGERA", "INFO LOKER",
                "SLOT TERBATAS!", "OPEN RECRUITMENT", "KERJA LUAR NEGERI", "TANPA PENGALAMAN", "{emoji_hot} HIRING",
                "PENTING", "GAJI DOLAR", "LOWONGAN KERJA!!!", "FREE TIKET", "CEPAT, KUOTA TERBATAS", "{emoji_hot} LOKER"],
    "cr_sep": ["!", " -", ":", "!!", " 👉", " ✅", " |", ".", "‼️", " 📢"],
    "cr_num": ["[Kuota|Sisa kuota]: {count} orang", "Batch {tgl}: {count} kursi tersisa", "Deadline pendaftaran: {tgl} {bulan} 2025",
               "Jam kerja 08.00-20.00 (istirahat 1 jam), libur 2 hari/bulan", "Tinggi min. 150 cm, berpenampilan rapi",
               "Keberangkatan gelombang {tgl}: tanggal {tgl} {bulan}", "Admin online 09.00-22.00 WIB, respon max 1x24 jam"],
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
[Penempatan|Lokasi kerja|Negara tujuan|PENEMPATAN|LOKASI KERJA|NEGARA TUJUAN|PENEMPATAN|LOKASI KERJA|NEGARA TUJUAN]: {kh}
[Gaji|Salary|Penghasilan|GAJI|SALARY|PENGHASILAN|GAJI|SALARY|PENGHASILAN]: {sal_i} [per bulan|/bln|setiap bulan] + [bonus|komisi|bonus target]
[Fasilitas|Benefit|FASILITAS|BENEFIT|FASILITAS|BENEFIT]:
- [Tiket pesawat PP ditanggung perusahaan|Tiket pesawat gratis|Tiket berangkat dibayar kantor]
- [Mess dan makan gratis|Tempat tinggal + makan 3x sehari|Asrama ber-AC, makan ditanggung]
- [Visa diurus perusahaan|Visa dan dokumen dibantu|?Libur 2 hari per bulan]
[Syarat|Kualifikasi|SYARAT|KUALIFIKASI|SYARAT|KUALIFIKASI]:
- Usia {age_range} tahun
- [Bisa mengoperasikan komputer|Bisa mengetik cepat|Bisa pakai HP dan laptop]
- [Tidak perlu pengalaman|Tanpa ijazah tidak masalah|Lulusan SMP/SMA boleh]
- [Punya paspor (yang belum punya dibantu)|Paspor aktif|Bersedia buat paspor]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[?{Cepat}. ]Hubungi [kami di|admin|KAMI DI|ADMIN|KAMI DI|ADMIN]: {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-002", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][{pt_fake}|Perusahaan kami] [sedang membuka|membuka] [lowongan|kesempatan kerja] untuk posisi {job_cs} [di {decoy}|untuk penempatan luar negeri].

[Tugas|Job desc|TUGAS|JOB DESC|TUGAS|JOB DESC]: [membalas chat pelanggan melalui aplikasi|melayani pelanggan secara online|menjawab pertanyaan customer lewat chat], [tidak perlu menelepon|kerja di depan komputer|kerja di dalam ruangan ber-AC].
[Gaji pokok|Gaji] {usd_high}/bulan[, dibayar dalam dolar|, dibayar tepat waktu|] + [komisi 3%|bonus kehadiran USD 100|bonus bulanan].
[Kami menanggung|Perusahaan menanggung|Gratis|KAMI MENANGGUNG|PERUSAHAAN MENANGGUNG|GRATIS|KAMI MENANGGUNG|PERUSAHAAN MENANGGUNG|GRATIS]: {fasil}, {fasil}, {fasil}.
[Masuk menggunakan visa turis, nanti visa kerja diurus setelah sampai.|Berangkat pakai visa kunjungan, izin kerja diproses di sana.|Cukup bebas visa ASEAN, tidak perlu visa kerja.]
[Interview via Zoom|Interview online lewat video call|Interview cukup lewat chat], [hasil langsung keluar|bisa hari ini juga|tidak perlu datang ke kantor].
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Kirim CV dan foto paspor ke|Minat? Kirim data diri ke|Daftar via] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-003", "compound_recruitment", "ad", """{emoji_hot} [DIBUTUHKAN|DICARI|LOWONGAN] {job_crypto} {emoji_hot}
[Perusahaan investasi|Perusahaan exchange aset digital|Platform trading internasional] [di {hub_kh}|di Phnom Penh|yang berkantor di Kamboja] [membutuhkan|mencari] [{count} orang|banyak tenaga kerja|tim baru] [untuk segera bergabung|asal Indonesia].

[✅|-] Gaji [mulai|start] {sal_u} + [komisi|bonus] [sampai 5%|tiap closing|tanpa batas]
[✅|-] [Tiket, visa, mess, makan|Tiket pesawat + akomodasi] [ditanggung perusahaan|GRATIS]
[✅|-] [Tidak perlu paham crypto, akan dilatih|Training gratis 1 minggu|Tidak butuh pengalaman]
[✅|-] [Kerja 12 jam, libur 1 hari/minggu|Jam kerja shift|Kantor nyaman, fasilitas lengkap]

[Syarat: WNI, usia {age_range}, bisa baca tulis, punya HP.|Syarat mudah: usia {age_range}, sehat, mau belajar.]
[Interview online, {cepat}.|Proses cepat, {cepat}.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Serius saja|Yang serius langsung|Info lengkap], {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-004", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][Lowongan|Loker] {job_office} [Luar Negeri|Asia|Overseas] [- tanpa ijazah|- tidak perlu pengalaman|(cukup bisa ngetik)]

[Kami mencari|Dicari] [pekerja|karyawan] [untuk kantor di|untuk ditempatkan di] [{decoy}|{kh}|Asia Tenggara].
[Tidak butuh ijazah atau IPK.|Tanpa syarat ijazah.|Ijazah apa saja diterima.] [Yang penting bisa mengetik minimal 30 kata per menit dan punya paspor.|Cukup bisa mengetik dan punya paspor.|Syarat utama hanya kecepatan mengetik.]

Gaji: [{sal_i}|{sal_u}]
[Jam kerja|Kerja|JAM KERJA|KERJA|JAM KERJA|KERJA]: [12 jam/hari|2 shift|pagi-malam bergantian]
[Tiket pesawat dan akomodasi gratis.|Akomodasi, tiket, dan makan disediakan.|Semua biaya keberangkatan ditanggung, tidak dipotong gaji.]
[Paspor belum ada? Kami bantu buatkan.|Paspor bisa dibuatkan oleh tim kami.|Pembuatan paspor dibantu sampai jadi.]

[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Pendaftaran|Info & daftar|PENDAFTARAN|INFO & DAFTAR|PENDAFTARAN|INFO & DAFTAR]: {c_scam}[ (fast respon)| (chat saja, tidak terima telepon)|]
[?{cr_end}]""", n=14),

    T("id-cr-ad-005", "compound_recruitment", "ad", """[URGENT HIRING|WE ARE HIRING|JOB VACANCY] - Digital [Sales|Marketing] Executive [({decoy})|- Bangkok]
[Company|Perusahaan|COMPANY|PERUSAHAAN|COMPANY|PERUSAHAAN]: [{pt_fake}|international e-commerce company]
[Position|Posisi|POSITION|POSISI|POSITION|POSISI]: [Digital Sales & Marketing Executive|Online Marketing Staff|Customer Support (English)]
[Salary|Gaji|SALARY|GAJI|SALARY|GAJI]: {sal_u} + [commission|incentive]
Requirements:
- [Basic English (reading & typing)|Can speak basic English|English pasif tidak apa-apa]
- [Age|Usia] {age_range}
- [Computer literate|Bisa komputer dasar]
- [No experience needed|Fresh graduate welcome|Tanpa pengalaman]
Benefits: [free air ticket|tiket pesawat gratis], [free hotel accommodation|hotel gratis], [food allowance|uang makan], [visa facilitation|visa diurus].
[Travel on tourist visa, working visa will be processed after arrival.|Berangkat dengan visa turis dulu ya.|Entry with visa on arrival/visa-free.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Online interview + typing test only.|Interview online dan tes mengetik.|Interview by Zoom.] [Apply now|Chat now|Kirim CV|APPLY NOW|CHAT NOW|KIRIM CV|APPLY NOW|CHAT NOW|KIRIM CV]: {c_scam}
[?{cr_end}]""", n=14),

    T("id-cr-ad-006", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][Lowongan|Dibutuhkan] {job_nonoffice} [di Thailand|untuk hotel di Thailand|di {decoy}] {emoji_hot}
[Restoran dan hotel|Resort|Perusahaan kami] [membutuhkan|mencari] {job_nonoffice} [asal Indonesia|dari Indonesia] [{count} orang|segera].
[Gaji|Gaji pokok] {sal_u} [per bulan|/bulan] [+ tips|+ lembur|+ bonus].
[Tiket pesawat ke Bangkok ditanggung.|Tiket ke Bangkok sudah kami siapkan.|Tiket berangkat dari {kota} ke Bangkok gratis.]
[Sampai di bandara akan dijemput tim kami dan diantar ke lokasi kerja.|Dari bandara langsung dijemput mobil kantor ke tempat kerja (perjalanan darat beberapa jam).|Setibanya di Bangkok, tim akan menjemput dan mengantar ke lokasi kerja di daerah perbatasan.]
[Tidak perlu visa kerja, cukup paspor.|Berangkat pakai visa turis, aman.|Visa diurus di sana.]
[Syarat|Kriteria|SYARAT|KRITERIA|SYARAT|KRITERIA]: [usia {age_range}, sehat, jujur|laki-laki/perempuan usia {age_range}|pengalaman tidak wajib].
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Minat hubungi|Info lebih lanjut|Chat|MINAT HUBUNGI|INFO LEBIH LANJUT|CHAT|MINAT HUBUNGI|INFO LEBIH LANJUT|CHAT]: {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-007", "compound_recruitment", "ad", """[DICARI TUKANG KAYU & TUKANG BANGUNAN|Lowongan Tukang Kayu Luar Negeri|Butuh Tukang Kayu untuk Renovasi Hotel]
[Proyek renovasi hotel dan kasino|Proyek renovasi gedung perkantoran|Pembangunan resort] di [{hub_kh}|Sihanoukville|{kh}|kawasan perbatasan].
[Gaji|Upah] [{sal_i} per bulan|{usd_high}/bulan|USD 50 per hari], [dibayar bulanan|lembur dibayar].
[Tiket, makan, dan mess ditanggung.|Makan + mess + tiket PP gratis.|Semua ditanggung, tinggal bawa badan.]
[Tidak perlu sertifikat.|Tidak perlu pengalaman panjang.|Yang penting mau kerja.][ Nanti ada tes sederhana di komputer.| Dianjurkan bisa mengetik di HP/komputer.|]
[Berangkat rombongan dari {kota}.|Berangkat bareng-bareng, ada pendamping.|{Cepat}.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
{c_scam}
{cr_end}""", n=12),

    T("id-cr-ad-008", "compound_recruitment", "ad", """[Kerja Resort|Part Time Resort|Kerja Sambil Liburan] di [Kamboja|luar negeri|Asia] - [tanpa visa kerja|NO VISA|bebas visa] {emoji_hot}
[Butuh|Dicari] [staf resort|staf hotel|{job_nonoffice}] [untuk kontrak 6 bulan|kontrak pendek 3-6 bulan|kerja musiman].
[Tidak perlu visa, cukup paspor, masuk sebagai turis.|Masuknya pakai bebas visa ASEAN, tidak ribet.|Tanpa visa kerja, cukup paspor dan KTP.]
[Penghasilan|Gaji] {sal_i} + [tips|bonus], [makan dan kamar gratis|mess gratis].
[Pesawat dibayarin, tinggal berangkat.|Tiket pesawat ditanggung penuh.|Tiket pp gratis.]
[Syarat|Requirement|SYARAT|REQUIREMENT|SYARAT|REQUIREMENT]: [usia {age_range}|berpenampilan rapi|bisa sedikit bahasa Inggris atau Mandarin].
{Cepat}.
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[DM|Japri|Chat] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-009", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][Lowongan Ground Staff Maskapai & Kargo|Lowongan Kerja Perusahaan Kargo|Rekrutmen Staf Airline] - [Vietnam|Ho Chi Minh City]
[Perusahaan logistik udara|Perusahaan kargo internasional|Maskapai partner] [membuka rekrutmen|mencari] {count} [orang|staf] [asal Indonesia|WNI].
Posisi: [ground staff|admin kargo|staf gudang kargo|crew handling], [gaji|gaji pokok] {sal_u}.
[Tiket ke Ho Chi Minh City ditanggung.|Berangkat ke Ho Chi Minh City, tiket dibayar perusahaan.|Tiket pesawat Jakarta - Ho Chi Minh gratis.]
[Setelah sampai, tim akan menjemput dan melanjutkan perjalanan darat ke kantor cabang di perbatasan.|Dari HCMC lanjut jalur darat lewat Moc Bai ke lokasi kantor.|Nanti dari bandara dijemput motor/mobil ke kantor cabang (dekat perbatasan Kamboja).]
[Cukup visa turis.|Tidak perlu visa kerja, bebas visa.|Visa diurus setelah tiba.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Interview online.|Interview lewat chat WhatsApp.|Interview singkat lewat video call.] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-010", "compound_recruitment", "ad", """[Loker|Lowongan|Info kerja] {job_judol} [🎰|🎲|{emoji_hot}]
[Kantor di|Lokasi:] [{kh}|Kamboja|Filipina|luar negeri (Asia)]
[Gaji|Salary] [{sal_i}|{sal_u}] + [bonus rollingan|komisi|bonus omset]
[Tanpa ijazah, tanpa IPK.|Tidak lihat ijazah.|Tidak perlu pengalaman.] [Cukup bisa mengetik dan main HP.|Yang penting cepat ngetik.|Asal bisa komputer dasar.]
[Kerja|Tugas|KERJA|TUGAS|KERJA|TUGAS]: [balas chat member, proses deposit dan withdraw|input data member, cek transaksi|layani member lewat live chat].
[Mess, makan, tiket gratis.|Akomodasi + makan + tiket ditanggung.|Tempat tinggal dekat kantor, gratis.]
[Dijamin aman, kantor resmi di sana.|Di sana legal kok.|{aman}.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Minat|Daftar|Yang mau] [chat|DM] {c_scam}
{cr_end}""", n=14),

    T("id-cr-ad-011", "compound_recruitment", "ad", """[Butuh|Cari|Open] [tim|orang|karyawan] buat [kerja scam|kerja "scammer"|kerja scam online|jadi scammer] di [{kh}|Kamboja|Myanmar|luar negeri] - [jujur saja ya|gak usah munafik|to the point aja].
[Kerjaannya chat orang luar negeri, bangun kepercayaan, arahkan ke investasi.|Kerjanya pura-pura jadi cewek/cowok di aplikasi kencan terus arahkan ke platform trading.|Kerja pakai akun sosmed, cari target, ikuti skrip dari kantor.]
[Gaji pokok|Gaji] {sal_i} + [komisi 5-10%|bonus tiap closing|komisi besar].
[Yang penting bisa ngetik dan punya HP.|Bisa bahasa Inggris nilai plus.|Skrip disediakan, tinggal copy-paste.]
[Tiket dan mess gratis.|Tiket pesawat, mess, makan ditanggung.|Semua fasilitas disediakan.][ Kontrak 6 bulan.| Kontrak minimal 6 bulan, bisa perpanjang.|]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Serius DM|Minat japri|Gak serius jangan chat|SERIUS DM|MINAT JAPRI|GAK SERIUS JANGAN CHAT|SERIUS DM|MINAT JAPRI|GAK SERIUS JANGAN CHAT]: {c_scam}
[?{cr_end}]""", n=13),

    T("id-cr-ad-012", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][Punya utang|Terlilit pinjol|Lagi butuh uang banyak]? [Kami bantu.|Ada solusinya.|Jangan stres dulu.]
[Lowongan|Kesempatan kerja] {job_office} [di luar negeri|di {kh}|di {decoy}] [dengan gaji|gaji] {sal_i}.
[Gaji bisa diambil di depan (kasbon) sampai|Bisa pinjam gaji di muka sampai|Kasbon sebelum berangkat maksimal] [Rp 10 juta|Rp 15 juta|3 bulan gaji] [untuk bayar utang keluarga|untuk lunasi pinjol|buat keluarga di rumah].
[Tiket, visa, mess ditanggung kantor.|Berangkat gratis, semua ditanggung.|Tidak ada biaya apa pun.]
[Cicilan kasbon dipotong dari gaji.|Kasbon dipotong pelan-pelan dari gaji.|]
[Syarat: usia {age_range}, punya KTP, siap berangkat.|Syarat cuma KTP dan mau kerja.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Info|Hubungi|Chat] {c_scam}
[?{cr_end}]""", n=13),

    T("id-cr-ad-013", "compound_recruitment", "ad", """[INTERVIEW DI DUBAI|Rekrutmen via Dubai|Lowongan Kerja Dubai] {emoji_hot}
[Perusahaan IT internasional|{pt_fake}] [membutuhkan|mencari] [IT support|{job_office}|staf admin][ dengan gaji|, gaji] [AED 3.500|{sal_u}|Rp 15 juta].
[Tiket ke Dubai ditanggung untuk interview dan training.|Peserta diterbangkan ke Dubai untuk interview.|Berangkat dulu ke Dubai pakai visa kunjungan.]
[Setelah lulus training, ditempatkan di kantor cabang Asia Tenggara.|Penempatan akhir bisa di Thailand atau negara tetangga.|Setelah training, dipindah ke kantor cabang (Thailand/Myanmar).]
[Tidak perlu pengalaman, cukup bahasa Inggris dasar.|Syarat: bisa bahasa Inggris dan komputer.|Fresh graduate dipersilakan.]
[Hotel dan makan selama training gratis.|Akomodasi gratis.|]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Proses cepat, {cepat}.|{Cepat}.] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-014", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][Loker|Lowongan] [entry data|input data|typing job] [Thailand|Mae Sot, Thailand|perbatasan Thailand]
[Kantor kami berada di|Lokasi kerja di|Penempatan di] [kota perbatasan Thailand|Mae Sot|dekat Mae Sot, Thailand].
[Gaji|Salary] [{sal_u}|{sal_i}|THB 35.000], [kontrak 1 tahun|kontrak 6 bulan].
[Terbang ke Bangkok, lalu naik mobil kantor ke lokasi.|Tiket Jakarta-Bangkok ditanggung, dari Bangkok dijemput jalur darat.|Penjemputan di bandara Bangkok atau Don Mueang.]
[Masuk dengan bebas visa 30 hari.|Tidak perlu visa kerja, cukup visa turis.|Bebas visa, aman.]
[Syarat: bisa mengetik, usia {age_range}, paspor aktif.|Bisa mengetik cepat, pengalaman tidak perlu.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Hubungi|Info] {c_scam}
{cr_end}""", n=12),

    T("id-cr-ad-015", "compound_recruitment", "ad", """[Lowongan Kerja Kasino & Hotel|Kerja di Kawasan Ekonomi Khusus|Job Casino Resort] - [Golden Triangle|Laos|Segitiga Emas]
[Resort kasino di|Perusahaan di] [Kawasan Ekonomi Khusus Segitiga Emas|{hub_la}|perbatasan Laos] [membuka lowongan|mencari karyawan].
[Posisi|Dibutuhkan|POSISI|DIBUTUHKAN|POSISI|DIBUTUHKAN]: [resepsionis kasino|waiter kasino|{job_cs}|{job_judol}|marketing hotel].
[Gaji|Penghasilan] {sal_u}, [mess dan makan gratis|akomodasi lengkap].
[Rute: terbang ke Chiang Rai, lalu naik perahu menyeberang sungai.|Penerbangan ke Bangkok/Chiang Rai, dilanjut perjalanan darat dan perahu.|Berangkat via Thailand, dijemput tim di Chiang Rai.]
[Tidak perlu visa kerja.|Visa turis cukup.|Dokumen diurus tim di sana.][ Tiket ditanggung.| Tiket gratis.|]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
{c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-016", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][Lowongan Kerja Luar Negeri Gaji Besar|Kerja ke Luar Negeri Lewat Malaysia|Loker Asia]
[Kerja|Posisi] {job_office} di [Kamboja|Thailand|{kh}], [gaji|penghasilan] {sal_i}.
[Rute keberangkatan: {kota} - Kuala Lumpur - lanjut darat ke perbatasan Thailand - Kamboja.|Berangkat ke Malaysia dulu, lalu naik bus ke Thailand, lanjut ke Kamboja.|Keberangkatan lewat Malaysia, dari sana dijemput tim lewat jalur darat.]
[Semua transport ditanggung.|Biaya perjalanan ditanggung sampai lokasi.|Ongkos jalan gratis.]
[Tidak usah visa kerja, cukup paspor.|Cukup paspor, selebihnya diurus.|Masuk sebagai turis saja.]
[Mess|Tempat tinggal] [gratis|disediakan], [makan 3x|uang makan harian].
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Pendaftaran|Daftar sekarang] [via|ke] {c_scam}
{cr_end}""", n=12),

    T("id-cr-ad-017", "compound_recruitment", "ad", """[Perusahaan Resmi, Bukan Perusahaan Hitam|PERUSAHAAN LEGAL & AMAN|Dijamin Aman dan Legal] {emoji_hot}
[Kami|{pt_fake}] [membuka lowongan|butuh] {job_office} [di {kh}|di Kamboja|di luar negeri].
[Banyak berita negatif soal kerja di sana, tapi kantor kami {aman}.|Jangan takut dengan berita di TV, kantor kami beda, {aman}.|Kami bukan perusahaan penipuan seperti yang diberitakan.]
[Gaji|Gaji pokok] {sal_i} [dibayar tepat waktu|tiap tanggal 10|tiap bulan].
[Paspor dipegang sendiri.|Tidak ada penahanan paspor.|Tidak ada kekerasan.][ Bisa pulang kapan saja.| Boleh pulang setelah kontrak selesai.|]
[Fasilitas: tiket, mess, makan.|Tiket dan mess gratis.|Semua gratis.]
[Syarat: usia {age_range}, bisa komputer.|Tidak perlu pengalaman.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
{c_scam}
[?{cr_end}]""", n=13),

    T("id-cr-ad-018", "compound_recruitment", "ad", """[INFO PENTING UNTUK CALON KARYAWAN|Panduan keberangkatan|Catatan sebelum berangkat] {emoji_calm}
1. [Saat di bandara, bilang ke petugas imigrasi kalau mau liburan.|Kalau ditanya imigrasi, jawab mau jalan-jalan/liburan.|Di imigrasi, jangan bilang mau kerja, bilang wisata.]
2. [Bawa uang saku minimal Rp 2 juta supaya terlihat seperti turis.|Bawa tiket hotel (sudah kami booking) sebagai bukti wisata.|Pakai baju santai, bawa koper kecil saja.]
3. [Jangan posting di medsos soal pekerjaan.|Jangan cerita ke siapa pun soal kerja di sana.|Hapus chat ini sebelum di bandara.]
4. [Sampai di {hub_kh}, tunggu jemputan di pintu keluar.|Di bandara {decoy} nanti dijemput tim.|Setelah mendarat, kabari admin {tg_handle}.]
5. [Paspor nanti diserahkan ke tim untuk proses visa kerja.|Paspor akan dipegang kantor untuk urus izin.|Serahkan paspor ke penjemput untuk keperluan visa.]
[Gaji pertama|Gaji {job_office}] {sal_u} [dibayar setelah 1 bulan kerja|dibayar bulanan].
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Info|Pertanyaan|INFO|PERTANYAAN|INFO|PERTANYAAN]: {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-019", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][Lowongan Telemarketing Bahasa Mandarin|Dicari CS yang bisa Mandarin|Lowongan Customer Service (Mandarin/Inggris)]
[Lokasi|Penempatan|LOKASI|PENEMPATAN|LOKASI|PENEMPATAN]: [Bavet, Kamboja|{hub_kh}|Kamboja (dekat perbatasan Vietnam)]
[Gaji|Salary|GAJI|SALARY|GAJI|SALARY]: {sal_u} [+ komisi|+ bonus target][ (bisa Mandarin gaji lebih tinggi)|, Mandarin nilai plus|]
[Kualifikasi|Syarat|KUALIFIKASI|SYARAT|KUALIFIKASI|SYARAT]: [usia {age_range}|WNI usia {age_range}], [bisa bahasa Mandarin atau Inggris dasar|bisa Mandarin lisan|tidak bisa Mandarin juga boleh, ada training].
[Tiket, visa, tempat tinggal ditanggung.|Akomodasi dan makan gratis, tiket ditanggung.|Semua biaya perjalanan gratis.]
[Bonus kehadiran tiap bulan.|Ada training 1 minggu sebelum mulai.|Banyak karyawan dari Indonesia.]
[Interview online, {cepat}.|{Cepat}.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Hubungi|Kontak] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-020", "compound_recruitment", "ad", """[Lowongan Admin Chat & Live Streaming|Dicari Host/Admin Chat|Lowongan Admin Aplikasi Kencan]
[Perusahaan media sosial|Perusahaan aplikasi|Kantor digital marketing] di [{kh}|Kamboja|{decoy}] [membutuhkan|mencari] [wanita/pria|staf] usia {age_range}.
[Tugas|Kerja|TUGAS|KERJA|TUGAS|KERJA]: [membalas chat pengguna aplikasi|chat dengan customer luar negeri pakai akun kantor|mengelola akun media sosial dan chat dengan follower].
[Gaji|Penghasilan] {sal_i}[ + bonus performa| + bonus harian|].
[Penampilan menarik nilai plus.|Bisa bahasa Inggris sedikit.|Tidak perlu pengalaman.]
[Berangkat gratis, mess disediakan.|Tiket, mess, makan gratis.|Akomodasi ditanggung penuh.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Kirim foto dan data diri ke|Daftar via] {c_scam}
{cr_end}""", n=12),

    T("id-cr-ad-021", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][Lowongan CS Luar Negeri + Bonus Referral|Ajak Teman Dapat Bonus|Rekrut Teman, Dapat Fee] {emoji_hot}
[Saya sudah|Aku sudah] [kerja di sini {bln} bulan|kerja di Kamboja setahun|di sini lumayan lama][ dan gaji lancar|, gaji selalu lancar|].
[Kantor masih butuh|Sekarang kantor buka lagi] {job_office} [{count} orang|lagi].
[Gaji|Gajinya] {sal_i}, [tiket dan mess gratis|mess, makan, tiket ditanggung].
[Kalau kamu ajak teman dan temanmu berangkat, kamu dapat bonus|Setiap orang yang kamu ajak berangkat dapat komisi|Referral dapat fee] [Rp 3 juta|USD 200|Rp 5 juta per orang].
[Yang penting bisa komputer dasar dan siap berangkat.|Syarat mudah, tanpa pengalaman.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Langsung chat aku di|PM ke] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-022", "compound_recruitment", "ad", """[Lowongan CS Online Filipina|Kerja Customer Service di Manila|Dicari CS untuk Perusahaan Gaming Online Filipina]
[Perusahaan gaming online|Perusahaan online gaming berlisensi|Kantor {pt_fake}] di [Manila|Pampanga|Filipina] [butuh|mencari] {job_cs} [dan admin|bahasa Indonesia].
[Gaji|Salary] [{sal_u}|{sal_i}] [+ service charge|+ bonus], [makan dan asrama gratis|dorm gratis].
[Berangkat pakai visa turis, nanti diurus di sana.|Cukup visa turis 30 hari.|Tidak perlu visa kerja.]
[Tidak perlu pengalaman.|Bisa bahasa Inggris dasar.|Syarat bisa mengetik.]
[Tiket pesawat PP ditanggung.|Tiket gratis.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
{c_scam}
{cr_end}""", n=12),

    T("id-cr-ad-023", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][Lowongan Kerja Kamboja - Gaji Normal, Bukan Janji Manis|Loker Kamboja Gaji Wajar|Kerja Kamboja, Gaji Masuk Akal]
[Kami tidak menjanjikan gaji puluhan juta.|Tidak seperti iklan lain, kami jujur soal gaji.|Gaji kami realistis.]
Posisi: {job_office}
Gaji: {idr_mid} [per bulan|/bulan][, naik setelah 3 bulan|, ada kenaikan rutin|]
[Tiket pesawat dan mess ditanggung.|Mess, makan, tiket gratis.|Akomodasi + tiket gratis.]
[Masuk pakai visa turis, nanti dibuatkan izin kerja.|Berangkat dengan bebas visa, izin kerja diurus perusahaan.|Visa diurus kantor setelah tiba.]
[Interview cukup lewat video call.|Tidak perlu datang ke kantor, interview online.]
[{Cepat}.|]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Info|Minat] {c_scam}
[?{cr_end}]""", n=12),

    T("id-cr-ad-024", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][Lowongan Kerja Luar Negeri|Kerja Asia Tenggara|LOKER OVERSEAS]
[Posisi|Dibutuhkan|POSISI|DIBUTUHKAN|POSISI|DIBUTUHKAN]: {job_cs} [perusahaan internasional|untuk kantor regional]
[Negara|Lokasi|NEGARA|LOKASI|NEGARA|LOKASI]: [Asia Tenggara (akan diinformasikan setelah interview)|dirahasiakan, diinfokan setelah lolos|negara ASEAN]
[Gaji|Salary|GAJI|SALARY|GAJI|SALARY]: {sal_u}
[Tiket & visa ditanggung.|Tiket pesawat + visa + hotel gratis.|Semua biaya ditanggung perusahaan.]
[Tanpa pengalaman.|Tidak perlu pengalaman.|Lulusan apa saja.]
[Interview via chat Telegram.|Interview online.|Interview cepat lewat WA.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Kirim nama, umur, dan foto paspor ke|Daftar:] {c_scam}
{cr_end}""", n=12),
]


# =====================================================================================
# compound_recruitment: short chat lures (WhatsApp / Telegram / Facebook comments)
# =====================================================================================
TEMPLATES += [
    T("id-cr-chat-031", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][loker|LOKER|lowongan|info loker] [CS|cs|admin|operator] [kamboja|Kamboja|KAMBOJA|{hub_kh}] gaji [15jt|12jt|{sal_i}|20jt] [tiket pp gratis|tiket gratis|tiket + mess gratis|mess makan free] [minat PM|minat japri|yg minat DM|langsung PM aja] {emoji_hot}""", n=12),
    T("id-cr-chat-032", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Dicari|Butuh|Cari] {count} [org|orang] {job_office} [buat|untuk] kerja di [Thailand|Bangkok|{decoy}], gaji [{sal_u}|1000$|{sal_i}], [visa turis aja|cukup visa turis|gak perlu visa kerja], [berangkat minggu depan|berangkat cepat|bisa langsung berangkat]. [Japri|PM|DM] [ya|aja|kak] {emo}""", n=12),
    T("id-cr-chat-033", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Lur|Dulur|Rek], [ono|enek] loker [neng|nang] [Kamboja|Thailand|luar negeri], [gaji|bayaran] [12 juta|15 juta|{sal_i}], [tiket dibayari|tiket gratis], [mangan turu gratis|mess karo mangan gratis]. [Kerjane mung|Gaweane cuma] [ngetik neng komputer|dadi CS|jaga chat]. [Minat japri yo|Sing minat japri|Nek gelem inbox wae] {emo}""", n=14),
    T("id-cr-chat-034", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Aya|Aya deui] [lowongan|loker] [CS|admin|operator] di [Kamboja|Thailand|luar negri], [gajih|gaji] [15jt|12jt|{sal_i}], [tiket gratis|ongkos ditanggung], [teu kudu pangalaman|teu kedah ijazah]. [PM wae|Japri wae nya|Nu minat inbox] {emo}""", n=14),
    T("id-cr-chat-035", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Kak|Mbak|Bang|Sis], [yg|yang] minat kerja [admin|CS|operator] di [Phnom Penh|{hub_kh}|Kamboja|Thailand] langsung [DM|PM|japri] ya, [masih butuh|tinggal] {count} [orang|org|slot] lagi. [Gaji|Gaji pokok] {sal_i}, [tiket+mess ditanggung|semua gratis|fasilitas lengkap] {emoji_hot}""", n=12),
    T("id-cr-chat-036", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Paspor udah ada belum kak?|Kakak sudah punya paspor?|Paspornya sudah jadi?] [Kalau belum nanti kami bantu urus|Kalau belum, tim kami yang bikinin|Belum punya gpp, nanti dibuatin], [tinggal kirim KTP sama KK|cukup kirim foto KTP|tinggal kirim data diri]. [Tiket sudah disiapkan kantor|Tiket nanti kantor yg beli|Semua biaya dari kantor], [jadi gak keluar uang sama sekali|kakak tinggal berangkat] {emo}""", n=14),
    T("id-cr-chat-037", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Nanti di bandara|Pas di imigrasi|Kalau ditanya petugas] [bilang aja mau liburan|bilang mau jalan2|jawab mau wisata] ya [kak|say|bro], [jangan bilang kerja|jgn sebut kerja|jangan cerita soal kerjaan]. [Nanti di sana dijemput tim kami|Sampai sana ada yg jemput|Tim kami tunggu di pintu keluar] {emoji_calm}""", n=14),
    T("id-cr-chat-038", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Interview cukup lewat Zoom aja kak|Interviewnya online kok via video call|Gak perlu datang ke kantor, interview lewat chat aja], [5 menit selesai|cuma tanya2 sebentar|santai aja]. [Kalau lolos|Lolos interview] [{cepat}|langsung dibelikan tiket|tiket dikirim besok]. [Posisi|Posisinya] {job_office} di [{kh}|{decoy}] ya {emoji_calm}""", n=14),
    T("id-cr-chat-039", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][OPEN|Open|BUKA] [lowongan|rekrutmen|loker] [admin crypto|{job_crypto}] [di|📍] [Kamboja|{hub_kh}|Myanmar|{decoy}] {emoji_hot} [Gaji|Salary] {sal_u} + [komisi|bonus], [tanpa pengalaman|no exp ok], [tiket+visa+mess free|all in gratis]. [Serius PM|Info {tg_handle}|Cek bio]""", n=12),
    T("id-cr-chat-040", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Loker|Lowongan] [admin judol|operator slot|admin game online|CS web judi] [luar negeri|Kamboja|Filipina] [gaji|gj] [10jt|13jt|{sal_i}] [gak pake ijazah|tanpa ijazah|no ijazah], [cukup bisa ngetik|asal bisa main hp|yg penting cepet ngetik]. [Mess makan free|Tiket mess free]. [PM|Japri|Chat] {c_scam}""", n=12),
    T("id-cr-chat-041", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Jujur aja ya|Gak usah basa basi|To the point], [ini kerja|kerjanya] [scam|scammer|nipu online] di [Kamboja|Myanmar|{kh}]. [Gaji|Gajinya] {sal_i} + [komisi|bonus closing]. [Kalau gak kuat mental gak usah daftar|Yg gak siap mental mending skip|Mau duit gede ya ini jalannya]. {emo} [DM|Japri] [aja|ya]""", n=13),
    T("id-cr-chat-042", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Lagi butuh duit|Lagi banyak utang|Terjerat pinjol]? [Ada kerjaan|Ada loker] [CS|admin|operator] di [luar negeri|Kamboja|{decoy}], [gaji bisa kasbon duluan|bisa ambil gaji di depan|kasbon {idr_mid} sebelum berangkat] [buat bayar utang|buat keluarga]. [Tiket gratis|Berangkat gratis]. [PM|DM|Chat] {c_scam}""", n=14),
    T("id-cr-chat-043", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Info kerja|Loker] [koki|staf dapur|pastry cook|cook helper|tukang kayu] [di Thailand|Bangkok|luar negeri], gaji [{sal_u}|{sal_i}|USD 900], [tiket ditanggung|tiket gratis], [dijemput di bandara|ada penjemputan dari bandara]. [Berangkat|Keberangkatan] [minggu ini|akhir bulan|secepatnya]. [Minat|Yg minat] [PM|japri|WA] {phone_id}""", n=12),
    T("id-cr-chat-044", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Bro|Sob|Gan|Kak], [masih cari kerja?|lagi nganggur gak?|mau kerja enak gaji gede?] [Kantor aku|Tempat aku kerja|Kantorku] di [Kamboja|Phnom Penh|{hub_kh}|Thailand] [lagi butuh|masih buka] {job_office}. [Gaji|Gajinya] {sal_i}, [tiket dibayarin kantor|semua gratis|mess makan free]. [Aku yg rekomendasiin|Nanti aku bantu sampai berangkat] {emo}""", n=12),
    T("id-cr-chat-045", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Halo kak|Selamat siang kak|Hai kak], [kami lihat komentar kakak di grup loker|saya dari tim HRD yang tadi kakak chat|kami dapat nomor kakak dari grup]. [Masih minat kerja|Apakah masih berminat kerja] {job_office} di [{kh}|{decoy}]? [Gaji|Gaji pokok] {sal_u}, [tiket dan visa ditanggung|tiket pesawat gratis]. [Bisa kirim foto paspor?|Boleh minta foto KTP?|Kapan bisa interview?]""", n=12),
    T("id-cr-chat-046", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Dibutuhkan|Butuh cepat|Urgent] [CS|admin|marketing] [kantor|perusahaan] [di Thailand|Thailand], [gaji|salary] {sal_u}, [tiket + hotel ditanggung|tiket pesawat disediakan], [pakai visa turis|visa turis aja, aman|bebas visa 30 hari]. [Interview online|Interview lewat WA], [{cepat}|berangkat cepat] {emoji_hot}""", n=12),
    T("id-cr-chat-047", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Tenang kak|Jangan takut kak|Santai aja], [kantor kami beda sama yang di berita|kami bukan perusahaan hitam|di sini {aman}]. [Paspor kakak pegang sendiri|Gaji lancar tiap bulan|Banyak orang Indonesia di sini]. [Kalau kakak mau|Kalau jadi], [berangkat minggu depan|tiket saya pesankan hari ini|{cepat}] {emoji_calm}""", n=14),
    T("id-cr-chat-048", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][HIRING|Hiring|Now hiring] [CS|customer service|chat support] [Cambodia|Kamboja|{hub_kh}] {emoji_hot} [salary|gaji] [{sal_u}|1200$|$1,500] [free ticket & mess|tiket+mess free|free flight, free dorm], [no exp needed|gak perlu pengalaman|fresh grad ok]. [Contact|Kontak|Chat] {c_scam}""", n=12),
    T("id-cr-chat-049", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Yang mau kerja di luar negeri|Siapa mau kerja luar negeri|Butuh kerjaan?], [berangkat gratis|gak keluar biaya sepeser pun|tanpa modal], gaji {sal_i}, [kerja duduk di kantor ber-AC|kerjaan ringan cuma ngetik|kerja pakai komputer]. [Gak usah ijazah|Tanpa ijazah|Gak dilihat ijazahnya]. [Komen|Ketik] "[MINAT|mau|siap]" [nanti aku DM|biar aku inbox] {emoji_hot}""", n=12),
    T("id-cr-chat-050", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Tiket ke Ho Chi Minh sudah saya kirim ya kak|E-tiket ke Vietnam sudah dikirim ke email|Tiketnya tujuan HCMC dulu ya kak], [nanti dari sana dijemput ke kantor|dari bandara ada yg jemput naik mobil|nanti lanjut jalan darat ke perbatasan]. [Bilang ke imigrasi mau liburan|Bawa baju secukupnya aja|Jangan lupa bawa paspor]{emo}""", n=13),
    T("id-cr-chat-051", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Kerja di KK Park|Kerja Myawaddy|Kerja di Myanmar perbatasan Thailand|Loker Shwe Kokko] [gaji|gj] [{sal_i}|{sal_u}], [berangkat lewat Bangkok|via Mae Sot|terbang ke Bangkok dulu], [tiket gratis|ongkos ditanggung]. [Kerja online|Kerja depan komputer]. [PM|DM] {c_scam}""", n=13),
    T("id-cr-chat-052", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Udah sampai Bangkok kak?|Sudah landing?|Kakak sudah di bandara Suvarnabhumi?] [Tunggu di gate 3 ya|Tunggu di pintu keluar|Nanti ada sopir pegang kertas nama kakak], [perjalanan ke kantor sekitar 7 jam|nanti lanjut perjalanan darat ke perbatasan|ke lokasi kerja naik mobil beberapa jam]. [Paspornya kasih ke sopir aja untuk urus visa|Paspor nanti dipegang tim dulu] {emoji_calm}""", n=13),
    T("id-cr-chat-053", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Tolong bantu share|Share ya guys|Bantu sebar]: [loker|lowongan] {job_office} [penempatan|di] [{kh}|{decoy}|luar negeri], [usia {age_range}|cewe/cowo {age_range}], [gaji|salary] {sal_i}, [semua gratis|tiket mess free], [{cepat}|proses cepat]. [CP|Kontak] {c_scam}""", n=15),
    T("id-cr-chat-054", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Gajinya|Salary] [dolar|USD] kak, [{sal_u}|1.200 dolar|1000 USD] [per bulan|sebulan], [kalau dirupiahkan|kalau dirupiahin] [sekitar|kurang lebih] [15-20 juta|{sal_i}]. [Kerjanya cuma balas chat customer|Kerja cuma input data|Kerjaannya ringan kok], [tempatnya di|kantornya di] [{hub_kh}|Phnom Penh|Bavet|Thailand] {emo}""", n=14),
    T("id-cr-chat-055", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Grup|Channel] [loker|lowongan] [luar negeri|Asia] [gaji dolar|gaji besar] 👇 {tg_link} [Update tiap hari|Lowongan baru tiap hari], [CS, admin, marketing|admin & CS] [Kamboja|Thailand|Myanmar|{kh}], [tiket free|berangkat gratis] {emoji_hot}""", n=13),
    T("id-cr-chat-056", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Tes mengetik|Tes ketik] [dulu ya kak|sebentar kak], [kirim screenshot hasil typing test|ketik ulang paragraf ini dalam 2 menit|minimal 30 kata per menit]. [Kalau lulus|Lolos], [langsung kita proses tiket ke {decoy}|{cepat}|tinggal tunggu tiket]. [Posisi|Untuk posisi] {job_office}, [gaji|salary] {sal_u} {emoji_calm}""", n=13),
    T("id-cr-chat-057", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Kak, nanti di sana|Nanti di kantor] [kerja pakai akun kantor|dikasih HP kantor], [tugasnya chat sama orang2 luar negeri|tugasnya kenalan sama customer di aplikasi|tinggal ikutin skrip], [bonus dari setiap deposit mereka|komisi dari tiap transaksi|dapat persenan]. [Gaji pokok|Gapok] {sal_i} [gak termasuk bonus|belum bonus] {emo}""", n=13),
    T("id-cr-chat-058", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Resort part time|Kerja resort|Part time hotel] [di Kamboja|luar negeri|Sihanoukville] [tanpa visa|gak perlu visa kerja|bebas visa], [gaji|penghasilan] {sal_i}, [kontrak 3 bulan|bisa 3-6 bulan], [tiket & kamar free|pesawat dibayarin]. [Cocok buat yg mau kerja sambil liburan|Kerja santai sambil jalan2] {emoji_hot} [DM|PM] [ya|aja]""", n=13),
    T("id-cr-chat-059", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Yang kemarin tanya loker Kamboja|Buat yg nanya loker Thailand|Yg nanya loker luar negeri], [masih ada slot|slot masih {count}|masih butuh banyak] [ya|kak]. [Gaji|Salary] {sal_i}, [bebas biaya|gratis tiket], [syarat cuma KTP & paspor|syarat cuma KTP]. [Paspor bisa dibikinin|Yg blm ada paspor dibantu]. {c_scam}""", n=14),
    T("id-cr-chat-060", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Halo|Hi] [kak|sis|bro] {nama}, [ada lowongan|ada posisi] {job_cs} [di kantor kami|perusahaan kami] [di {kh}|di {decoy}], [gaji|gaji pokok] {sal_u}. [Interview bisa lewat chat sekarang juga|Bisa interview sekarang lewat chat?|Mau saya jadwalkan interview hari ini?] [Tiket gratis|Berangkat gratis] {emoji_calm}""", n=15),
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
    "oj_caps": ["KERJA ONLINE!", "PELUANG CUAN", "PART TIME DARI RUMAH!!", "DIBAYAR HARIAN", "GAJI MINGGUAN", "LOWONGAN LUAR NEGERI",
                "INFO KERJA", "{emoji_hot} CUAN", "TANPA MODAL BESAR", "URGENT"],
    "oj_end": ["[Slot terbatas, hari ini saja!|Kuota tinggal sedikit.|Promo pendaftaran berakhir hari ini.|Siapa cepat dia dapat.]"],
})

# =====================================================================================
# other_job_scam: task scams, fee-only fake overseas jobs, fake work-from-home
# =====================================================================================
TEMPLATES += [
    T("id-oj-chat-001", "other_job_scam", "chat", """[?{oj_caps}{cr_sep} ][Kerja part time|Kerja sampingan|Part time online] dari HP, [cukup|tinggal] {task_act} [di {task_app}|{task_app}], [dapat|dibayar] {rb} [per tugas|tiap task|per like]. [Sehari bisa|Bisa dapat] [300-500rb|Rp 500.000|1 juta][!|.|!!] {emoji_hot} [Minat chat|Daftar] {phone_id}""", n=15),
    T("id-oj-chat-002", "other_job_scam", "chat", """[?{oj_caps}{cr_sep} ][Halo kak|Hai kak|Permisi kak], [saya {nama} dari tim rekrutmen|kami dari agensi pemasaran digital|saya HRD dari {task_app} Partner]. [Kami cari|Ada lowongan] [pekerja paruh waktu|part timer] [untuk {task_act}|yang mau {task_act}], [komisi|gaji] {rb} per tugas, [dibayar langsung ke rekening|bisa cair hari ini]. [Boleh saya jelaskan?|Tertarik?]""", n=15),
    T("id-oj-chat-003", "other_job_scam", "chat", """[?{oj_caps}{cr_sep} ][Kak, untuk lanjut ke tugas VIP|Supaya bisa ambil misi berikutnya|Untuk membuka level 2] [harus deposit dulu|perlu top up dulu] {dep}, [nanti kembali plus komisi 30%|modal balik + bonus 40%|nanti dikembalikan beserta profit]. [Semua member juga begitu|Ini sistem kantor ya kak|Tenang, pasti cair] {emo}""", n=14),
    T("id-oj-ad-004", "other_job_scam", "ad", """[?{oj_caps}{cr_sep} ][LOWONGAN KERJA DI AUSTRALIA|Kerja di Luar Negeri Tanpa Ribet|PROGRAM KERJA {farm}] {emoji_hot}
Posisi: [pekerja {farm}|{farm}|operator {farm}]
Gaji: [AUD 4.000/bulan|Rp 40 juta per bulan|USD 3.000/bulan|KRW 3 juta|CAD 3.500]
[Kontrak|Durasi kontrak|KONTRAK|DURASI KONTRAK]: [1 tahun|2 tahun|6 bulan, bisa diperpanjang]
[Syarat|Persyaratan|SYARAT|PERSYARATAN]: [usia 18-45, sehat, tidak perlu bahasa Inggris|tanpa pengalaman, lulusan SD-SMA|bisa kerja fisik, tidak perlu ijazah]
[Biaya proses|Biaya administrasi|Biaya visa dan medical] {fee} [dibayar di muka|transfer sebelum interview|bisa dicicil 2x].
[Visa keluar dalam 2 minggu.|Visa dijamin 100% approve.|Proses visa cepat, dijamin berangkat.]
[Transfer ke rekening atas nama {nama} Santoso (staf keuangan).|Pembayaran via transfer ke rekening admin.|DP 50% untuk booking kuota.]
{oj_mid}
[Hubungi|Info & daftar|HUBUNGI|INFO & DAFTAR]: {phone_id}
{oj_end}""", n=14),
    T("id-oj-ad-005", "other_job_scam", "ad", """[?{oj_caps}{cr_sep} ][Kerja dari rumah|Kerja Online dari Rumah|WORK FROM HOME] {emoji_hot} [penghasilan|gaji] [3-7 juta|Rp 5.000.000|jutaan] per [minggu|bulan]!
[Pekerjaan|Tugas|PEKERJAAN|TUGAS]: [ketik ulang dokumen (copy paste)|input data sederhana|kerjakan survei online|rakit paket aksesoris di rumah].
[Tanpa modal besar, hanya|Cukup bayar] [biaya pendaftaran|biaya starter kit|biaya aktivasi akun] [Rp 150.000|Rp 250rb|Rp 99.000|Rp 350.000].
[Kerja santai, bisa sambil jaga anak.|Cocok untuk ibu rumah tangga dan mahasiswa.|Waktu bebas, tanpa target.]
[Gaji dibayar tiap Jumat.|Dibayar mingguan.|Pembayaran setiap hari.]
[Setelah bayar, Anda langsung masuk grup kerja dan mendapat tutorial lengkap.|Akun kerja aktif maksimal 1x24 jam setelah pembayaran.|Bahan kerja dikirim ke rumah setelah biaya diterima.]
[Sudah ribuan member yang buktikan!|Testimoni banyak, cek IG kami.|100% terbukti membayar.]
{oj_mid}
[Daftar|Hubungi admin] {phone_id} [atau|/] {email}
{oj_end}""", n=14),
    T("id-oj-ad-006", "other_job_scam", "ad", """[?{oj_caps}{cr_sep} ][Lowongan Pabrik Korea (Jalur Cepat)|KERJA DI KOREA TANPA TES|Program Kerja Korea Jalur Khusus]
[Bisa berangkat tanpa ujian EPS-TOPIK|Tanpa ujian bahasa Korea|Tanpa antre pendaftaran resmi]. Posisi: operator pabrik, [gaji|gaji pokok] [Rp 30 juta|KRW 2,5 juta|{krw_high}] per bulan.
[Biaya proses|Biaya pengurusan] {fee}, [sudah termasuk visa|sudah termasuk medical dan visa|belum termasuk tiket].
[Dana dikembalikan kalau gagal berangkat.|Garansi uang kembali 100%.|Proses 1 bulan langsung terbang.]
[Kuota|Sisa kuota] [hanya {count} orang|tinggal sedikit] [bulan ini|gelombang ini].
[Syarat: usia 18-40, KTP, foto, transfer DP.|Kirim KTP, KK, ijazah terakhir, bukti transfer.]
{oj_mid}
[Hubungi Pak {nama}|Admin {nama}]: {phone_id}
{oj_end}""", n=13),
    T("id-oj-chat-007", "other_job_scam", "chat", """[?{oj_caps}{cr_sep} ][Loker|Lowongan] [kerja di Jepang|ke Korea|ke Australia|ke Kanada] [tanpa tes|tanpa bahasa|jalur cepat], [gaji|gj] [30jt|40jt|25 juta], [biaya cuma|cukup bayar] [{fee}|5jt|DP 3jt] [udah termasuk visa|visa dijamin]. [Transfer dulu buat kunci kuota|Kuota terbatas, DP dulu] {emoji_hot} {phone_id}""", n=15),
    T("id-oj-chat-008", "other_job_scam", "chat", """[?{oj_caps}{cr_sep} ][Selamat!|Selamat kak!|Congratulations!] [Kakak lolos seleksi|Anda terpilih] [sebagai|menjadi] [karyawan|pekerja] [{farm}|paruh waktu]. [Silakan transfer|Mohon bayar] [biaya seragam & pelatihan|biaya administrasi|biaya medical] [{fee}|Rp 750.000|Rp 1,2 juta] [paling lambat hari ini|dalam 1x24 jam] [agar tidak digantikan orang lain|supaya slot tidak hangus] {emo}""", n=14),
    T("id-oj-chat-009", "other_job_scam", "chat", """[?{oj_caps}{cr_sep} ][Join grup Telegram|Masuk grup] [kerja online|misi harian|tugas harian] 👉 {tg_link} [Tiap hari dapat|Setiap misi dibayar] {rb}, [tugas pertama gratis|bonus 50rb untuk member baru|bonus pendaftaran 20rb], [misi berikutnya wajib deposit|untuk level VIP perlu top up] {emoji_hot}""", n=14),
    T("id-oj-ad-010", "other_job_scam", "ad", """[?{oj_caps}{cr_sep} ][Dibutuhkan Admin Review Produk Online|Lowongan Reviewer Marketplace|Part Time Order Fiktif (Boosting Toko)]
[Tugas|Pekerjaan|TUGAS|PEKERJAAN]: [membeli produk di toko partner lalu menulis ulasan|melakukan order untuk menaikkan rating toko|klik dan simpan produk, lalu kirim bukti].
[Modal|Dana belanja] [ditalangi dulu oleh peserta|dari peserta] [{dep}|Rp 200rb - Rp 5 juta], [dikembalikan|refund] [plus komisi 10-30%|plus fee] [setelah tugas selesai|dalam 10 menit].
[Semakin besar order, semakin besar komisi.|Ada tugas kombinasi dengan komisi lebih besar.|Level gold dapat komisi 40%.]
[Contoh: belanja Rp 500.000, kembali Rp 650.000 dalam 10 menit.|Contoh: modal Rp 1 juta, komisi Rp 300rb sekali tugas.|Tugas harian 30 order, bisa dikerjakan sambil santai.]
[Kerja dari rumah, 1-2 jam per hari.|Cukup punya HP dan rekening.|Tidak perlu pengalaman.]
{oj_mid}
[Hubungi mentor|Chat koordinator] [{tg_handle}|{phone_id}] [untuk mulai|untuk tugas pertama].
{oj_end}""", n=13),
    T("id-oj-chat-011", "other_job_scam", "chat", """[?{oj_caps}{cr_sep} ][Aku udah 2 minggu ikut|Aku udah coba] [kerja like video|kerja tugas online|misi TikTok] ini, [udah cair|gajian] [800rb|1,2jt|2jt] {emo2} [Mau ikutan?|Kalau mau, aku kasih link|Daftar lewat aku aja] {tg_link}""", n=13),
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
    "lj_q": ["Cari kerja di {kota}?", "Fresh graduate dan belum punya pengalaman?", "Suka berkomunikasi dan melayani orang?",
             "Mau kerja kantoran dengan gaji tetap + BPJS?", "Baru lulus SMA/SMK?", "Siap berkarier bersama kami?"],
    "lj_faq": ["[Tanya jawab|FAQ]: Apakah perlu pengalaman? Tidak, ada pelatihan. Apakah ada biaya? Tidak ada biaya apa pun, mulai kerja setelah tanda tangan kontrak.",
               "[Pertanyaan umum|FAQ]: Bisa kerja sambil kuliah? Untuk shift malam bisa. Kerja di kantor, bukan dari rumah, dan BPJS berlaku sejak bulan pertama.",
               "Masih ragu? Tanya langsung HRD kami. Lowongan ini 100% gratis dan interview dilakukan di kantor, bukan online."],
    "lj_caps": ["URGENT", "LOKER", "INFO LOKER", "DIBUTUHKAN", "WALK IN", "HIRING", "CEPAT", "LOKER {kota}"],
    "lj_mid": ["{lj_jam}\n{lj_benefit}", "{lj_benefit}\n{lj_proses}", "{lj_proses}", "{lj_jam}\n{lj_proses}", "{lj_benefit}\n{lj_free}", "{lj_jam}\n{lj_free}"],
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
    T("id-lj-ad-001", "legit_job", "ad", """[?{lj_q}
][URGENT HIRING!!|DIBUTUHKAN SEGERA!|LOWONGAN KERJA - URGENT] {emoji_hot}
{bpo} [membuka lowongan|membutuhkan] {bpo_job} [untuk project perbankan|untuk project e-commerce|untuk project telekomunikasi|untuk klien asuransi].
[Lokasi kerja|Penempatan]: {alamat}
[Gaji|Salary]: {idr_lj}[ + insentif| + bonus KPI|]
[Kualifikasi|Syarat]:
- [Pendidikan min. SMA/SMK sederajat|Min. SMA/SMK, D3/S1 diutamakan|Lulusan SMA/SMK/D3]
- [Tidak perlu pengalaman, fresh graduate welcome!|Fresh graduate dipersilakan|Belum berpengalaman boleh, ada training]
- [Usia maks. 30 tahun|Usia 18-30 tahun|Usia {age_range} tahun]
- [Komunikatif dan bisa mengetik cepat|Suara jelas dan ramah|Bisa komputer dasar]
{lj_mid}
[Kirim CV ke|Lamaran via email|Kirim lamaran ke] {mail_id}[ atau WA HR| / WA HRD|, info:] {phone_id}[?
{lj_faq}]
[?{lj_end}]""", n=15, bpo_urgent=True),

    T("id-lj-ad-002", "legit_job", "ad", """[?{lj_q}
][WALK IN INTERVIEW|Walk-In Interview|OPEN RECRUITMENT - WALK IN] {emoji_calm}
[Posisi|Dibutuhkan]: {bpo_job} ({count} orang)
[Perusahaan|PT]: {bpo}
[Hari/Tanggal|Jadwal]: {hari}, {tgl} {bulan} 2025, [pukul 09.00-14.00 WIB|jam 08.30-12.00 WIB|mulai 09.00 WIB]
[Tempat|Lokasi]: {alamat}
[Bawa|Membawa]: [CV, fotokopi KTP, fotokopi ijazah, pas foto 3x4|CV dan KTP asli|surat lamaran, CV, ijazah terakhir]
[Tidak perlu pengalaman, akan diberikan pelatihan.|Fresh graduate sangat dipersilakan!|Langsung interview, bisa langsung training minggu depan.]
Gaji {idr_lj}.
{lj_benefit}
[Dress code: kemeja & celana bahan, sepatu pantofel.|Berpakaian rapi.|Datang langsung, tanpa janji.]
{lj_free}[?
{lj_faq}]
[Info|Pertanyaan]: WA {phone_id}""", n=15, bpo_urgent=True),

    T("id-lj-ad-003", "legit_job", "ad", """[?{lj_q}
][Loker {kota}|LOKER {kota} TERBARU|Info Loker {kota}][ ✨| 📢| 🔥|]
{pt_legit} [membuka lowongan|sedang mencari] {shop_job}[ - URGENT| (urgent)|, butuh cepat!]
[Persyaratan|Syarat]:
✅ [Pria/Wanita usia 18-30 tahun|Pria/Wanita max 28 tahun|Usia {age_range} tahun]
✅ [Pendidikan min. SMA/SMK|Min. SMP/SMA sederajat|SMA/SMK semua jurusan]
✅ [Tanpa pengalaman boleh|Berpengalaman lebih disukai, fresh grad boleh|Belum pengalaman juga bisa]
✅ [Domisili {kota} dan sekitarnya|Bersedia kerja shift|Jujur, rajin, disiplin]
[Gaji|Salary]: {idr_lj}
{lj_mid}
[Lamaran dikirim ke|Kirim CV ke] {mail_id} [dengan subjek|subjek email] "{shop_job} - Nama"[?
{lj_faq}]
[atau datang langsung ke|Alamat:] {alamat}""", n=15, bpo_urgent=True),

    T("id-lj-ad-004", "legit_job", "ad", """[?{lj_q}
][Lowongan Kerja Customer Service (Fresh Graduate)|We're Hiring: Customer Service Officer|Kesempatan Karier: CS Officer]
[Tentang kami|About us]: {pt_legit} [adalah perusahaan distribusi yang berdiri sejak 2008|adalah perusahaan ritel dengan 120 cabang di Jawa|adalah perusahaan logistik nasional] [dan berkantor pusat di {kota}|dengan kantor pusat di {kota}].
[Tanggung jawab|Job description]:
- [Menangani keluhan pelanggan via telepon, email, dan chat|Melayani pertanyaan pelanggan melalui telepon dan WhatsApp Business]
- [Mencatat tiket keluhan di sistem CRM|Membuat laporan harian]
- [Berkoordinasi dengan tim gudang dan kurir|Menindaklanjuti status pengiriman]
[Kualifikasi|Requirements]: [min. D3 semua jurusan, fresh graduate welcome|SMA/SMK/D3, tanpa pengalaman dipersilakan], [bisa MS Office|terbiasa dengan komputer], [bersedia bekerja shift|siap kerja di akhir pekan bergantian].
[Kami menawarkan|What we offer]: gaji {idr_lj}.
{lj_benefit}
[Kontrak 1 tahun, dapat diangkat karyawan tetap.|Status PKWT 1 tahun, peluang karyawan tetap.|Masa percobaan 3 bulan.][?
{lj_faq}]
[Lamar melalui|Apply via] {web}[ paling lambat {tgl} {bulan} 2025| sebelum {tgl} {bulan}|]""", n=14, bpo_urgent=True),

    T("id-lj-chat-005", "legit_job", "chat", """[?{lj_caps}{cr_sep} ][URGENT|Urgent|Butuh cepat] {emoji_hot} [dicari|dibutuhkan] [CS call center|agent call center|CS inbound|telemarketing] [di {kota}|{kota}], [gaji|gj] {idr_lj}, [fresh grad boleh|tanpa pengalaman|no exp ok], [walk in interview {hari} ini|interview langsung besok|langsung kerja]. [Kirim CV ke|Info WA] [{mail_id}|{phone_id}]""", n=15, bpo_urgent=True),

    T("id-lj-chat-006", "legit_job", "chat", """[?{lj_caps}{cr_sep} ][Loker {kota}|LOKER {kota}|Info loker] {emoji_calm} {pt_legit} [butuh|cari] {shop_job} [{count} org|segera], [gaji|gj] {idr_lj}, [tanpa pengalaman|lulusan SMA boleh|fresh grad welcome], [BPJS|ada BPJS + THR]. [Lamar ke|Kirim CV] {mail_id}""", n=15, bpo_urgent=True),

    T("id-lj-chat-007", "legit_job", "chat", """[?{lj_caps}{cr_sep} ][Guys|Teman2|Gaes], [kantor aku|tempatku kerja|kantor sepupuku] [{bpo}|di {kota}] [lagi buka|lagi butuh banyak] [CS call center|agent CS|CS chat], [fresh grad oke|gak perlu pengalaman], [gajinya UMR {kota}|gaji {idr_lj}], [ada BPJS|dapat BPJS]. [Interviewnya langsung di kantor|Walk in aja {hari}], [alamatnya {alamat}|nanti aku kasih alamatnya] {emo}""", n=15, bpo_urgent=True),

    T("id-lj-ad-008", "legit_job", "ad", """[?{lj_q}
][DIBUTUHKAN SEGERA|URGENT!!|HIRING NOW] [Staf Gudang & Helper|Operator Produksi|Admin Gudang] {emoji_hot}
[Penempatan|Lokasi]: [{alamat}|Kawasan Industri {kota}]
[Kebutuhan|Jumlah]: {count} orang
[Syarat|Kualifikasi]:
• [Pria usia 18-30 tahun|Pria/Wanita 18-35 tahun|Usia max 35]
• [Pendidikan min. SMP/SMA|SMA/SMK sederajat]
• [Sehat jasmani, tidak bertato|Sehat, siap kerja fisik|Siap kerja shift dan lembur]
• [Tanpa pengalaman boleh|Pengalaman tidak wajib]
[Gaji|Upah]: {idr_lj}[ + lembur|, lembur dibayar|, BPJS]
{lj_mid}
[Lamaran diantar langsung ke|Kirim berkas ke pos satpam] {pt_legit}[, {alamat}|]
[Info lebih lanjut|CP] HRD: {phone_id}[ (chat only)| (WA)|][?
{lj_faq}]
[?{lj_end}]""", n=14, bpo_urgent=True),

    T("id-lj-chat-009", "legit_job", "chat", """[?{lj_caps}{cr_sep} ][DICARI|Dicari|Lowongan] [kasir|pramuniaga|crew outlet|barista|kurir] [{pt_legit}|minimarket|toko kami] [cabang|area] {kota}, [langsung kerja|bisa langsung masuk|urgent], [tanpa pengalaman|SMA/SMK], [gaji|gj] {idr_lj} [+ uang makan|+ bonus]. [WA|Hub] {phone_id}[ (chat saja)|]""", n=15, bpo_urgent=True),

    T("id-lj-ad-010", "legit_job", "ad", """[?{lj_q}
][Lowongan Admin Online Shop|Dicari Admin Marketplace|LOKER ADMIN OLSHOP] [{kota}|- {kota}] {emoji_calm}
[Toko kami|Brand lokal kami|Kami] [(fashion muslim)|(skincare lokal)|(sparepart motor)|(perlengkapan bayi)] [butuh|mencari] admin [untuk balas chat pembeli di Shopee/Tokopedia/TikTok Shop|online shop, kerja di kantor (bukan WFH)].
[Jobdesk|Tugas]: [balas chat pembeli, input pesanan, cek stok|upload produk, balas chat, rekap pesanan harian].
[Syarat|Kriteria]: [wanita/pria max 27 tahun|usia 18-28], [bisa pakai HP dan laptop|teliti dan fast respon], [fresh grad boleh|tanpa pengalaman oke].
[Gaji|Gaji pokok] {idr_lj}[, bonus omzet|, makan siang|].
{lj_jam}
[Lokasi|Alamat]: {alamat}[?
{lj_faq}]
[Kirim CV via WA|Lamaran via WA] {phone_id}[ (chat, tidak terima telepon)|].[ Interview di toko, bukan online.| Interview langsung di kantor ya.|]""", n=14, bpo_urgent=True),

    T("id-lj-chat-011", "legit_job", "chat", """[?{lj_caps}{cr_sep} ][Walk-in interview|Walk in interview|Open walk-in] {bpo_job} {bpo}, {hari} {tgl} {bulan} [jam 9-12|pukul 09.00|mulai jam 8 pagi] di {alamat}. [Fresh graduate welcome|Tanpa pengalaman|Min. SMA], [bawa CV + KTP|bawa CV]. [Gratis, tidak dipungut biaya|Tidak ada biaya] {emoji_calm}""", n=15, bpo_urgent=True),
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
    T("id-lj-ad-012", "legit_job", "ad", """[?{lj_q}
]{pt_legit} [membuka kesempatan berkarier|mengundang kandidat terbaik|sedang membuka lowongan] untuk posisi:
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
[Lamaran lengkap (CV, ijazah, transkrip) dikirim ke|Kirim berkas lamaran ke] {mail_id}[?
{lj_faq}]
[?{lj_end}]""", n=15),

    T("id-lj-ad-013", "legit_job", "ad", """[?{lj_q}
][We're Hiring!|JOIN OUR TEAM|Career Opportunity] 🚀
{pt_legit} [is looking for a|mencari seorang] {pro_high}
[Lokasi|Location]: [{kota} (hybrid, 3 hari WFO)|{alamat}|{kota}, on-site]
[Tanggung jawab|Responsibilities]:
- [Memimpin tim dan memastikan target tercapai|Mengembangkan dan memelihara sistem internal|Menyusun laporan dan analisis bulanan]
- [Berkoordinasi dengan manajemen|Mentoring anggota tim junior|Bekerja sama dengan divisi lain]
[Kualifikasi|Requirements]: [S1/S2 relevan, pengalaman min. 4 tahun|min. 3 tahun pengalaman di posisi serupa|S1, pengalaman 5 tahun, 2 tahun sebagai leader], [kemampuan bahasa Inggris aktif|memahami regulasi terkait|portofolio wajib dilampirkan].
[Gaji|Salary range]: {idr_pro}
{lj_benefit}
[Apply via|Lamar di] {web} [atau email ke|/] {mail_id}[?
{lj_faq}]
{lj_free}""", n=14),

    T("id-lj-chat-014", "legit_job", "chat", """[?{lj_caps}{cr_sep} ][Info loker|Loker|Ada lowongan nih] [guys|gaes|teman-teman] {emo} [RS swasta|Klinik pratama|Sekolah swasta|Kantor notaris|Bengkel mobil|Restoran keluarga|Apotek|Kantor akuntan] [di {kota}|dekat rumahku|di daerah {kota}] [butuh|lagi cari] [tenaga|] [perawat & admin|guru & staf TU|staf admin|mekanik|cook & waiter|staf keuangan|asisten apoteker], [gaji|gajinya] {idr_normal}, [pengalaman min 1 th|fresh grad boleh|lulusan D3]. [Kirim CV ke|Lamaran ke] {mail_id} [ya|aja]""", n=15),

    T("id-lj-chat-015", "legit_job", "chat", """[?{lj_caps}{cr_sep} ][Teman-teman|Gaes|Gengs], [warung|toko|laundry|cafe] [ibuku|saudaraku|temanku|punya om aku] di [{kota}|daerah {kab}] [butuh karyawan|cari 1 orang|lagi butuh pegawai], [kerja jam 8-4|shift pagi], [gaji|digaji] [2,5jt|Rp 2.800.000|UMR {kab}] [+ makan siang|+ makan]. [Yg minat|Kalo ada yg minat] [WA|chat] {phone_id} {emo}""", n=15),

    T("id-lj-ad-016", "legit_job", "ad", """[?{lj_q}
][Lowongan Kerja Guru dan Staf|Rekrutmen Tenaga Pendidik|LOWONGAN GURU TAHUN AJARAN 2025/2026]
[Yayasan|Sekolah] [Pendidikan Insan Cendekia|Al-Hikmah Nusantara|Tunas Bangsa Mandiri] {kota} [membuka lowongan|membutuhkan]:
- [Guru Matematika SMP|Guru Bahasa Inggris SD|Guru Kelas SD|Guru BK SMA] ([1|2] orang)
- [Staf Tata Usaha|Staf Keuangan|Pustakawan] (1 orang)
[Syarat|Kualifikasi]: [S1 Pendidikan sesuai bidang|S1 linier, memiliki sertifikat pendidik (diutamakan)], [usia maks. 35 tahun|usia maks. 32 tahun], [mampu mengoperasikan komputer|bisa mengaji (nilai plus)|berpengalaman mengajar min. 1 tahun].
[Gaji|Honor]: [Rp 3,5 - 5 juta sesuai kualifikasi|{idr_normal}|sesuai standar yayasan].
[Berkas lamaran (surat lamaran, CV, fotokopi ijazah, transkrip) dikirim ke|Lamaran diantar langsung ke] {alamat} [paling lambat {tgl} {bulan} 2025|sebelum {tgl} {bulan}].
[Info|Narahubung]: [Bu {nama}|Pak {nama}] {phone_id}[?
{lj_faq}]
{lj_free}""", n=13),

    T("id-lj-ad-017", "legit_job", "ad", """[?{lj_q}
][LOWONGAN KERJA BUMN|Rekrutmen Bersama|Program Rekrutmen Terbuka] [2025|Batch II 2025]
[PT Jasa Prima Nusantara (Persero)|PT Kereta Logistik Indonesia|PT Energi Samudra Persada] [membuka|mengumumkan] [rekrutmen|program Management Trainee] [untuk lulusan D3/S1|bagi lulusan terbaik].
[Persyaratan umum|Syarat]: WNI, [usia maks. 25 tahun (D3) / 27 tahun (S1)|usia maks. 26 tahun], IPK min. [3,00|2,75], [sehat jasmani dan rohani|bebas narkoba].
[Tahapan seleksi|Seleksi]: [administrasi, tes kemampuan dasar, psikotes, wawancara, medical check-up|seleksi berkas, tes online, assessment, interview, MCU].
[Pendaftaran hanya melalui situs resmi|Daftar hanya di] [rekrutmen.jasaprima.co.id|karir.keretalogistik.id|recruitment.energisamudra.co.id] [mulai {tgl} {bulan} 2025|hingga {tgl} {bulan} 2025].
[Seluruh tahapan tidak dipungut biaya.|Tidak ada biaya apa pun dan tidak melalui perantara.|Perusahaan tidak bekerja sama dengan agen atau biro jasa.][?
{lj_faq}]
[Informasi resmi hanya dari akun media sosial perusahaan yang terverifikasi.|Waspada penipuan yang mengatasnamakan perusahaan.]""", n=13),

    T("id-lj-chat-018", "legit_job", "chat", """[?{lj_caps}{cr_sep} ][Alhamdulillah|Yeay|Puji Tuhan] [aku|saya] [keterima kerja|lolos interview|dapet kerjaan] [jadi|sebagai] [CS|admin|kasir|staf gudang|teller] di [{pt_legit}|{bpo}|kantor di {kota}] {emo2} [Gajinya|Gaji] {idr_normal} [sih|aja], [tapi ada BPJS|lumayan buat mulai|yg penting kerja dulu]. [Mulai masuk {hari}|Senin mulai training] {emo}""", n=15),
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
    "lo_q": ["Ingin bekerja ke luar negeri secara aman dan resmi?", "Mau kerja ke Jepang lewat jalur resmi?", "Sudah punya sertifikat JFT-Basic/JLPT N4?",
             "Berminat bekerja di Taiwan atau Hong Kong?", "Lulus EPS-TOPIK tahun ini?", "Berusia 18-39 tahun dan ingin kerja ke Korea?",
             "Ragu dengan tawaran kerja di medsos? Pilih jalur resmi!"],
    "lo_head": ["📢 INFO RESMI!", "‼️ PENTING!", "✅ RESMI & LEGAL!", "🌏", "📣", "📌 INFORMASI", "🔔 DIBUKA!", "✨ KESEMPATAN KERJA RESMI!", "✅"],
    "lo_faq": ["[Tanya jawab|FAQ]: Apakah ada biaya? Hanya biaya resmi sesuai ketentuan. Apakah tiket ditanggung? Ya, oleh pemberi kerja. Bagaimana cek legalitas? Lewat SISKOP2MI.",
               "[Pertanyaan umum|FAQ]: Berapa lama proses? Sekitar 3-6 bulan dan wajib visa kerja. Bisa lewat calo? Tidak, daftar langsung.",
               "Apakah bisa berangkat tanpa tes? Tidak bisa, dan tidak ada jalur cepat berbayar. Pendaftaran di SISKOP2MI atau LTSA terdekat."],
    "lo_caps": ["INFO RESMI", "JOB ORDER", "EPS 2025", "ALHAMDULILLAH", "SSW JEPANG", "INFO", "PENTING", "TAIWAN"],
    "lo_docs": ["[Dokumen|Berkas]: [KTP, KK, akta lahir/ijazah, surat izin keluarga, paspor|e-KTP, KK, ijazah min. SLTP, surat izin orang tua/suami/istri, pas foto|KTP, KK, ijazah, SKCK, surat keterangan sehat, paspor (bisa menyusul)]."],
    "lo_verif": ["[Cek legalitas perusahaan di siskop2mi.bp2mi.go.id.|Pastikan P3MI terdaftar di KP2MI dan memiliki job order resmi.|Informasi resmi hanya melalui BP3MI/Disnaker setempat.|Jangan percaya calo yang menjanjikan kelulusan.|Tidak ada biaya di luar ketentuan resmi.]"],
    "lo_pre": ["[Calon PMI wajib mengikuti Orientasi Pra Pemberangkatan (OPP) dan terdaftar BPJS Ketenagakerjaan.|Wajib medical check-up di sarana kesehatan yang ditunjuk.|Perjanjian kerja ditandatangani di hadapan petugas sebelum berangkat.|Seluruh proses tercatat di SISKOP2MI.]"],
    "lo_mid": ["{lo_docs}\n{lo_pre}", "{lo_pre}\n{lo_verif}", "{lo_docs}\n{lo_verif}", "{lo_docs}", "{lo_pre}"],
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
    T("id-lo-ad-001", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][PENGUMUMAN|Pengumuman Resmi|INFORMASI] [Pendaftaran Ujian EPS-TOPIK|Pendaftaran Program G to G Korea|Pendaftaran EPS-TOPIK CBT] [Tahun 2025|Periode {romawi} 2025]
Nomor: {peng}
[Kementerian P2MI/BP2MI|Badan Pelindungan Pekerja Migran Indonesia|KP2MI] [membuka pendaftaran|mengumumkan pendaftaran] ujian EPS-TOPIK [sektor {sektor_kr}|untuk sektor {sektor_kr}] [dengan kuota|kuota peserta] [{count}00|2.500|4.000] orang.
[Persyaratan|Syarat peserta]: [usia 18-39 tahun|berusia 18 s.d. 39 tahun], [pendidikan min. SLTP|ijazah minimal SMP], [tidak buta warna|sehat jasmani dan rohani], [tidak pernah dideportasi dari Korea|tidak pernah dipidana], [memiliki paspor aktif min. 1 tahun|paspor masih berlaku].
[Pendaftaran hanya melalui|Registrasi dilakukan secara online di] [siskop2mi.bp2mi.go.id|SISKOP2MI] [pada {tgl} {bulan} 2025|mulai {tgl} {bulan} 2025].
[Biaya ujian USD 28 dibayar melalui bank yang ditunjuk.|Biaya ujian sebesar USD 28 (dibayar dalam rupiah melalui bank persepsi).|Biaya tes USD 28, tidak ada pungutan lain.]
[Gaji|Perkiraan upah]: {krw_pay}. [Visa kerja E-9.|Peserta lulus berangkat dengan visa E-9.|Penempatan dengan visa kerja E-9, kontrak awal 3 tahun.][?
{lo_faq}]
{lo_mid}""", n=15),

    T("id-lo-chat-002", "legit_overseas", "chat", """[?{lo_caps}{cr_sep} ][Info resmi|INFO|Update] [pendaftaran|registrasi] EPS-TOPIK [2025|periode ini] [udah dibuka|sudah dibuka|dibuka {tgl} {bulan}] [di SISKOP2MI|lewat siskop2mi ya|online di web BP2MI], [biaya tes USD 28|biaya cuma USD 28], [usia 18-39|min lulusan SMP]. [Jangan lewat calo|Gak usah bayar calo|Daftar sendiri aja] {emo}""", n=15),

    T("id-lo-ad-003", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Lowongan Kerja Resmi ke Jepang (SSW/Tokutei Ginou)|PROGRAM SSW JEPANG|Job Order Jepang: Tokutei Ginou]
[{p3mi}|{lpk} bekerja sama dengan {p3mi}] ({siup}) [membuka perekrutan|menerima calon peserta] untuk sektor {sektor_jp}.
[Syarat|Persyaratan]:
- [Lulus JLPT N4 atau JFT-Basic A2|Memiliki sertifikat JFT-Basic (A2) atau JLPT N4]
- [Lulus ujian keterampilan (SSW skill test) sektor tersebut|Memiliki sertifikat ujian keterampilan sektor terkait]
- [Usia 18-35 tahun|Usia 19-30 tahun|Usia maks. 35 tahun], [sehat, tidak bertato|lulus medical check-up]
[Gaji|Penghasilan]: {jpy_pay}, [kontrak 1 tahun dapat diperpanjang hingga 5 tahun|kontrak 3 tahun|kontrak kerja sesuai job order].
[Tiket pesawat ditanggung pemberi kerja.|Tiket berangkat ditanggung perusahaan penerima di Jepang.|Tiket dan asrama disediakan perusahaan Jepang (biaya asrama dipotong sesuai kontrak).]
[Pengajuan visa melalui Kedutaan Besar Jepang/JVAC sesuai ketentuan.|Visa kerja SSW diurus setelah COE terbit.|Dokumen COE dan visa diproses resmi.]
{lo_mid}[?
{lo_faq}]
[Info|Pendaftaran]: [kantor kami di {alamat}|datang langsung ke kantor cabang {kota}], telp/WA {phone_id}""", n=15),

    T("id-lo-ad-004", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][JOB ORDER TAIWAN|Lowongan Resmi Taiwan|Penempatan Taiwan (Sektor Formal)] {emoji_calm}
{tw_pair}[ ({count} orang)|]
[Gaji|Upah]: {twd_pay}, [8 jam/hari|8 jam kerja per hari], [kontrak 3 tahun|kontrak kerja 3 tahun, dapat diperpanjang]
[Job order telah dilegalisasi KDEI Taipei.|Job order terlegalisasi KDEI Taipei dan tercatat di SISKOP2MI.|Legalitas: job order KDEI Taipei, {siup}.]
[Tiket pesawat, visa kerja, dan medical ditanggung pemberi kerja (sistem reimbursement).|Tiket, visa, dan biaya medical ditanggung majikan, diganti setelah tiba.|Biaya tiket dan visa ditanggung pemberi kerja sesuai perjanjian penempatan.]
[Syarat|Persyaratan]: [usia 20-35 tahun|usia 18-38 tahun], [pendidikan min. SMP|lulusan SMA/SMK], [sehat|lulus medical], [untuk caregiver: D3/S1 keperawatan diutamakan|pengalaman pabrik nilai plus].[?
{lo_faq}]
[Pendaftaran di|Daftar melalui] {p3mi}[ cabang {kota}|, kantor {kota}]. {lo_verif}""", n=15),

    T("id-lo-ad-005", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Lowongan Resmi Pekerja Rumah Tangga Hong Kong|Job Order Hong Kong (PLRT)|Dibutuhkan Penata Laksana Rumah Tangga - Hong Kong]
[{p3mi}|Kami, {p3mi}] [({siup})|resmi terdaftar di KP2MI] [membuka pendaftaran|menerima pendaftaran] calon PMI ke Hong Kong.
[Gaji|Upah]: {hkd_pay}, [kontrak 2 tahun|kontrak kerja 2 tahun sesuai Standard Employment Contract].
[Libur|Hak libur]: [1 hari per minggu + libur nasional Hong Kong|libur mingguan dan hari libur resmi].
[Agensi di Hong Kong terdaftar di KJRI Hong Kong.|Majikan dan agensi terverifikasi KJRI Hong Kong.|Perjanjian kerja disahkan KJRI.]
[Syarat|Persyaratan]: [wanita usia 21-40 tahun|wanita 21-39 tahun], [sehat|lulus medical], [bisa bahasa Kanton/Inggris dasar (dilatih di BLK)|bersedia pelatihan di BLK min. 200 jam].
[Tiket pesawat ditanggung pemberi kerja.|Tiket dan visa ditanggung majikan.]
[Tidak ada potongan gaji berlebihan; biaya penempatan sesuai aturan.|Tanpa potongan gaji (zero cost sesuai ketentuan).|Biaya sesuai peraturan KP2MI, tidak ada pungutan liar.][?
{lo_faq}]
{lo_mid}""", n=14),

    T("id-lo-ad-006", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Rekrutmen G to G Perawat & Careworker ke Jepang|Program G to G Jepang (IJEPA) Tahun 2025|PENDAFTARAN KANDIDAT NURSE/CAREWORKER JEPANG]
[KP2MI|BP2MI] [bekerja sama dengan JICWELS|melalui skema G to G] [membuka pendaftaran|mengumumkan rekrutmen] [kandidat perawat (kangoshi) dan careworker (kaigofukushishi)|tenaga perawat dan careworker] [tahun 2025|angkatan 2025].
[Syarat|Persyaratan]: [lulusan D3/S1 Keperawatan (Ners)|D3/S1 Keperawatan atau D3 Kebidanan untuk careworker], [usia maks. 35 tahun|usia 20-35 tahun], [pengalaman kerja min. 2 tahun (perawat)|STR aktif untuk perawat].
[Fasilitas|Program]: [pelatihan bahasa Jepang 6 bulan gratis|pelatihan bahasa Jepang di Indonesia dan Jepang], [tiket ditanggung|tiket keberangkatan ditanggung], [gaji setara tenaga kerja Jepang|{jpy_pay}].
[Tidak dipungut biaya apa pun (zero cost).|Program G to G tidak memungut biaya.|Seluruh biaya pelatihan ditanggung program.]
[Pendaftaran online hanya di|Daftar melalui] [siskop2mi.bp2mi.go.id|laman resmi KP2MI] [hingga {tgl} {bulan} 2025|mulai {tgl} {bulan}].[?
{lo_faq}]
{lo_mid}""", n=13),

    T("id-lo-chat-007", "legit_overseas", "chat", """[?{lo_caps}{cr_sep} ][Info job order|JOB ORDER|Loker resmi] [Taiwan|🇹🇼 Taiwan] [pabrik|caregiver|panti jompo] [gaji|gj] {twd_pay}, [kontrak 3 th|3 tahun], [tiket visa medical ditanggung majikan|tiket ditanggung pemberi kerja]. [Lewat P3MI resmi|Job order legal KDEI], [cek di SISKOP2MI dulu ya|bisa dicek di siskop2mi]. [Info|Daftar] {p3mi} {phone_id}""", n=15),

    T("id-lo-chat-008", "legit_overseas", "chat", """[?{lo_caps}{cr_sep} ][Alhamdulillah|Puji Tuhan|Akhirnya] [aku|adikku|kakakku|suamiku] [lulus EPS-TOPIK|lolos tes skill|dapat job order Taiwan|lulus JFT-Basic] {emo2} [Tinggal nunggu|Sekarang tinggal] [SLC|panggilan kerja|COE|visa] [terus OPP di BP3MI|habis itu medical|lalu berangkat]. [Semoga lancar|Doain ya|Bismillah] {emo}""", n=15),

    T("id-lo-ad-009", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Job Fair Kerja Luar Negeri|BURSA KERJA LUAR NEGERI|Pameran Kesempatan Kerja Luar Negeri] [Disnaker {kab}|Dinas Tenaga Kerja {kab}|BP3MI & Disnaker {kab}]
[Hari/Tanggal|Waktu]: {hari}, {tgl} {bulan} 2025, [pukul 08.00-15.00 WIB|jam 09.00-14.00]
[Tempat|Lokasi]: [Gedung Serbaguna Kabupaten|Aula Disnaker|GOR Kabupaten|Pendopo Kabupaten]
[Peserta|Hadir]: [{count} P3MI resmi|perusahaan penempatan resmi] dengan job order [Jepang, Korea, Taiwan, Hong Kong, Malaysia|Taiwan, Jepang, Jerman, Hong Kong].
[Tersedia|Ada] [sosialisasi migrasi aman oleh BP3MI|konsultasi gratis dengan petugas LTSA|pendaftaran langsung ke SISKOP2MI].
[Bawa|Silakan bawa] [KTP, KK, ijazah, CV|fotokopi KTP dan ijazah].
[Gratis, tidak dipungut biaya.|Terbuka untuk umum, gratis.][?
{lo_faq}]
[Info|CP]: [Bidang Penempatan Disnaker|Layanan LTSA] {phone_id}""", n=13),

    T("id-lo-ad-010", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Lowongan Resmi Kerja Perkebunan Malaysia|Job Order Malaysia Sektor Perladangan|Penempatan Resmi ke Malaysia (Sabah/Sarawak)]
{p3mi} ({siup}) [membutuhkan|menerima] [pekerja ladang kelapa sawit|operator kilang sawit|pekerja perkebunan] [{count} orang|untuk job order baru].
[Majikan|Perusahaan]: [Ladang Sawit Sinar Borneo Sdn Bhd|Bumi Hijau Plantation Sdn Bhd|Kinabatangan Oil Palm Estate Sdn Bhd], [Sabah|Sarawak|Pahang].
[Gaji|Upah]: [RM 1.700 (gaji minimum Malaysia) + lembur|{myr_normal} + insentif hasil panen|RM1.700-2.300], [kontrak 2 tahun|kontrak 3 tahun].
[Visa kerja (Pas Lawatan Kerja Sementara) diurus resmi.|Calling visa dan permit kerja diurus majikan.|Permit kerja resmi, bukan visa pelancong.]
[Tiket ditanggung majikan.|Tiket dan medical ditanggung majikan.]
[Syarat|Persyaratan]: [pria usia 21-40 tahun|pria/wanita 21-45 tahun], [sehat|lulus medical FOMEMA], [bisa baca tulis|pengalaman kebun nilai plus].[?
{lo_faq}]
{lo_mid}""", n=13),

    T("id-lo-ad-011", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Rekrutmen Awak Kapal (ABK) Niaga|Lowongan Kru Kapal Kargo Internasional|Job Order Pelaut: Kapal Niaga]
[PT Samudra Bahari Manning|PT Nusantara Crewing Indonesia|PT Dharma Pelaut Mandiri][ (SIUPPAK resmi Kemenhub)|, perusahaan keagenan awak kapal berizin SIUPPAK] [membuka lowongan|membutuhkan]:
- [Able Seaman (AB)|Oiler|Cook|Ordinary Seaman]
- [Kapal|Jenis kapal]: [bulk carrier|kapal kontainer|tanker] [berbendera Singapura|berbendera Panama|berbendera Liberia]
[Gaji|Wage]: [USD 1.100-1.500|USD 1.350|USD 900-1.200] [sesuai standar ITF/CBA|sesuai perjanjian kerja laut (PKL)], [kontrak 9 bulan|kontrak 8-10 bulan].
[Syarat|Persyaratan]: [buku pelaut, BST, sertifikat keahlian|BST, SCRB, AFF, MEFA, buku pelaut aktif], [paspor|paspor aktif], [pengalaman di kapal niaga min. 1 tahun|sea time min. 12 bulan].
[Tiket ke pelabuhan sign-on ditanggung perusahaan.|Tiket join kapal ditanggung.|Tiket PP ditanggung pemilik kapal.]
[PKL ditandatangani di Syahbandar.|Perjanjian kerja laut disahkan Syahbandar.][?
{lo_faq}]
[Tidak ada biaya penempatan.|Tidak dipungut biaya.] [Kirim CV ke|Email] crewing@samudrabahari.co.id""", n=13),

    T("id-lo-chat-012", "legit_overseas", "chat", """[?{lo_caps}{cr_sep} ][Buat yg mau kerja ke Jepang|Yg minat Tokutei Ginou|Info SSW Jepang] {emo} [syaratnya|wajib] [JFT-Basic A2 atau JLPT N4|N4/JFT] + [tes skill sektor|ujian keterampilan], [daftarnya lewat P3MI/LPK resmi|lewat lembaga yg terdaftar], [gaji|gajinya] [sekitar {jpy_pay}|{jpy_pay}], [tiket biasanya ditanggung perusahaan Jepang|tiket ditanggung pemberi kerja]. [Jgn percaya yg janji tanpa tes|Cek izinnya di SISKOP2MI] {emoji_calm}""", n=15),
]

TEMPLATES += [
    T("id-lo-ad-013", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Pengumuman Hasil Ujian EPS-TOPIK CBT|PENGUMUMAN KELULUSAN EPS-TOPIK|Hasil Tes Keterampilan EPS Korea] [{romawi}/2025|Tahun 2025]
[Nomor|No.]: {peng}
[Peserta yang dinyatakan lulus|Daftar peserta lulus] [dapat dilihat di|tersedia di] [laman eps.go.kr dan SISKOP2MI|siskop2mi.bp2mi.go.id|papan pengumuman BP3MI].
[Peserta lulus wajib|Selanjutnya peserta wajib] [mengunggah dokumen dan memilih sektor {sektor_kr}|melengkapi dokumen job seeker roster|melakukan medical check-up di sarana kesehatan yang ditunjuk] [paling lambat {tgl} {bulan} 2025|sesuai jadwal].
[Proses selanjutnya: penerbitan SLC, CCVI, visa E-9, pelatihan pra-kerja, OPP, keberangkatan.|Setelah terpilih pemberi kerja, peserta menandatangani SLC lalu mengurus visa E-9.]
[Gaji sesuai upah minimum Korea|Upah minimum Korea 2025] {krw_pay}[, tiket keberangkatan ditanggung|, biaya tiket diatur sesuai ketentuan|].
[Tidak ada pungutan biaya di luar ketentuan resmi.|KP2MI tidak bekerja sama dengan calo.|Hati-hati penipuan yang menjanjikan pemberi kerja lebih cepat.][?
{lo_faq}]
{lo_mid}""", n=13),

    T("id-lo-ad-014", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Program Pekerja Musiman Korea (Visa E-8)|Rekrutmen Pekerja Musiman Pertanian Korea|Seasonal Worker Program Korea - Kerja Sama Pemerintah Daerah]
[Pemerintah Kabupaten {kab}|Pemkab {kab} melalui Disnaker] [bekerja sama dengan|berdasarkan MoU dengan] [pemerintah kota di Provinsi Jeolla Selatan|pemerintah daerah di Korea Selatan|Kabupaten mitra di Gangwon] [membuka pendaftaran|merekrut] [pekerja musiman sektor pertanian|tenaga kerja musiman].
[Durasi kerja|Kontrak]: [5 bulan|8 bulan|5-8 bulan], [visa E-8|visa kerja musiman E-8].
[Gaji|Upah]: [sesuai upah minimum Korea (± Rp 22-24 juta/bulan)|{krw_pay}], [akomodasi disediakan petani pemberi kerja|tempat tinggal disediakan].
[Syarat|Persyaratan]: [warga {kab}|ber-KTP {kab}], [usia 30-55 tahun|usia 25-50 tahun], [sudah menikah|berpengalaman bertani], [sehat|lulus medical].
[Seleksi di kantor Disnaker, tanpa biaya perantara.|Pendaftaran langsung ke Disnaker, tidak melalui calo.|Tidak dipungut biaya pendaftaran.][?
{lo_faq}]
[Info|Narahubung]: [Disnaker {kab}|Bidang Penempatan] {phone_id}""", n=12),

    T("id-lo-ad-015", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Rekrutmen Perawat ke Jerman (G to G)|Program Perawat Indonesia ke Jerman|LOWONGAN PERAWAT JERMAN - Jalur Resmi]
[Program kerja sama pemerintah Indonesia dan Jerman|Skema G to G antara KP2MI dan badan tenaga kerja Jerman] [membuka pendaftaran|menerima kandidat] [perawat|Pflegefachkraft].
[Syarat|Persyaratan]: [lulusan D3/S1/Ners Keperawatan|D3 Keperawatan atau Ners], [STR aktif|memiliki STR], [usia maks. 40 tahun|usia 21-40 tahun], [bersedia kursus bahasa Jerman hingga B1/B2|siap belajar bahasa Jerman sampai B1].
[Fasilitas|Benefit]: [kursus bahasa Jerman gratis|pelatihan bahasa gratis], [tiket ditanggung pemberi kerja|tiket pesawat ditanggung], [pendampingan penyetaraan ijazah (Anerkennung)|bantuan pengakuan kualifikasi].
[Gaji|Penghasilan]: [EUR 2.800-3.400 bruto per bulan setelah pengakuan|sekitar EUR 2.500 selama masa adaptasi, naik setelah diakui|± Rp 45 juta bruto].
[Tidak dipungut biaya penempatan.|Program ini zero cost bagi kandidat.|Tidak ada biaya dari kandidat.]
[Pendaftaran|Daftar] [melalui SISKOP2MI|di laman resmi KP2MI] [sampai {tgl} {bulan} 2025|sebelum {tgl} {bulan}].[?
{lo_faq}]
{lo_verif}""", n=12),

    T("id-lo-ad-016", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Working Holiday Visa Australia (SDUWHV)|Info Resmi Work and Holiday Visa Australia|Pendaftaran Surat Dukungan WHV Australia]
[Direktorat Jenderal Imigrasi|Imigrasi] [membuka pendaftaran|membuka kuota] Surat Dukungan Work and Holiday Visa (SDUWHV) [tahun 2025|periode 2025/2026].
[Kuota|Kuota total]: [5.000|4.100|{count}00] [peserta|orang].
[Syarat|Persyaratan]: [usia 18-30 tahun|berusia 18 s.d. 30 tahun], [pendidikan min. D3/S1 (atau 2 tahun kuliah)|ijazah diploma/sarjana], [IELTS min. 4.5 atau setara|skor bahasa Inggris sesuai ketentuan], [bukti dana min. AUD 5.000|rekening tabungan min. AUD 5.000].
[Pendaftaran online melalui laman resmi imigrasi, tidak melalui agen.|Daftar sendiri melalui situs imigrasi; tidak ada agen resmi.|Proses mandiri secara online.]
[Peserta boleh bekerja di Australia (pertanian, perhotelan, dll.) dengan upah minimum sekitar AUD 24 per jam.|Upah kerja di Australia sesuai aturan setempat, ± AUD 23-25/jam.][?
{lo_faq}]
[Waspada agen yang menjanjikan visa pasti tembus dengan biaya puluhan juta.|Tidak ada jaminan kelulusan dari pihak mana pun.|Hati-hati pihak yang menjual slot WHV.]""", n=12),

    T("id-lo-chat-017", "legit_overseas", "chat", """[?{lo_caps}{cr_sep} ][Mba|Kak|Bu], [PT kami|{p3mi}] [resmi terdaftar di KP2MI|punya izin SIP3MI], [ada job order|lagi buka] [Hong Kong PLRT|Taiwan panti jompo|Jepang SSW kaigo|Malaysia kilang], [gaji|upah] [{hkd_pay}|{twd_pay}|{jpy_pay}|RM 1.700 + OT]. [Proses sekitar 3-4 bulan (BLK, medical, OPP)|Pelatihan di BLK dulu ± 2 bulan|Wajib tes bahasa dulu], [silakan datang ke kantor cabang {kota}|bisa datang langsung ke kantor] {emoji_calm}""", n=15),

    T("id-lo-ad-018", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Program Pemagangan ke Jepang (Kemnaker)|Seleksi Peserta Magang Jepang (IM Japan)|PENDAFTARAN MAGANG JEPANG TAHUN 2025]
[Kementerian Ketenagakerjaan|Kemnaker bekerja sama dengan IM Japan|Disnaker {kab}] [membuka seleksi|menerima pendaftaran] [peserta pemagangan ke Jepang|calon peserta program magang Jepang].
[Syarat|Persyaratan]: [pria usia 18-26 tahun|pria/wanita 19-28 tahun], [pendidikan min. SMA/SMK|lulusan SMA sederajat], [tinggi badan min. 160 cm|sehat jasmani], [belum pernah ke Jepang|tidak bertato dan tidak bertindik (pria)].
[Tahapan|Seleksi]: [tes matematika dasar, kesamaptaan, wawancara, medical|seleksi administrasi, fisik, tertulis, wawancara, kesehatan].
[Peserta lulus mengikuti pelatihan bahasa Jepang ± 4 bulan sebelum berangkat.|Pelatihan pra-pemberangkatan gratis di balai latihan.]
[Uang saku|Penghasilan] [sekitar JPY 120.000-160.000 per bulan|± ¥130.000-150.000 per bulan|sesuai upah minimum prefektur], [tiket ditanggung program|tiket keberangkatan ditanggung].[?
{lo_faq}]
[Seleksi tidak dipungut biaya.|Gratis, tidak ada biaya.|Tidak melalui calo.] [Pendaftaran di Disnaker {kab}|Daftar di kantor Disnaker setempat].""", n=12),
]

_hw("lo", "legit_overseas", "chat", """
Info resmi: pendaftaran EPS-TOPIK sektor manufaktur dibuka lewat SISKOP2MI. Biaya ujian USD 28, usia 18-39, min SMP. Tidak ada jalur khusus berbayar, jangan percaya calo ya 🙏
~~
Alhamdulillah aku lulus EPS-TOPIK 🇰🇷😭 Sekarang nunggu dipilih majikan. Gaji nanti sekitar 2,1 juta won per bulan, tiket berangkat juga diatur resmi. Doain ya gaes
~~
Kak, job order Taiwan panti jompo masih ada? Aku lulusan D3 keperawatan, umur 26. Katanya gajinya NT$28.590 ya kak?
~~
Iya mbak, job order Taiwan kami resmi, sudah legalisasi KDEI. Tiket, visa, medical ditanggung majikan, diganti setelah sampai. Silakan datang ke kantor cabang Semarang bawa KTP & ijazah 😊
~~
Adikku berangkat ke Hong Kong Sabtu ini lewat PT resmi. Udah OPP di BP3MI, kontrak 2 tahun, gaji HK$4.990 + uang makan. Semoga majikannya baik 🤲
~~
JOB ORDER JEPANG SSW 🇯🇵 Sektor pengolahan makanan, syarat JFT-Basic A2 + tes skill, gaji ± JPY 190.000, tiket ditanggung perusahaan. Info di LPK resmi kami, cek izin di SISKOP2MI ya
~~
Bapak/Ibu, pendaftaran pekerja musiman Korea (E-8) untuk warga Kabupaten kami dibuka di Disnaker mulai Senin. Tidak ada biaya, tidak lewat calo. Kontrak 5 bulan di pertanian
~~
Aku baru selesai medical check-up buat Taiwan. Habis ini nunggu visa, terus OPP. Tiket dibayarin majikan nanti diganti, jadi aku cuma siapin uang saku aja ✈️
~~
Gaes, jangan bayar siapa pun yang janji bisa berangkat Korea tanpa tes. EPS itu G to G, daftar sendiri di siskop2mi, biaya cuma USD 28. Share ke saudara di kampung!
~~
Kakakku lolos program G to G perawat ke Jepang, sekarang lagi kursus bahasa Jepang 6 bulan, gratis semua. Nanti gajinya setara perawat Jepang 🥹
~~
Mau tanya, kalau mau ke Jepang jalur Tokutei Ginou, JLPT N4 aja cukup atau harus JFT? Terus P3MI yang terdaftar dicek di mana ya?
~~
Bisa pakai JLPT N4 atau JFT-Basic A2 kak, ditambah tes skill sesuai sektor. Cek P3MI di SISKOP2MI atau tanya BP3MI provinsi ya 🙏
~~
Info bursa kerja luar negeri Disnaker Indramayu Kamis besok, ada 15 P3MI resmi dengan job order Taiwan, Jepang, Korea, Hong Kong. Gratis, bawa KTP & ijazah
~~
Suami saya kerja di kapal kargo lewat manning agency resmi, gajinya USD 1.300, kontrak 9 bulan, PKL ditandatangani di Syahbandar. Alhamdulillah lancar
~~
Yang minat Working Holiday Visa Australia, daftarnya sendiri lewat web imigrasi ya, bukan lewat agen. Usia 18-30, butuh IELTS 4.5 dan dana AUD 5.000
~~
Halo mbak, kami dari PT Karya Mandiri Sejahtera (P3MI resmi). Ada job order pabrik elektronik Taiwan, usia 20-35, kontrak 3 tahun. Mohon datang ke kantor untuk seleksi, tidak ada biaya pendaftaran
~~
Bu, anak ibu sudah terdaftar di SISKOP2MI untuk penempatan Hong Kong. Jadwal pelatihan di BLK mulai tanggal 12. Mohon bawa surat izin keluarga yang sudah ditandatangani kades
~~
Lulus tes keterampilan kaigo 🎉 JFT-Basic juga udah A2. Tinggal nunggu matching sama panti lansia di Osaka. Gaji sekitar 200 ribu yen, ada asrama
~~
Info untuk calon PMI Korea: yang lulus EPS-TOPIK dan sudah dapat SLC, jadwal pelatihan pra-pemberangkatan diumumkan di BP3MI. Jangan percaya pihak yang minta uang untuk "mempercepat" majikan
~~
Pak, saya mau daftar job order Malaysia kebun sawit. Apa benar gaji RM 1.700 dan tiket ditanggung majikan? Kontraknya berapa tahun?
~~
Benar pak, RM 1.700 sesuai gaji minimum Malaysia, ditambah lembur. Kontrak 2 tahun, permit kerja resmi, tiket & medical ditanggung majikan. Silakan ke kantor kami bawa KTP
~~
Teman2 yang kerja di Taiwan, gaji NT$28.590 itu sebelum potongan asuransi & makan ya. Tetap lebih dari 14 juta rupiah. Yang penting lewat P3MI resmi biar dilindungi
~~
Korea E-9 gaji emang gede, bisa 25-30 juta sama lembur. Tapi wajib lulus EPS-TOPIK & skill test. Aku 2 tahun belajar baru lulus 😅 semangat yg lagi belajar!
~~
Pengumuman: Sosialisasi peluang kerja ke Jepang (SSW & magang) di Balai Desa Sukamaju, Rabu jam 9 pagi. Narasumber dari BP3MI dan Disnaker. Gratis untuk umum
~~
Bapak ibu yang anaknya mau kerja ke luar negeri, pastikan lewat P3MI resmi. Job order Hong Kong & Taiwan bisa dicek di SISKOP2MI. Konsultasi gratis di LTSA kabupaten
~~
Udah keterima job order caregiver di Taichung 🇹🇼 Kontrak 3 tahun, gaji NT$28.590, libur seminggu sekali. Tiket nanti reimburse dari majikan. Deg2an tapi seneng
~~
Hari ini OPP di BP3MI, dijelasin hak-hak kita, BPJS Ketenagakerjaan, sama perjanjian kerja. Lusa terbang ke Hong Kong. Mohon doanya 🙏
~~
Kak aku lihat info G to G Jerman buat perawat, katanya gaji EUR 2.800. Itu resmi kah? Daftarnya di mana?
~~
Resmi kak, itu program pemerintah. Daftar lewat laman KP2MI/SISKOP2MI, gratis. Syaratnya D3/Ners, STR aktif, dan mau kursus Jerman sampai B1
~~
Lowongan ABK kapal niaga (oiler, AB), USD 1.100-1.400, kontrak 9 bulan. Agen berizin SIUPPAK, PKL di Syahbandar. Kirim CV ke email crewing kami
~~
JOB ORDER TAIWAN 🇹🇼 PABRIK PLASTIK
Gaji NT$28.590 + lembur
Kontrak 3 tahun
Tiket, visa, medical ditanggung majikan
Usia 20-35, min SMP
Job order legal KDEI
Daftar di P3MI resmi, kantor Cilacap
~~
Info SSW Jepang 🇯🇵
Sektor: restoran (gaishoku)
Syarat: JFT-Basic A2/JLPT N4 + tes skill gaishoku
Gaji: ± ¥185.000/bulan
Tiket ditanggung perusahaan Jepang
Pendaftaran melalui LPK & P3MI terdaftar
~~
Hari ini aku resmi tanda tangan perjanjian kerja di depan petugas, besok berangkat ke Korea 🇰🇷 Visa E-9 sudah jadi. Terima kasih keluarga yang selalu dukung ❤️
~~
Lulusan SMK yang minat magang ke Jepang, seleksi program pemagangan Kemnaker dibuka di Disnaker kota. Gratis, tanpa calo. Syarat pria 18-26, tinggi min 160
~~
Kalian yang mau ke Korea jangan mau diiming-imingi "jalur cepat" bayar puluhan juta. Jalur resmi cuma EPS lewat KP2MI. Daftar, tes, tunggu majikan. Sabar aja
~~
Kak, visa Taiwan aku udah keluar 😭 Tiket berangkat tanggal 18 dari Juanda. Nanti dijemput agensi Taiwan di bandara terus ke asrama pabrik. Tiketnya dibayar majikan
~~
Mohon info untuk peserta EPS yang lulus: unggah dokumen ke SISKOP2MI paling lambat akhir bulan. Medical check-up hanya di sarana kesehatan yang ditunjuk KP2MI
~~
Job order Hong Kong, majikan keluarga 4 orang, jaga 1 lansia. Gaji HK$4.990 + food allowance. Kontrak 2 tahun, libur tiap Minggu. Via P3MI resmi terdaftar KJRI
~~
Sepupuku di Jepang program SSW pertanian, gajinya 180 ribu yen lebih, dipotong asrama 25 ribu. Masih bisa nabung 8-10 juta per bulan. Resmi lewat LPK
~~
Pengumuman kuota EPS-TOPIK perikanan tahun ini 1.200 orang. Pendaftaran online, jangan titip ke siapa pun. Pengumuman resmi hanya dari KP2MI & BP3MI
~~
Ibu2, kalau ada yang nawarin kerja ke Hong Kong, tanya nama PT-nya terus cek di siskop2mi. Yang resmi pasti ada job order dan perjanjian kerja 👍
~~
Kontrak kerja di Taiwan aku 3 tahun, udah diperpanjang sekali. Gaji naik jadi NT$29.000 lebih. Alhamdulillah bisa bangun rumah 🏡
~~
Bagi yang sudah lulus JFT-Basic, kami ada job order kaigo di Nagoya. Gaji ¥200.000, asrama disediakan, tiket ditanggung. LPK & P3MI resmi, hubungi 0813-2207-6615
~~
Anakku lulus seleksi magang Jepang dari Disnaker, sekarang pelatihan di balai 4 bulan. Semua gratis, cuma disuruh bawa perlengkapan pribadi. Bangga 🥲
~~
Tes kemampuan EPS-TOPIK besok ya gaes, jangan lupa bawa paspor dan kartu ujian. Lokasi di UPT BP2MI. Semangat!! 💪🇰🇷
~~
Bu, adik ibu yang mau ke Malaysia lewat PT kami sudah dapat calling visa. Jadwal medical FOMEMA dan OPP minggu depan ya. Tiket ditanggung majikan
~~
Pendaftaran Work and Holiday Visa Australia tahun ini dibuka bulan depan di laman imigrasi. Tidak ada agen resmi, daftar mandiri saja. Kuota terbatas
~~
Program G to G Jepang untuk careworker: gratis pelatihan bahasa, gaji setara WNI Jepang, tiket ditanggung. Syarat D3 keperawatan/kebidanan. Daftar di SISKOP2MI
~~
Buat yg tanya gaji di Korea: upah minimum 2025 sekitar 2,09 juta won, belum lembur. Kalau rajin lembur bisa 2,5-3 juta won. Tapi itu lewat jalur resmi EPS ya
~~
Bro gue udah 3 tahun di Busan, kerja pabrik komponen mobil lewat EPS. Gaji 2,4 juta won. Kalo mau nyusul belajar TOPIK dulu, gak ada jalan pintas
""", 101)


# =====================================================================================
# legit_local_hotspot: genuine jobs located in Cambodia / Thailand / Philippines (hard negatives)
# =====================================================================================
TEMPLATES += [
    T("id-lh-ad-001", "legit_local_hotspot", "ad", """[?{lh_head}
][?Sudah tinggal di Phnom Penh atau siap pindah?
][Lowongan Kerja di Phnom Penh|Vacancy: Phnom Penh, Cambodia|LOWONGAN - PHNOM PENH][ (via CamHR)| (diposting di BongThom)| (Everjobs)|]
[Perusahaan|Employer]: {pp_emp}
[Posisi|Position]: [Indonesian Chef|Supervisor Dapur (masakan Indonesia)|Marketing Officer (Bahasa Indonesia & Inggris)|Guru Bahasa Indonesia|Finance Officer|Export Coordinator|Guest Relations Officer]
[Jenis kontrak|Contract]: [UDC|FDC 1 tahun|FDC 2 tahun], [masa percobaan 3 bulan|probation 3 months]
[Jam kerja|Working hours]: [Senin-Sabtu 08.00-17.00|Mon-Fri 8:00-17:00, Sat 8:00-12:00|shift 8 jam, 6 hari/minggu]
[Gaji|Salary]: [USD 800-1,200|USD 1,000 (nego sesuai pengalaman)|USD 700 + service charge|{usd_normal} - USD 1,100] [per bulan|/month]
[Kualifikasi|Requirements]: [pengalaman min. 2 tahun di posisi serupa|D3/S1 terkait, pengalaman min. 3 tahun|sertifikat kompetensi + pengalaman 3 tahun], [bahasa Inggris aktif|bisa bahasa Inggris; bahasa Khmer nilai plus|bahasa Mandarin nilai plus].
[Perusahaan mengurus visa bisnis (E-class) dan work permit dari Kementerian Tenaga Kerja Kamboja.|Work permit dan visa E diurus perusahaan sesuai hukum Kamboja.|Kami membantu pengurusan work permit resmi.]
[Lamaran dikirim ke|Send CV to] {company_email} [sebelum {tgl} {bulan} 2025|paling lambat {tgl} {bulan}]. [Wawancara dilakukan di kantor kami di BKK1, Phnom Penh, atau online untuk kandidat luar negeri.|Interview 2 tahap (online + on-site).|Kandidat terpilih akan dihubungi untuk interview.]""", n=15),

    T("id-lh-ad-002", "legit_local_hotspot", "ad", """[?{lh_head}
][?Sudah tinggal di Bangkok atau siap pindah?
][Lowongan Kerja di Bangkok|LOWONGAN KERJA THAILAND - Perusahaan Indonesia|Karier di Bangkok] {emoji_calm}
{bkk_emp} [mencari|membutuhkan] [Sales Manager (pasar Indonesia)|Staf Administrasi Ekspor-Impor|Koki Masakan Indonesia|Tour Leader berbahasa Indonesia|Account Executive|Staf Keuangan (bilingual)].
[Lokasi|Kantor]: [Sukhumvit, Bangkok|Sathorn, Bangkok|Silom, Bangkok|Bang Na, Bangkok]
[Gaji|Salary]: [THB 45,000-60,000|THB 35,000 + komisi|{thb_normal} - THB 40,000|THB 50,000 (nego)] per bulan
[Kontrak|Contract]: [1 tahun, dapat diperpanjang|2 tahun|karyawan tetap setelah probation 119 hari]
[Fasilitas|Benefits]: [social security Thailand, asuransi kesehatan, cuti 10 hari|asuransi, bonus tahunan, cuti tahunan|social security, uang makan, seragam]
[Kami mengurus visa Non-Immigrant B dan work permit sesuai aturan Thailand.|Visa Non-B dan izin kerja diurus perusahaan.|Work permit resmi dari Department of Employment.]
[Syarat|Requirements]: [S1, pengalaman 3 tahun|pengalaman min. 2 tahun|sertifikat memasak + pengalaman 3 tahun], [bahasa Inggris lancar|bahasa Inggris aktif, Thai nilai plus].
[Kirim CV dan portofolio ke|Email CV ke] {company_email} [atau hubungi|/ HR:] {phone_th}""", n=15),

    T("id-lh-ad-003", "legit_local_hotspot", "ad", """[?{lh_head}
][?Sudah tinggal di Manila atau siap pindah?
][Lowongan Kerja Manila|Vacancy in Manila, Philippines|LOWONGAN FILIPINA (Makati/BGC)]
[{mnl_emp} [membuka posisi|is hiring]: [Indonesian Account Manager|Business Development Officer].
[Gaji|Salary]: [PHP 60,000-80,000|PHP 70,000] per bulan, HMO & 13th month pay.
[Syarat|Requirements]: [S1, pengalaman 3 tahun di bidang penjualan B2B|fluent in English and Bahasa Indonesia, 3+ years experience].|Harbour BPO Makati [membuka posisi|is hiring]: Customer Support (Bahasa Indonesia).
[Gaji|Salary]: ₱45,000 + night differential per bulan, HMO & 13th month pay.
[Syarat|Requirements]: [pengalaman BPO min. 1 tahun|pengalaman CS min. 1 tahun, bahasa Inggris lancar].|{mnl_emp} [membuka posisi|is hiring]: [Logistics Coordinator|Export Documentation Staff].
[Gaji|Salary]: {php_normal} - ₱40,000 per bulan, HMO.
[Syarat|Requirements]: [S1, pengalaman 2 tahun di logistik|paham dokumen ekspor-impor].|Bali Rasa Restaurant BGC [membuka posisi|is hiring]: Koki Masakan Indonesia.
[Gaji|Salary]: PHP 50,000 + service charge per bulan, 13th month pay.
[Syarat|Requirements]: [pengalaman 5 tahun di dapur restoran Indonesia|sertifikat kompetensi tata boga + pengalaman 3 tahun].]
[Lokasi|Location]: [Makati City|BGC, Taguig|Pasay City], [Metro Manila|Filipina].
[Kontrak|Contract]: [karyawan tetap setelah 6 bulan probation|kontrak 1 tahun dapat diperpanjang].
[Visa kerja 9(g) dan Alien Employment Permit (AEP) dari DOLE diurus perusahaan.|AEP dan visa kerja 9G diproses resmi oleh perusahaan.|Work visa 9(g) disponsori perusahaan.]
[Lamar via|Apply via] {company_email}[, interview online lalu on-site|; kandidat terpilih dihubungi HR|].""", n=13),

    T("id-lh-chat-004", "legit_local_hotspot", "chat", """[Info loker|Loker] [Phnom Penh|di Phnom Penh] {emoji_calm} [resto Indonesia|{pp_emp}] [butuh|cari] [koki masakan Indonesia|supervisor|admin keuangan|guru bahasa Indonesia], [gaji|salary] [USD 700-900|{usd_normal}|USD 1,000], [work permit diurus resmi|kontrak FDC 1 th + work permit], [pengalaman min 2 th|wajib pengalaman]. [Email CV ke|Kirim CV] {company_email}""", n=13),

    T("id-lh-chat-005", "legit_local_hotspot", "chat", """[Kantor cabang kami di Bangkok|Perusahaan kami di Bangkok|Hotel tempatku kerja di Sukhumvit] [butuh|lagi cari] [staf berbahasa Indonesia|guest relation yg bisa bahasa Indonesia|sales untuk pasar Indonesia], [gaji|gj] [{thb_normal}|THB 30.000-40.000], [visa Non-B & work permit diurus|kontrak 1 th resmi], [min. pengalaman 2 th|S1]. [Info lengkap di|Lowongannya ada di] [JobThai|JobsDB|LinkedIn kantor] {emo}""", n=13),

    T("id-lh-ad-006", "legit_local_hotspot", "ad", """[?{lh_head}
][?Sudah tinggal di negara penempatan atau siap pindah?
][Lowongan Staf Lokal KBRI|Rekrutmen Staf Lokal Perwakilan RI|PENGUMUMAN REKRUTMEN PEGAWAI SETEMPAT]
[KBRI Phnom Penh|KBRI Bangkok|KBRI Manila|Perwakilan RI] [membuka penerimaan|membutuhkan] [Pegawai Setempat|staf lokal] untuk posisi [staf administrasi konsuler|pengemudi|staf protokol|staf pelindungan WNI|staf keuangan].
[Persyaratan|Syarat]: [WNI atau warga setempat|WNI yang berdomisili di negara akreditasi], [usia 22-40 tahun|usia maks. 40 tahun], [pendidikan min. S1 (kecuali pengemudi: SMA)|S1 semua jurusan], [bahasa Inggris aktif, bahasa setempat nilai plus|mampu berbahasa Inggris].
[Gaji|Penghasilan]: [sesuai ketentuan Kemlu untuk pegawai setempat|sesuai standar Perwakilan RI], [kontrak 1 tahun dapat diperpanjang|kontrak tahunan].
[Lamaran dikirim melalui email resmi perwakilan paling lambat {tgl} {bulan} 2025.|Berkas diserahkan langsung ke bagian umum perwakilan.|Pendaftaran melalui email resmi yang tercantum di situs Kemlu.]
[Seleksi: administrasi, tes tertulis, wawancara.|Tahapan seleksi: berkas, tes bahasa Inggris, wawancara.] [Tidak dipungut biaya.|Seluruh proses gratis.]""", n=12),
]

_hw("lh", "legit_local_hotspot", "chat", """
Lowongan di Phnom Penh: Warung Nusantara cari koki masakan Indonesia, pengalaman min. 3 tahun, gaji USD 800 + makan, kontrak FDC 1 tahun, work permit diurus resmi. Kirim CV ke hr@mekongtrading.com.kh
~~
Kantor kami di Bangkok (perusahaan semen Indonesia) butuh staf akuntansi bilingual, S1, 3 th pengalaman. THB 45,000, visa Non-B & work permit resmi. Lamar via LinkedIn ya 🙏
~~
Sekolah Indonesia di Bangkok buka lowongan guru SD untuk tahun ajaran baru. Syarat S1 PGSD, pengalaman 2 tahun. Gaji sesuai ketentuan, tiket & visa diurus sekolah
~~
Info: hotel di BGC Manila cari chef masakan Indonesia untuk restoran Asia mereka. PHP 75,000, kontrak 2 tahun, AEP & visa 9G diurus. Interview online dulu
~~
Temen2 yg di Phnom Penh, NGO tempatku kerja cari project officer, USD 900, kontrak 1 th, Mon-Fri. Bahasa Inggris wajib. Link lowongan ada di CamHR
~~
Pabrik garmen milik pengusaha Indonesia di Phnom Penh butuh QC supervisor berpengalaman 5 tahun. Gaji USD 1.200, kontrak FDC 2 tahun, work permit legal. Kirim CV via email perusahaan
~~
KBRI Phnom Penh buka rekrutmen pegawai setempat bagian konsuler, usia 22-40, S1, bisa bahasa Inggris. Lamaran lewat email resmi KBRI sampai akhir bulan
~~
Aku kerja di cabang perusahaan logistik Indonesia di Bangkok udah 2 tahun, resmi pakai work permit. Sekarang kantor nyari admin ekspor lagi, gaji THB 35.000. Minat japri, nanti aku kirim link lowongannya
~~
Lowongan tour leader berbahasa Indonesia untuk agen travel di Bangkok, pengalaman min 2 th, THB 30.000 + tips + komisi. Kontrak resmi, work permit diurus
~~
Bank di Phnom Penh cari relationship officer yang bisa bahasa Indonesia & Inggris untuk nasabah korporat Indonesia. USD 1,300, kontrak UDC, asuransi kesehatan. Apply lewat website bank
~~
Restoran Padang di Bangkok (Silom) butuh juru masak, pengalaman 3 th. Gaji THB 25.000 + makan + akomodasi, kontrak 2 tahun, visa kerja resmi. Hub HR +66 81-442-9017
~~
Lowongan Manila: BPO Makati butuh CS bahasa Indonesia untuk klien e-commerce, ₱45,000 + night diff + HMO. Perusahaan sponsor visa 9(g) & AEP DOLE. Minimal 1 th pengalaman CS
~~
Dear all, kantor kami (trading sawit) di Phnom Penh cari finance officer, WNI, S1 akuntansi, USD 1,000. Kontrak resmi, work permit via Kemenaker Kamboja. Email: recruitment@mekongtrading.com.kh
~~
Resort di Siem Reap cari spa manager dari Bali, pengalaman 5 th, USD 1,100 + akomodasi, kontrak 2 th, work permit diurus. Interview via Zoom lalu kunjungan ke lokasi
~~
Lowongan dosen tamu bahasa Indonesia di universitas di Bangkok, S2, kontrak 1 semester. Honor sesuai aturan universitas. Info di pengumuman fakultas
~~
Teman2 di Manila, restoran Bali Rasa BGC cari 2 cook & 1 kasir, PHP 25,000-30,000 + service charge. Karyawan lokal atau yang sudah punya izin kerja
~~
Cari kerja di Bangkok? Perusahaan furniture Jepara buka showroom di Bang Na, butuh sales bilingual (Indonesia-Inggris), THB 40.000 + komisi. Visa Non-B diurus. Interview di kantor Jepara
~~
Update lowongan Phnom Penh: perusahaan kopi Indonesia (cabang Kamboja) butuh area sales supervisor. Wajib pengalaman FMCG 3 th. USD 1.000 + motor + bonus. Work permit legal
~~
Kami dari sekolah internasional di Phnom Penh membuka posisi guru bahasa Indonesia paruh waktu (10 jam/minggu). USD 15/jam. Pelamar sebaiknya sudah tinggal di Phnom Penh
~~
Alhamdulillah suamiku diterima jadi engineer di pabrik semen patungan Indonesia-Thailand di Saraburi. Kontrak 2 tahun, visa kerja resmi, kami sekeluarga pindah bulan depan 🥹🇹🇭
""", 101)


SLOTS.update({
    "aw_quote": ['"dicari CS, gaji {idr_high}, tiket dan mess gratis"', '"kerja admin di Thailand, gaji USD 1.000, tanpa pengalaman"',
                 '"loker operator komputer Kamboja, cukup bisa mengetik, berangkat cepat"', '"lowongan marketing online gaji 15 juta, visa diurus"',
                 '"admin crypto, gaji dolar, tiket PP gratis"', '"kerja kantoran di luar negeri, tidak perlu ijazah"',
                 '"staf dapur di hotel Thailand, gaji 14 juta, tiket ditanggung"'],
    "aw_place": ["Kamboja", "Myanmar", "Kamboja dan Myanmar", "Myawaddy, Myanmar", "Sihanoukville, Kamboja", "Bavet, Kamboja",
                 "perbatasan Myanmar-Thailand", "Kawasan Ekonomi Khusus Segitiga Emas, Laos", "Poipet, Kamboja"],
    "aw_agency": ["Kementerian Luar Negeri", "Kemlu RI", "KBRI Phnom Penh", "KP2MI", "BP2MI", "Polri", "Bareskrim Polri",
                  "Disnaker Provinsi", "KBRI Yangon", "KBRI Bangkok", "Direktorat Pelindungan WNI"],
    "aw_ciri": ["gaji sangat tinggi untuk pekerjaan tanpa keahlian", "tiket, visa, dan mess gratis", "berangkat memakai visa turis",
                "interview hanya lewat chat atau video call", "gaji Rp 10-25 juta atau USD 800-1.500 tanpa syarat keahlian",
                "berangkat 3-7 hari setelah interview", "interview hanya 5-10 menit lewat Zoom", "kerja 12-16 jam sehari tanpa kontrak tertulis",
                "usia 18-35 tahun tanpa syarat ijazah", "perusahaan tidak jelas namanya", "diminta mengaku sebagai wisatawan",
                "paspor dibuatkan oleh perekrut", "kontak hanya lewat Telegram/WhatsApp", "harus berangkat secepatnya",
                "negara tujuan berbeda dari yang dijanjikan", "tidak terdaftar di SISKOP2MI"],
    "aw_q": ["Ditawari kerja ke luar negeri lewat medsos?", "Apakah lowongan ini resmi?", "Mau kerja ke luar negeri?", "Gaji {idr_high} tanpa pengalaman?",
             "Benarkah kerja di Kamboja gajinya {usd_high}?", "Tiket gratis, visa turis, berangkat 3 hari lagi?"],
    "aw_faq": ["Bagaimana ciri-cirinya? Gaji tinggi, syarat mudah, berangkat cepat. Apa yang harus dilakukan? Cek lowongan di SISKOP2MI dan laporkan ke polisi atau KP2MI.",
               "Tidak ada penempatan resmi PMI ke Kamboja. Bagaimana jika sudah terlanjur berangkat? Segera hubungi KBRI.",
               "Kenapa banyak yang tertipu? Karena iklannya meyakinkan dan sasarannya anak muda usia 18-35 tahun. Apa kata korban? \"Saya kira kerja kantoran biasa.\""],
    "aw_kicker": ["JAKARTA -", "SURABAYA -", "MEDAN -", "BREAKING:", "UPDATE:", "TERKINI:", "PERINGATAN!", "WASPADA!", "FAKTA:",
                  "{kota} ({tgl}/{romawi}) -", "INFOGRAFIS:", "⚠️ PENTING:", "🚨 AWAS!"],
    "aw_tail": ["[Nomor WhatsApp yang tercantum dalam iklan, {phone_kh}, telah dilaporkan untuk diblokir.|Akun perekrut yang memakai nomor {phone_id} kini diburu polisi.|Hingga {bulan} 2025, tercatat {count}0 laporan serupa.|Dalam sepekan terakhir, {count} laporan baru masuk ke posko pengaduan.] [Masyarakat diimbau memeriksa legalitas lowongan melalui SISKOP2MI, Disnaker, atau KBRI setempat.|Masyarakat yang menerima tawaran serupa diminta melapor ke call center KP2MI atau kepolisian terdekat.|Pemerintah menegaskan Kamboja bukan negara tujuan penempatan PMI.|Warga diminta tidak tergiur iming-iming gaji besar dan proses cepat.]"],
})

# =====================================================================================
# awareness: news, official warnings, NGO posts, survivor accounts, shared warnings
# =====================================================================================
TEMPLATES += [
    T("id-aw-news-001", "awareness", "news", """[?{aw_kicker} ][?{aw_q}
][{count} WNI Korban TPPO di {aw_place} Dipulangkan|Puluhan WNI Korban Online Scam di {aw_place} Tiba di Tanah Air|WNI Korban Penipuan Kerja di {aw_place} Berhasil Dipulangkan]
[{kota}|Jakarta] - [Sebanyak {count} warga negara Indonesia|{count} WNI] yang menjadi korban tindak pidana perdagangan orang (TPPO) di {aw_place} [tiba di Bandara Soekarno-Hatta|dipulangkan melalui Bandara Juanda|tiba di tanah air] pada {hari} ({tgl}/{romawi}).
[Para korban mengaku direkrut melalui iklan di Facebook yang berbunyi|Menurut keterangan korban, mereka tertarik dengan iklan lowongan kerja yang menjanjikan|Korban awalnya membaca unggahan di media sosial:] {aw_quote}.
[Setibanya di lokasi, paspor mereka ditahan dan mereka dipaksa menjadi operator penipuan daring selama 12-16 jam sehari.|Sesampainya di sana, korban dipaksa menipu orang lain melalui aplikasi dan mendapat hukuman jika tidak mencapai target.|Di sana korban dipekerjakan sebagai scammer, tidak digaji, dan diancam denda ribuan dolar jika ingin pulang.]
[Sebagian korban berangkat dengan visa turis melalui Thailand.|Korban diberangkatkan lewat Bangkok lalu dibawa melalui jalur darat.|Mereka berangkat secara non-prosedural tanpa tercatat di SISKOP2MI.][?
{aw_faq}]
{aw_tail}""", n=15),

    T("id-aw-news-002", "awareness", "news", """[?{aw_kicker} ][?{aw_q}
][IMBAUAN|Imbauan Resmi|PERHATIAN]: [Waspada Tawaran Kerja ke {aw_place}|Hati-hati Lowongan Kerja Bergaji Tinggi di Luar Negeri|Waspada Modus Penipuan Lowongan Kerja Online Scam]
[{aw_agency}|Pemerintah melalui {aw_agency}] kembali mengimbau masyarakat agar berhati-hati terhadap tawaran kerja [di {aw_place}|ke luar negeri] yang [beredar di media sosial|disebarkan melalui WhatsApp dan Telegram].
[Ciri-ciri yang perlu diwaspadai|Modus yang sering digunakan]:
1. {aw_ciri};
2. {aw_ciri};
3. {aw_ciri};
4. [posisi yang ditawarkan antara lain customer service, admin, operator, marketing, atau admin crypto|lowongan sering berbunyi "kerja kantoran, gaji dolar, tanpa pengalaman"].
[Pekerjaan tersebut pada kenyataannya adalah online scam dan judi online.|Banyak korban akhirnya dipaksa bekerja sebagai penipu daring.|Korban kerap mengalami kekerasan dan penyekapan.][?
{aw_faq}]
{aw_tail}""", n=15),

    T("id-aw-news-003", "awareness", "news", """[?{aw_kicker} ][?{aw_q}
][Polisi Tangkap Perekrut PMI Ilegal ke {aw_place}|Bareskrim Bongkar Jaringan TPPO Modus Lowongan CS|Sindikat Perekrut Korban Online Scam Diringkus]
[{kota}|Jakarta] - [Polisi menangkap {bln} tersangka|Aparat kepolisian meringkus {bln} orang] yang diduga merekrut warga [{kab}|dari beberapa daerah] untuk bekerja di {aw_place}.
[Tersangka memasang iklan di Facebook dan TikTok|Para pelaku menyebarkan lowongan di grup WhatsApp|Pelaku menawarkan pekerjaan lewat pesan pribadi] dengan [kalimat|tulisan] {aw_quote}.
[Korban dijanjikan gaji {idr_high} per bulan, tiket pesawat, dan tempat tinggal gratis.|Korban diinterview lewat Zoom, dibuatkan paspor, lalu diberangkatkan dalam hitungan hari.|Korban diminta mengaku sebagai wisatawan saat melewati imigrasi.]
[Setiap korban yang berhasil diberangkatkan, tersangka menerima komisi {idr_mid}.|Pelaku mendapat bayaran dari perusahaan di sana untuk setiap orang yang direkrut.]
[Para tersangka dijerat UU Nomor 21 Tahun 2007 tentang Pemberantasan TPPO dan UU Pelindungan Pekerja Migran Indonesia.|Tersangka terancam pidana penjara hingga 15 tahun.][?
{aw_faq}]
{aw_tail}""", n=14),

    T("id-aw-news-004", "awareness", "news", """[?{aw_kicker} ][?{aw_q}
][Kisah|Cerita] [{inisial}|{nama}], [Korban Lowongan CS di Kamboja|Lolos dari Sindikat Online Scam|Pemuda {kab} yang Terjebak di {aw_place}]
[{inisial} ({umur})|Seorang warga {kab}, {inisial} ({umur}),] [mengaku awalnya melihat unggahan|awalnya mendapat pesan dari kenalan] {aw_quote}. [Ia diwawancara lewat video call selama lima menit.|Proses rekrutmen hanya lewat chat Telegram.|Ia disuruh mengirim foto KTP dan paspor.]
"[Saya disuruh bilang ke imigrasi kalau mau liburan|Katanya kerjanya cuma balas chat customer|Saya kira kantornya di Bangkok], [ternyata kami dibawa naik mobil berjam-jam sampai ke perbatasan|tapi begitu sampai paspor langsung diambil|ternyata disuruh menipu orang lewat aplikasi]," [tuturnya|ujarnya|kata {inisial}].
[Ia baru bisa pulang setelah keluarganya melapor ke KBRI.|Setelah {bln} bulan, ia berhasil kabur dan dibantu KBRI.|Keluarganya sempat diminta tebusan Rp {count} juta.][?
{aw_faq}]
[{inisial} kini aktif mengingatkan warga desanya agar tidak tergiur loker serupa.|Ia berpesan agar warga memeriksa lowongan ke Disnaker sebelum berangkat.|"Jangan percaya gaji besar tanpa syarat," pesannya.]""", n=15),

    T("id-aw-chat-005", "awareness", "chat", """[⚠️|‼️|🚨] [WASPADA|Waspada|HATI-HATI] [loker|lowongan] [CS|admin|operator] [Kamboja|Thailand|Myanmar|luar negeri] [gaji besar|gaji 15jt|gaji dolar] [tiket gratis|tanpa pengalaman]! [Itu modus TPPO|Itu modus online scam|Banyak yg jadi korban perdagangan orang][ (iklannya janji {idr_high} + tiket PP)| Korban ada yg umur {umur} th!|]. [Cek dulu di BP2MI/SISKOP2MI|Cek di Disnaker dulu|Tanya KBRI dulu]. [Share ke keluarga ya|Tolong sebarkan|Sebarkan ke grup lain] {emoji_calm}[ Nomor perekrut yg lagi beredar: {phone_id}, jangan ditanggapi!| Kemarin ada {count} orang hampir berangkat!|]""", n=15),

    T("id-aw-chat-006", "awareness", "chat", """[Dek|Nak|Ponakan|Mas], [jangan mau|jgn gampang percaya|hati2 kalau] ditawari kerja [CS|admin|ngetik] di [Kamboja|Thailand|{aw_place}] [gaji belasan juta|gaji gede|yg katanya tiket gratis]. [Anak tetangga kita|Anaknya Bu {nama}|Temen sekolahmu dulu] [kena|jadi korban], [paspornya ditahan|disuruh nipu orang|sampai sekarang belum bisa pulang] {emo}""", n=15),

    T("id-aw-news-007", "awareness", "news", """[?{aw_kicker} ][?{aw_q}
][5 Ciri Loker Online Scam yang Wajib Kamu Tahu|Kenali Ciri Lowongan Kerja Palsu ke Luar Negeri|Infografis: Tanda-tanda Iklan Kerja yang Menjerumuskan ke TPPO] {emoji_calm}
[Belakangan marak|Banyak beredar] iklan seperti {aw_quote}. [Sebelum tergiur, cek ciri-ciri ini:|Waspadai jika:]
✅ {aw_ciri}
✅ {aw_ciri}
✅ {aw_ciri}
✅ [tidak ada nama perusahaan dan alamat yang jelas|kamu tidak menerima kontrak kerja resmi sebelum berangkat]
[Lowongan resmi selalu tercatat di SISKOP2MI, memakai visa kerja, dan melalui P3MI berizin.|Penempatan resmi pasti lewat P3MI terdaftar dan menggunakan visa kerja, bukan visa turis.][?
{aw_faq}]
[Simpan dan bagikan ke teman yang sedang cari kerja!|Bagikan agar tidak ada lagi korban.|#StopTPPO #MigrasiAman]""", n=14),

    T("id-aw-news-008", "awareness", "news", """[?{aw_kicker} ][?{aw_q}
][Imigrasi Tunda Keberangkatan {count} WNI Terduga Calon Korban TPPO|Petugas Imigrasi Gagalkan Keberangkatan Calon PMI Nonprosedural|Imigrasi Bandara Cegah WNI Berangkat ke Kamboja dengan Visa Turis]
[Petugas imigrasi Bandara Soekarno-Hatta|Imigrasi Bandara Ngurah Rai|Kantor Imigrasi Batam] [menunda keberangkatan|mencegah keberangkatan] {count} WNI [tujuan Phnom Penh|tujuan Bangkok|dengan tujuan akhir Kamboja] [yang mengaku hendak berwisata|yang menggunakan visa kunjungan].
[Saat diperiksa, mereka tidak dapat menjelaskan rencana perjalanan.|Dalam pemeriksaan, ditemukan percakapan dengan perekrut yang menawarkan pekerjaan sebagai {job_cs}.|Petugas menemukan pesan berbunyi {aw_quote} di ponsel salah satu penumpang.]
[Mereka mengaku dijanjikan gaji {idr_high} dan diminta mengaku sebagai turis.|Mereka diberangkatkan gratis oleh seseorang yang dikenal lewat media sosial.]
[Para calon korban diserahkan ke BP3MI untuk pendataan dan pendampingan.|Kasus ini diteruskan ke kepolisian untuk menelusuri perekrutnya.][?
{aw_faq}]
{aw_tail}""", n=13),

    T("id-aw-chat-009", "awareness", "chat", """[Pengumuman dari Pemdes|Info dari Pak Kades|Pesan dari Babinsa] [{kab}|Desa kami]: [warga jangan tergiur|mohon waspada] [tawaran kerja|loker] [ke Kamboja/Myanmar|ke luar negeri lewat medsos] [yang gajinya belasan juta|tanpa syarat]. [Kalau ada yang menawari|Jika ada perekrut datang], [lapor ke kantor desa atau Disnaker|hubungi perangkat desa] {emoji_calm}""", n=13),

    T("id-aw-news-010", "awareness", "news", """[?{aw_kicker} ][?{aw_q}
][Rute Baru Perekrutan: Lewat {decoy}, Berakhir di Kamboja|Modus Baru TPPO: Korban Diterbangkan ke Vietnam Lalu Dibawa ke Kamboja|Sindikat Ubah Rute, Korban Transit di Dubai dan Bangkok]
[Pemerintah mencatat perubahan pola perekrutan korban online scam.|Aparat menemukan pola baru pengiriman korban.] [Korban kini tidak langsung diterbangkan ke Phnom Penh, melainkan ke {decoy} terlebih dahulu.|Alih-alih langsung ke Kamboja, korban diterbangkan ke Ho Chi Minh City lalu dibawa jalur darat melewati Moc Bai.|Sebagian korban diinterview di Dubai sebelum dikirim ke kawasan perbatasan Myanmar.]
[Iklannya pun berubah: bukan lagi hanya CS, tetapi juga|Posisi yang ditawarkan kini beragam, termasuk] [koki, staf dapur, tukang kayu, hingga staf maskapai|pastry cook, kru kargo, dan pekerja resort].
[Salah satu iklan berbunyi|Contoh pesan yang diterima korban:] {aw_quote}.
[Modus lain: perekrut menawarkan kasbon untuk melunasi utang sebelum berangkat.|Perekrut juga menjanjikan "kantor aman, bukan perusahaan hitam".][?
{aw_faq}]
{aw_tail}""", n=13),

    T("id-aw-chat-011", "awareness", "chat", """[Aku|Saya] [pernah|hampir] [ketipu|kena|ditawari] loker [CS|admin] [Kamboja|Thailand] [kayak gini|yg mirip ini] {emo} [Katanya|Janjinya] [gaji 15jt, tiket gratis|kerja kantoran, visa turis aja|berangkat minggu depan]. [Untung|Alhamdulillah] [aku cek dulu ke BP2MI|ibu aku larang|aku tanya KBRI dulu]. [Jangan ada korban lagi ya|Hati2 semuanya|Tolong share] {emoji_calm}""", n=14),

    T("id-aw-news-012", "awareness", "news", """[?{aw_kicker} ][?{aw_q}
][Siaran Pers|Press Release|Rilis Resmi] [{aw_agency}|KBRI Phnom Penh] - [Penanganan WNI Bermasalah di Kamboja|Lonjakan Kasus WNI Online Scam|Perkembangan Kasus WNI di Kawasan Online Scam]
[Sepanjang tahun ini|Dalam tiga bulan terakhir] [KBRI Phnom Penh|Perwakilan RI] telah menangani [{count}0|ratusan] kasus WNI yang [bekerja di perusahaan online scam|terjebak di perusahaan penipuan daring].
[Sebagian besar direkrut lewat media sosial dengan janji|Umumnya mereka tergiur iklan dengan janji] [gaji USD 1.000-1.500|gaji belasan juta rupiah], [tiket dan akomodasi gratis|tanpa syarat pendidikan], [serta diberangkatkan memakai bebas visa ASEAN|dan tidak memiliki izin kerja].
[Perlu kami tegaskan bahwa Indonesia tidak memiliki perjanjian penempatan pekerja migran dengan Kamboja.|Kamboja bukan negara tujuan penempatan PMI.]
[WNI yang membutuhkan bantuan dapat menghubungi hotline KBRI.|Keluarga yang kehilangan kontak dengan kerabat di Kamboja diminta melapor ke Kemlu melalui Portal Peduli WNI.][?
{aw_faq}]
{aw_tail}""", n=13),

    T("id-aw-chat-013", "awareness", "chat", """[Min|Admin], [ini loker beneran gak|ini penipuan bukan] ya? [Katanya|Ditawarin] [CS di Kamboja gaji 14jt|admin di Thailand gaji 1000$|operator di Myanmar] [tiket gratis|berangkat pake visa turis]. [Kok kayaknya mirip berita TPPO|Takut kayak di berita|Aku ragu] {emo}""", n=14),

    T("id-aw-news-014", "awareness", "news", """[?{aw_kicker} ][?{aw_q}
][Komdigi Turunkan|Pemerintah Blokir|Ribuan Konten Lowongan Kerja Palsu Dihapus:] [{count}00 Konten Loker Palsu ke Kamboja dan Myanmar|Iklan Lowongan Kerja Berisiko TPPO]
[Kementerian Komunikasi dan Digital bersama KP2MI|Pemerintah melalui kerja sama lintas kementerian] [menurunkan|mengajukan penurunan] [{count}00|ribuan] konten lowongan kerja yang diduga mengarah ke TPPO.
[Konten tersebut umumnya berisi|Sebagian besar unggahan memuat] [tawaran gaji tinggi tanpa pengalaman, tiket dan akomodasi gratis, serta perusahaan yang diklaim bergerak di bidang investasi, e-commerce, atau IT|kata-kata seperti {aw_quote}].
[Platform yang paling banyak dipakai adalah Facebook, TikTok, Instagram, dan Telegram.|Pelaku kerap memindahkan percakapan ke WhatsApp atau Telegram.]
[Masyarakat dapat melaporkan konten mencurigakan melalui kanal aduan konten.|Warganet diminta melaporkan akun yang menyebarkan lowongan serupa.][?
{aw_faq}]
{aw_tail}""", n=12),
]

_hw("aw", "awareness", "chat", """
Waspada loker CS Kamboja gaji besar, itu modus TPPO! Jangan berangkat sebelum cek di BP2MI ya 🙏
~~
⚠️ HATI-HATI ⚠️ Kalau ada yang nawarin kerja "CS/admin di Thailand, gaji 15jt, tiket gratis, visa turis", itu ciri-ciri online scam. Banyak WNI disekap di Myanmar. Sebarkan!
~~
Bu, tolong bilangin Dimas ya, jangan ikut tawaran kerja ke Kamboja yg dari temen FB itu. Di berita banyak yg disuruh nipu orang dan gak bisa pulang 😢
~~
Kakakku dulu ditawari kerja admin di Thailand, gaji 1000 dolar, tiket gratis. Ternyata dibawa ke Myawaddy. 8 bulan baru bisa pulang. Tolong jangan percaya loker kayak gitu
~~
Min, loker "operator komputer di Kamboja gaji 13jt tanpa ijazah" ini aman gak? Perekrutnya minta foto paspor terus 😟
~~
Itu penipuan kak. Kamboja bukan negara penempatan PMI, jadi gak ada loker resmi ke sana. Jangan kirim paspor ya
~~
Info dari KBRI: kalau ada keluarga yang hilang kontak setelah kerja di Kamboja/Myanmar, segera lapor lewat Portal Peduli WNI atau hotline KBRI
~~
Teman-teman, lowongan "kerja resort di Kamboja tanpa visa" yang lagi rame di TikTok itu jebakan. Tanpa visa kerja = ilegal = gak ada perlindungan. Jangan berangkat!
~~
Ciri loker scam: gaji gede, gak perlu pengalaman, tiket gratis, visa turis, interview lewat chat doang, disuruh berangkat cepet. Kalau semua ada, 99% jebakan 🚩
~~
Tetangga saya pulang dari Kamboja, cerita dia disetrum kalau gak dapat target nipu. Awalnya dijanjikan kerja CS gaji 12 juta. Ya Allah jangan sampai ada lagi korbannya
~~
Sebarkan: loker koki/staf dapur di Thailand yg tiketnya dibayarin terus dijemput ke "perbatasan" itu modus baru TPPO. Kemarin warga sini 3 orang hampir berangkat
~~
Warga Desa Sukamaju dimohon berhati-hati dengan tawaran kerja ke luar negeri lewat WA/FB. Cek dulu ke Disnaker kabupaten. Jangan tergiur gaji besar
~~
Mas itu yang ngajak kerja di Kamboja katanya kantornya "aman, bukan perusahaan hitam" kan? Justru kalimat itu yang sering dipakai perekrut scam lho
~~
Pengalaman pahit: aku diiming-imingi gaji 1.200 USD jadi CS di Thailand. Sampai Bangkok dijemput, 8 jam naik mobil, nyebrang sungai. Ternyata Myanmar. Tolong jangan percaya!!
~~
Yg di grup ini, kalau ada yang share loker Kamboja/Myanmar gaji 15-20jt langsung lapor admin ya. Sudah banyak anggota grup sebelah yg jadi korban
~~
Waspada lowongan "admin crypto di Phnom Penh". Itu kerja nipu orang lewat investasi bodong. Kemlu sudah berkali-kali kasih peringatan
~~
Adikku kemarin ditahan imigrasi di bandara pas mau ke Kamboja, katanya mau liburan padahal ditawari kerja. Alhamdulillah dicegah. Ternyata perekrutnya sindikat
~~
TPPO bukan cuma ke Kamboja ya. Sekarang ada yg lewat Vietnam, Dubai, sampai Malaysia dulu. Tetap saja ujungnya ke kawasan scam. Hati-hati tawaran kerja "transit"
~~
Bapak/Ibu yang anaknya mau kerja ke luar negeri, minta lihat job order, nama P3MI, dan pastikan pakai visa kerja. Kalau cuma visa turis, JANGAN!
~~
Repost dari grup RT: ada orang asing nawarin kerja CS di Kamboja ke anak-anak muda di warung kopi. Kalau ketemu tolong laporkan ke Pak RT atau Babinsa
~~
Kak aku baca di berita, loker yg gak minta ijazah, cuma minta paspor sama bisa ngetik, itu biasanya buat judol/scam di Kamboja. Bener gak sih?
~~
Bener banget. Itu ciri yang sering disebut polisi & Kemlu. Kerja resmi ke luar negeri pasti ada syarat dan proses, gak mungkin 3 hari langsung terbang
~~
Jangan tergiur gaji 100 juta sebulan di luar negeri. Polisi sendiri bilang gaji normal di Asia sekitar 7-10 juta. Kalau segitu gede, pasti ada yg gak beres
~~
Pesan ibu: kerja di kampung sendiri gaji kecil gapapa nak, daripada ke Kamboja katanya gaji besar tapi disiksa. Ibu gak sanggup kehilangan kamu 😭
~~
Info penting dari KP2MI: Kamboja dan Myanmar bukan negara tujuan penempatan. Semua lowongan ke sana = non-prosedural. Laporkan ke call center KP2MI
~~
Ada yg nge-DM aku nawarin kerja "customer service di Thailand, gaji 18jt, tiket PP gratis, berangkat 3 hari lagi". Langsung aku report & block. Kalian juga ya 🙅‍♀️
~~
Teman2 jangan share loker Kamboja ke grup ini lagi ya. Admin sudah cek, itu bukan lowongan resmi. Yang share akan dikeluarkan
~~
Korban TPPO dari kampung kami sudah pulang, Alhamdulillah. Dia cerita paspornya ditahan dan disuruh bayar 5.000 dolar kalau mau pulang. Semoga jadi pelajaran
~~
Stop normalisasi "kerja scammer di Kamboja gaji gede". Banyak yang awalnya mau, tapi ujungnya gak bisa keluar, dijual ke perusahaan lain. Itu perdagangan orang
~~
‼️ Broadcast ‼️
Loker CS/admin/operator ke Kamboja, Myanmar, Laos, Thailand perbatasan = MODUS TPPO
Ciri: gaji 10-25jt, tiket gratis, visa turis, interview online, berangkat cepat
Cek lowongan resmi: SISKOP2MI / Disnaker
Mohon diteruskan 🙏
~~
📢 IMBAUAN
Jangan mudah percaya lowongan kerja luar negeri lewat medsos.
✔️ Cek P3MI di SISKOP2MI
✔️ Pastikan visa KERJA, bukan turis
✔️ Ada kontrak kerja sebelum berangkat
✔️ Tidak ada "berangkat besok"
Lindungi keluargamu!
~~
Bang, jangan mau dijemput di Bangkok terus dibawa ke Mae Sot. Itu jalur yg dipakai sindikat ke Myawaddy. Di berita udah ratusan yg jadi korban
~~
Baru baca thread korban TPPO Kamboja, awalnya ditawari kerja kitchen staff di Thailand gaji 900 dolar. Sekarang modusnya gak cuma CS, hati-hati semua
~~
Kalau perekrut bilang "nanti di imigrasi bilang aja mau liburan", itu tanda bahaya paling jelas. Kerja resmi gak pernah nyuruh bohong ke petugas
~~
Anak saya hilang kontak sudah 3 minggu setelah berangkat kerja ke Kamboja. Terakhir bilang kerja di kantor online. Mohon info cara lapor ke KBRI 🙏
~~
Bu, bisa langsung lapor lewat Portal Peduli WNI Kemlu atau hubungi hotline KBRI Phnom Penh. Siapkan nama lengkap, nomor paspor, dan foto terakhir ya
~~
Mahasiswa juga jadi sasaran ya. Ada yg ditawari "magang IT di Thailand, gaji 1.000 dolar, tiket gratis". Ternyata dibawa ke kawasan scam. Kampus sudah kasih edaran
~~
Dulu saya pikir yg jadi korban itu orang gak sekolah. Ternyata sepupu saya lulusan S1 juga ketipu loker marketing di Bangkok. Modusnya rapi banget
~~
Kalau ditawari kasbon buat lunasin utang asal mau kerja di Kamboja, itu jeratan. Nanti utangnya dijadikan alasan buat nahan kamu di sana
~~
Kepada anggota grup alumni, mohon hati-hati dengan tawaran kerja dari teman lama yang katanya sudah sukses di Kamboja. Banyak korban direkrut oleh orang yang mereka kenal
""", 101)

_hw("aw", "awareness", "news", """
Kemlu Ingatkan Bahaya Loker Online Scam
Kementerian Luar Negeri kembali mengingatkan masyarakat agar tidak mudah tergiur tawaran kerja di Kamboja, Myanmar, dan Laos yang dipromosikan lewat media sosial. Modus yang sering ditemukan antara lain tawaran gaji tinggi, kualifikasi rendah, dan keberangkatan memakai visa turis. Banyak WNI yang akhirnya dipaksa menjadi operator penipuan daring. Masyarakat diminta memverifikasi tawaran kerja melalui Disnaker, KP2MI, atau perwakilan RI.
~~
Seorang pemuda asal Kabupaten Cianjur berinisial RN (23) akhirnya tiba di rumah setelah tujuh bulan terjebak di sebuah kompleks di Myawaddy. Ia mengaku awalnya melihat iklan "kerja admin di Thailand, gaji USD 1.000, tiket dan hotel ditanggung". Setibanya di Bangkok, ia dijemput dan dibawa ke Mae Sot sebelum diseberangkan ke Myanmar. Di sana ia dipaksa menipu warga negara lain melalui aplikasi kencan. "Kalau tidak capai target, kami dihukum," ujarnya.
~~
Dinas Tenaga Kerja provinsi meminta warga tidak gampang percaya iklan lowongan kerja bergaji besar di luar negeri. Dalam beberapa kasus, iklan menawarkan posisi customer service di Kamboja dengan gaji USD 700 plus bonus USD 100, lengkap dengan tiket, visa, dan akomodasi gratis. Disnaker menegaskan penempatan resmi selalu melalui P3MI berizin dan tercatat di SISKOP2MI.
~~
Polisi mengungkap jaringan yang merekrut warga untuk dikirim ke Kamboja sebagai operator judi online. Para pelaku memasang iklan tanpa syarat ijazah maupun IPK, cukup "bisa mengetik dan punya paspor". Setiap korban yang diberangkatkan dihargai jutaan rupiah oleh perusahaan di sana. Polisi mengimbau masyarakat melapor jika menemukan iklan serupa.
~~
KBRI Phnom Penh mengimbau WNI yang mendapat tawaran kerja di Kamboja untuk memeriksa terlebih dahulu kebenaran perusahaan. Iklan di media sosial kerap mengaku sebagai perusahaan investasi, e-commerce, atau IT, menjanjikan tiket dan tempat tinggal gratis serta kenaikan gaji rutin. Kenyataannya, banyak WNI mendapati kontrak yang berbeda setibanya di Kamboja.
~~
Wakil menteri yang membidangi pelindungan pekerja migran menyampaikan bahwa pemerintah tidak merekomendasikan WNI bekerja di Kamboja karena tidak ada perjanjian penempatan. Ia meminta masyarakat mewaspadai iklan "loker CS Kamboja gaji belasan juta" yang marak di TikTok dan Facebook. Pemerintah juga memperketat pengawasan keberangkatan di bandara.
~~
Seorang ibu di Kendal menceritakan bagaimana anaknya direkrut lewat WhatsApp. "Katanya kerja di Thailand jadi pastry cook, gaji 14 juta, tiket dibayarin. Ternyata dibawa ke Kamboja naik mobil," katanya. Sang anak baru bisa dipulangkan setelah keluarga melapor ke pemerintah daerah dan KBRI.
~~
Imigrasi menunda keberangkatan sembilan WNI di Bandara Juanda yang hendak ke Phnom Penh. Mereka mengaku berwisata, tetapi di ponsel mereka ditemukan percakapan dengan perekrut yang berbunyi "nanti di imigrasi bilang liburan ya, kantor yang urus visa kerja di sana". Kesembilan orang itu diserahkan ke BP3MI untuk pendampingan.
~~
Sebuah LSM pendamping buruh migran mencatat peningkatan pengaduan keluarga yang kehilangan kontak dengan kerabat di Kamboja dan Myanmar. Sebagian besar korban berangkat setelah membaca iklan seperti "dicari operator data, tanpa pengalaman, gaji 15 juta, tiket PP gratis". LSM itu meminta pemerintah daerah memperbanyak sosialisasi migrasi aman hingga ke tingkat desa.
~~
Kisah Puspa (bukan nama sebenarnya) menunjukkan rute baru sindikat. Ia ditawari kerja staf dapur dengan gaji USD 900 dan diberi tiket ke Ho Chi Minh City. Dari bandara ia dibonceng motor melewati perbatasan hingga tiba di sebuah gedung di Kamboja. Di sana ia diminta mengetik skrip penipuan selama 14 jam sehari.
~~
Polisi mengimbau masyarakat agar tidak mudah tergiur tawaran kerja di luar negeri dengan gaji Rp 100-150 juta per bulan. Menurut kepolisian, gaji wajar pekerja di kawasan Asia berkisar Rp 7-10 juta. Tawaran yang jauh di atas angka itu hampir selalu berujung penyekapan dan kerja paksa di perusahaan penipuan daring.
~~
Sebanyak 11 WNI yang dijanjikan kerja di Thailand dengan gaji Rp 15-20 juta ternyata dipekerjakan sebagai scammer di Myanmar. Mereka dibawa melalui jalur darat dari Thailand dan masuk secara ilegal. Pemerintah bekerja sama dengan otoritas setempat untuk memulangkan para korban.
~~
Perekrut kini tidak selalu menyembunyikan jenis pekerjaan. Pemerintah menemukan iklan yang terang-terangan mencari "scammer" dengan gaji besar di Kamboja. Meski begitu, banyak yang awalnya setuju kemudian tidak bisa keluar, dijual ke perusahaan lain, atau dipaksa bekerja melebihi kesepakatan. Status mereka tetap dapat dikategorikan sebagai korban TPPO.
~~
Pemerintah daerah di Nusa Tenggara Barat menggelar sosialisasi bahaya lowongan online scam di sekolah-sekolah. Siswa diajak mengenali ciri iklan seperti "tanpa ijazah, cukup bisa mengetik, tiket dan visa diurus, berangkat cepat". Guru BK diminta memantau alumni yang berencana bekerja ke luar negeri.
~~
Seorang survivor asal Medan bercerita di media sosial tentang pengalamannya di Sihanoukville. Ia awalnya melamar "CS e-commerce" lewat grup Facebook. Setelah interview via Zoom, paspornya dibuatkan oleh perekrut dan ia berangkat dalam lima hari. Di kantor, ia diberi HP dan skrip untuk mendekati korban di aplikasi kencan. Unggahannya dibagikan ribuan kali.
~~
BP3MI Jawa Tengah mengingatkan bahwa perekrut sering memanfaatkan kenalan dan keluarga korban. Dalam beberapa kasus, korban direkrut oleh tetangga yang sudah lebih dulu bekerja di Kamboja dan mendapat bonus untuk setiap orang yang berhasil diajak. Warga diminta tetap memeriksa lowongan melalui kanal resmi meski yang menawarkan adalah orang dekat.
~~
Laporan lembaga internasional memperkirakan ratusan ribu orang dipaksa bekerja di pusat penipuan daring di Asia Tenggara. Korban berasal dari puluhan negara, termasuk Indonesia. Mereka umumnya direkrut lewat iklan kerja palsu yang menjanjikan pekerjaan mudah, gaji tinggi, dan fasilitas gratis.
~~
Tim gabungan memulangkan 46 WNI dari Myawaddy melalui Mae Sot. Sebagian korban mengaku direkrut lewat Telegram dengan pesan "Dicari CS bahasa Inggris, gaji 20 juta, berangkat via Bangkok". Setelah menyeberang Sungai Moei, mereka tidak bisa lagi keluar dari kompleks.
~~
Pemerintah kabupaten meminta kepala desa mendata warga yang bekerja di luar negeri tanpa melalui jalur resmi. Langkah ini diambil setelah lima warga dilaporkan terjebak di Kamboja usai menerima tawaran "admin media sosial, gaji 13 juta, tiket gratis" dari akun Facebook tak dikenal.
~~
Lembaga pendamping korban TPPO menerbitkan panduan bagi keluarga: simpan semua percakapan dengan perekrut, catat nomor dan akun media sosialnya, lalu laporkan ke polisi dan Kemlu. Panduan itu juga mencontohkan pesan perekrut seperti "tenang, kantor kami legal, bukan perusahaan hitam".
""", 201)


SLOTS.update({
    "ot_caps": ["PROMO", "INFO", "PENTING", "GAES", "WKWK", "ASTAGA", "YEAY", "OTW", "FYI", "HAHAHA"],
    "trip_dest": ["Bangkok - Pattaya", "Bangkok", "Siem Reap (Angkor Wat)", "Phnom Penh - Siem Reap", "Chiang Mai", "Manila - Boracay",
                  "Hanoi - Halong Bay", "Kuala Lumpur - Genting", "Singapura", "Ho Chi Minh - Mekong Delta"],
    "trip_price": ["Rp 4.950.000", "Rp 5,9 jt", "Rp 6.750.000", "4,5jt", "Rp 7.200.000", "Rp 3.999.000"],
    "produk": ["serum wajah", "sambal cumi", "keripik pisang", "hijab voal", "madu hutan", "kopi gayo", "sepatu sneakers",
               "frozen food dimsum", "kue kering lebaran", "pulsa & paket data", "tas rajut", "parfum refill"],
    "harga": ["Rp 25.000", "Rp 49rb", "Rp 75.000", "Rp 120.000", "Rp 35rb", "Rp 150.000", "Rp 89.000", "Rp 10rb"],
    "tg_topic": ["belajar bahasa Korea", "persiapan CPNS", "latihan TOEFL", "info beasiswa", "jual beli HP second", "resep masakan",
                 "Mobile Legends", "diskusi saham", "info konser", "belajar JLPT N4", "pecinta kucing", "komunitas lari"],
})

# =====================================================================================
# other_text: ordinary chat, promotions, notices, personal messages
# =====================================================================================
TEMPLATES += [
    T("id-ot-message-001", "other_text", "message", """[OPEN TRIP|PROMO OPEN TRIP|✈️ OPEN TRIP] {trip_dest} [4D3N|3D2N|5D4N] {emoji_hot}
[Harga|Cuma] {trip_price}/pax[ (min. 2 orang)| all in|]
[Sudah termasuk|Include]:
- [Tiket pesawat PP|Tiket PP Jakarta]
- [Hotel bintang 3|Hotel 3 malam (twin share)]
- [Makan sesuai itinerary|Sarapan tiap hari]
- [Tour guide berbahasa Indonesia|Guide lokal + tiket masuk wisata]
[Belum termasuk|Exclude]: [tipping guide, paspor, pengeluaran pribadi|visa (tidak perlu untuk WNI, bebas visa 30 hari), tipping]
[Keberangkatan|Jadwal]: {tgl} {bulan} 2025
[DP|Down payment] [Rp 1 juta|Rp 1.500.000][ untuk booking seat|, pelunasan H-30]
[Info & booking|Minat PM|Hubungi] {phone_id}[ (Travel resmi, bukan calo)||  - {nama} Tour & Travel]""", n=15),

    T("id-ot-message-002", "other_text", "chat", """[?{ot_caps}{cr_sep} ][Guys|Gaes|Teman2] [aku baru pulang dari|kemarin liburan ke|akhirnya kesampaian ke] [Siem Reap|Bangkok|Phnom Penh|Chiang Mai|Manila] {emo2} [Angkor Wat keren bgt sunrise-nya|street food Bangkok juara|murah2 bgt makanannya|capek tapi seneng]. [Habis cuma|Total habis] [5jt|4,5 juta|6jt an] [buat 4 hari|udah sama tiket|berdua]. [Next trip mau ke mana lagi ya?|Recommended!|Kalian harus coba!]""", n=15),

    T("id-ot-message-003", "other_text", "chat", """[?{ot_caps}{cr_sep} ][Gajian udah masuk belum|Udah gajian blm|Gaji bulan ini udah cair] [gaes|guys|bestie]? {emo} [Punyaku baru masuk|Aku baru cek] [tadi pagi|barusan][ ({idr_normal} doang)|, pas {idr_normal}|], [langsung habis buat bayar kos|langsung transfer ke ibu|udah ditunggu cicilan motor] {emo} [Tanggal tua datang lagi|Hidup cuma numpang lewat gaji|Sabar ya dompet]""", n=15),

    T("id-ot-message-004", "other_text", "message", """[READY STOCK|PROMO GAJIAN|OPEN PO|FLASH SALE] {produk} {emoji_hot}
[Harga|Cuma] [{harga}|mulai {harga}] [aja|per pcs|/pack][!!|!|]
[Free ongkir area {kota}|Bisa COD {kota}|Kirim ke seluruh Indonesia|Diskon 10% untuk pembelian 3 pcs]
[Order|Pesan|Langsung chat] [via WA|ke] {phone_id}[ atau klik link di bio|, fast respon|]
[Stok terbatas ya kak!|Buruan sebelum kehabisan|Siapa cepat dia dapat] {emo2}""", n=15),

    T("id-ot-message-005", "other_text", "message", """[Assalamualaikum|Selamat pagi|Halo] [bapak ibu warga|rekan-rekan|warga] [RT 0{tgl}|Perumahan Griya Asri|Blok C], [mengingatkan|diinformasikan] [kerja bakti|arisan bulanan|pengajian rutin|rapat warga|posyandu] [hari {hari}|{hari}, {tgl} {bulan}] [jam 07.00|pukul 16.00|ba'da Isya] [di balai warga|di rumah Bu {nama}|di masjid]. [Mohon kehadirannya|Diharapkan hadir tepat waktu|Iuran {harga} dibawa ya]. [Terima kasih|Matur nuwun|Hatur nuhun] {emoji_calm}""", n=15),

    T("id-ot-message-006", "other_text", "chat", """[?{ot_caps}{cr_sep} ][Join grup Telegram|Yuk gabung grup|Link grup Telegram] {tg_topic} {emo} {tg_link} [Gratis|Free], [ada materi tiap hari|isinya sharing aja|member udah 2rb lebih|admin fast respon]. [No spam, no jualan|Dilarang promosi ya|Jangan share link aneh2] {emoji_calm}""", n=15),

    T("id-ot-message-007", "other_text", "chat", """[?{ot_caps}{cr_sep} ][Nak|Le|Nduk|Dek], [udah makan belum|jangan lupa makan|kapan pulang]? [Ibu masak|Bapak bikin|Di rumah ada] [rendang|sayur asem|opor] [kesukaanmu|kesenengan mu]. [?Transferan Rp [500rb|1 juta|300.000] udah Ibu terima ya. ][Kalau gajian|Nanti kalau ada rezeki] [jangan lupa nabung|kirim sedikit buat adikmu ya|hemat2 ya]. [Ibu doakan sehat selalu|Jaga kesehatan|Hati-hati di perantauan] {emo}""", n=15),

    T("id-ot-message-008", "other_text", "chat", """[?{ot_caps}{cr_sep} ][Sepupuku|Temen SMA ku|Tetanggaku|Kakak ipar] [kerja di|udah 2 taun di] [Jepang|Korea|Taiwan|Hong Kong|Singapura] [lewat jalur resmi|jadi perawat|di pabrik], [gajinya|katanya gaji] [20jt an|25 juta|hampir 30jt|belasan juta] {emo} [Pengen nyusul tapi harus belajar bahasa dulu|Iri tapi aku gak kuat jauh dari rumah|Kerja keras banget katanya|Pulang2 udah bangun rumah]""", n=15),

    T("id-ot-message-009", "other_text", "message", """[DISEWAKAN|TERIMA KOS|Kos Putri/Putra] [kamar kos|kos eksklusif|kos strategis] [dekat kampus|dekat kawasan industri|tengah kota] {kota} {emoji_calm}
[Fasilitas|Fasilitas kamar]: [AC, kasur, lemari, WiFi, kamar mandi dalam|kipas angin, kasur, WiFi, dapur bersama|AC, water heater, parkir motor, CCTV]
[Harga|Sewa] [Rp 850rb|Rp 1.200.000|Rp 1,5jt|Rp 950.000] [per bulan|/bln][ sudah termasuk listrik| belum termasuk listrik|]
[Lokasi|Alamat]: [5 menit ke kampus|dekat minimarket dan halte|akses 24 jam]
[Hubungi|Info] [Ibu {nama}|Pak {nama}] {phone_id}[ (chat dulu ya)|]""", n=14),

    T("id-ot-message-010", "other_text", "chat", """[?{ot_caps}{cr_sep} ][Dijual|Jual cepat|WTS] [HP|motor|laptop|kamera] [second|bekas pakai|mulus] [{kota}|area {kota}], [harga|harga nego] [Rp 2,3jt|3,5 jt|Rp 1.750.000|9,8jt nego|Rp 4.200.000], [kondisi 95%|fullset|surat lengkap|garansi masih 3 bln]. [COD aja|Minat japri|Serius PM] {phone_id}""", n=15),

    T("id-ot-message-011", "other_text", "message", """[PROMO UMROH|Paket Umroh Hemat|UMROH {bulan} 2025] {emoji_calm}
[{nama} Travel|PT Amanah Wisata Haramain|Baitullah Tour][ (PPIU resmi Kemenag)|, izin PPIU resmi]
[Program|Paket] [9 hari|12 hari|Umroh plus Turki 14 hari]
[Harga|Mulai] [Rp 29,9 juta|Rp 32.500.000|Rp 35 juta|Rp 45 jt (plus Turki)]
[Include|Fasilitas]: [tiket pesawat PP, hotel bintang 4, visa, makan 3x, muthawif|pesawat direct, hotel dekat Masjidil Haram, manasik]
[DP Rp 5 juta, bisa cicil|Bisa tabungan umroh|Diskon untuk rombongan 10 orang]
[Info|Konsultasi gratis]: {phone_id}""", n=13),

    T("id-ot-message-012", "other_text", "message", """[Kursus Bahasa Korea Persiapan EPS-TOPIK|KURSUS BAHASA JEPANG N5-N4|Kelas Bahasa Inggris untuk Kerja] {emoji_calm}
[{lpk}|Lembaga kursus kami] [membuka kelas baru|buka angkatan baru] [mulai {tgl} {bulan}|bulan depan].
[Durasi|Program] [3 bulan|4 bulan|2 bulan intensif], [3x seminggu|Senin-Jumat], [offline di {kota} & online|kelas malam tersedia].
[Biaya|Harga] [Rp 1.500.000|Rp 2,5 juta|Rp 850rb per bulan] [sudah termasuk modul|termasuk try out|bisa cicil 2x].
[Catatan: kursus ini hanya pelatihan bahasa, bukan penyaluran kerja. Pendaftaran EPS tetap lewat SISKOP2MI.|Kami tidak menjanjikan keberangkatan kerja.|Lulusan bisa ikut ujian resmi secara mandiri.]
[Daftar|Info] {phone_id}""", n=13),

    T("id-ot-message-013", "other_text", "message", """[JASTIP BANGKOK|Open Jastip Thailand|JASTIP PLATINUM BANGKOK] {emoji_hot}
[Aku berangkat|Trip] [tgl {tgl}-{tgl} {bulan}|minggu depan]! [Bisa titip|Open titip]: [baju Platinum, skincare Thailand, snack|Thai tea, dried mango, tas Naraya|sepatu, kaos, jajanan 7-Eleven].
[Fee|Jasa] [Rp 25rb/item|10% dari harga|Rp 50.000/kg], [DP 50%|full payment di awal].
[Kurs|Rate] [Rp 480/baht|1 baht = Rp 470]
[List & order|Order] [via WA|DM] {phone_id}[ ya kak|]""", n=14),

    T("id-ot-message-014", "other_text", "chat", """[?{ot_caps}{cr_sep} ][Rapat|Meeting|Briefing] [hari ini|besok] [diundur|dimajukan|pindah] [jam 3|jam 10|setelah makan siang] [di ruang 2|via Zoom|di lantai 4] ya [teman-teman|tim|rekan2]. [Tolong siapkan|Mohon bawa] [laporan penjualan|data stok gudang|update project] {emoji_calm} [Makasih|Thanks]""", n=15),

    T("id-ot-message-015", "other_text", "message", """[Itinerary|Rencana trip|Draft jalan-jalan] [4 hari|5 hari] [bareng keluarga|sama temen kantor|solo trip|sama pasangan] {emo}
[Phnom Penh - Siem Reap:
[Hari 1|D1]: [landing, check-in hotel, keliling Royal Palace|landing, Central Market, makan amok]
[Hari 2|D2]: [naik bus ke Siem Reap (6 jam)|pindah ke Siem Reap naik bus pagi]
[Hari 3|D3]: [sunrise Angkor Wat, Ta Prohm|keliling Angkor naik tuk-tuk]
[Hari 4|D4]: [Pub Street, pulang|belanja oleh-oleh, pulang]
[Budget|Total] [± Rp 6 juta/orang|sekitar USD 400]|Bangkok - Ayutthaya:
[Hari 1|D1]: [landing, naik kereta bandara, Grand Palace|landing, Wat Arun, Asiatique]
[Hari 2|D2]: [ke Ayutthaya naik kereta|day trip Ayutthaya]
[Hari 3|D3]: [Chatuchak weekend market|Pratunam & Platinum]
[Hari 4|D4]: [pulang|belanja oleh-oleh, pulang]
[Budget|Total] [sekitar 5,5jt|± THB 9.000 di luar tiket]|Manila - Palawan:
[Hari 1|D1]: [landing, Intramuros, makan malam|landing, Rizal Park]
[Hari 2|D2]: [terbang ke Puerto Princesa|ke El Nido]
[Hari 3|D3]: [island hopping|underground river tour]
[Hari 4|D4]: [balik Manila, pulang|belanja oleh-oleh, pulang]
[Budget|Total] [± Rp 7 juta/orang|sekitar PHP 20.000]], [tiket promo|hotel Rp 350rb/malam]. [Visa gak perlu, WNI bebas visa 30 hari|Gak perlu visa buat WNI]. [Ada yg mau ikut?|Masukan dong!|Ada saran tempat makan halal?]""", n=14),

    T("id-ot-message-016", "other_text", "chat", """[?{ot_caps}{cr_sep} ][Bro|Gaes|Woy], [nanti malam|Sabtu ini|besok sore] [futsal|badminton|mabar|nobar bola] [jadi gak|jadi ya]? [Lapangan udah dibooking|Aku yg bawa kok|Tempat biasa] [jam 8|jam 7 malam|habis Isya], [patungan|iuran] [30rb|Rp 25.000|50rb][ per orang|/org] {emo}""", n=15),

    T("id-ot-message-017", "other_text", "message", """[Kirim Uang ke Luar Negeri|Transfer ke Luar Negeri Lebih Hemat|Remitansi Murah untuk Keluarga PMI] {emoji_calm}
[Layanan|Aplikasi] [{nama}Remit|TransferKu|KirimCepat] [resmi berizin Bank Indonesia|terdaftar dan diawasi BI].
[Kirim ke|Tersedia ke] [Malaysia, Singapura, Hong Kong, Taiwan, Korea, Jepang|lebih dari 30 negara].
[Biaya transfer mulai|Fee cuma] [Rp 15.000|Rp 25rb|gratis untuk transaksi pertama], [kurs kompetitif|dana sampai dalam hitungan menit].
[Download aplikasinya atau hubungi CS kami di|CS 24 jam:] {phone_id}
[Promo berlaku hingga {tgl} {bulan} 2025.|Syarat & ketentuan berlaku.]""", n=13),

    T("id-ot-message-018", "other_text", "chat", """[?{ot_caps}{cr_sep} ][Paket kamu|Pesanan kakak|Paketmu] [sudah sampai di|sedang diantar ke|gagal dikirim ke] [alamat|rumah|kantor] [ya kak|kak {nama}]. [Kurir|Driver] [{nama}|kami] [hubungi|telp] {phone_id} [kalau ada kendala|jika alamat kurang jelas]. [Terima kasih sudah belanja|Jangan lupa kasih bintang 5|Mohon konfirmasi penerimaan] {emoji_calm}""", n=15),

    T("id-ot-message-019", "other_text", "chat", """[?{ot_caps}{cr_sep} ][Temen kantorku|Adik tingkatku|Sepupuku] [lagi di|baru balik dari|kerja di] [Bangkok|Kamboja|Vietnam|Manila] [buat konferensi|urusan kantor|liburan|dinas 2 minggu] {emo} [Dia titip salam|Katanya panas bgt|Dibawain oleh2 dodol durian|Katanya makanannya mirip di sini][ Katanya makan di sana cuma Rp 30rb-an| Hotelnya cuma Rp 400rb semalam|]. [Aku pengen ke sana juga|Kapan2 kita ke sana yuk|Nabung dulu ah]""", n=15),

    T("id-ot-message-020", "other_text", "message", """[UNDANGAN|Save the date|📢 INFO REUNI] [Reuni Akbar Alumni SMA 1 {kota} Angkatan 2015|Halal bihalal keluarga besar Bani {nama}|Syukuran khitanan ananda {nama}|Pernikahan {nama} & {nama}]
[Hari/tanggal|Tanggal]: {hari}, {tgl} {bulan} 2025
[Waktu|Jam]: [10.00 WIB - selesai|pukul 19.00|09.00-13.00]
[Tempat|Lokasi]: [Aula Hotel {kota} Indah|rumah keluarga di {kab}|Gedung Serbaguna {kota}]
[HTM|Iuran] [{harga}|Rp 150.000 (termasuk makan & doorprize)|gratis][, transfer ke bendahara|]
[Konfirmasi kehadiran ke|CP] {nama}: {phone_id}
[Ditunggu kehadirannya!|Jangan sampai gak dateng ya!!|Mohon doa restu] {emo2}""", n=14),
]

_hw("ot", "other_text", "message", """
Gaes jadi kan minggu depan ke Bangkok? Aku udah booking hotel di Sukhumvit 3 malam, 1,2jt per kamar. Tiket pesawat promo 1,8jt PP. Jangan lupa paspor ya 😆✈️
~~
Barusan transfer 2 juta ke ibu, sisa gaji tinggal buat makan sampe akhir bulan 😂 ya udah lah yg penting ortu seneng
~~
Ada yg punya info grup Telegram buat belajar bahasa Korea gratis? Aku mau ikut EPS tahun depan, mau mulai belajar dari sekarang 🙏
~~
Selamat ulang tahun Bunda tersayang 🎂❤️ semoga sehat selalu, panjang umur, dan makin sayang sama anak-anakmu. Kado nyusul ya Bun, nunggu gajian 😁
~~
PROMO GAJIAN!!! 🔥 Semua varian sambal cumi diskon 20%, cuma Rp 35rb/botol. Free ongkir Jabodetabek min. 3 botol. Order WA 0812-3340-5567
~~
Info: besok listrik padam jam 09.00-15.00 untuk perbaikan jaringan di wilayah Kelurahan Sukajadi. Mohon maaf atas ketidaknyamanannya 🙏
~~
Kemarin liat video orang Indonesia jualan bakso di Phnom Penh, rame banget yang beli. Keren ya bisa buka usaha di luar negeri 😍
~~
Anak-anak, PR matematika halaman 45 nomor 1-10 dikumpulkan hari Kamis ya. Yang belum bayar uang buku Rp 75.000 harap segera. Terima kasih - Bu Dewi
~~
Bro gaji pertamaku di pabrik 4,9jt, lumayan buat anak baru lulus. Traktir bakso ntar malam ya 🤣
~~
Akhirnya liburan ke Angkor Wat kesampaian juga 🥹 Bangun jam 4 buat sunrise, worth it banget. Tiket masuk 37 dolar, tuk-tuk seharian 20 dolar
~~
Buat temen2 yang nanya, iya aku pindah kerja ke Bali. Gajinya gak jauh beda sih, tapi deket pantai 🏖️😂
~~
KUPON BERHADIAH 🎁 Belanja min Rp 100.000 di Toko Sumber Rejeki dapat 1 kupon undian. Hadiah utama motor! Diundi tanggal 17 Agustus
~~
Halo kak, pesanan kue kering lebaran kakak sudah siap ya: 2 toples nastar, 1 kastengel. Total Rp 320.000. Bisa diambil besok atau dikirim via ojol 😊
~~
Mas, nanti pulang kerja tolong beliin gas 3 kg sama telur sekilo ya. Uangnya pake yang di laci dulu
~~
Ada yg mau beli tiket konser di Bangkok bulan depan? Aku beli 2 tapi temenku batal. Jual harga normal aja 4.500 baht 🙏
~~
Yang ikut tur Thailand kemarin, foto-foto udah aku upload di Google Drive ya. Link di grup. Makasih semuanya, seru banget tripnya! 🇹🇭📸
~~
Grup Telegram "Resep Rumahan Praktis" udah 5.000 member 🎉 Makasih semuanya. Tetap no spam dan no jualan ya!
~~
Rek, aku wis entuk kerjaan neng Surabaya, gajine UMR tapi lumayan cedak omah. Sesuk Senin wes mulai mlebu 😁
~~
Kabar duka: telah meninggal dunia Bapak Sutrisno, warga RT 05, pagi ini pukul 05.30. Jenazah dimakamkan ba'da Dzuhur di TPU Kebon Jeruk. Mohon doanya
~~
Siapa yang mau ikut patungan sewa villa di Puncak tanggal 20? Per orang 350rb udah sama BBQ. Kuota 12 orang
~~
Akhirnya lunas juga cicilan motor 3 tahun 😭🙏 Gaji bulan depan bisa ditabung. Terima kasih diriku yang sudah bertahan
~~
Kak aku mau tanya, kalau liburan ke Thailand sama Kamboja sekaligus, bisa lewat darat gak dari Bangkok ke Siem Reap? Aman gak?
~~
Bisa kak, banyak bus turis dari Bangkok ke Siem Reap lewat Poipet, sekitar 8-9 jam. Pakai bus resmi aja dan simpan paspor sendiri ya 👍
~~
DIBUKA PENDAFTARAN TURNAMEN BADMINTON ANTAR RT 🏸 Biaya pendaftaran Rp 50.000/pasang. Hadiah total Rp 3 juta. Daftar ke Mas Arif 0857-2231-6680
~~
Ya ampun harga cabe naik lagi, 80rb sekilo 😩 Masak sayur tanpa cabe aja deh minggu ini
~~
Teman-teman grup alumni, ada yang tinggal di Manila? Adikku mau kuliah S2 di sana, butuh info kos yang aman dekat kampus 🙏
~~
Jadwal ronda minggu ini: Senin Pak Budi & Pak Eko, Selasa Pak Hendra & Mas Yoga, Rabu Pak Rudi & Mas Fajar. Yang berhalangan harap tukar sendiri
~~
Alhamdulillah suami naik jabatan jadi supervisor, gajinya naik 2 juta 🥹 Makan-makan di rumah Sabtu ya keluarga
~~
Mau tanya dong, di Bangkok tempat makan halal yang enak di mana ya? Minggu depan aku ada seminar di sana 3 hari
~~
Lowongan? Bukan, ini undangan nikahan aku 😂 Tanggal 14 di Gedung Serbaguna. Dateng ya semuanya, bawa doa aja cukup 💍
~~
Telegram grup kelas sudah dibuat ya, semua tugas dan materi akan dishare di sana. Yang belum join hubungi ketua kelas
~~
Kamu jadi ambil kerjaan di Batam itu? Gajinya 5,5jt kan? Lumayan lho, apalagi ada mess. Aku dukung 👍
~~
Grosir pakaian anak termurah! Mulai 15rb/pcs, minimal 1 lusin. Bisa campur model. Pengiriman dari Tanah Abang. WA 0821-9930-1148
~~
Paket wisata Bangkok 4D3N kemarin seru banget, guidenya ramah, hotelnya bersih. Recommended travel ini buat yang baru pertama ke luar negeri ✨
~~
Kak tolong share info ya, kucing oren kami hilang di sekitar Jl. Melati. Kalung merah. Kalau ada yang lihat hubungi 0878-1129-4420. Ada imbalan 🙏😿
~~
Nabung 6 bulan buat ke Thailand, eh tiket naik. Ganti haluan ke Jogja aja dulu lah 🤣
~~
Info pengajian akbar Ahad pagi di Masjid Al-Ikhlas, penceramah Ustadz dari Solo. Gratis, terbuka untuk umum. Sediakan infak terbaik
~~
Ayah, gajian bulan ini jangan lupa bayar SPP Adek ya, 450rb. Kemarin udah ditagih wali kelas 🙏
~~
Baru tau, ternyata WNI bisa masuk Kamboja tanpa visa 30 hari. Kirain harus bikin visa dulu. Jadi pengen liburan ke Siem Reap tahun depan
~~
Cuma mau cerita, hari ini interview kerja di bank, deg2an banget. Doain lolos ya guys 🤞
~~
Selamat pagi tim, target penjualan bulan ini sudah tercapai 108% 🎉 Bonus akan dibagikan bersama gaji tanggal 25. Terima kasih atas kerja kerasnya!
~~
Yang kemarin ninggalin payung biru di warung, ambil aja ya, aku simpan di kasir 😊
~~
Jual voucher hotel di Pattaya 2 malam, tanggal 12-14, harga 1,1jt (beli 1,6jt). Batal berangkat karena kerjaan. Minat PM
~~
Dek, kakak udah transfer uang kuliah semester ini 3,5 juta ya. Belajar yang rajin, jangan main game terus 😤❤️
~~
Ada yg pernah ke Filipina? Mau ke Manila bulan depan buat nikahan temen, butuh saran tempat nginep yang aman & murah
~~
Selamat malam warga, iuran keamanan dan sampah bulan ini Rp 50.000/KK. Bisa dibayar ke bendahara RT atau transfer ke rekening kas RT. Terima kasih
~~
Udah nonton film yang baru itu belum? Rame banget di bioskop. Weekend nobar yuk, tiketnya 45rb
~~
Teman2, arisan bulan ini di rumahku ya, Minggu jam 4 sore. Jangan lupa setoran 200rb. Yang dapet giliran nanti diundi 🤭
~~
Mohon maaf lahir dan batin 🙏 Selamat Hari Raya Idul Fitri 1446 H. Semoga kita semua kembali fitri dan dilapangkan rezekinya
~~
Tiket kereta Jakarta-Semarang udah aku beliin ya Bu, berangkat Jumat jam 8 pagi. Kode booking aku kirim lewat WA 🚆
""", 101)


# =====================================================================================
# second pass: more templates for every category
# =====================================================================================
TEMPLATES += [
    T("id-lj-ad-019", "legit_job", "ad", """[?{lj_q}
][DIBUTUHKAN SEGERA|URGENT RECRUITMENT|LOWONGAN KERJA TERBARU] - {bpo} {emoji_hot}
[Kami adalah perusahaan outsourcing layanan pelanggan|Kami perusahaan contact center] [yang melayani klien perbankan, telekomunikasi, dan e-commerce|dengan lebih dari 2.000 agen di {kota}].
[Posisi|Dibutuhkan]: [{bpo_job}|Agent {bpo_job}] - [{count} orang|banyak kuota]
[Keuntungan|Benefit]:
💰 Gaji {idr_lj}
📚 [Training dibayar 2 minggu|Pelatihan gratis sebelum mulai kerja]
🏥 [BPJS Kesehatan & Ketenagakerjaan|BPJS + asuransi swasta]
📈 [Jenjang karier ke Team Leader|Kesempatan jadi karyawan tetap]
[Persyaratan|Syarat]: [min. SMA/SMK|SMA/SMK/D3], [usia 18-32 tahun|usia max 30], [TANPA PENGALAMAN OK|fresh graduate welcome], [bersedia shift termasuk akhir pekan|siap kerja shift].
[Interview langsung di kantor|Walk-in interview setiap Senin-Kamis] {alamat}, [pukul 09.00-12.00|jam 9 pagi].[?
{lj_faq}]
[Tidak dipungut biaya!|GRATIS tanpa biaya!] [Info|HRD] WA {phone_id}""", n=15, bpo_urgent=True),

    T("id-lj-chat-020", "legit_job", "chat", """[?{lj_caps}{cr_sep} ][Lowongan|Loker] [admin|CS|staf gudang|kasir] [{pt_legit}|di kantor pusat {kota}][ 📍{kota}|], [gaji|gj] {idr_lj}, [jam kerja 8-5|shift], [BPJS|BPJS lengkap], [pengalaman gak wajib|fresh grad ok]. [Interview offline di kantor|Wawancara tatap muka ya, bukan online]. [CV ke|Lamaran ke] {mail_id} {emo}""", n=15, bpo_urgent=True),

    T("id-lj-ad-021", "legit_job", "ad", """[?{lj_q}
][Lowongan Kerja Kantor Cabang|LOWONGAN PERUSAHAAN PEMBIAYAAN|Rekrutmen Staf Cabang] [{kota}|- {kota}]
[PT Dana Mandiri Finance|PT Kredit Sejahtera Multifinance|PT Bina Artha Pembiayaan][ (terdaftar dan diawasi OJK)|, perusahaan pembiayaan berizin OJK] [membuka lowongan|membutuhkan]:
1. [Marketing Executive (Motor/Mobil)|Sales Officer|Credit Marketing Officer]
2. [Collection Staff|Admin Cabang|Kasir Cabang]
[Syarat|Kualifikasi]: [min. SMA/D3|min. D3/S1], [usia 20-30 tahun|usia max 32], [memiliki SIM C dan motor (untuk marketing & collection)|berdomisili di {kota}], [pengalaman tidak wajib|fresh graduate dipersilakan].
[Gaji|Penghasilan]: {idr_lj} [+ insentif|+ uang bensin|+ bonus pencapaian].
{lj_mid}
[Lamaran diantar langsung ke kantor cabang|Kirim lamaran ke] [{alamat}|{mail_id}].[?
{lj_faq}]
{lj_free}""", n=14),

    T("id-lj-chat-022", "legit_job", "chat", """[?{lj_caps}{cr_sep} ][Min izin share|Izin share ya min|Numpang info] {emoji_calm} [RS|Hotel|Pabrik|Kantor ekspedisi|Supermarket] [di {kota}|daerah {kota}] [lagi buka|buka] [rekrutmen|lowongan] [perawat, admin, security|FO, housekeeping, cook|operator produksi|kurir & admin|kasir & pramuniaga]. [Syarat|Min] [SMA/SMK|D3], [usia max 30|usia 18-35]. [Gaji UMK|Gaji {idr_lj}]. [Lamaran lewat|Info di] [web resminya|email HRD {mail_id}|pos satpam]. [Hati2 calo ya|Gratis, gak ada biaya]""", n=15),
]

TEMPLATES += [
    T("id-lo-ad-019", "legit_overseas", "ad", """[?{lo_head}
][?{lo_q}
][Lowongan Resmi Caregiver Jepang (SSW Kaigo)|Job Order Kaigo Jepang|PROGRAM KERJA KAIGO JEPANG]
[Perusahaan penerima|Pemberi kerja]: [Panti lansia Sakura-no-Sato, Prefektur Aichi|Fujimi Care Home, Prefektur Saitama|Yasuragi Kaigo Center, Osaka]
[Penyalur|P3MI]: {p3mi} ({siup})
[Gaji|Upah]: {jpy_pay}[ + tunjangan shift malam| + bonus 2x setahun|, kenaikan tahunan]
[Syarat|Persyaratan]: [JFT-Basic A2 atau JLPT N4|N4/JFT-Basic], [lulus ujian keterampilan kaigo dan ujian bahasa Jepang untuk kaigo|sertifikat skill kaigo + tes bahasa kaigo], [usia 20-35 tahun|usia max 35], [lulusan SMA/D3|pendidikan min. SMA].
[Tiket berangkat ditanggung pemberi kerja.|Tiket pesawat ke Jepang ditanggung perusahaan.] [Asrama tersedia (potongan sesuai kontrak, ± ¥25.000).|Apartemen disediakan dengan biaya sewa dipotong gaji sesuai kontrak.]
[Kontrak kerja diterjemahkan dan ditandatangani sebelum berangkat.|Perjanjian kerja resmi, tercatat di SISKOP2MI.][?
{lo_faq}]
{lo_mid}""", n=14),

    T("id-lo-chat-020", "legit_overseas", "chat", """[?{lo_caps}{cr_sep} ][Buat yg tanya|Yg nanya kemarin|Info buat saudara2], [kerja ke {decoy}|kerja ke Taiwan|kerja ke Jepang|kerja ke Korea] [yg resmi itu|jalur legal] [pasti pakai visa kerja|wajib ada job order & perjanjian kerja], [lewat P3MI terdaftar|tercatat di SISKOP2MI], [ada OPP sebelum berangkat|ada medical & OPP]. [Tiket biasanya ditanggung majikan|Tiket ditanggung pemberi kerja], [gaji|gajinya] [{twd_pay}|{jpy_pay}|{krw_pay}] {emoji_calm}""", n=15),

    T("id-aw-chat-015", "awareness", "chat", """[Ini contoh pesan perekrut scam|Screenshot chat perekrut yg masuk ke aku|Contoh modus yg lagi beredar] 👇 "[{job_office} di {kh}, gaji {idr_high}, tiket gratis|Kerja {decoy}, visa turis aja, berangkat minggu depan|Paspor nanti kami buatkan, tinggal kirim KTP]" [JANGAN DITANGGAPI|Jangan dibalas|Langsung block & report] [ya gaes|semuanya]! [Itu modus TPPO|Itu jaringan online scam] {emoji_calm}""", n=15),

    T("id-aw-news-016", "awareness", "news", """[?{aw_kicker} ][?{aw_q}
][Mahasiswa dan Lulusan Baru Jadi Sasaran Perekrut Online Scam|Lulusan SMK Diincar Sindikat Scam Lewat Loker Palsu|Anak Muda Melek Teknologi Jadi Target Rekrutmen Scam]
[Sindikat penipuan daring kini menyasar|Perekrut kawasan online scam kini mengincar] [mahasiswa tingkat akhir dan lulusan baru|lulusan SMK jurusan TKJ dan multimedia|anak muda yang mahir komputer dan berbahasa Inggris].
[Iklan yang beredar di grup kampus berbunyi|Salah satu unggahan yang ditemukan berbunyi] {aw_quote}.
[Menurut pendamping korban|Menurut aparat], [lowongan semacam itu sering memakai istilah "magang berbayar", "IT support", atau "digital marketing executive"|korban diberi tes mengetik sederhana lalu langsung dinyatakan lolos].
[Pihak kampus|Sekolah-sekolah] [diminta memperbanyak sosialisasi migrasi aman|diimbau menyaring lowongan yang disebar di grup alumni].[?
{aw_faq}]
{aw_tail}""", n=13),

    T("id-cr-ad-025", "compound_recruitment", "ad", """[Lowongan Magang Berbayar Luar Negeri|Program Magang IT Internasional|Internship Overseas - Paid] {emoji_hot}
[Untuk|Dibuka untuk] [mahasiswa tingkat akhir & fresh graduate|lulusan SMK TKJ/RPL/multimedia|lulusan D3/S1 semua jurusan].
[Posisi|Divisi|POSISI|DIVISI|POSISI|DIVISI]: [IT support|digital marketing|customer support|content moderator].
[Lokasi|Penempatan|LOKASI|PENEMPATAN|LOKASI|PENEMPATAN]: [Bangkok, Thailand|kantor regional di Asia Tenggara|Phnom Penh].
[Uang saku|Gaji magang] {sal_u} [per bulan|/bulan], [jauh di atas magang biasa|bisa diangkat jadi karyawan].
[Tiket pesawat, hotel, dan makan ditanggung.|Semua biaya perjalanan ditanggung perusahaan.]
[Berangkat memakai visa turis; status magang diurus setelah tiba.|Tidak perlu visa magang, cukup bebas visa.]
[Seleksi: tes mengetik online dan interview via Zoom.|Seleksi cukup tes ketik + interview online.]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Daftar|Kirim CV] {c_scam}
{cr_end}""", n=15),

    T("id-cr-ad-026", "compound_recruitment", "ad", """[{cr_caps}
|{cr_caps}
|][Dibutuhkan {job_office}|LOWONGAN {job_office}|Lowongan Kerja {job_office}][ - Perusahaan Asing| (Perusahaan Multinasional)|]
[Perusahaan|Company|PERUSAHAAN|COMPANY|PERUSAHAAN|COMPANY]: {pt_fake}
[Lokasi|Penempatan|LOKASI|PENEMPATAN|LOKASI|PENEMPATAN]: [Thailand|{decoy}|Asia]
[Gaji|Salary|GAJI|SALARY|GAJI|SALARY]: {sal_u}[ nett| bersih|, dibayar bulanan]
[Tunjangan|Benefit|TUNJANGAN|BENEFIT|TUNJANGAN|BENEFIT]: [tiket pesawat, akomodasi, makan|tiket + mess + makan], [asuransi|laundry], [cuti 4 hari per bulan|libur bulanan]
[Kualifikasi|Syarat|KUALIFIKASI|SYARAT|KUALIFIKASI|SYARAT]:
- [WNI usia {age_range}|Pria/Wanita usia {age_range}]
- [Bisa bahasa Inggris dasar (tulisan)|Lancar mengetik di komputer|Bisa pakai Microsoft Office dasar]
- [Tidak diperlukan pengalaman|Pengalaman bukan syarat]
- [Paspor masih berlaku|Bersedia membuat paspor]
[Visa|Dokumen perjalanan|VISA|DOKUMEN PERJALANAN|VISA|DOKUMEN PERJALANAN]: [visa kunjungan disiapkan perusahaan|cukup bebas visa, izin kerja menyusul|diurus penuh oleh perusahaan]
[?{cr_more}
][?{cr_more}
]{cr_mid}[
{cr_num}|
{cr_num}|]
[Lamaran|Info & pendaftaran|LAMARAN|INFO & PENDAFTARAN|LAMARAN|INFO & PENDAFTARAN]: {c_scam}""", n=15),

    T("id-cr-chat-061", "compound_recruitment", "chat", """[?{cr_caps}{cr_sep} ][Magang|Internship] [IT|digital marketing|CS] [di Thailand|di luar negeri|di Phnom Penh] [uang saku|gaji] [{sal_u}|1000$], [tiket + hotel gratis|semua ditanggung], [berangkat pakai visa turis|cukup bebas visa], [buat mahasiswa & fresh grad|lulusan SMK boleh]. [Tes ketik online|Seleksi lewat Zoom]. [Daftar|DM] {c_scam}""", n=14),

    T("id-ot-message-021", "other_text", "chat", """[?{ot_caps}{cr_sep} ][Kak|Sis|Bund], [mau tanya|numpang tanya] [rekomendasi|info] [hotel murah di Bangkok|tempat makan halal di Phnom Penh|money changer yang bagus di {kota}|travel ke Bandara|sim card Thailand] [dong|ya]? [Aku|Kami] [mau ke sana|berangkat] [bulan depan|minggu depan|pas libur sekolah] [sama keluarga|berdua suami|rombongan kantor][ budget sekitar {trip_price}|, budget max Rp 2 juta|]. [Makasih|Thank you] {emo}""", n=15),
]


# =====================================================================================
# compound_recruitment: hand-written formal ads
# =====================================================================================
_hw("cr", "compound_recruitment", "ad", """
LOWONGAN KERJA CUSTOMER SERVICE
Penempatan: Phnom Penh, Kamboja
Perusahaan e-commerce internasional membutuhkan 20 orang Customer Service asal Indonesia.
Gaji pokok: USD 700 + bonus kehadiran USD 100 per bulan
Fasilitas: tiket pesawat, visa, asrama, makan 3 kali sehari, tes PCR ditanggung perusahaan.
Persyaratan:
1. Pria/Wanita usia 20-35 tahun
2. Bisa mengoperasikan komputer
3. Tidak perlu pengalaman
4. Memiliki paspor atau bersedia membuat
Kenaikan gaji setiap 3 bulan. Interview online via WhatsApp.
Hubungi: 0813-7742-1109 (Ibu Lina)
~~
Dibutuhkan Segera: Operator Komputer
Lokasi kerja: Thailand
Gaji: Rp 14.000.000/bulan
Tugas: input data dan membalas pesan pelanggan menggunakan komputer kantor.
Tidak memerlukan ijazah maupun IPK. Syarat utama hanya bisa mengetik dengan cepat dan memiliki paspor.
Tiket keberangkatan Jakarta-Bangkok disediakan. Setibanya di Bangkok, karyawan akan dijemput oleh tim perusahaan menuju lokasi kantor.
Mess dan makan disediakan gratis. Keberangkatan dijadwalkan minggu depan, kuota 15 orang.
Pendaftaran melalui Telegram @operator_th_recruit
~~
PT Global Mandiri Asia
Membuka lowongan: Digital Sales and Marketing Executive
Penempatan: kantor regional di Bangkok, Thailand
Gaji: USD 1.200 + komisi penjualan 3%
Kualifikasi:
- Usia 21-35 tahun
- Bahasa Inggris dasar (tulisan)
- Menguasai komputer dan media sosial
- Lulusan SMA/SMK/D3/S1 semua jurusan
Perusahaan menyediakan tiket pesawat pulang-pergi, akomodasi hotel, dan pengurusan visa. Karyawan berangkat menggunakan visa kunjungan; izin kerja akan diproses setelah masa percobaan.
Proses seleksi: tes mengetik dan interview online. Kandidat yang lolos dapat berangkat dalam 7 hari.
Kirim CV ke globalmandiri.hr@gmail.com
~~
Kesempatan Kerja ke Luar Negeri - Tanpa Biaya!
Kami mencari pekerja yang jujur dan rajin untuk posisi admin media sosial di perusahaan investasi yang berkantor di Sihanoukville.
Gaji mulai Rp 12 juta, dibayar dalam dolar setiap tanggal 15.
Perusahaan menanggung seluruh biaya: tiket, visa, tempat tinggal, makan, bahkan uang saku perjalanan.
Jam kerja 12 jam, libur 2 hari per bulan.
Anda tidak perlu memahami investasi; pelatihan diberikan di tempat.
Paspor belum ada? Tim kami akan membantu pengurusannya dari awal hingga selesai.
Segera hubungi admin kami di WhatsApp 0857-3319-2284 sebelum kuota penuh.
~~
INFO LOWONGAN KERJA DAPUR HOTEL THAILAND
Hotel bintang 4 membutuhkan:
- Cook Helper (5 orang)
- Pastry Cook (2 orang)
- Staf Cuci Piring (3 orang)
Gaji: USD 900 per bulan + service charge
Tiket pesawat dari Jakarta/Surabaya ke Bangkok ditanggung.
Calon karyawan akan dijemput di bandara dan diantar ke lokasi hotel di daerah perbatasan (perjalanan darat sekitar 7 jam).
Tidak perlu visa kerja, masuk dengan bebas visa 30 hari, selanjutnya diurus perusahaan.
Syarat: usia 20-40 tahun, sehat, pengalaman dapur diutamakan tapi tidak wajib.
Info lengkap: WA 0821-5540-7718
~~
LOWONGAN TUKANG KAYU & FINISHING INTERIOR
Proyek renovasi hotel dan kasino di Kamboja membutuhkan 25 tukang kayu dan 10 tukang finishing.
Upah: Rp 13 juta per bulan, lembur dihitung terpisah.
Tiket pesawat, makan, dan mess ditanggung penuh oleh kontraktor.
Kontrak 6 bulan, dapat diperpanjang.
Calon pekerja diharapkan bisa membaca dan mengetik di HP untuk laporan harian.
Berangkat rombongan dari Bandara Juanda, dipandu koordinator.
Pendaftaran ditutup tanggal 20. Hubungi Pak Joko: 0852-3310-6674
~~
LOWONGAN ADMIN CRYPTO - PHNOM PENH
Kami adalah perusahaan exchange aset digital yang sedang berkembang pesat.
Posisi: Admin Crypto / Customer Support
Gaji: USD 1.500 + komisi hingga 5%
Keuntungan:
✔ Tiket pesawat dan visa ditanggung
✔ Apartemen dekat kantor
✔ Makan siang dan malam gratis
✔ Pelatihan crypto gratis, tidak perlu pengalaman
Kami perusahaan legal dan aman, bukan perusahaan hitam seperti yang diberitakan.
Interview via Zoom, hasil langsung hari itu. Berangkat maksimal 5 hari setelah lolos.
Telegram: @pp_crypto_hr
~~
DICARI: Staf Customer Care (Chat Only)
Perusahaan: tidak disebutkan (perusahaan asing di Asia Tenggara)
Negara penempatan diinformasikan setelah interview.
Gaji: USD 1.000-1.300
Jam kerja: shift malam, 12 jam
Fasilitas: tiket, hotel, makan, laundry
Syarat: bisa membaca dan menulis bahasa Inggris sederhana, cepat mengetik, usia 18-35.
Interview hanya melalui chat Telegram; kami tidak menerima telepon.
Mohon kirim nama lengkap, usia, kota asal, dan foto halaman depan paspor ke @cc_asia_rekrut
~~
Lowongan Kerja: Admin Game Online
Lokasi: Bavet, Kamboja (perbatasan Vietnam)
Gaji: Rp 11.000.000 + bonus rollingan
Tidak melihat ijazah, tidak melihat IPK, tidak perlu pengalaman. Yang penting bisa main HP dan mengetik.
Tugas: memproses deposit dan withdraw member, membalas chat member.
Fasilitas: tiket Jakarta-Ho Chi Minh, penjemputan dari bandara ke kantor, mess ber-AC, makan 3x.
Berangkat menggunakan visa turis.
Daftar: wa.me/6289633108844
~~
REKRUTMEN KARYAWAN KANTOR DUBAI (PENEMPATAN ASIA)
Perusahaan teknologi keuangan yang berkantor pusat di Dubai membuka lowongan IT Support dan Customer Support.
Tahap 1: peserta diterbangkan ke Dubai dengan visa kunjungan untuk interview dan pelatihan selama 2 minggu (hotel ditanggung).
Tahap 2: peserta yang lolos ditempatkan di kantor cabang Thailand atau Myanmar.
Gaji: AED 3.500 (setara Rp 15 juta) per bulan.
Syarat: bahasa Inggris dasar, bisa komputer, usia 21-35.
Biaya tiket ke Dubai ditanggung perusahaan.
Hubungi: +62 813-4410-9927 (WhatsApp only)
~~
Butuh Uang untuk Keluarga? Kerja di Luar Negeri Solusinya!
Kami membuka lowongan Customer Service di Kamboja dengan gaji Rp 15 juta per bulan.
Khusus bulan ini, calon karyawan bisa mengambil kasbon gaji hingga Rp 10 juta sebelum berangkat, untuk melunasi utang atau kebutuhan keluarga. Kasbon dipotong bertahap dari gaji.
Tiket, visa, mess, dan makan ditanggung perusahaan.
Syarat cukup KTP dan bersedia berangkat dalam 1 minggu.
Hubungi koordinator wilayah: 0819-2207-5531
~~
LOWONGAN KERJA MARKETING ONLINE (FULL ENGLISH)
Lokasi: Myawaddy (dekat Mae Sot, Thailand)
Gaji: 20.000.000 IDR + bonus target
Kami mencari staf yang bisa berbahasa Inggris untuk mengelola akun media sosial dan berkomunikasi dengan klien luar negeri.
Rute keberangkatan: Jakarta - Bangkok (tiket ditanggung) - perjalanan darat ke Mae Sot - kantor.
Tidak perlu visa kerja.
Kontrak 1 tahun. Paspor dipegang perusahaan selama proses izin.
Kontak: @myw_marketing_hr
~~
OPEN RECRUITMENT - CUSTOMER SERVICE MANDARIN/INGGRIS
Penempatan Kamboja. Gaji USD 1.800 (Mandarin) / USD 1.000 (Inggris).
Tiket pesawat, visa, dan tempat tinggal ditanggung perusahaan.
Usia 18-35, tidak perlu pengalaman.
Kerja 6 hari seminggu, 12 jam per hari. Makan 3x gratis di kantin kantor.
Interview online, bisa berangkat dalam 3 hari.
WA: +855 88 219 407
~~
Lowongan Kerja Resort Kamboja
Resort di kawasan pantai Kamboja mencari staf resepsionis, waiter, dan housekeeping untuk kontrak 6 bulan.
Tidak perlu visa kerja, cukup paspor. Masuk sebagai wisatawan dengan bebas visa ASEAN.
Gaji Rp 10-12 juta + tips, kamar dan makan gratis.
Tiket pesawat PP ditanggung resort.
Cocok untuk yang ingin pengalaman kerja di luar negeri.
Kirim data diri ke DM Instagram kami atau WA 0838-7729-1065.
~~
LOWONGAN SCAMMER (JUJUR) - KAMBOJA
Kami tidak akan berbohong: pekerjaan ini adalah chat dengan calon investor luar negeri menggunakan akun dan skrip kantor.
Gaji pokok Rp 15 juta + komisi 5% dari setiap deposit.
Target mingguan berlaku. Bonus besar bagi yang mencapai target.
Tiket, mess, makan ditanggung. Kontrak minimal 1 tahun; jika keluar sebelum kontrak selesai wajib mengganti biaya keberangkatan.
Yang tidak siap mental tidak perlu mendaftar.
Telegram: @jujur_kerja_kh
~~
LOWONGAN STAF KARGO - HO CHI MINH CITY
Perusahaan kargo udara membuka 12 posisi staf gudang dan admin pengiriman.
Gaji USD 1.000, tiket pesawat Jakarta - Ho Chi Minh City ditanggung.
Setibanya di Vietnam, staf akan dibawa ke kantor cabang di dekat perbatasan melalui jalur darat.
Tidak perlu visa kerja (bebas visa 30 hari).
Interview cukup melalui WhatsApp. Berangkat paling lambat 2 minggu setelah diterima.
Hubungi 0877-2210-5539
~~
LOWONGAN KERJA LUAR NEGERI
CS / Admin / Operator
Gaji 10 - 20 juta
Tiket + Visa + Mess GRATIS
Berangkat dari Medan, Jakarta, Surabaya
Tanpa pengalaman, tanpa ijazah
Kuota 50 orang, berangkat bulan ini
Aman, legal, banyak orang Indonesia di kantor
Info: 0812-6650-3371 / Telegram @loker_ln_2025
~~
Dicari 10 Karyawan Wanita - Admin Live Chat
Kantor aplikasi sosial di Phnom Penh membutuhkan admin wanita usia 20-30 tahun untuk membalas chat pengguna aplikasi.
Gaji Rp 14 juta, bonus performa harian.
Berpenampilan menarik, bisa bahasa Inggris sederhana.
Tiket, apartemen, dan makan ditanggung.
Berangkat menggunakan visa turis; semua dokumen kerja diurus kantor setelah tiba.
Kirim foto terbaru dan data diri ke WA +855 96 340 112
~~
PENGUMUMAN REKRUTMEN
Perusahaan kami membuka rekrutmen Operator Data untuk penempatan di Laos (Kawasan Ekonomi Khusus).
Gaji USD 1.200, mess dan makan gratis.
Perjalanan: Jakarta - Bangkok - Chiang Rai (tiket ditanggung), lalu menyeberang sungai menggunakan perahu ke lokasi kantor.
Cukup memakai paspor, tidak perlu visa.
Syarat: usia 20-38, bisa komputer.
Daftar melalui Telegram @sez_operator_hr
~~
Lowongan Kerja Kamboja Gaji Normal
Posisi: Admin Online
Gaji: Rp 8,5 juta per bulan (tidak ada janji muluk-muluk)
Tiket dan mess ditanggung, makan 2x sehari.
Berangkat memakai bebas visa, izin kerja diurus setelah tiba.
Interview cukup lewat video call 10 menit.
Jam kerja 10 jam, libur 4 hari per bulan.
Hubungi Mbak Sari: 0858-4410-2297
~~
INFO KEBERANGKATAN GELOMBANG 3
Kepada calon karyawan yang sudah lolos interview:
1. Berkumpul di Terminal 3 Bandara Soekarno-Hatta pukul 05.00.
2. Bawa paspor, KTP, dan pakaian secukupnya.
3. Jika ditanya petugas imigrasi, sampaikan bahwa Anda akan berlibur ke Bangkok. Jangan menyebut pekerjaan.
4. Setibanya di Bangkok, ikuti koordinator menuju mobil jemputan.
5. Paspor akan dikumpulkan oleh koordinator untuk pengurusan izin kerja.
Gaji pertama dibayarkan setelah 30 hari kerja.
Pertanyaan: Telegram @koord_gel3
~~
LOWONGAN TYPING JOB (TANPA PENGALAMAN)
Perusahaan di Thailand membutuhkan 30 orang typing staff.
Gaji: 950 USD per bulan
Hanya perlu kemampuan mengetik minimal 30 kata per menit. Tes ketik dilakukan online.
Tiket pesawat, akomodasi, dan visa ditanggung perusahaan.
Usia 18-35 tahun, laki-laki/perempuan.
Berangkat dalam 1 minggu setelah lolos tes.
Kirim hasil tes ketik ke typingjob.th@gmail.com
~~
KERJA DI FILIPINA - CUSTOMER SERVICE GAMING
Perusahaan online gaming di Pampanga membutuhkan CS berbahasa Indonesia.
Gaji: PHP 60,000 (± Rp 17 juta)
Tiket PP ditanggung, dorm dan makan gratis.
Masuk dengan visa turis 30 hari, nanti perusahaan yang mengurus perpanjangan.
Tidak perlu pengalaman. Bisa bahasa Inggris dasar.
Kontak: WA +63 917 224 5518
~~
Lowongan CS - Kerja Kantoran di Luar Negeri
Sudah lelah kerja dengan gaji UMR? Saatnya kerja kantoran dengan gaji dolar!
Posisi customer service, kerja duduk di ruangan ber-AC, membalas chat pelanggan.
Gaji USD 1.000 per bulan (± Rp 16 juta).
Berangkat gratis. Lokasi: Poipet, Kamboja (dekat perbatasan Thailand).
Dari Bangkok akan dijemput dan menyeberang perbatasan bersama tim.
Pendaftaran: 0896-2230-7714
""", 201)

_hw("cr", "compound_recruitment", "chat", """
Gaji 1.000 dolar, kerja di Thailand, visa turis. Udah itu aja infonya kak, detail nanti pas interview 😊
~~
halo kak, masih cari kerja? kantor kami butuh CS, kerjanya cuma chat. gaji 16jt. tempatnya di luar negeri, tiket kami yg urus
~~
Ada info kerja di Kamboja, bagian admin. Gaji 13 jt. Berangkat bareng aku tanggal 3, nanti aku yg urus semua. Kamu cukup siapin paspor
~~
Kak kalau mau daftar kirim: nama lengkap, umur, foto KTP, foto paspor. Nanti admin jadwalkan interview Zoom besok pagi
~~
Kak tenang aja, walaupun visa turis tetep bisa kerja kok. Semua karyawan di sini gitu. Yang penting pas di bandara bilang liburan
~~
Admin chat buat web trading di Phnom Penh, $1.300 + bonus, tiket & apartemen free. Bisa English dikit aja. DM
~~
Loker customer service 🇹🇭 Thailand 💵 17-20jt ✈️ tiket free 🏨 hotel free 📝 interview online ⏳ berangkat 5 hari. Chat @th_cs_job
~~
kerja jdi cs di kamboja gaji 14jt mau ga? aku udh disini 4 bln, aman kok. tiket dibayarin kantor
~~
Sob lo bisa bahasa inggris kan? Kantor gw di Kamboja butuh orang buat chat sama bule. Gaji 20jt. Serius ini, tiket dibayarin
~~
Posisi staf dapur di hotel dekat perbatasan Thailand, gaji 13 juta, makan tidur gratis. Tiket Jakarta-Bangkok kami kirim minggu ini
~~
Cari 2 orang tukang kayu buat proyek hotel di Sihanoukville. Gaji 12jt. Berangkat lusa, tiket udah ada. Hub Pak Yanto
~~
Ada kerja part time di resort Kamboja 3 bulan, gak usah visa, gaji 11jt sebulan + tips. Cocok buat yg baru lulus
~~
Kamu ada utang kan? Kerja aja di tempatku di Kamboja, bisa kasbon 8 juta dulu buat bayar. Nanti potong gaji pelan2
~~
Bosku bisa minjemin uang buat lunasin pinjolmu, asal kamu mau kerja di kantornya di Bavet 1 tahun. Gaji 14jt. Gimana?
~~
Interview jam 7 malam via Telegram voice ya kak. Kalau lolos langsung dikirim tiket. Posisi CS online di kantor Thailand, $1.100
~~
Loker CS Kamboja
💰 14-18jt
✈️ tiket PP
🏠 mess + makan
⏰ 12 jam kerja
📱 PM
~~
Dibutuhkan admin media sosial (bisa pake HP), kerja di Kamboja, gaji 12jt, tanpa ijazah. Chat WA +855 16 223 905
~~
Mau penghasilan dolar? Jadi CS di perusahaan trading Thailand, gaji $1200. Berangkat gratis, gak perlu visa kerja
~~
Kerja kantor di Myanmar gaji 22jt, bisa lewat Bangkok. Semua biaya kantor tanggung. Kalau mau, kirim foto paspor
~~
Info kerja: operator judi online di Kamboja, gaji 10jt + bonus. Banyak orang Indo di sana, jadi gak kesepian 😁
~~
Ada kerja ngetik di Thailand 900 dolar sebulan. Syaratnya cuma bisa ngetik 30 kata per menit. Tiket gratis. Mau?
~~
Kak aku HR dari kantor di Sihanoukville. Posisi CS masih 3 slot. Gaji 15jt. Kalau kakak siap, tiket minggu ini bisa aku book
~~
Gaji 900 dolar jadi cook helper di Bangkok kak, tiket ditanggung. Nanti dari bandara ada yg jemput ke tempat kerja
~~
Cewek2 yg mau kerja admin chat di Kamboja, umur 20-28, gaji 14jt, apartemen gratis. Kirim foto & umur ke DM ya 💕
~~
Kak mohon maaf, untuk posisinya kami tidak bisa kasih nama perusahaan dulu ya, nanti setelah sampai. Yang jelas kantor di Asia, gaji USD 1.000
~~
Yg mau kerja luar negeri tanpa agen, tanpa potongan, langsung kerja di kantor Kamboja, gaji 12-15jt. Komen "INFO"
~~
Gak perlu ke kantor imigrasi buat visa kerja, kak. Cukup paspor biasa, masuk bebas visa. Nanti kantor yg urus di sana
~~
Pokoknya kakak tinggal berangkat aja, dari bandara Phnom Penh nanti ada orang kantor pegang papan nama. Paspornya kasih ke dia ya
~~
Aku rekomendasiin kamu ke HRD ya, kerja CS di Kamboja. Kalau kamu berangkat aku dapet bonus 3 juta, nanti kita bagi dua 😁
~~
Lagi butuh 8 orang lagi buat berangkat Kamis ke Thailand. Posisi admin, gaji 16jt. Yg siap kirim KTP sekarang
~~
Sumpah kak ini bukan scam, aku sendiri udah kerja di sini. Kantornya gede, ada kolam renang. Gaji 15jt lancar. Mau aku video call?
~~
Kerja di Filipina jadi CS web game, gaji 15jt, visa turis dulu nanti diperpanjang kantor. Tiket PP gratis. Minat?
~~
Lur, nang Thailand ono kerjaan dadi koki, bayarane 14 juta. Tiket dibayari. Mengko dijemput nang bandara. Gelem ra?
~~
Kang, aya padamelan di Kamboja jadi operator komputer, gajih 13 juta, tiket gratis. Mung kudu gaduh paspor. Kumaha, minat?
~~
Horas lae, ada kerjaan di Kamboja jadi admin, gaji 15 juta. Tiket ditanggung. Kalau mau kabari aku cepat ya
~~
Daeng, ada lowongan CS di Thailand gajinya besar, 17 juta. Berangkat dari Makassar, tiket gratis. Mau ka?
~~
Ini link grup buat yg mau kerja di Kamboja, isinya info lowongan CS & admin, gaji 12-20jt 👉 t.me/kerja_kamboja_indo
~~
Kak, minggu depan ada keberangkatan ke Thailand, masih ada 2 kursi. Kerjanya marketing online, gaji 18jt. Gak perlu pengalaman
~~
Terus terang aja kak, di sini kerjanya chat sama orang luar negeri terus arahin ke investasi. Gaji 17 juta plus bonus. Banyak yg betah kok
~~
Dicari admin live chat buat web casino, lokasi Kamboja, gaji 1.100 USD. Mess gratis, tiket gratis. Kirim CV ke DM
~~
Rekrut operator komputer ke Kamboja, gaji 13jt, wajib punya HP Android. Ga perlu skill khusus. Berangkat minggu depan
~~
Kak jadwal interview besok jam 10 via video call ya. Siapin paspor buat ditunjukin. Habis itu langsung booking tiket ke Phnom Penh
~~
Perusahaan saya di Bangkok sedang rekrut CS bahasa Indonesia, gaji 1.000 USD. Pakai visa turis dulu. Tiket & hotel kami tanggung. Minat?
~~
Butuh cepat 20 cowok umur 20-35, kerja admin di Kamboja, gaji 14jt. Kumpul di Batam, nyebrang bareng. Hub 0812-7705-3319
~~
Kerja ringan di kantor Kamboja, jam kerja 12 jam tapi santai. Gaji 13jt. Ada wifi, gym, kantin. Tiket ditanggung
~~
Loker CS Myanmar perbatasan Thailand, gaji 25jt, berangkat via Bangkok. Jangan takut, di sana aman. DM @myw_cs
~~
Gak usah mikir lama kak, slot tinggal 1. Gaji 15jt, tiket besok. Kalau kakak gak ambil, saya kasih orang lain ya
~~
Kak kalau keluarga tanya, bilang aja kerja di kantor Thailand ya. Biar mereka gak khawatir. Di sini semua aman kok
~~
Ada info kerja di Laos kasino, gaji 1.300 USD, mess gratis. Terbangnya ke Chiang Rai nanti nyebrang naik perahu. Mau?
~~
Halo kak, kami lihat profil LinkedIn kakak. Ada posisi Digital Marketing Executive di Bangkok, USD 1.400, tiket & hotel ditanggung, visa turis dulu. Bisa interview?
""", 301)

_hw("lj", "legit_job", "ad", """
LOWONGAN KERJA - URGENT!!
PT Telekontak Mandiri membutuhkan 50 Agent Call Center Inbound untuk project perbankan.
Penempatan: Jl. Gatot Subroto Kav. 21, Jakarta Selatan
Gaji: Rp 5.067.000 (UMP) + insentif hingga Rp 1.000.000
Syarat:
- Min. SMA/SMK, usia 18-30
- TIDAK PERLU PENGALAMAN, fresh graduate welcome!
- Suara jelas, bisa mengetik cepat
- Bersedia kerja shift
Training dibayar 2 minggu. BPJS Kesehatan & Ketenagakerjaan.
Walk-in interview Senin-Jumat jam 09.00-12.00. Bawa CV & KTP.
Tidak dipungut biaya. Info: WA HR 0811-2034-5567
~~
DIBUTUHKAN SEGERA 🔥
Staf Gudang (20 orang) - Gudang e-commerce Cikarang
✅ Pria 18-30 th
✅ Min. SMP/SMA
✅ Tanpa pengalaman OK
✅ Siap shift & lembur
💰 Gaji UMK Bekasi + lembur + BPJS
📍 Kawasan Industri Jababeka Blok F, Cikarang
Lamaran langsung ke pos satpam, Senin-Kamis 08.00-11.00
Tidak ada biaya apa pun, hati-hati calo!
~~
Lowongan Kerja Customer Service Online (Fresh Graduate Welcome)
PT Arunika Digital Indonesia - Yogyakarta
Kami membutuhkan 10 CS chat untuk melayani pelanggan aplikasi kami melalui live chat dan email.
Kualifikasi: min. D3, bisa bahasa Inggris pasif, teliti, siap kerja shift (pagi/siang).
Gaji Rp 3.200.000 (di atas UMK Kota Yogyakarta) + insentif kinerja + BPJS.
Kerja di kantor (WFO), Jl. Magelang Km 5, Sleman.
Proses: seleksi berkas, tes mengetik, interview HR & user.
Kirim CV ke hr@arunika.id paling lambat 30 Juni.
~~
URGENT HIRING - SPG/SPB PAMERAN ELEKTRONIK
Area: Surabaya (Tunjungan, Galaxy, Pakuwon)
Kontrak 3 bulan, bisa diperpanjang
Gaji Rp 3,8 juta + komisi penjualan
Syarat: usia 18-27, berpenampilan rapi, komunikatif, tanpa pengalaman boleh
Interview langsung hari Sabtu, 10.00 WIB, di kantor PT Cahaya Retail Nusantara, Jl. Raya Darmo No. 88
CP: Mbak Wulan 0813-3012-4476 (WA)
~~
WALK IN INTERVIEW
PT Prima Callindo Utama
Posisi: Telemarketing Asuransi & Customer Service
Tanggal: Rabu, 18 Juni 2025, pukul 09.00-13.00 WIB
Lokasi: Ruko Golden Boulevard Blok C-12, BSD Tangerang
Syarat: min. SMA, usia max 35 tahun, fresh graduate dipersilakan
Gaji pokok Rp 4,6 juta + komisi + BPJS
Bawa CV, fotokopi KTP, dan pas foto.
Seluruh proses gratis.
~~
Lowongan Admin Gudang & Kasir - Toko Bangunan Sinar Jaya
Lokasi: Jl. Ahmad Yani No. 210, Sidoarjo
Dibutuhkan:
• Admin gudang (1 orang): SMK, bisa Excel, teliti
• Kasir (2 orang): wanita, SMA, jujur
Pengalaman tidak wajib, akan diajari.
Gaji Rp 3.600.000 - Rp 4.200.000, makan siang, BPJS, THR.
Jam kerja Senin-Sabtu 08.00-16.00.
Lamaran dibawa langsung ke toko atau WA 0857-3340-1109 (chat).
~~
LOKER MEDAN - CUSTOMER SERVICE BANK (OUTSOURCING)
PT Sigma Mitra Outsourcing membuka 15 posisi CS untuk bank nasional di Medan.
• Min. D3 semua jurusan, IPK 2,75
• Usia max 27 tahun
• Fresh graduate welcome
• Berpenampilan menarik dan komunikatif
Gaji sesuai UMK Medan + tunjangan transport.
Kontrak 1 tahun (PKWT), BPJS lengkap.
Kirim CV ke recruitment.medan@sigmamitra.co.id, subjek: CS-MDN
~~
Dicari Segera: Pramuniaga & Kasir Minimarket
Penempatan: Bogor, Depok, Bekasi
Pendidikan min. SMA/SMK, usia 18-26, belum pengalaman boleh.
Gaji UMK + tunjangan kehadiran + BPJS.
Pendaftaran online hanya melalui situs karir resmi perusahaan; kami tidak pernah meminta biaya atau transfer.
Tes dan interview dilaksanakan di kantor cabang.
~~
Lowongan Staf Administrasi - Rumah Sakit Ibu dan Anak
Lokasi: Semarang
Syarat: D3 Administrasi/Rekam Medis, fresh graduate welcome, mampu MS Office.
Jam kerja shift (pagi/siang). Gaji Rp 3,4 juta + tunjangan + BPJS.
Berkas lamaran diantar ke bagian SDM, Jl. Pandanaran No. 30, paling lambat 25 Juli.
Info: 024-8440-1123
~~
LOKER BANDUNG 🔔
Toko online fashion muslim butuh:
1. Admin chat marketplace (3 orang)
2. Packing (4 orang)
Syarat: wanita 18-28, SMA/SMK, fast respon, tanpa pengalaman boleh.
Kerja di gudang kami (Jl. Asia Afrika), bukan dari rumah.
Gaji Rp 2,9 - 3,3 juta + bonus omzet + makan siang.
Kirim CV via WA 0822-1109-3374
""", 401, bpo=True)

_hw("lj", "legit_job", "chat", """
Loker urgent: CS call center provider di Makassar, fresh grad boleh, gaji UMP Sulsel + insentif. Interview Senin jam 9 di kantor, Jl. Sultan Hasanuddin 19. Gratis ya!
~~
Ada yg nyari kerja? Gudang ekspedisi di Sidoarjo butuh 10 helper, langsung kerja, gaji harian 150rb dibayar mingguan. Hub mandor 0857-1190-3348
~~
Kak, admin toko kue di Solo masih dibutuhin? Aku lulusan SMK, belum ada pengalaman tapi bisa Excel 🙏
~~
Masih kak, silakan datang Jumat jam 10 ke toko ya, bawa CV. Gaji 2,6jt + makan siang. Jam kerja 8-4 😊
~~
Barusan interview CS di kantor outsourcing, langsung disuruh training besok. Gaji 4,8jt + BPJS. Alhamdulillah gak sia-sia nganggur 3 bulan 😭🙏
~~
Info lowongan: call center layanan darurat kota Surabaya buka rekrutmen operator, min SMA, usia 20-30, tanpa pengalaman. Pendaftaran lewat website pemkot
~~
Lowongan CS chat e-commerce WFO di Jakbar, fresh grad welcome, shift 3, gaji 5,1jt. Walk in tiap Selasa & Kamis jam 9 pagi. Bawa CV + KTP
~~
Toko HP di Palembang butuh sales counter, cowok/cewek, no exp, gaji 3jt + komisi. Datang langsung aja ke toko
~~
Urgent!! Butuh 5 kasir untuk resto cepat saji di Bekasi, SMA, umur 18-25, shift. Gaji UMK. Lamaran ke resto langsung atau email hrd@sentosafood.co.id
~~
Lowongan admin ekspedisi Denpasar, SMK, bisa komputer, fresh grad ok, gaji 3,3jt. Kirim CV ke WA 0819-3302-7716
~~
Buat yang di Batam, PT elektronik Muka Kuning lagi buka operator produksi (wanita), tanpa pengalaman, gaji UMK Batam, mess tersedia. Lamaran via BKK/Disnaker, gak ada biaya
~~
Kantorku (BPO) di Bandung butuh 30 agent inbound buat project telco. Min SMA, no exp, training 2 minggu dibayar. Gaji 4,2jt + bonus. Mau aku kirimin info HR-nya?
~~
URGENT: Crew outlet donat di Malang, part time/full time, tanpa pengalaman, gaji 2,5jt (full time). Walk in ke outlet Jl. Ijen jam 2 siang
~~
Dicari admin sosial media untuk klinik kecantikan di Pekanbaru, bisa Canva & CapCut, fresh grad boleh. Gaji 3,5jt + bonus. CV ke WA 0852-7740-1126
~~
Loker Semarang: helper gudang distributor minuman, pria, 18-30, SMA, tanpa pengalaman. Gaji UMK + uang makan. Interview di gudang Jl. Kaligawe
~~
Lowongan perawat klinik 24 jam di Depok, wajib STR, pengalaman min 1 th. Gaji 4,5jt + tunjangan shift. Kirim lamaran ke email klinik
~~
Butuh drafter arsitek untuk konsultan di Bandung, min D3, bisa AutoCAD & SketchUp, gaji 5-6jt. Kirim portofolio ke email kantor
~~
Loker guru TK di Bekasi, S1 PAUD, sabar dan kreatif, gaji 3,2jt + BPJS. Lamaran ke kantor yayasan
~~
Lowongan mekanik motor bengkel resmi di Cilacap, SMK otomotif, pengalaman 1 th, gaji 3,4jt + insentif servis. Datang bawa CV
~~
Info: perusahaan konsultan IT di Jaksel cari Senior Data Engineer, gaji 25-30jt, hybrid. Apply lewat LinkedIn resminya ya, prosesnya 3 tahap
""", 501, bpo=True)
HANDWRITTEN[:] = [_dc.replace(h, bpo_urgent=False) if h.category == "legit_job" and any(
    k in h.text for k in ("perawat klinik", "drafter", "guru TK", "mekanik motor", "Data Engineer", "Staf Administrasi - Rumah Sakit",
                          "Aku lulusan SMK, belum ada pengalaman", "Barusan interview CS"))
    else h for h in HANDWRITTEN]

_hw("lo", "legit_overseas", "ad", """
PENGUMUMAN
Nomor: PENG. 1352/KP.04/PP.02.04/V/2025
Tentang: Pendaftaran Ujian EPS-TOPIK CBT Sektor Manufaktur Tahun 2025
Kementerian Pelindungan Pekerja Migran Indonesia membuka pendaftaran ujian EPS-TOPIK CBT dengan kuota 3.000 peserta.
Persyaratan: WNI usia 18-39 tahun, pendidikan minimal SLTP, tidak buta warna, tidak pernah dideportasi dari Korea, memiliki paspor yang masih berlaku.
Pendaftaran dilakukan secara online melalui SISKOP2MI. Biaya ujian USD 28 dibayarkan melalui bank yang ditunjuk.
Peserta yang lulus ujian bahasa wajib mengikuti tes keterampilan dan medical check-up. Penempatan menggunakan visa kerja E-9.
KP2MI tidak bekerja sama dengan pihak mana pun yang menjanjikan kelulusan. Laporkan pungutan liar ke call center KP2MI.
~~
JOB ORDER TAIWAN - CAREGIVER PANTI LANSIA
Pemberi kerja: Taichung Harmony Elderly Care Center
Jumlah: 12 orang (wanita)
Gaji: NT$28.590 per bulan, 8 jam kerja/hari, lembur dibayar
Kontrak: 3 tahun
Syarat: D3/S1 Keperawatan, usia 20-35, sehat, lulus medical
Job order telah dilegalisasi KDEI Taipei dan tercatat di SISKOP2MI.
Tiket pesawat, visa kerja, dan biaya medical ditanggung pemberi kerja melalui reimbursement setelah tiba di Taiwan.
Pendaftaran: PT Arta Formosa Jaya (SIP3MI resmi), kantor cabang Semarang, telp 024-7601-3345
~~
PROGRAM SSW JEPANG - SEKTOR PERTANIAN
LPK Sakura Mandiri bekerja sama dengan P3MI PT Bintang Sakura Indonesia membuka pendaftaran calon pekerja sektor pertanian (tanaman hortikultura) di Prefektur Ibaraki.
Syarat: JFT-Basic A2 atau JLPT N4, lulus ujian keterampilan pertanian, usia 19-35, sehat.
Gaji: JPY 175.000-190.000 per bulan sebelum pajak, asrama tersedia (potongan sesuai kontrak).
Tiket keberangkatan ditanggung perusahaan penerima. Kontrak 1 tahun, dapat diperpanjang.
Seluruh proses (COE, visa, OPP) dilakukan secara resmi dan tercatat di SISKOP2MI.
Info: kantor LPK Jl. Magelang Km 5, Sleman. WA 0812-2760-4419
~~
REKRUTMEN PERAWAT G TO G KE JEPANG
Kandidat nurse (kangoshi) dan careworker (kaigofukushishi) angkatan 2025
Syarat nurse: D3/S1 Keperawatan, pengalaman kerja min. 2 tahun, usia maks. 35 tahun.
Syarat careworker: D3/S1 Keperawatan, usia maks. 35 tahun.
Peserta terpilih mengikuti pelatihan bahasa Jepang selama 6 bulan tanpa biaya.
Gaji setara tenaga kerja Jepang dengan kualifikasi yang sama. Tiket ditanggung program.
Pendaftaran melalui SISKOP2MI. Tidak dipungut biaya apa pun dan tidak melalui perantara.
~~
LOWONGAN RESMI PLRT HONG KONG
PT Mitra Insani Global (P3MI resmi, SIP3MI No. B.452/KP.02/2023)
Gaji: HK$4.990 + food allowance HK$1.236 per bulan
Kontrak: 2 tahun (Standard Employment Contract)
Libur: 1 hari per minggu + hari libur nasional Hong Kong
Syarat: wanita 21-40 tahun, sehat, bersedia pelatihan di BLK
Agensi mitra di Hong Kong terdaftar di KJRI Hong Kong. Tiket ditanggung majikan.
Biaya penempatan sesuai peraturan; tidak ada potongan gaji berlebihan.
Kantor: Jl. Raya Darmo No. 88, Surabaya. Telp 031-5520-7741
~~
JOB FAIR KERJA LUAR NEGERI KABUPATEN CILACAP
Kamis, 12 Juni 2025, 08.00-14.00 WIB, Gedung Serbaguna Kabupaten Cilacap
Diikuti 18 P3MI resmi dengan job order Jepang (SSW), Taiwan (pabrik & caregiver), Hong Kong (PLRT), Korea (informasi EPS), dan Malaysia (perkebunan).
Tersedia layanan LTSA: konsultasi, pengecekan legalitas P3MI, dan pendaftaran SISKOP2MI.
Sosialisasi migrasi aman oleh BP3MI Jawa Tengah.
Gratis, terbuka untuk umum. Bawa fotokopi KTP dan ijazah.
""", 201)

_hw("lo", "legit_overseas", "chat", """
Pengumuman SLC EPS minggu ini udah keluar, cek di SISKOP2MI ya yg lulus tes. Habis itu tinggal CCVI sama visa E-9 🙏🇰🇷
~~
Kak, aku lulusan SMK mesin, umur 24. Bisa ikut SSW Jepang sektor manufaktur? Terus biayanya berapa kalau lewat P3MI resmi?
~~
Bisa kak, syaratnya JFT-Basic/N4 + tes skill manufaktur. Biaya sesuai ketentuan, ada yang ditanggung perusahaan Jepang. Cek P3MI-nya terdaftar di SISKOP2MI ya
~~
Ibu saya dulu kerja di Hong Kong 6 tahun lewat PT resmi, sekarang bisa buka warung di kampung. Gaji waktu itu HK$4.000-an. Alhamdulillah
~~
Suami berangkat ke Korea lewat EPS tahun lalu, sekarang gajinya 2,3 juta won. Kerja di pabrik furnitur. Dulu tesnya cuma bayar USD 28 🙏
~~
Temen2 yg mau ke Taiwan, job order caregiver di Tainan masih buka di PT kami (P3MI resmi). NT$28.590, kontrak 3 th, tiket visa medical ditanggung majikan
~~
Baru pulang dari OPP di BP3MI. Ternyata kita dapat BPJS Ketenagakerjaan dan dijelaskan cara lapor kalau ada masalah di negara penempatan. Jadi lebih tenang 😊
~~
Ada yg udah pernah ikut program pekerja musiman Korea lewat Pemkab? Katanya 5 bulan, gaji sesuai UMR Korea, ditanggung akomodasi. Aku mau daftar tahun depan
~~
Aku ikut, kak. Daftar di Disnaker kabupaten, seleksi, medical, terus berangkat. Gajinya ± 2 juta won sebulan. Gak ada biaya calo sama sekali
~~
Tiket udah di tangan 🎫✈️ Besok berangkat ke Osaka kerja di panti lansia (SSW kaigo). Gaji ¥200rb, asrama disediain. Bismillah
~~
Info job order Malaysia perkebunan sawit, RM 1.700 + lembur, kontrak 2 th, permit kerja resmi, tiket & FOMEMA ditanggung majikan. P3MI resmi di Nunukan, hubungi 0852-4120-9936
~~
Mbak, calling visa Malaysia sampeyan udah keluar. Jadwal OPP Selasa di BP3MI, habis itu berangkat lewat Nunukan - Tawau ya
~~
Pemagangan Jepang dari Kemnaker itu beneran gratis kok, aku alumni. Uang saku di sana 130 ribu yen sebulan, tiket ditanggung. Daftar lewat Disnaker aja
~~
Dulu aku ragu ambil job order Taiwan karena takut ditipu, ternyata PT-nya ada di SISKOP2MI, majikannya jelas, kontrak ditandatangani di depan petugas. Sekarang udah tahun ketiga 🇹🇼
~~
Buat yg lolos G to G Jerman, kursus bahasa Jerman dimulai bulan depan di Jakarta. Semua ditanggung program. Jangan lupa bawa STR asli pas verifikasi
~~
Lowongan kru kapal pesiar lewat manning agency berizin: waiter, cook, housekeeping. Gaji USD 1.100-1.600 + tips, kontrak 8 bulan. Pelatihan BST wajib. Tidak ada biaya penempatan
~~
Kakakku kerja di Korea udah 4 tahun 10 bulan lewat EPS, bentar lagi kontrak habis. Katanya gaji lembur bisa sampai 3 juta won 😍
~~
Anak saya baru dapat COE dari Jepang, tinggal ajukan visa SSW lewat P3MI. Tiket ditanggung perusahaan Jepang. Terima kasih LPK yang sudah membimbing
~~
Info dari BP3MI: job order resmi Hong Kong & Taiwan bisa dicek di SISKOP2MI. Kalau ada yg nawarin lewat FB tanpa nama PT, jangan diambil
~~
Lowongan welder ke Jepang SSW (sektor industri manufaktur), syarat sertifikat las + JFT-Basic. Gaji ± ¥220rb. Lewat P3MI resmi, kontrak 1 th bisa diperpanjang. Info 0813-5501-2276
""", 301)

_hw("aw", "awareness", "chat", """
🚨 Jangan mau diajak kerja "CS di Thailand" kalau berangkatnya pakai visa turis & dijemput ke perbatasan. Itu jalur ke Myawaddy. Udah banyak korbannya
~~
Teman-teman, perekrut sekarang pakai kata "bukan perusahaan hitam, aman, legal". Justru itu tanda bahaya. Perusahaan resmi gak perlu ngomong gitu 🚩
~~
Loker resort Kamboja "tanpa visa" yg viral di TikTok itu jebakan ya. Tanpa visa kerja artinya kamu ilegal di sana dan gak bisa minta perlindungan
~~
Kalau ada yg nawarin bayarin utangmu asal mau kerja di Kamboja, tolak! Itu jeratan utang, nanti kamu gak bisa keluar sebelum "lunas"
~~
Adikku hampir berangkat kerja "typing job" di Thailand gaji 900 dolar. Untung aku baca berita, itu modus yang sama kayak korban di Myanmar. Sekarang dia kerja di pabrik dekat rumah aja
~~
Info dari grup ibu-ibu: anak muda di kampung kami ditawari kerja admin crypto di Phnom Penh lewat IG. Sudah dilaporkan ke polsek. Tolong awasi anak-anak kita 🙏
~~
Interview lewat Zoom 5 menit, paspor dibuatin perekrut, berangkat 3 hari kemudian. Itu bukan rekrutmen normal gaes, itu pola TPPO
~~
Postingan "butuh 50 orang kerja di Kamboja, tanpa ijazah, gaji 15jt" di grup ini udah admin hapus. Tolong jangan ada yg share lagi
~~
Gue dulu pernah di KK Park. Awalnya dijanjiin kerja marketing di Bangkok. Sekarang gue bantu LSM buat edukasi. Kalau ada yg ragu sama tawaran kerja, tanya gue aja
~~
Bu RT, tolong diumumkan di grup ya. Ada mobil yang keliling nyari anak muda buat kerja di luar negeri gaji besar. Sudah lapor ke Babinsa
~~
Tips: sebelum ambil kerja luar negeri, minta nama PT, nomor izin, dan job order. Cek di SISKOP2MI. Kalau perekrut ngeles, tinggalin
~~
Gaji 20 juta buat lulusan SMP tanpa pengalaman di Kamboja? Coba pikir, kenapa perusahaan mau bayar segitu plus tiket gratis? Karena kamu yg bakal disuruh nipu orang
~~
Sebar ke grup keluarga: Kemlu & KP2MI sudah berkali2 bilang Kamboja bukan negara penempatan PMI. Semua loker kerja ke sana lewat medsos = ilegal
~~
Bapak ibu guru, mohon ingatkan alumni. Ada lowongan "magang IT di Thailand" yang beredar di grup alumni SMK. Sudah ada 2 alumni sekolah tetangga yang terjebak di Kamboja
~~
Kak aku dapet DM: "Kerja di Bavet, CS, 1.200 USD, berangkat lusa". Aku cek di berita, Bavet itu salah satu lokasi kawasan scam ya? Untung belum aku bales
""", 301)

_hw("aw", "awareness", "news", """
Dua warga Kabupaten Brebes yang sempat hilang kontak di Kamboja akhirnya dapat dihubungi keluarganya. Keduanya berangkat setelah menerima tawaran "admin online, gaji 14 juta, tiket gratis" dari akun Facebook. Pemerintah desa bersama Disnaker kini berkoordinasi dengan KBRI untuk proses pemulangan.
~~
Sebuah kampus di Surabaya menerbitkan surat edaran agar mahasiswa waspada tawaran magang luar negeri yang beredar di grup WhatsApp. Tawaran tersebut menjanjikan uang saku USD 1.000, tiket dan hotel gratis, serta keberangkatan memakai visa turis ke Thailand. Kampus meminta mahasiswa hanya mengikuti program magang yang bekerja sama resmi dengan universitas.
~~
Polres di Jawa Barat menangkap seorang perempuan yang diduga merekrut 7 warga untuk bekerja di Kamboja. Pelaku menjanjikan gaji Rp 13 juta dan kasbon Rp 5 juta sebelum berangkat. Setibanya di Kamboja, para korban justru dipaksa menjadi operator penipuan investasi dan diancam denda jika ingin pulang.
~~
Survivor TPPO asal Bitung membagikan kisahnya dalam acara sosialisasi migrasi aman. Ia mengaku direkrut tetangganya sendiri dengan iming-iming kerja "customer service perusahaan online" di Kamboja. "Tetangga saya dapat bonus untuk setiap orang yang dia bawa," ujarnya. Ia berharap warga lebih kritis sebelum menerima tawaran kerja ke luar negeri.
~~
KBRI Bangkok mengimbau WNI tidak menerima tawaran kerja yang mengharuskan perjalanan darat ke wilayah perbatasan Thailand-Myanmar. Menurut KBRI, banyak korban awalnya dijanjikan bekerja di Bangkok sebagai staf marketing atau admin, lalu dibawa ke Mae Sot dan diseberangkan ke Myawaddy tanpa dokumen yang sah.
~~
Pemerintah provinsi meluncurkan kanal pengaduan bagi warga yang menerima tawaran kerja mencurigakan. Warga cukup mengirim tangkapan layar iklan, misalnya yang berbunyi "loker CS Kamboja, gaji 15 juta, tiket PP gratis, minat PM", untuk diverifikasi petugas Disnaker dalam 1x24 jam.
~~
Seorang perempuan asal Lampung berhasil diselamatkan dari sebuah kompleks di Sihanoukville setelah mengirim pesan minta tolong ke akun media sosial KBRI. Ia direkrut sebagai "admin chat aplikasi" dengan gaji Rp 14 juta. Di lokasi, ia dipaksa berpura-pura menjadi perempuan lajang untuk menipu korban di luar negeri.
~~
Kepolisian mengungkap bahwa sindikat kini merekrut pekerja terampil seperti koki dan tukang kayu dengan dalih proyek hotel di Thailand dan Kamboja. Setibanya di lokasi, sebagian dites kemampuan mengetik; yang tidak bisa mengetik dipindahkan ke pekerjaan kasar atau dijual ke perusahaan lain.
~~
Dinas Tenaga Kerja kota mengingatkan pencari kerja bahwa lowongan resmi ke luar negeri selalu memiliki job order, nama pemberi kerja, dan perjanjian kerja yang disahkan. "Kalau iklannya hanya berisi gaji besar, tiket gratis, dan nomor WhatsApp, patut dicurigai," kata seorang pejabat Disnaker.
~~
Keluarga korban di Sukabumi mengaku diminta tebusan USD 3.000 oleh pihak perusahaan di Myanmar agar anak mereka bisa pulang. Sang anak sebelumnya dijanjikan pekerjaan sebagai operator komputer di Thailand dengan gaji Rp 15 juta. Kasus ini telah dilaporkan ke Kemlu dan kepolisian.
""", 241)

_hw("ot", "other_text", "chat", """
Lagi di Bangkok nih, panas bgt 🥵 tapi mango sticky rice-nya bikin lupa semuanya 🤤
~~
Kamu jadi ambil tawaran kerja di Surabaya? Gajinya 6jt kan? Lumayan banget buat pemula, aku dukung pokoknya 💪
~~
Grup Telegram info promo tiket pesawat nih, sering ada tiket ke Bangkok & Kuala Lumpur murah: t.me/promotiket_hemat ✈️
~~
Ini link Zoom buat rapat wali murid besok jam 7 malam ya Bapak/Ibu. Mohon hadir tepat waktu 🙏
~~
Bang, transferan buat bayar kontrakan udah masuk belum? 1,5jt ya, aku kirim tadi siang
~~
Temen kantorku dimutasi ke cabang Phnom Penh, perusahaan semen gitu. Katanya gajinya naik, dapet apartemen juga. Tapi ya jauh dari keluarga 😢
~~
Besok aku interview kerja di bank, doain lancar ya gaes. Grogi parah 😭
~~
PO tiket bus Jakarta-Jogja mudik lebaran dibuka! Harga mulai Rp 350rb. Order via WA 0813-9942-1107 atau datang ke agen
~~
Oleh-oleh dari Kamboja udah sampe ya! Kaos Angkor Wat sama kerupuk ikan. Ambil di rumah ya 😁
~~
Selamat ya Dit udah keterima kerja di Jepang lewat program magang! Bangga banget sama kamu, jaga kesehatan di sana 🇯🇵🥹
~~
Kerja remote dari Bali enak juga ternyata, tapi gaji tetep UMR Jakarta 🤣 yg penting bisa lihat sunset
~~
Gais ada yg pernah tuker dolar di money changer deket stasiun? Kurs berapa hari ini? Mau ke Manila minggu depan
~~
Kemarin ke Pattaya sama keluarga, ternyata banyak banget turis Indonesia. Anak-anak seneng naik banana boat 🚤
~~
Min, grup ini boleh share info loker gak? Aku ada info lowongan kasir minimarket resmi di Depok
~~
Boleh kak, asal jelas nama perusahaannya & bukan loker luar negeri abal-abal ya 🙏
~~
WOY GAJIAN!!! 🎉🎉 Ayo makan-makan, aku traktir seblak 😂
~~
Info: kantor tutup tanggal 17-18 untuk cuti bersama. Masuk lagi tanggal 19. Selamat berlibur teman-teman!
~~
Ada yg mau titip beli tas di Bangkok? Aku berangkat Jumat, balik Senin. Fee titip 30rb aja 😊
~~
Pak, uang arisan bulan ini sudah saya transfer 500rb ke rekening Bu Sari ya. Bukti transfer terlampir 🙏
~~
Jadi guru honorer 5 tahun, akhirnya lolos PPPK 😭😭 Terima kasih doanya semua. Gaji gak besar tapi tenang
""", 201)

_hw("oj", "other_job_scam", "chat", """
Lowongan kerja Jepang jalur sponsor tanpa tes JFT, berangkat 2 bulan. Biaya 30 juta, DP 10 juta ke rekening pribadi saya ya kak, nanti kuitansi menyusul
~~
Kak, dana belanja order ke-5 kakak masih minus 1,2 juta. Isi dulu biar komisi 600rb + modal bisa ditarik semua. Batas waktu 30 menit ya 🙏
~~
Kerja admin WA dari rumah, gaji 150rb/hari. Cukup bayar aktivasi nomor 50rb. Langsung kerja hari ini juga
~~
Kami dari agen penyalur kerja Australia, visa kerja 2 tahun dijamin tembus. Biaya Rp 18 juta sudah termasuk tiket. Transfer ke rekening CV kami, tanpa interview
~~
Part time review hotel di Google Maps, 1 review 25rb. Setelah 10 review, wajib ikut "paket investasi" 500rb buat naik level. Join @review_harian_id
~~
Lowongan operator pabrik Korea, gak perlu EPS, gaji 35jt. Biaya pelatihan + visa 27jt, dibayar 3x. Jaminan berangkat 100% 🇰🇷
""", 201)

_hw("lh", "legit_local_hotspot", "ad", """
LOWONGAN KERJA - PHNOM PENH, KAMBOJA
Perusahaan: Indo-Khmer Palm Oil Trading Co., Ltd (cabang perusahaan Indonesia)
Posisi: Finance & Admin Officer
Kontrak: FDC 1 tahun, probation 3 bulan
Jam kerja: Senin-Jumat 08.00-17.00, Sabtu 08.00-12.00
Gaji: USD 900-1.100 per bulan, asuransi kesehatan, cuti tahunan 18 hari
Kualifikasi: S1 Akuntansi, pengalaman min. 3 tahun, bahasa Inggris aktif, bahasa Khmer nilai plus.
Perusahaan mengurus visa E dan work permit resmi dari Kementerian Tenaga Kerja Kamboja.
Kirim CV ke recruitment@mekongtrading.com.kh sebelum 30 Juni. Interview online tahap 1, tahap 2 di kantor BKK1.
~~
VACANCY - BANGKOK, THAILAND
Hotel Sukhumvit Grand Bangkok mencari Guest Relations Officer (Bahasa Indonesia & Inggris) untuk melayani tamu dari Indonesia dan Malaysia.
Gaji: THB 28,000-32,000 + service charge
Kontrak: 1 tahun, dapat diperpanjang
Jam kerja: shift 9 jam, 5 hari/minggu
Benefit: social security, makan di kantin karyawan, seragam, asuransi kesehatan.
Hotel mensponsori visa Non-Immigrant B dan work permit.
Syarat: D3/S1 Perhotelan, pengalaman 2 tahun di front office.
Lamaran: hr@lotusfoods.co.th (subjek: GRO-ID)
~~
LOWONGAN KOKI - RESTORAN INDONESIA DI MANILA
Bali Rasa Restaurant BGC (Taguig) membutuhkan Head Cook masakan Indonesia.
Gaji: PHP 55,000 per bulan + service charge + 13th month pay
Kontrak 2 tahun. Perusahaan mengurus AEP (DOLE) dan visa kerja 9(g).
Syarat: pengalaman min. 5 tahun di dapur restoran Indonesia, sertifikat kompetensi, bisa bahasa Inggris dasar.
Interview tahap 1 via video, tahap 2 uji masak di Jakarta bersama mitra kami.
Kirim CV dan foto masakan ke hr@harbourbpo.ph
~~
LOWONGAN GURU - SEKOLAH INTERNASIONAL PHNOM PENH
Posisi: Guru Bahasa Indonesia & Kelas Budaya (part time, 12 jam/minggu)
Honor: USD 18 per jam
Kontrak: 1 tahun ajaran
Syarat: S1 Pendidikan Bahasa Indonesia, pengalaman mengajar 2 tahun, berdomisili atau bersedia pindah ke Phnom Penh.
Sekolah membantu pengurusan work permit sesuai ketentuan.
Lamaran ke career@mekongtrading.com.kh
""", 201)


# =====================================================================================
# third pass: long single-paragraph lures; multi-line, lower-case negatives
# =====================================================================================
TEMPLATES += [
    T("id-cr-message-062", "compound_recruitment", "message", """[Halo kak {nama}, salam kenal|Selamat malam kak|Hai kak, maaf ganggu malam2], [saya {nama} dari bagian rekrutmen|aku {nama}, admin rekrutmen|saya yang kemarin komen di postingan kakak]. [Jadi begini kak|Saya jelaskan singkat ya], [kantor kami di {kh}|perusahaan kami di {decoy}|kantor kami di luar negeri] [lagi butuh|sedang cari] {job_office} [asal Indonesia|yang bisa bahasa Indonesia], [kerjanya|tugasnya] [cuma balas chat pelanggan pakai komputer kantor|input data dan balas pesan customer|promosi produk lewat media sosial], [gaji|gajinya] {sal_i} [per bulan|sebulan] [belum termasuk bonus|plus bonus target], [tiket pesawat, visa, mess, sama makan ditanggung kantor|semua biaya berangkat kami tanggung]. [Kalau kakak minat|Kalau cocok], [kirim foto KTP dan paspor|boleh share foto paspor], [nanti saya jadwalkan interview online|interview cukup lewat video call], [{cepat}|bisa berangkat minggu depan] {emoji_calm}""", n=15),
    T("id-cr-message-063", "compound_recruitment", "message", """[Buat teman-teman yang lagi cari kerja|Buat kalian yang masih nganggur|Info buat yang butuh kerjaan], [aku mau share pengalaman|aku cerita dikit ya]. [Aku udah|Sudah] [{bln} bulan|setengah tahun|hampir setahun] kerja di [{kh}|Kamboja|Thailand] jadi [CS|admin|operator], [gajinya|gaji] {sal_i}, [lancar tiap bulan|gak pernah telat], [kantornya bagus|tempat tinggal disediain], [makan juga gratis|makan 3x dikasih]. [Sekarang kantor|Kantorku] [lagi buka lowongan lagi|butuh orang lagi] [{count} orang|banyak], [tiket dibayarin semua|berangkat gratis], [gak perlu ijazah|cukup bisa ngetik]. [Yang serius aja japri|Kalau mau, DM aku aja], [nanti aku bantu sampai berangkat|aku bantu urus paspornya juga] {emo2}""", n=15),
    T("id-cr-message-064", "compound_recruitment", "message", """[Oke kak, jadi jadwalnya begini|Kak, ini detail keberangkatannya ya|Siap kak, saya jelaskan prosesnya]: [besok kakak ke bandara jam 5 pagi|lusa kakak berangkat dari {kota}|tiket ke {decoy} sudah saya kirim ke email], [bawa paspor dan baju secukupnya aja|gak usah bawa banyak barang], [kalau ditanya imigrasi bilang mau liburan|di imigrasi bilang aja jalan-jalan ya], [nanti sampai sana dijemput tim kami|di bandara ada orang kantor yang jemput], [terus perjalanan darat ke kantor sekitar [5|7|8] jam|habis itu langsung ke mess dekat kantor], [paspor nanti dipegang kantor dulu buat urus izin kerja|paspornya dititipkan ke HR untuk visa kerja]. [Gaji pertama|Gajinya] [{sal_u}|{sal_i}] [dibayar setelah sebulan|cair tiap akhir bulan]. [Ada pertanyaan lagi kak?|Aman ya kak?|Siap ya kak?] {emoji_calm}""", n=15),
    T("id-cr-message-065", "compound_recruitment", "message", """[Kak, saya paham kakak khawatir|Wajar kak kalau ragu|Saya ngerti kak, banyak berita serem] [soal berita-berita itu|karena banyak berita soal Kamboja]. [Tapi|Cuma] [perusahaan kami beda|kantor kami resmi], [{aman}|kami gak pernah nahan paspor|karyawan bebas telepon keluarga]. [Di sini ada {count}0 orang Indonesia|Banyak anak Indo di sini] [dan semua betah|dan gajinya lancar]. [Gaji|Gaji pokok] {sal_i}, [tiket ditanggung|berangkat gratis], [kerja cuma di depan komputer|kerjanya ringan]. [Kalau kakak mau|Kalau jadi], [saya booking tiket hari ini|slot ini saya kunci buat kakak], [tapi harus konfirmasi malam ini ya|soalnya yang antre banyak] {emo}""", n=14),

    T("id-lj-ad-023", "legit_job", "ad", """[dicari karyawan|lowongan kerja|butuh karyawan] [warung makan|toko sembako|laundry kiloan|rumah makan|toko kue|konter pulsa] [di {kota}|daerah {kab}] {emo}
- [cewek/cowok|perempuan|laki-laki], [umur 18-30|maksimal 35 tahun|usia 20-an]
- [jujur dan rajin|bisa kerja sama|mau belajar]
- [gak perlu pengalaman|pengalaman gak wajib|lulusan SMP juga boleh]
- [kerja jam 7 pagi - 4 sore|shift pagi atau sore|kerja 6 hari, libur hari minggu]
- [gaji|digaji] [Rp 2.500.000|2,8 juta|UMR|Rp 2,2 juta][ + makan siang| + uang makan|, dapat makan]
- [ada mess buat yang dari luar kota|bisa tinggal di mess|tempat tinggal disediakan kalau jauh]
- [libur 4 hari sebulan|libur seminggu sekali|cuti lebaran dapat THR]
- [gajian tiap tanggal 1|gaji dibayar tiap sabtu (mingguan)|ada bonus kalau rame]
[gak ada biaya apa-apa ya|gratis, gak pakai uang pendaftaran|bukan lowongan online, kerjanya di tempat]
[yang minat|kalau minat|silakan] [langsung datang ke lokasi|wa dulu ke] [{phone_id}|bu {nama} {phone_id}|pak {nama} {phone_id}]
[alamat|lokasi]: [pasar baru blok b no. 12|jl. melati no. 7, dekat masjid|samping indomaret jl. raya {kota}]
[terima kasih|makasih] {emo}""", n=15, bpo_urgent=True),

    T("id-ot-message-022", "other_text", "message", """[daftar belanja|list belanja|titipan belanja] [buat arisan besok|minggu ini|bulanan] {emo}
- [beras 10 kg|minyak goreng 2 liter|gula 2 kg|telur 2 kg]
- [sabun cuci|deterjen|pasta gigi|sampo sachet]
- [sayur bayam, wortel, kentang|tahu tempe|ayam 1 ekor|ikan kembung 1 kg]
- [kopi sachet 1 renteng|teh celup|susu kental manis]
- [snack buat anak-anak|kerupuk|roti tawar]
[total kira-kira|budget] [Rp 350rb|Rp 420.000|450rb|Rp 500 ribu]
[nanti uangnya aku transfer ya|uangnya udah aku titip ke {nama}|pakai uang kas dulu ya]
[jangan lupa|kalau sempat] [beli juga gas 3 kg|mampir ke apotek beli paracetamol|ambil laundry di depan gang] {emo}""", n=15),

    T("id-ot-message-023", "other_text", "message", """[resep|cara bikin] [nasi goreng kampung|ayam geprek|sambal bawang|es teh jumbo|pisang goreng crispy] [ala rumahan|simple|buat jualan] {emo}
bahan:
- [2 piring nasi|500 gr ayam|10 cabai rawit|1 sisir pisang]
- [3 siung bawang putih|5 siung bawang merah|1 sdt garam|2 sdm gula]
- [kecap manis|tepung terigu 200 gr|minyak goreng secukupnya|es batu]
cara:
1. [tumis bumbu sampai harum|baluri ayam dengan tepung|ulek cabai dan bawang|seduh teh dengan air panas]
2. [masukkan bahan utama, aduk rata|goreng sampai kuning keemasan|siram minyak panas|tambahkan gula dan es]
3. [koreksi rasa, sajikan|angkat dan tiriskan|siap disajikan]
[modal sekitar|kalau dijual bisa] [Rp 15rb|Rp 25.000|10rb] [per porsi|per gelas] [!|]
[selamat mencoba|semoga bermanfaat|jangan lupa share] {emo2}""", n=14),

    T("id-lo-chat-021", "legit_overseas", "message", """[alur kerja resmi ke {decoy} yang aku jalani kemarin|pengalaman aku daftar kerja ke luar negeri lewat jalur resmi|step by step jadi PMI resmi] {emo}
1. [daftar dan cek P3MI di SISKOP2MI|datang ke LTSA/Disnaker buat konsultasi|belajar bahasa dulu di LPK]
2. [ikut tes bahasa (EPS-TOPIK/JFT)|seleksi di kantor P3MI|tes keterampilan sesuai sektor]
3. [medical check-up di klinik yang ditunjuk|bikin paspor sendiri di imigrasi|tanda tangan perjanjian kerja di depan petugas]
4. [ikut OPP di BP3MI|dapat visa kerja|daftar BPJS Ketenagakerjaan]
5. [berangkat, tiket ditanggung majikan|terbang bareng rombongan|dijemput agensi resmi di bandara]
[total waktunya sekitar|prosesnya] [4 bulan|5-6 bulan|hampir setahun], [gajinya sekarang|gaji aku] [{twd_pay}|{jpy_pay}|{krw_pay}|{hkd_pay}]
[intinya|pokoknya] [jangan lewat calo ya|jangan percaya yang janji cepat tanpa tes|pakai visa kerja, bukan visa turis] {emoji_calm}""", n=15),

    T("id-aw-news-017", "awareness", "news", """[thread|utas] [pengalaman sepupuku|cerita temanku|kisah tetanggaku] [yang hampir jadi korban TPPO|yang jadi korban loker Kamboja|yang pulang dari Myawaddy] 🧵
1. [awalnya dia lihat iklan di fb|dia dapat chat dari nomor asing|ditawari teman lama lewat wa]: {aw_quote}
2. [interviewnya cuma 5 menit lewat video call|gak ada kontrak, cuma chat|paspornya dibikinin perekrut]
3. [disuruh bilang liburan di imigrasi|tiketnya ke Bangkok dulu|dari bandara dijemput mobil]
4. [sampai sana paspor diambil|ternyata kerjanya nipu orang|kerja 14 jam, gak capai target dihukum]
5. [keluarga harus bayar tebusan {idr_high}|butuh {bln} bulan buat bisa pulang|akhirnya diselamatkan lewat KBRI]
[tolong share biar gak ada korban lagi|cek lowongan di SISKOP2MI dulu ya|jangan percaya gaji gede tanpa syarat] 🙏""", n=14),
]

TEMPLATES += [
    T("id-cr-chat-066", "compound_recruitment", "chat", """[loker|LOKER|lowongan] [cs|CS|admin|operator] [kamboja|{kh}|thailand|luar negeri] {emoji_hot}
[gaji|gj] [{sal_i}|15jt|{sal_u}]
[tiket pp gratis|tiket + visa free|berangkat gratis][
mess makan gratis|
mess free|]
[tanpa pengalaman|no ijazah|cukup bisa ngetik]
[minat pm|info japri|wa] [{phone_id}|{tg_handle}|]""", n=15),
    T("id-cr-chat-067", "compound_recruitment", "chat", """[Kak {nama}|Halo kak|Kak], [ini info lengkapnya ya|detailnya gini kak|ringkasannya]:
[posisi|Posisi]: {job_office}
[lokasi|Lokasi]: [{kh}|{decoy}|nanti diinfokan]
[gaji|Gaji]: [{sal_u}|{sal_i}]
[berangkat|Keberangkatan]: [{cepat}|minggu depan|tgl {tgl}]
[Kalau oke|Kalau setuju] [kirim foto paspor ya|langsung konfirmasi ya] {emoji_calm}""", n=15),
    T("id-ot-message-024", "other_text", "chat", """[gaes|guys|rek|wkwk] [tadi aku|barusan aku|aku tuh] [liat|lihat|nonton] [video|konten] [orang jualan seblak di bangkok|vlog liburan ke siem reap|turis makan street food di manila|bule belajar bahasa jawa] [lucu bgt|seru bgt|bikin laper], [pengen kesana|jadi kangen liburan|pengen nyobain] {emo} [kapan ya bisa|nabung dulu deh|gaji bulan ini buat itu aja apa ya]""", n=15),
    T("id-lj-chat-024", "legit_job", "chat", """[info|loker|lowongan] [kerja|] [kasir|admin|helper|pelayan|staf gudang] [toko|warung|cafe|minimarket] [deket rumahku|di {kota}|daerah {kab}] [masih buka|lagi butuh], [gaji|gajinya] [umr|{idr_normal}|2,5jt an], [gak perlu pengalaman|fresh grad boleh], [interview langsung di tempat|dateng aja bawa cv] {emo}""", n=15, bpo_urgent=True),
    T("id-aw-chat-018", "awareness", "chat", """[hati2|awas|waspada] [ya|guys|gaes] [kalo ada|kalau ada] [yg|yang] [nawarin|ngajak] kerja [cs|admin|ngetik] di [kamboja|thailand|myanmar] [gaji gede|gajinya belasan juta|gaji dolar] [tiket gratis|visa turis], [itu penipuan|itu modus tppo|temenku udah kena] {emo} [jangan dibales|cek bp2mi dulu|mending kerja di sini aja]""", n=15),
    T("id-lo-chat-022", "legit_overseas", "chat", """[alhamdulillah|akhirnya|yeay] [visa kerja|coe|job order|jadwal berangkat] [aku|adikku|suamiku] [ke jepang|ke taiwan|ke korea|ke hongkong] [udah keluar|udah dapet|udah fix] {emo2}
[tiket dibayarin|tiket ditanggung] [majikan|perusahaan], [tinggal|sekarang] [opp di bp3mi|medical|nunggu jadwal terbang]
[doain lancar ya|semoga betah|bismillah]""", n=15),
]

SLOTS.update({
    "JOB_CAPS": ["CUSTOMER SERVICE", "CS ONLINE", "ADMIN MEDIA SOSIAL", "OPERATOR KOMPUTER", "DATA ENTRY", "MARKETING ONLINE",
                 "ADMIN CRYPTO", "TELEMARKETING", "STAF DAPUR", "TUKANG KAYU", "ADMIN GAME ONLINE"],
    "KH_CAPS": ["KAMBOJA", "PHNOM PENH", "SIHANOUKVILLE", "BAVET", "POIPET", "THAILAND", "BANGKOK", "MYANMAR", "LAOS", "FILIPINA"],
})

TEMPLATES += [
    T("id-cr-ad-027", "compound_recruitment", "ad", """[LOWONGAN KERJA|LOKER|DIBUTUHKAN SEGERA|OPEN RECRUITMENT] {JOB_CAPS} {emoji_hot}
[PENEMPATAN|LOKASI|NEGARA]: {KH_CAPS}
[GAJI|SALARY]: [{usd_high}|{idr_high}|USD 1.000 - 1.500|RP 15.000.000] [+ BONUS|+ KOMISI|NETT]
[FASILITAS|BENEFIT]:
✅ [TIKET PESAWAT PP|TIKET PP GRATIS|FREE TIKET]
✅ [VISA DIURUS|VISA + PASPOR DIBANTU|TANPA VISA KERJA]
✅ [MESS + MAKAN 3X|MESS GRATIS|APARTEMEN + WIFI]
[SYARAT|PERSYARATAN]:
- [USIA|UMUR] {age_range} [TAHUN|TH]
- [BISA KOMPUTER|BISA MENGETIK|BISA MAIN HP]
- [TANPA PENGALAMAN|TIDAK PERLU IJAZAH|SMP/SMA/SMK]
- [KTP + PASPOR|KTP, KK, PASPOR|PUNYA PASPOR (BELUM ADA DIBANTU)]
[INTERVIEW ONLINE|INTERVIEW VIA ZOOM|INTERVIEW LEWAT WA], [BERANGKAT CEPAT|BERANGKAT MINGGU INI|PROSES 3 HARI]
[JAM KERJA|WAKTU KERJA]: [12 JAM, LIBUR 4 HARI/BULAN|2 SHIFT, LIBUR MINGGUAN|09.00-21.00]
[KONTRAK|MASA KONTRAK]: [6 BULAN|1 TAHUN|6-12 BULAN, BISA PERPANJANG]
[100% AMAN & LEGAL|PERUSAHAAN RESMI|BUKAN PERUSAHAAN HITAM]
[HUBUNGI|INFO|DAFTAR]: [WA {phone_id}|TG {tg_handle}|WA {phone_kh}]
[KUOTA TERBATAS!!|SIAPA CEPAT DIA DAPAT!|JANGAN SAMPAI KEHABISAN!]""", n=15),

    T("id-cr-ad-028", "compound_recruitment", "ad", """[PT {pt_caps} ({caps_reg})|{pt_caps} - {caps_reg}]
[MEMBUKA LOWONGAN|REKRUTMEN CPMI|PENERIMAAN TENAGA KERJA] [LUAR NEGERI|ASIA|2025]
[Posisi|Jabatan]: [CS ONLINE|ADMIN IT|OPERATOR KOMPUTER|MARKETING DIGITAL] [(PT. {pt_caps} GROUP)|]
[Negara|Penempatan]: [KAMBOJA (PHNOM PENH)|THAILAND|KAMBOJA / MYANMAR]
[Gaji|Upah]: [USD 1.200|{usd_high}|Rp 16.000.000] [/BLN|per bulan]
[Dokumen|Berkas]: KTP, KK, [SKCK|AKTA], [PASPOR|E-PASPOR], [PAS FOTO 4X6|FOTO 3X4], [MCU (DIBANTU)|SURAT SEHAT]
[Fasilitas|Benefit]: [TIKET PP, VISA, MESS, MAKAN|TIKET + VISA + MESS] [DITANGGUNG PT|GRATIS]
[Keberangkatan|Jadwal]: [BERANGKAT VIA BANGKOK (VISA TURIS)|BEBAS VISA ASEAN, IZIN KERJA DIURUS DI SANA|VISA KUNJUNGAN, DIURUS SETELAH TIBA]
[Pendaftaran|Kontak]: [WA {phone_id}|TELEGRAM {tg_handle}] [(ADMIN PT)|]
[Kontrak|Masa kerja]: [1 TAHUN|6 BULAN, BISA DIPERPANJANG], [jam kerja 12 jam|2 SHIFT], [libur 4 hari per bulan|LIBUR MINGGUAN]
[NB: TIDAK PERLU KE KANTOR, SEMUA PROSES ONLINE.|CATATAN: PROSES CEPAT, TANPA BLK.|INTERVIEW VIA ZOOM, TANPA PELATIHAN.]
[KUOTA {count} ORANG, BERANGKAT {tgl} {bulan}.|DEADLINE {tgl} {bulan} 2025.|SISA KUOTA {count} ORANG.]""", n=15),

    T("id-cr-chat-068", "compound_recruitment", "chat", """[LOKER|LOWONGAN|DIBUTUHKAN] {JOB_CAPS} {KH_CAPS} [GAJI|GJ] [15JT|20JT|USD 1.000|1200$|{sal_i}] [TIKET PP GRATIS|TIKET+MESS FREE|BERANGKAT GRATIS] [TANPA PENGALAMAN|NO IJAZAH|CUKUP BISA NGETIK] [MINAT PM|JAPRI|DM] {emoji_hot}""", n=15),
]
SLOTS.update({
    "pt_caps": ["GLOBAL MANDIRI ASIA", "SINAR KARYA INTERNASIONAL", "MITRA SUKSES ABADI", "BINA TENAGA GLOBAL", "ASIA JAYA MANPOWER"],
    "caps_reg": ["TERDAFTAR KEMNAKER", "IZIN RESMI", "RESMI & LEGAL", "BERBADAN HUKUM", "NIB TERDAFTAR"],
})

TEMPLATES += [
    T("id-cr-ad-029", "compound_recruitment", "ad", """[Assalamualaikum teman-teman semua|Selamat malam semuanya|Halo para pejuang rupiah], [izin berbagi info lowongan|saya mau berbagi info kerja|mohon izin admin untuk share info] [buat yang sedang butuh pekerjaan|untuk saudara-saudara yang masih mencari kerja]. [Saya sendiri sudah|Kebetulan saya sudah] [{bln} bulan|hampir setahun|dua tahun] bekerja di sebuah perusahaan [e-commerce|investasi|teknologi] di [{kh}|{decoy}|luar negeri] [sebagai {job_office}|di bagian {job_office}], dan [alhamdulillah gajinya lancar|gaji selalu dibayar tepat waktu|hasilnya sudah bisa buat renovasi rumah orang tua]. [Sekarang|Bulan ini] kantor kami [kembali membuka lowongan|membutuhkan tambahan karyawan] [untuk posisi yang sama|untuk beberapa posisi], [gajinya|dengan gaji] {sal_i} [per bulan|sebulan] [ditambah bonus|belum termasuk bonus dan komisi], [tiket pesawat, visa, tempat tinggal, dan makan semuanya ditanggung perusahaan|semua biaya keberangkatan ditanggung kantor, jadi tidak perlu keluar modal sepeser pun]. [Syaratnya tidak sulit|Persyaratannya mudah sekali]: [usia {age_range} tahun, bisa mengoperasikan komputer, dan punya paspor|cukup bisa mengetik, sehat, dan siap berangkat], [kalau belum punya paspor nanti dibantu|tidak perlu ijazah maupun pengalaman]. [Interviewnya lewat video call saja|Prosesnya cepat, interview online], [dan kalau lolos bisa langsung berangkat dalam minggu ini|setelah itu tiket langsung dikirim]. [Buat yang serius silakan hubungi saya|Yang berminat bisa langsung chat saya] di {c_scam}. [Semoga bermanfaat dan jadi rezeki buat kita semua|Semoga membantu, terima kasih].""", n=15),
    T("id-cr-ad-030", "compound_recruitment", "ad", """[Kak {nama}, terima kasih sudah menghubungi kami|Terima kasih atas minat Anda pada lowongan kami|Halo kak, berikut penjelasan lengkap lowongan yang kakak tanyakan]. [Posisi yang tersedia saat ini adalah|Kami sedang membutuhkan] {job_office} [untuk kantor kami di {kh}|untuk kantor cabang di {decoy}|untuk perusahaan mitra kami di Asia Tenggara]. [Tugas utama adalah|Pekerjaannya adalah] [membalas pesan pelanggan dari luar negeri melalui aplikasi chat, sesuai panduan yang diberikan perusahaan|mengelola beberapa akun media sosial dan menjalin komunikasi dengan calon klien|memasukkan data dan melayani pertanyaan member secara online]. [Gaji pokok|Gaji yang ditawarkan] {sal_u} [per bulan|setiap bulan] [dan ada bonus sesuai target|ditambah komisi dari setiap transaksi], [dibayar tunai atau ditransfer ke rekening keluarga|dibayar setiap akhir bulan]. [Perusahaan menanggung tiket pesawat, visa, asrama, dan makan tiga kali sehari|Tiket berangkat, akomodasi, dan makan ditanggung penuh], [kakak cukup menyiapkan paspor dan pakaian secukupnya|kakak tidak perlu mengeluarkan biaya apa pun]. [Untuk masuk, kakak akan menggunakan visa turis terlebih dahulu, nanti izin kerja diurus perusahaan|Keberangkatan menggunakan bebas visa, lalu dokumen kerja diurus di sana|Kakak akan berangkat sebagai wisatawan, jadi di bandara cukup bilang liburan]. [Kalau kakak bersedia, mohon kirim foto KTP dan paspor hari ini agar kami bisa memesan tiket|Jika setuju, silakan konfirmasi hari ini karena kuota sangat terbatas|Silakan balas "SIAP" jika kakak ingin lanjut ke tahap interview online]. {emoji_calm}""", n=12),
]

TEMPLATES += [
    T("id-lo-ad-023", "legit_overseas", "ad", """[lowongan resmi|info kerja resmi|kesempatan kerja] [ke luar negeri|kerja luar negeri] [lewat jalur resmi|untuk warga {kab}] {emo}
[posisi|pekerjaan]: [operator pabrik (taiwan)|perawat lansia (jepang, ssw kaigo)|pekerja rumah tangga (hongkong)|pekerja pertanian musiman (korea, e-8)|caregiver (taiwan)]
[syarat|persyaratan]:
- [usia 18-39 tahun|umur 21-35 tahun|usia maksimal 40 tahun]
- [lulusan smp/sma|pendidikan minimal smp|ijazah terakhir]
- [sehat jasmani dan rohani|lulus medical check-up|tidak bertato]
- [ktp, kk, akta lahir|surat izin keluarga dari kepala desa|paspor (bisa dibuat sendiri di kantor imigrasi)]
[yang didapat|fasilitas]:
- [gaji sesuai upah minimum negara tujuan|gaji sesuai job order (contoh taiwan {twd_pay}, hongkong {hkd_pay})|gaji tertulis jelas di perjanjian kerja]
- [tiket ditanggung pemberi kerja|tiket berangkat dibayar majikan]
- [perjanjian kerja resmi|kontrak 2-3 tahun]
- [bpjs ketenagakerjaan|perlindungan dari perwakilan ri]
[alur|tahapan]:
- [daftar di kantor p3mi atau ltsa|konsultasi di disnaker]
- [pelatihan dan tes|ikut pelatihan di blk]
- [opp sebelum berangkat|tanda tangan kontrak di depan petugas]
[cek legalitas di siskop2mi ya|jangan lewat calo|gratis konsultasi di ltsa] {emoji_calm}""", n=15),

    T("id-lo-ad-024", "legit_overseas", "ad", """[Panduan Singkat Calon Pekerja Migran|Sebelum Berangkat Kerja ke Luar Negeri, Cek Ini Dulu|Checklist Migrasi Aman] [{emoji_calm}|]
[Sebelum mendaftar|Langkah awal]:
- [pastikan perusahaan penempatan terdaftar|cek nama perusahaan di SISKOP2MI]
- [minta salinan job order|tanyakan nama pemberi kerja dan alamatnya]
- [baca perjanjian kerja dengan teliti|pastikan gaji tertulis di kontrak]
[Saat proses|Selama proses]:
- [ikut pelatihan dan uji kompetensi|ikuti tes bahasa dan keterampilan]
- [lakukan medical di sarana kesehatan resmi|urus paspor sendiri]
- [pastikan visa yang dipakai adalah visa kerja|jangan mau pakai visa turis]
[Sebelum berangkat|Menjelang keberangkatan]:
- [ikuti orientasi pra pemberangkatan|simpan nomor pengaduan perwakilan RI]
- [daftar jaminan sosial|simpan fotokopi paspor dan kontrak di rumah]
- [tiket biasanya ditanggung pemberi kerja|tanyakan siapa yang menanggung tiket]
[Contoh gaji resmi|Sebagai gambaran]: [Taiwan {twd_pay}|Hong Kong {hkd_pay}|Jepang {jpy_pay}|Korea {krw_pay}].
[Informasi lebih lanjut|Konsultasi gratis]: [LTSA kabupaten|kantor Disnaker|BP3MI provinsi].""", n=15),
]

# =====================================================================================
# more hand-written negatives
# =====================================================================================
_hw("aw", "awareness", "chat", """
Sedih banget, anak tetangga baru pulang dari Myawaddy. Dulu dia pamit "kerja CS di Thailand gaji 18 juta". Sekarang trauma, gak mau keluar rumah 😢 Jangan sampai terjadi ke anak kita
~~
KBRI aja udah bilang: Kamboja bukan negara penempatan PMI. Jadi kalau ada yg bilang "lowongan resmi ke Kamboja", 100% bohong ya gaes 🚫
~~
Screenshot ini beredar di grup alumni: "Loker admin Phnom Penh, gaji 15jt, tiket gratis, berangkat 3 hari". Tolong JANGAN DIBALAS. Sudah dilaporkan ke polisi
~~
Ada yang tahu cara lapor akun FB yang sering posting loker Kamboja? Udah 3 kali aku report tapi masih aktif terus 😤
~~
Lapor lewat fitur report di FB-nya kak, terus kirim juga ke kanal aduan konten pemerintah & call center KP2MI. Sertakan link postingannya
~~
Catatan dari pelatihan migrasi aman hari ini: 1) cek P3MI di SISKOP2MI, 2) visa kerja bukan visa turis, 3) kontrak sebelum berangkat, 4) jangan serahkan paspor ke orang lain. Simpan ya 📌
~~
Temen2 yg punya adik baru lulus SMK, tolong diawasi ya. Sekarang modusnya "magang IT ke Thailand, gaji 1.000 dolar". Ujungnya kawasan scam di perbatasan
~~
Dulu aku pikir cuma orang desa yg ketipu. Ternyata temen kampusku yg IPK 3,8 juga berangkat ke Kamboja karena loker "digital marketing". Udah 5 bulan gak ada kabar 💔
~~
Stop share loker luar negeri yg cuma cantumin nomor WA/Telegram tanpa nama PT. Lowongan resmi pasti jelas perusahaannya, job order-nya, dan kontraknya
~~
Bapak saya hampir ngasih paspor ke "agen" yang janji kerja di Thailand gaji 20 juta. Untung ditanya dulu ke Disnaker, ternyata agennya gak terdaftar 🙏
""", 401)

_hw("aw", "awareness", "news", """
Dinas Tenaga Kerja kabupaten menggelar sosialisasi bahaya TPPO di 12 desa yang warganya banyak bekerja ke luar negeri. Petugas membacakan contoh iklan yang beredar, seperti "kerja admin online di Kamboja, gaji Rp 15 juta, tiket dan mess gratis, tanpa ijazah". Warga diminta mencurigai lowongan yang tidak mencantumkan nama perusahaan dan nomor izin.
~~
Tiga pemuda asal Lombok Timur berhasil dipulangkan setelah delapan bulan bekerja paksa di sebuah kompleks di Poipet. Mereka mengaku direkrut oleh kenalan di media sosial yang menjanjikan pekerjaan sebagai operator komputer dengan gaji USD 900. "Kami dijemput di Bangkok, lalu menyeberang perbatasan malam hari," kata salah satu korban.
~~
Polisi mengimbau orang tua memantau anak-anaknya yang aktif mencari kerja di media sosial. Sindikat kini memakai akun yang tampak profesional, memasang logo perusahaan palsu, dan menawarkan "internship berbayar" di Bangkok. Setelah tiba, korban dibawa ke perbatasan Myanmar dan dipaksa menipu secara daring.
~~
Sebuah lembaga pendamping migran merilis data bahwa sebagian besar korban yang mereka dampingi berangkat dalam waktu kurang dari dua minggu sejak pertama kali dihubungi perekrut. "Kecepatan itu disengaja agar korban tidak sempat bertanya ke keluarga atau memverifikasi," ujar koordinator lembaga tersebut.
~~
Pemerintah mengingatkan bahwa tawaran kerja yang meminta calon pekerja berbohong kepada petugas imigrasi adalah tanda bahaya. Dalam sejumlah kasus, perekrut mengirim pesan "nanti di bandara bilang mau liburan, tiket pulang sudah kami booking". Petugas imigrasi kini memperketat wawancara bagi penumpang tujuan Phnom Penh dan Bangkok yang bepergian dengan tiket sekali jalan.
""", 301)

_hw("lo", "legit_overseas", "chat", """
Tanya dong, P3MI yang resmi itu boleh narik biaya berapa ya buat ke Taiwan? Takut kena pungli 🙏
~~
Ada aturannya kak, komponen biaya dan yang ditanggung pemberi kerja sudah diatur. Minta rincian tertulis ke P3MI, kalau janggal lapor ke BP3MI
~~
Kak aku lulus tes EPS-TOPIK sektor perikanan 🐟🇰🇷 Katanya kerja di kapal/tambak, gaji minimal 2,09 juta won. Ada yg punya pengalaman di sektor ini?
~~
JOB ORDER JEPANG 🇯🇵 pabrik pengolahan makanan di Hokkaido, SSW, gaji ±¥185.000, asrama ada, tiket ditanggung. Syarat JFT-A2 + skill test. P3MI resmi, cek SISKOP2MI
~~
Hari pertama di Taiwan 🇹🇼 dijemput agensi resmi di bandara, langsung ke asrama pabrik. Ternyata banyak teman dari Indonesia. Gaji NT$28.590, semoga betah 3 tahun ke depan
~~
Buat yang lagi belajar bahasa Korea buat EPS, semangat! Aku dulu 3 kali gagal, baru lulus yang keempat. Sekarang udah 2 tahun di Gimhae 💪
~~
Info: program Triple Win perawat ke Jerman lagi buka pendaftaran di laman resmi. Gratis kursus bahasa, gaji awal sekitar EUR 2.500. Syarat Ners + STR
~~
Kakak ipar kerja di Hong Kong udah 8 tahun, selalu lewat PT resmi dan kontrak diperpanjang di KJRI. Gaji sekarang HK$5.000-an. Katanya kuncinya jangan pernah pakai agen abal-abal
""", 401)

_hw("lj", "legit_job", "chat", """
LOKER JOGJA 📣 CS live chat kantor startup, fresh grad welcome, gaji Rp 3,1 jt + BPJS, WFO di Sleman. Interview tatap muka. CV ke hr@arunika.id
~~
URGENT!! Butuh 3 helper gudang sembako di Medan, pria 18-30, langsung kerja besok. Gaji harian 120rb. Hub 0852-7711-2048
~~
Dibutuhkan admin kasir toko bangunan di Kebumen, SMA, jujur, teliti. Gaji 2,4jt + makan. Datang langsung ke toko bawa lamaran
~~
Lowongan tele-sales kartu kredit (outsourcing bank) di Jakpus, no exp, gaji pokok 4,5jt + insentif. Walk in Rabu-Kamis jam 9. Gratis tanpa biaya!
~~
Info lowongan dari BKK SMK: PT komponen otomotif di Cikarang rekrut 100 operator, usia 18-24, lulusan 2023-2025. Seleksi di sekolah, gratis
~~
Lagi butuh CS buat toko online kosmetik di Surabaya, cewek 19-25, kerja di kantor, gaji 3jt + bonus. Yang minat DM ya, interview di kantor
~~
Bank daerah buka rekrutmen teller & CS untuk lulusan D3/S1 fresh graduate. Pendaftaran hanya lewat website resmi bank, tidak ada biaya. Info di IG resminya
~~
Pabrik roti di Semarang butuh 10 karyawan produksi shift malam, SMP/SMA, tanpa pengalaman. Gaji UMK + uang makan + BPJS. Lamaran diantar ke pos satpam
~~
Hotel di Lombok cari waiter & cook helper, kontrak 1 tahun, gaji 3jt + service charge, mess ada. Interview di hotel atau video call untuk yang di luar pulau
~~
Dicari admin ekspedisi shift malam (22.00-06.00) di Bekasi, cowok, SMK, gaji 4,7jt + uang malam. No exp, ada training. WA HR 0813-1188-2034
""", 601, bpo=True)
HANDWRITTEN[:] = [_dc.replace(h, bpo_urgent=False) if h.category == "legit_job" and any(
    k in h.text for k in ("Hotel di Lombok", "Pabrik roti", "Bank daerah buka rekrutmen", "BKK SMK"))
    else h for h in HANDWRITTEN]

_hw("ot", "other_text", "chat", """
Gaes aku otw Bangkok nih ✈️ ada yang mau nitip Thai tea atau dried mango? Fee 15rb per item aja 😂
~~
Ya ampun gaji baru masuk langsung habis bayar listrik 600rb, air 150rb, sama cicilan HP 😭 tanggal tua datang lebih awal
~~
Siapa yang mau ikut patungan sewa bus ke Dieng? 25 orang, per orang 275rb PP. Berangkat Sabtu subuh 🚌
~~
Besok reuni kelas di rumah makan Padang jam 7 ya. Yang belum transfer iuran 100rb harap segera ke bendahara 🙏
~~
Ada grup Telegram buat belajar coding gratis gak? Pengen pindah karier jadi programmer 🥲
~~
Ini aku udah di Phnom Penh buat conference ASEAN. Cuacanya panas bgt, tapi makanannya enak. Pulang Jumat, mau oleh-oleh apa? 😊
~~
PROMO PULSA 💥 Paket data 25GB cuma 65rb! Berlaku semua operator. Order WA 0857-4402-1187 (fast respon)
~~
Kak, aku udah transfer DP katering aqiqah 1,5jt ya. Sisanya 2jt dilunasi H-1. Menunya nasi kebuli + kambing guling 🐐
~~
Jadwal les minggu ini: Senin matematika jam 4, Rabu bahasa Inggris jam 4, Jumat IPA jam 3. Biaya bulan ini 400rb ya Bu 🙏
~~
Baru nonton dokumenter soal korban TPPO di Kamboja, ngeri banget. Semoga keluarga kita dijauhkan dari hal begitu 🤲
~~
Kapan2 ke Siem Reap yuk, tiket PP cuma 3jt an kalau promo. WNI bebas visa. Aku pengen liat Angkor Wat pas sunrise 🌅
~~
HAPPY WEEKEND 🎉 Diskon 30% semua menu kopi di kedai kami, berlaku Sabtu-Minggu. Lokasi Jl. Kaliurang Km 7. Bawa teman dapat cookies gratis!
~~
Pak RT, mohon izin Sabtu saya ada acara syukuran di rumah, mungkin parkir agak ramai. Mohon maaf ke tetangga ya 🙏
~~
Alhamdulillah cicilan KPR tinggal 2 tahun lagi. Gaji naik dikit tahun ini, lumayan buat nambah tabungan sekolah anak
~~
Akhirnya dapat tiket konser di Manila! Berangkat bareng 3 temen, nginep di hostel 500 peso per malam. Siapa lagi yg nonton? 🎶
""", 401)

_hw("oj", "other_job_scam", "chat", """
Dicari 20 orang part time review film di aplikasi, dibayar 35rb per review. Wajib beli akun premium 199rb dulu. Daftar @review_film_cuan
~~
Selamat kak, kakak terpilih jadi agen kerja online kami! Untuk mulai, deposit jaminan Rp 500.000 (dikembalikan setelah 7 hari kerja) ke rekening di bawah ini ya
~~
Kerja Korea jalur cepat 🇰🇷 tanpa EPS, tanpa antre, gaji 30jt. Biaya 23jt, DP 5jt. Sudah 300 orang berangkat! Hub Bu Ratna 0821-3390-7745
~~
Loker admin input data dari rumah, Rp 200rb/hari. Syarat: punya HP & bayar biaya lisensi aplikasi 150rb. Slot sisa 7!
~~
Kak tugasnya gampang: follow 10 akun TikTok, dapat 30rb. Tapi setelah itu ada "tugas investasi" minimal 300rb ya, biar komisinya naik 3x lipat
""", 301)

_hw("lh", "legit_local_hotspot", "chat", """
Kantor NGO tempatku kerja di Phnom Penh (program kesehatan ibu & anak) buka posisi M&E officer, USD 1,100, FDC 1 tahun, Mon-Fri. Bahasa Inggris wajib. Link lowongan di CamHR ya
~~
Info loker Bangkok: restoran Indonesia di Sukhumvit cari chef, pengalaman 5 th, THB 40,000 + akomodasi. Work permit diurus, kontrak 2 th. Interview video call lalu uji masak
~~
Perusahaan pelayaran Indonesia di Manila butuh crewing officer, S1, pengalaman 3 th. PHP 65,000, visa kerja 9(g) & AEP diurus. Kirim CV lewat email kantor
~~
Hotel bintang 5 di Siem Reap cari spa therapist senior dari Bali, USD 700 + akomodasi + service, kontrak 1 th, work permit resmi. Interview via Zoom lalu trial
~~
Buat teman2 di Bangkok, sekolah internasional cari asisten guru berbahasa Indonesia, part time. THB 18,000/bulan. Hanya untuk yang sudah punya izin tinggal
""", 301)

_hw("cr", "compound_recruitment", "chat", """
Kak, kantor kami butuh admin yg bisa bahasa Inggris buat kantor di Kamboja. Gaji 1.300 dolar. Mau saya kirim kontraknya nanti setelah kakak sampai di sana ya 🙏
~~
lowongan CS luar negeri, negaranya nanti dikasih tau pas udah lolos interview. gaji 16jt, tiket free. yg penting siap berangkat
~~
Bro, kalau lo mau cepet lunasin utang, ikut gue kerja di Bavet aja. Bos bisa talangin dulu 10jt, nanti potong gaji. Gajinya 15jt kok
~~
Dibutuhkan 12 orang staf laundry & housekeeping resort di Sihanoukville. Gaji 10jt, makan tidur gratis, tiket dibayar. Berangkat pake visa turis
~~
Sista yg mau kerja admin chat di luar negeri, kerja duduk manis, gaji 14jt, apartemen gratis. Syarat cuma umur 20-28 & bisa ngetik. DM aku 💅
~~
OPEN RECRUITMENT!! Operator komputer 📍Thailand (perbatasan) 💵 Rp 18 juta ✈️ tiket ditanggung 🚐 dijemput dari Bangkok. Interview via WA
~~
Kak, saya dari tim HR. Kakak lolos interview ya 🎉 Tiket ke Phnom Penh berangkat Kamis. Nanti di bandara ada tim kami yang bantu urus imigrasi
~~
Pak, anaknya kemarin udah daftar kerja CS di kantor kami di Kamboja. Gajinya 14 juta, Bapak gak usah khawatir. Nanti kami kabari kalau sudah sampai
~~
Cari 5 cowok buat kerja marketing online di Myanmar, gaji 20jt + bonus. Berangkat lewat Mae Sot. Yg berminat kirim foto KTP & paspor ke DM
~~
Masih ada yg minat jadi typing staff di luar negeri? $900/bulan, kerja 10 jam, mess free. Tes ketik 2 menit lewat HP, lolos langsung berangkat
""", 401)
