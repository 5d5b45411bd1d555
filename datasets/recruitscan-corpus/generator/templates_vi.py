"""Vietnamese templates for the synthetic recruitscan corpus (project-written; origin: synthetic).

Every company, licence number, person, phone number and amount below is invented. Cues follow
../shared/domain/red_flags.md (sections 1-9 for the lures, 11 for hard negatives, 12 for
adjacent task / fee scams such as "chốt đơn ảo").
"""

from grammar import H, T

LANGUAGE = "vi"

SLOTS = {
    "perk_cap": [
        "Bao ăn bao ở",
        "Bao ăn ở 100%",
        "Bao ăn 3 bữa, ở ký túc xá máy lạnh",
        "Hỗ trợ vé xe, đưa đón tận nơi",
        "Bao vé máy bay, bao ăn ở",
        "Công ty lo giấy tờ, bao ăn ở",
        "Miễn phí ăn ở, có wifi",
    ],
    'pro_job_vn': ['Kế toán tổng hợp\n[Mức lương|Thu nhập]: [12–15 triệu|10–14 triệu]\nMô tả công việc:\n- Lập báo cáo tài chính, quyết toán thuế\n- [Đối chiếu công nợ với khách hàng, nhà cung cấp|Làm việc với kiểm toán độc lập]\nYêu cầu: tốt nghiệp ĐH kế toán, [2 năm kinh nghiệm|có chứng chỉ kế toán trưởng là lợi thế]', 'Kỹ sư điện\n[Mức lương|Thu nhập]: [15–20 triệu|14–18 triệu]\nMô tả công việc:\n- Giám sát lắp đặt hệ thống điện nhà xưởng\n- [Lập hồ sơ nghiệm thu|Bảo trì định kỳ thiết bị]\nYêu cầu: tốt nghiệp ĐH ngành điện, [1–2 năm kinh nghiệm|đọc bản vẽ AutoCAD]', 'Nhân viên kinh doanh B2B\n[Mức lương|Thu nhập]: [10 triệu + hoa hồng|9–12 triệu + thưởng doanh số]\nMô tả công việc:\n- Tìm kiếm khách hàng doanh nghiệp, gửi báo giá\n- [Chăm sóc khách hàng cũ|Đi gặp khách hàng tại khu công nghiệp]\nYêu cầu: Cao đẳng trở lên, [có xe máy|nhận sinh viên mới ra trường]', 'Giáo viên tiếng Anh\n[Mức lương|Thu nhập]: [12–18 triệu|200.000đ/giờ]\nMô tả công việc:\n- Giảng dạy lớp 8–12 tuổi theo giáo trình có sẵn\n- [Chấm bài, trao đổi với phụ huynh|Tham gia sinh hoạt chuyên môn hằng tháng]\nYêu cầu: IELTS 7.0 trở lên, [có chứng chỉ TESOL|yêu trẻ, kiên nhẫn]', 'Điều dưỡng phòng khám\n[Mức lương|Thu nhập]: [9–12 triệu|10 triệu + phụ cấp trực]\nMô tả công việc:\n- Hỗ trợ bác sĩ khám bệnh, quản lý hồ sơ bệnh nhân\n- [Tiêm truyền theo chỉ định|Kiểm tra thuốc, vật tư]\nYêu cầu: tốt nghiệp cao đẳng điều dưỡng, có chứng chỉ hành nghề', 'Lập trình viên Java\n[Mức lương|Thu nhập]: [20–30 triệu (gross)|18–25 triệu]\nMô tả công việc:\n- Phát triển hệ thống nội bộ, viết API\n- [Review code, viết unit test|Làm việc theo Scrum]\nYêu cầu: 2 năm kinh nghiệm Java/Spring, [đọc hiểu tài liệu tiếng Anh|ưu tiên biết Docker]'],
    'office_xkld': ['số 18 Tố Hữu, Nam Từ Liêm, Hà Nội', 'số 45 Trần Phú, TP. Vinh, Nghệ An', 'số 210 Lê Văn Sỹ, Q.3, TP.HCM', 'số 7 Hùng Vương, TP. Thanh Hóa', 'số 92 Nguyễn Huệ, TP. Huế'],

    'jp_program': ['thực tập sinh kỹ năng – [đơn hàng chế biến thực phẩm|đơn hàng xây dựng (cốp pha)|đơn hàng may mặc|đơn hàng nông nghiệp|đơn hàng cơ khí]\nThời hạn hợp đồng: 3 năm\nTiếng Nhật: học 4–6 tháng tại trung tâm của công ty trước khi xuất cảnh', 'kỹ năng đặc định (tokutei ginou) – [ngành điều dưỡng|ngành nhà hàng|ngành chế biến thực phẩm|ngành vệ sinh tòa nhà]\nThời hạn hợp đồng: 1 năm, gia hạn được đến 5 năm\nTiếng Nhật: đạt JFT-Basic A2 hoặc JLPT N4 và kỳ thi kỹ năng ngành'],
    'kh_vn_job': ['Đơn vị: Công ty TNHH Viễn thông Mê Kông Campuchia (vốn Việt Nam), Phnom Penh\nVị trí: kỹ sư mạng viễn thông\nLương: 1.200 – 1.500 USD/tháng', 'Đơn vị: Ngân hàng Liên doanh Angkor – chi nhánh Phnom Penh\nVị trí: chuyên viên tín dụng doanh nghiệp\nLương: 1.000 – 1.300 USD/tháng', 'Đơn vị: Công ty Cao su Đông Dương tại Kampong Thom\nVị trí: kỹ thuật viên nông nghiệp\nLương: 900 – 1.100 USD/tháng + nhà ở', 'Đơn vị: Công ty TNHH Xây dựng Sông Hồng Campuchia, Phnom Penh\nVị trí: giám sát công trình\nLương: 1.800 USD/tháng (gồm phụ cấp)', 'Đơn vị: Công ty CP Thương mại Mê Kông – văn phòng Phnom Penh\nVị trí: kế toán trưởng\nLương: 1.300 – 1.600 USD/tháng'],

    "lowbar_cap": [
        "Không cần kinh nghiệm",
        "Không cần bằng cấp",
        "Không yêu cầu tiếng Trung",
        "Chỉ cần biết đánh máy",
        "Biết dùng điện thoại là làm được",
        "Được đào tạo từ đầu",
        "Không cần kinh nghiệm, không cần bằng cấp",
    ],
    "job_cs": [
        "nhân viên chăm sóc khách hàng",
        "CSKH online",
        "nhân viên văn phòng",
        "nhân viên nhập liệu",
        "nhân viên đánh máy",
        "nhân viên sale online",
        "nhân viên marketing online",
        "nhân viên trực page",
        "telesale",
        "nhân viên hành chính",
        "nhân viên chat với khách",
        "trợ lý văn phòng",
        "nhân viên IT hỗ trợ",
    ],
    "job_other": [
        "phụ bếp",
        "đầu bếp món Việt",
        "thợ mộc sửa chữa khách sạn",
        "lễ tân casino",
        "phục vụ casino",
        "nhân viên chia bài",
        "phục vụ resort",
        "nhân viên kho hàng",
        "nhân viên giao nhận hàng hóa",
        "tạp vụ khách sạn",
        "nhân viên hàng không mặt đất",
    ],
    "job_any": ["{job_cs}", "{job_cs}", "{job_other}"],
    "kh": [
        "Campuchia", "Bavet", "Mộc Bài – Bavet", "Phnom Penh", "Nông Pênh", "Sihanoukville",
        "Xi-ha-núc-vin", "Poipet", "Kampot", "Svay Rieng", "Campuchia",
    ],
    "abroad": ["Campuchia", "{kh}", "Thái Lan", "Myanmar", "Lào", "Dubai", "nước ngoài", "biên giới"],
    "prov": [
        "Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Tây Ninh", "An Giang", "Đồng Tháp", "Gia Lai", "Đắk Lắk",
        "Quảng Bình", "Long An", "Cần Thơ", "Kiên Giang", "Bình Phước", "Sóc Trăng", "Quảng Ngãi",
    ],
    "gate": ["cửa khẩu Mộc Bài", "cửa khẩu Xa Mát", "cửa khẩu Tịnh Biên", "cửa khẩu Hà Tiên", "cửa khẩu Lệ Thanh", "cửa khẩu Hoa Lư"],
    "name": ["Lan", "Hùng", "Tuấn", "Mai", "Linh", "Nam", "Hương", "Phong", "Trang", "Dũng", "Thảo", "Quân", "Ngọc", "Bảo", "Vy", "Khoa"],
    "zalo": ["Zalo {phone_vn}", "Zalo: {phone_vn}", "zalo {phone_vn}", "ib Zalo {phone_vn}", "Zalo/Tele {phone_vn}"],
    "perk": [
        "bao ăn bao ở",
        "bao ăn ở 100%",
        "bao ăn 3 bữa, ở ký túc xá máy lạnh",
        "hỗ trợ vé xe, đưa đón tận nơi",
        "bao vé máy bay, bao ăn ở",
        "công ty lo giấy tờ, bao ăn ở",
        "miễn phí ăn ở, có wifi",
    ],
    "lowbar": [
        "không cần kinh nghiệm",
        "không cần bằng cấp",
        "không yêu cầu tiếng Trung",
        "chỉ cần biết đánh máy",
        "biết dùng điện thoại là làm được",
        "được đào tạo từ đầu",
        "không cần kinh nghiệm, không cần bằng cấp",
    ],
    "pay": [
        "lương cứng {vnd_high} + hoa hồng",
        "lương {vnd_high}",
        "lương cứng {usd_high} + thưởng",
        "thu nhập {vnd_high}",
        "lương {usd_high}/tháng",
        "lương cứng 15 triệu + hoa hồng đến 15%",
    ],
    "employer_vn": [
        "Công ty TNHH Dịch vụ Khách hàng Sao Việt",
        "Công ty CP Thương mại Điện tử Hoa Sen",
        "Công ty TNHH Logistics Tân Sơn",
        "Công ty TNHH Điện tử Phú An",
        "Công ty CP Bán lẻ Minh Châu",
        "Trung tâm Anh ngữ Bình Minh",
        "Công ty TNHH Bảo hiểm Ánh Dương",
        "Công ty CP Viễn thông Đông Dương",
        "Chuỗi cà phê Mộc Trà",
        "Công ty TNHH May mặc Thành Công Phát",
    ],
    "addr_vn": [
        "số 12 Nguyễn Văn Linh, Q.7, TP.HCM",
        "tòa nhà Sông Đà, Phạm Hùng, Cầu Giấy, Hà Nội",
        "KCN VSIP 1, Thuận An, Bình Dương",
        "55 Bạch Đằng, Hải Châu, Đà Nẵng",
        "KCN Quang Minh, Mê Linh, Hà Nội",
        "Lê Hồng Phong, Ninh Kiều, Cần Thơ",
        "đường D2, Bình Thạnh, TP.HCM",
        "KCN Yên Phong, Bắc Ninh",
        "Trần Phú, TP. Vinh, Nghệ An",
    ],
    "hr_email_vn": [
        "tuyendung@saoviet-cskh.vn", "hr@hoasen-ecom.vn", "tuyendung@tansonlog.vn", "tuyendung@phuan-elec.vn",
        "nhansu@minhchau-retail.vn", "careers@dongduongtelecom.vn",
    ],
    "xkld_co": [
        "Công ty CP Nhân lực Quốc tế Hải Đăng (Giấy phép số 215/LĐTBXH-GP)",
        "Công ty TNHH Cung ứng Nhân lực Đông Á (Giấy phép số 087/LĐTBXH-GP)",
        "Công ty CP Hợp tác Lao động Sao Mai (Giấy phép số 341/LĐTBXH-GP)",
        "Công ty TNHH Phát triển Nguồn nhân lực Trường Giang (Giấy phép số 122/LĐTBXH-GP)",
    ],
}

TEMPLATES = [
    # ------------------------------------------------------------------ compound_recruitment
    T("vi-cr-ad-001", "compound_recruitment", "ad", """[TUYỂN GẤP|🔥 TUYỂN GẤP 🔥|CẦN TUYỂN GẤP|TUYỂN DỤNG] {count} {job_cs} [LÀM VIỆC TẠI CAMPUCHIA|tại {kh}|làm việc ở nước ngoài|tại Campuchia] {emoji_hot}
[Việc nhẹ lương cao|VIỆC NHẸ LƯƠNG CAO|Công việc nhẹ nhàng, thu nhập cao], [ngồi văn phòng máy lạnh|chỉ cần ngồi máy tính|làm việc trong văn phòng].

📌 [Yêu cầu|Điều kiện|YÊU CẦU]:
- Nam/nữ [từ {age_range} tuổi|{age_range} tuổi]
- {lowbar_cap}
- [Biết đánh máy, sử dụng máy tính cơ bản|Biết dùng Facebook, Zalo|Đánh máy nhanh là lợi thế]
[?- [Có|Không có] hộ chiếu [cũng được, công ty làm giúp|công ty hỗ trợ làm]
][?[Công ty hoạt động hơn 5 năm, nhiều nhân viên người Việt đang làm việc ổn định.|Môi trường trẻ trung, văn phòng hiện đại, làm việc theo nhóm.|Cơ hội thăng tiến nhanh lên trưởng nhóm sau 3 tháng.|Phù hợp các bạn trẻ muốn thay đổi cuộc sống, lo cho gia đình.]
]
💰 [Quyền lợi|Chế độ|QUYỀN LỢI]:
- {pay}
- {perk}
[?- Thưởng doanh số hàng tháng, tăng lương sau 3 tháng
][?- Được ứng lương trước khi đi
][?- Lương trả đúng ngày 10 hằng tháng, gửi về gia đình qua ngân hàng
][?LƯU Ý: [Không thu bất kỳ chi phí nào của ứng viên.|Ưu tiên các bạn ở miền Tây và miền Trung.|Hợp đồng 1 năm, có thể gia hạn.|Chưa có hộ chiếu vẫn đăng ký được.]
]
[Phỏng vấn online qua Zalo, nhận việc ngay.|Nhận việc ngay, không phỏng vấn rườm rà.|Đi làm liền trong tuần.|Phỏng vấn qua Zalo 10 phút.]
[Liên hệ|LH|Ib ngay|LIÊN HỆ] {zalo}[? – Tele {tg_handle}]""", n=9),
    T("vi-cr-chat-001", "compound_recruitment", "chat", """[Ai cần việc|Ai đang cần việc|Bạn nào cần việc|Ai thất nghiệp] [nhẹ lương cao|làm văn phòng|làm online bên {abroad}] [ib|inbox|ib riêng|nhắn] [em|mình|chị|a] [nha!|nhé|liền!!|ngay nha!]{emoji_hot} [Lương|lg] {vnd_high}, {perk}, {lowbar}[. Đi liền trong tuần|. Bao xe đưa đón|. Làm bên {kh}|]{emoji_hot}""", n=8),
    T("vi-cr-ad-002", "compound_recruitment", "ad", """[CASINO TẠI BAVET|🎰 CASINO {kh}|KHU NGHỈ DƯỠNG & CASINO TẠI CAMPUCHIA|CASINO BIÊN GIỚI] TUYỂN [GẤP|DỤNG|NHÂN SỰ] {emoji_hot}
Vị trí: [lễ tân, phục vụ, thu ngân|nhân viên chia bài (được đào tạo)|CSKH casino online|nhân viên marketing game|bảo vệ, lễ tân, phục vụ]
Số lượng: {count} [nam/nữ|bạn|người]

✅ {pay}
✅ {perk}
✅ [Làm ca 12 tiếng, nghỉ 4 ngày/tháng|Làm 10 tiếng/ngày, nghỉ 2 ngày/tháng|Ca ngày/ca đêm tùy chọn]
✅ [Biết tiếng Trung là lợi thế nhưng không bắt buộc|{lowbar_cap}|Ngoại hình ưa nhìn là lợi thế]
[?✅ Không cần hộ chiếu, bên công ty làm giấy thông hành
][?✅ [Thưởng lễ, Tết; tăng lương theo năng lực|Có tiền tip từ khách mỗi ca|Ký túc xá ngay trong khu casino, đi làm chỉ 5 phút]
][?[Casino đang mở rộng khu mới nên cần người gấp, nhiều bạn Việt Nam đang làm rất ổn định.|Môi trường làm việc chuyên nghiệp, quản lý người Việt hỗ trợ từ ngày đầu.|Lương trả đúng hạn, có thể nhờ quản lý chuyển tiền về nhà mỗi tháng.]
]
[Hỗ trợ đưa đón từ TP.HCM qua {gate}.|Xe đón tại bến xe Tây Ninh, qua cửa khẩu Mộc Bài.|Có người đón tại {gate}, đi ngay trong ngày.|Đón tại sân bay Tân Sơn Nhất.]
[Liên hệ|LH|LIÊN HỆ] anh {name} – {zalo}""", n=9),
    T("vi-cr-chat-002", "compound_recruitment", "chat", """[Sáng mai|Chiều mai|Tối nay|Thứ 7 này] [e|em|bạn] ra [bến xe Tây Ninh|bến xe Miền Tây|ngã tư Gò Dầu|chợ Mộc Bài|bến xe Châu Đốc] [nha|nhé], có [người|xe|anh {name}] đón [đưa qua|chở qua|dẫn qua] [{gate}|biên giới|bên kia]. [Ai hỏi|Công an hỏi|Hải quan hỏi] thì [nói|bảo] [đi du lịch|đi chơi vài bữa|qua thăm người quen] [thôi|nhé], [đừng nói đi làm|đừng nhắc chuyện việc làm|không cần nói gì thêm]. [Không cần hộ chiếu|Giấy tờ a lo hết|Chỉ cần mang CCCD] [😉|🤫|👍|🙏|😊]""", n=8),
    T("vi-cr-ad-003", "compound_recruitment", "ad", """[Tuyển|TUYỂN GẤP|Cần gấp] {job_other} [làm việc tại {abroad}|cho khách sạn ở Thái Lan|cho resort nước ngoài|cho nhà hàng bên {kh}] {emoji_hot}
[Nhà hàng|Khách sạn|Công ty|Khu nghỉ dưỡng] [mới khai trương|đang mở rộng|chuẩn bị sửa chữa] cần {count} [người|lao động] [gấp|đi ngay|trong tháng này].

[Lương|Thu nhập]: [{vnd_high}|{usd_high}|{vnd_high}, trả bằng đô] [mỗi tháng|/tháng][?, ứng trước 5 triệu gửi gia đình]
[Chế độ|Quyền lợi]: {perk}[?, vé máy bay công ty chịu]
[Yêu cầu|Điều kiện|YÊU CẦU]: [sức khỏe tốt|chăm chỉ, trung thực], {lowbar}[?, biết đánh máy là lợi thế]
[?[Làm 10 tiếng/ngày, nghỉ 4 ngày/tháng. Phòng ở 4 người có quạt và máy lạnh.|Làm theo ca, tăng ca có tính tiền. Có xe đưa đón từ ký túc xá tới chỗ làm.|Lương trả ngày 10 hằng tháng, có thể gửi tiền về Việt Nam qua người của công ty.]
][Thủ tục|Giấy tờ|THỦ TỤC]: [chỉ cần CCCD, công ty lo hộ chiếu|gửi ảnh CCCD và hộ chiếu qua Zalo|không cần visa lao động, đi diện du lịch|hợp đồng ký khi qua tới nơi]

[Phỏng vấn qua điện thoại, đi trong {days} ngày.|Nhận việc ngay, xuất cảnh tuần sau.|Không cần phỏng vấn trực tiếp.]
[Liên hệ|LH|Gọi/Zalo|LIÊN HỆ NGAY]: {phone_vn}""", n=9),
    T("vi-cr-ad-004", "compound_recruitment", "ad", """[Đang nợ nần?|Nợ ngân hàng, nợ app?|Cần tiền gấp trả nợ?|Muốn đổi đời nhanh?] {emoji_hot}
[Bên mình có việc|Có việc làm|Tuyển người làm] [bên {kh}|ở nước ngoài|tại Campuchia|online ở nước ngoài], {pay}.
[Ứng trước 10–20 triệu trả nợ, trừ dần vào lương.|Công ty trả nợ giúp trước, đi làm trừ dần.|Cho ứng lương trước khi đi, gửi về gia đình.]
[Việc hơi "xám" nhưng an toàn, không ai bắt.|Làm chat game, tài xỉu online, không phạm pháp bên đó.|Công việc là chat tìm khách đầu tư, có kịch bản sẵn.|Làm {job_cs}, chỉ cần chăm chỉ.]
[Chế độ|Quyền lợi]: {perk}.
[Cam kết an toàn 100%.|Không phải công ty đen, yên tâm.|Nhiều anh em {prov} đang làm bên này, ai cũng ổn.|Bảo đảm an toàn tuyệt đối.]
[Chỉ liên hệ qua Telegram|Chỉ nhắn Tele, không nghe máy|Ib Zalo, không trả lời bình luận]: [{tg_handle}|{phone_vn}]""", n=9),
    T("vi-cr-chat-003", "compound_recruitment", "chat", """[Anh quản lý|Sếp|Bên nhân sự] [nói|bảo|báo] [tuần sau đi được|mốt đi luôn|vé đặt rồi, {days} ngày nữa bay] {emoji_calm} [Em gửi ảnh hộ chiếu|E chụp CCCD 2 mặt|Gửi số hộ chiếu] [qua Zalo|qua Tele|trong hôm nay] [nhé|nha|liền nha]. [Qua tới có xe đón, khỏi lo|Bay tới Bangkok có người đón đi xe tới công ty|Tới Mộc Bài có người dẫn qua|Tới sân bay Phnom Penh có tài xế chờ]. [An toàn mà!|Không sao đâu|Yên tâm đi!!], [đừng nói với gia đình vội|khỏi mang tiền theo|điện thoại cứ mang theo]. [😊|👍|✈️|🙏|]""", n=8),
    T("vi-cr-ad-005", "compound_recruitment", "ad", """[Vị trí|VỊ TRÍ]: [{job_cs}|CSKH ONLINE|TELESALE|NHÂN VIÊN VĂN PHÒNG] [(thị trường Việt Nam)|(chat tiếng Việt)|(tiếng Việt + tiếng Anh cơ bản)]
[Địa điểm|Nơi làm việc]: [{kh}|Sihanoukville, Campuchia|{hub_mm}, Myanmar|Đặc khu Tam Giác Vàng, Lào|Mae Sot, Thái Lan|thông báo sau khi phỏng vấn]
[Lương|Mức lương]: {pay}
[Thời gian|Giờ làm]: [12 tiếng/ngày|9h sáng – 9h tối|ca 12 tiếng], [nghỉ 2 ngày/tháng|nghỉ 1 ngày/tuần]
[Chế độ|Đãi ngộ]: {perk}
[Đi lại|Lộ trình]: [bay TP.HCM – Bangkok, sau đó xe đưa tới công ty|xe đưa đón từ Sài Gòn qua {gate}|bay Dubai phỏng vấn rồi chuyển tới chi nhánh|bay Đà Nẵng, có người đón đi tiếp]
[Yêu cầu|Điều kiện]: {lowbar}; [có hộ chiếu hoặc CCCD|hộ chiếu (công ty hỗ trợ làm)]
[Phỏng vấn|Hình thức PV]: [qua Zalo|online|nhắn tin]
[Liên hệ|LH]: [{tg_handle}|{zalo}]""", n=9),
    T("vi-cr-chat-004", "compound_recruitment", "chat", """[Còn tuyển không ad?|Còn việc không c?|Lương {vnd_high} thật không ạ?|Cho e xin thông tin với|Có cần hộ chiếu không ạ?] — [Còn nha em|Còn {count} suất thôi|Thật nha e, lương trả đủ|Không cần nha, công ty lo] {emoji_hot} [ib|inbox|nhắn Zalo] [chị|anh|mình] [liền!|ngay!!|để tư vấn|nha!] [{perk}.|Đi liền tuần này.|{lowbar_cap}.|Làm bên {kh}, an toàn.|Pv qua Zalo thôi.] [{emoji_hot}|😊|🙏|]""", n=8),
    T("vi-cr-ad-006", "compound_recruitment", "ad", """[TUYỂN NHÂN VIÊN MARKETING GAME|TUYỂN CSKH SÀN TIỀN ẢO|TUYỂN NHÂN VIÊN SALE ĐẦU TƯ|TUYỂN NHÂN VIÊN VẬN HÀNH NHÀ CÁI ONLINE] {emoji_hot}
[Công ty|Tập đoàn|Sàn] [công nghệ|giải trí trực tuyến|đầu tư tài chính] [quốc tế|có văn phòng tại Đông Nam Á] cần tuyển [người Việt|nhân sự người Việt|bạn trẻ năng động].
[Mô tả|Công việc]: [nhắn tin tìm khách hàng qua Facebook, Zalo|chăm sóc người chơi, hướng dẫn nạp rút|kết bạn, xây dựng lòng tin và mời khách đầu tư theo kịch bản|chạy quảng cáo, trả lời tin nhắn người chơi].
[Thu nhập|Lương]: {pay}[? – hoa hồng theo doanh số không giới hạn]
[Nơi làm|Địa điểm]: [{kh}|Campuchia (thông báo khi nhận việc)|Myanmar|văn phòng ở nước ngoài]
{perk_cap}.
[Yêu cầu|Điều kiện|YÊU CẦU]: [tuổi {age_range}|từ 18 tuổi], {lowbar}.
[?[Đào tạo 7 ngày, có kịch bản trò chuyện và cách tìm khách hàng.|Chỉ tiêu hằng ngày sẽ được giải thích khi đào tạo. Hoa hồng trả theo tuần.|Làm việc theo nhóm 10 người, có trưởng nhóm kèm cặp.]
]
[Hợp đồng ký khi tới nơi.|Công ty giữ hộ chiếu để làm giấy phép lao động.|Đi diện du lịch, không cần visa làm việc.|Làm việc theo hợp đồng 6 tháng.]
[Telegram|Tele]: {tg_handle}""", n=9),
    T("vi-cr-chat-005", "compound_recruitment", "chat", """[Thằng em họ|Con bạn|Nhỏ hàng xóm|Thằng bạn cùng lớp] [tui|mình|em] [ở {prov}|quê {prov}] [qua bên {kh}|đi làm bên Campuchia|đi Bavet] [được 3 tháng rồi|từ tháng trước], [lương|tháng nào cũng gửi về] {vnd_high}. [Làm ngồi máy tính thôi|Chỉ chat với khách|Làm lễ tân casino|Làm văn phòng máy lạnh]. [Mày đi không?|Đi không bạn?|Muốn đi thì nói tui!|Đi liền đi, cơ hội đó!!] [Dẫn thêm người được thưởng 5 triệu|Bên đó bao hết|Khỏi cần hộ chiếu|Đi đường bộ qua cửa khẩu] {emoji_hot}""", n=8),
    T("vi-cr-ad-007", "compound_recruitment", "ad", """[Tuyển|Cần tuyển|Thông báo tuyển|TUYỂN|CẦN TUYỂN] {job_cs}
[Nơi làm việc|Địa điểm|NƠI LÀM VIỆC]: [Phnom Penh, Campuchia|{kh}|Thái Lan|nước ngoài (Đông Nam Á)|Vientiane, Lào]
[Lương|Thu nhập]: [{usd_high}|{vnd_high}|800 USD + phụ cấp ăn|700 USD + thưởng 100 USD]
[Có chỗ ở.|Công ty sắp xếp chỗ ở.|Ký túc xá công ty.]
[Phỏng vấn và làm hồ sơ online.|Phỏng vấn qua Zalo.|Phỏng vấn online, không thi tuyển.]
[Gửi họ tên, năm sinh, ảnh hộ chiếu về|Gửi CV ngắn và ảnh CCCD qua|Quan tâm liên hệ] [{zalo}|{tg_handle}|{phone_vn}].
[Cảm ơn.|Hạn nộp: {days} ngày.|Ứng viên phù hợp sẽ được liên hệ.|]""", n=9),
    T("vi-cr-chat-006", "compound_recruitment", "chat", """[📢|{emoji_hot}|‼️] [VIỆC NHẸ LƯƠNG CAO|TUYỂN GẤP CSKH|VIỆC LÀM CAMPUCHIA|TUYỂN NV VĂN PHÒNG NƯỚC NGOÀI] [📢|{emoji_hot}|‼️]
[💰|💵] {pay}
[🏠 Bao ăn ở|🍚 Bao ăn 3 bữa|🚐 Đưa đón tận nơi|🏠🍚🚐 Bao hết] [• {lowbar}|• Nhận việc ngay|• Tuổi {age_range}]
[📲|👉|☎️] {zalo}
[Nhanh tay kẻo hết suất!|Đi liền tuần này!!|Cơ hội đổi đời!|]""", n=8),
    T("vi-cr-ad-008", "compound_recruitment", "ad", """[{emoji_hot} |][THÔNG BÁO TUYỂN DỤNG|CƠ HỘI VIỆC LÀM QUỐC TẾ|TUYỂN DỤNG NHÂN SỰ NĂM NAY|CÔNG TY ĐANG MỞ RỘNG – TUYỂN DỤNG] – [Chuyên viên chăm sóc khách hàng|Nhân viên hỗ trợ khách hàng|Chuyên viên marketing online|Nhân viên vận hành văn phòng|Trợ lý kinh doanh] ([thị trường Việt Nam|tiếng Việt|làm việc với khách Việt])

[?[Giới thiệu công ty|Về chúng tôi|Thông tin doanh nghiệp]:
[Chúng tôi là|Công ty là] [tập đoàn công nghệ tài chính|công ty thương mại điện tử|nền tảng đầu tư trực tuyến|công ty giải trí trực tuyến] [phát triển mạnh tại Đông Nam Á|có khách hàng ở Việt Nam, Thái Lan, Indonesia|hoạt động từ năm 2019]. [Văn phòng đặt tại {kh}.|Văn phòng nằm trong khu đô thị mới gần biên giới.|Văn phòng khu vực ở {abroad}, địa chỉ cụ thể báo khi trúng tuyển.]

][Mô tả công việc|Nhiệm vụ]:
• [Trả lời tin nhắn khách hàng trên ứng dụng chat|Nhắn tin làm quen khách hàng tiềm năng theo kịch bản|Hỗ trợ khách hàng nạp, rút và sử dụng nền tảng]
• [Xây dựng quan hệ lâu dài với khách|Đảm bảo chỉ tiêu doanh số hằng ngày|Khuyến khích khách tham gia các gói đầu tư]
[?• [Báo cáo ngắn cuối ca|Tham gia đào tạo nội bộ hằng tuần]
][?• Các công việc khác theo phân công của trưởng nhóm
]
[Yêu cầu|Điều kiện ứng tuyển]:
• Nam/nữ {age_range} tuổi
• {lowbar_cap}
• [Đánh máy tối thiểu 25 từ/phút|Sử dụng thành thạo điện thoại, máy tính|Giao tiếp tốt, chịu được áp lực]
• [Hộ chiếu còn hạn trên 6 tháng|CCCD gắn chip (công ty hỗ trợ làm hộ chiếu)]

[Quyền lợi|Chế độ đãi ngộ]:
• {pay}
• {perk}
• [Nghỉ 2 ngày/tháng|Nghỉ phép năm sau 6 tháng|Nghỉ 4 ngày/tháng]
[?• Hợp đồng 6 tháng, gia hạn được
]
[Quy trình|Các bước]: [phỏng vấn online → nhận thư mời → gửi vé trong vòng {days} ngày|gửi ảnh hộ chiếu → phỏng vấn video → xuất cảnh|phỏng vấn qua Zalo, có kết quả trong ngày]. [Hợp đồng ký khi tới văn phòng.|Visa làm việc công ty lo sau khi tới nơi.|Ứng viên xuất cảnh theo diện du lịch, phòng nhân sự lo phần còn lại.]
[Liên hệ phòng tuyển dụng|Thắc mắc|Ứng tuyển ngay]: {tg_handle}[? / {zalo}]""", n=14),
    T("vi-cr-ad-009", "compound_recruitment", "ad", """[Chia sẻ chút kinh nghiệm|Nhiều bạn hỏi mình đang làm gì|Năm ngoái mình còn thất nghiệp, giờ thì khác rồi] {emoji_calm}
[Mình|Em] [trước làm công nhân lương 6 triệu|mới ra trường, xin việc mãi không được|nợ app vay mấy chục triệu]. [Được người quen rủ|Thấy bài tuyển dụng] [qua {abroad} làm|đi làm {job_cs}|làm văn phòng ở nước ngoài] và [giờ được {count} tháng rồi|giờ gần 1 năm rồi].
[Lương tháng rồi|Tháng này nhận] {vnd_high}[ (có hình chuyển khoản)|, chưa tính hoa hồng|]. [Công việc ngồi văn phòng máy lạnh, nhắn tin với khách thôi.|Làm trên máy tính, có kịch bản sẵn, dễ lắm.|Ca 12 tiếng nhưng chỉ ngồi một chỗ.]
{perk_cap}[, cuối tháng còn có thưởng|].
[Công ty đang cần thêm {count} người.|Sếp nhờ mình tìm thêm bạn bè đi làm.|Đang tuyển nam nữ {age_range} tuổi.] {lowbar_cap}. [Không cần visa lao động, qua diện du lịch trước.|Chưa có hộ chiếu thì công ty lo.|Đi trong vòng 1 tuần.]
[Ai thật sự muốn đổi đời thì ib mình.|Ai cần việc thật lòng nhắn mình nha!|Đừng hỏi dưới bình luận, ib riêng nhé.] [{zalo}|{tg_handle}|]""", n=12),
    T("vi-cr-ad-010", "compound_recruitment", "ad", """[Chào mọi người, mình xin phép admin đăng bài.|Xin chào cả nhà trong nhóm.|Mình chia sẻ một cơ hội việc làm cho ai đang cần.|Chào các bạn, bên mình đang cần người gấp.] [Công ty của anh họ mình|Công ty bên mình|Một tập đoàn giải trí và du lịch|Chỗ mình đang làm] [ở {abroad}|ở nước ngoài|tại {kh}] [đang tuyển|cần gấp|mở đợt tuyển] {count} bạn [vị trí|làm] {job_any}[, nam nữ đều được|, tuổi từ {age_range}|]. [Mức lương khởi điểm là|Thu nhập|Lương thực nhận] {vnd_high} [mỗi tháng|/tháng] [và|cùng với] [công ty lo vé đi|được hỗ trợ xe đưa đón tận nơi|bao vé máy bay], [chỗ ở cũng được sắp xếp|bao ăn bao ở|ký túc xá miễn phí]. [Không cần kinh nghiệm|Không yêu cầu bằng cấp|Chỉ cần biết dùng máy tính][, chỉ cần chăm chỉ, chịu khó|, chỉ cần có CCCD hoặc hộ chiếu|]. [Phỏng vấn online, ai đậu thì trong {days} ngày là đi được.|Thủ tục rất nhanh, không cần phỏng vấn trực tiếp.|Không cần visa lao động vì công ty lo sau khi qua tới.|Chỉ cần gửi ảnh hộ chiếu, còn lại công ty lo hết.] [Bạn nào quan tâm thì nhắn tin riêng cho mình hoặc gọi {phone_vn}.|Quan tâm liên hệ {zalo}.|Ib riêng mình để biết thêm, đừng hỏi dưới bình luận nha.] [Cảm ơn mọi người.|Chúc cả nhà may mắn.|{emoji_calm}|Share giúp người đang cần việc!]""", n=14),
    T("vi-cr-ad-011", "compound_recruitment", "ad", """[{emoji_hot} ][TUYỂN GẤP|VIỆC NHẸ LƯƠNG CAO|CẦN GẤP|SỐ LƯỢNG CÓ HẠN] [CAMPUCHIA|BAVET|NƯỚC NGOÀI|THÁI LAN|PHNOM PENH]
[VỊ TRÍ|CẦN]: [CSKH ONLINE|NHÂN VIÊN VĂN PHÒNG|ĐÁNH MÁY|TELESALE|LỄ TÂN CASINO|NHẬP LIỆU]
[LƯƠNG|THU NHẬP]: [15 – 25 TRIỆU|LƯƠNG CỨNG 12TR + HOA HỒNG|1.000 USD + THƯỞNG|20TR – 30TR]
[🏠 ]BAO ĂN [Ở|Ở 100%|3 BỮA + Ở]
[🚐 ]XE ĐƯA ĐÓN [TẬN NƠI|TỪ SÀI GÒN|MIỄN PHÍ]
[TUỔI|ĐỘ TUỔI]: {age_range}
[KHÔNG CẦN KINH NGHIỆM|KHÔNG CẦN BẰNG CẤP|KHÔNG CẦN TIẾNG TRUNG]
[ĐI LIỀN TRONG TUẦN|NHẬN VIỆC NGAY|PV QUA ZALO]
[ZALO: {phone_vn}|TELE: {tg_handle}|LH: {phone_vn}]""", n=9),
    T("vi-cr-chat-007", "compound_recruitment", "chat", """[Ok {name}, lịch đi nè:|Vé xong rồi nha {emoji_calm}|Xác nhận lịch nha {name}:]
[Ngày|Hôm]: [{days}/6|thứ 5 này|chủ nhật, {days}/8]
[Giờ|Đón]: [5h sáng, bến xe Tây Ninh|4h30 sáng, ngã tư Gò Dầu|chuyến VJ 801 Tân Sơn Nhất – Bangkok 6h10|xe giường nằm 20h, bến xe Miền Tây]
[Mang CCCD + hộ chiếu.|Mang CCCD và 500k là đủ.|Mang 3–4 bộ đồ thôi.]
[Tới nơi có xe đón ở cổng số 3.|Có người cầm bảng tên em.|Tới biên giới a gửi định vị, đi xe {count} tiếng.]
[Ai hỏi thì nói đi du lịch nha 😉|Đừng nói chuyện đi làm ở cửa khẩu!|Đừng đăng Facebook vội nha.]""", n=8),
    # ------------------------------------------------------------------ other_job_scam
    T("vi-oj-chat-001", "other_job_scam", "chat", """[Tuyển CTV online|TUYỂN CỘNG TÁC VIÊN|Việc làm thêm tại nhà|Tuyển CTV chốt đơn] {emoji_hot} [Chốt đơn Shopee, Lazada, Tiki|Like, follow video TikTok|Đánh giá 5 sao Google Maps|Xem video, thả tim] [nhận hoa hồng 10–30%|được 20k–50k mỗi nhiệm vụ|nhận 15k/lượt]. [Thu nhập|Lương] [300k–1 triệu/ngày|500k/ngày|1–3 triệu/tuần]. [Chỉ cần điện thoại|Làm giờ rảnh|Không cần vốn]. [Ib|Kết bạn Zalo|Nhắn] {zalo}""", n=11),
    T("vi-oj-ad-001", "other_job_scam", "ad", """[TUYỂN CTV CHỐT ĐƠN|VIỆC LÀM ONLINE TẠI NHÀ|CỘNG TÁC VIÊN SÀN THƯƠNG MẠI ĐIỆN TỬ] {emoji_hot}
[Hỗ trợ shop|Giúp nhà bán hàng|Tăng tương tác cho shop] [tăng doanh số|đẩy đơn|tăng lượt mua] trên [Shopee|Lazada|Tiki|TikTok Shop] và nhận hoa hồng [10%|15%|20–30%] mỗi đơn.

[Cách làm|Quy trình]:
1. [Đăng ký tài khoản qua link|Kết bạn Zalo với hướng dẫn viên|Tải app của công ty]
2. [Thanh toán trước giá trị đơn hàng|Nạp tiền để nhận đơ|Nạp tối thiểu 200k để kích hoạt nhiệm vụ]
3. [Bấm "chốt đơn"|Xác nhận đơn trên hệ thống|Hoàn thành chuỗi {count} nhiệm vụ]
4. [Hoàn vốn + hoa hồng trong 5–10 phút|Rút tiền về tài khoản ngân hàng ngay|Tiền về ví trong ngày]

[Đơn càng lớn, hoa hồng càng cao.|Nhiệm vụ VIP cần nạp nhiều hơn nhưng hoa hồng gấp đôi.|Hoàn thành đủ chuỗi mới rút được.]
[Phù hợp mẹ bỉm sữa, sinh viên, người nghỉ hưu.|Không cần kinh nghiệm, làm tại nhà.|Chỉ 1–2 giờ mỗi ngày.]
[Liên hệ|LH] [hướng dẫn viên|trưởng nhóm|admin] {zalo}""", n=11),
    T("vi-oj-ad-002", "other_job_scam", "ad", """[XKLĐ ÚC – LÀM NÔNG TRẠI|ĐI CANADA LÀM NÔNG NGHIỆP|ĐI NHẬT KHÔNG CẦN TIẾNG|XKLĐ CHÂU ÂU – BA LAN|ĐI HÀN QUỐC DIỆN DU LỊCH LÀM VIỆC] {emoji_hot}
Lương [80–100 triệu/tháng|70 triệu/tháng|50–60 triệu/tháng], [không cần tiếng|không thi tuyển|bao đậu visa].
[Phí hồ sơ|Phí giữ chỗ|Phí làm visa] [30 triệu|15 triệu|45 triệu] [đóng trước|chuyển khoản trước khi phỏng vấn|đóng 50% trước], [có visa trong 1 tháng|xuất cảnh sau 2 tháng|hoàn tiền nếu trượt].
[Chuyển khoản vào tài khoản cá nhân của cán bộ tư vấn.|Đóng tiền qua tài khoản cá nhân, có biên nhận viết tay.|Chỉ còn {count} suất cuối năm.]
[Liên hệ|LH] [cô {name}|anh {name}]: {phone_vn}""", n=9),
    T("vi-oj-chat-002", "other_job_scam", "chat", """[Chào bạn|Chúc mừng bạn|Xin chào {name}], [hồ sơ của bạn|số điện thoại của bạn|bạn] [đã được chọn|phù hợp] [làm CTV online|tham gia việc làm thêm|cho vị trí nhân viên part-time] [của công ty|bên mình]. [Thu nhập 300k–3 triệu/ngày.|Hoa hồng nhận ngay.|Nhiệm vụ đơn giản 10–30 phút.] [Vui lòng kết bạn Zalo|Nhắn Telegram|Liên hệ hướng dẫn viên] {tg_handle} [để bắt đầu|nhận nhiệm vụ đầu tiên|ngay hôm nay] [😊|💰|✅|🎁]""", n=9),
    T("vi-oj-chat-003", "other_job_scam", "chat", """[Nhiệm vụ hôm nay|Nhiệm vụ #{count}|Chuỗi nhiệm vụ] {emoji_hot}
[1) Like 3 video|1. Follow 5 kênh|1) Đánh giá 10 sản phẩm] – [30k|50k|45k]
[2) Nạp 300k, nhận 390k|2. Chốt đơn 1 triệu, hoa hồng 30%|2) Đơn VIP 2 triệu, nhận 2,6 triệu]
[3) Rút tiền sau khi hoàn thành|3. Tiền về tài khoản trong 10 phút|3) Hoàn vốn + hoa hồng ngay]
[Hướng dẫn viên: {tg_handle}|Zalo: {phone_vn}|Link: {wa_link}]""", n=7),
    # ------------------------------------------------------------------ legit_job
    T("vi-lj-ad-001", "legit_job", "ad", """[TUYỂN GẤP|🔥 TUYỂN GẤP 🔥|TUYỂN DỤNG|CẦN TUYỂN GẤP] [NHÂN VIÊN CSKH|NHÂN VIÊN TỔNG ĐÀI|NHÂN VIÊN CHĂM SÓC KHÁCH HÀNG|NHÂN VIÊN TELESALE] {emoji_hot}
{employer_vn} – {addr_vn}

✅ [KHÔNG CẦN KINH NGHIỆM – được đào tạo|Không cần kinh nghiệm, đào tạo 1 tuần có lương|Sinh viên mới ra trường được ưu tiên]
✅ Lương [{vnd_normal}|7–9 triệu + thưởng KPI|8 triệu + phụ cấp|cứng 6,5 triệu + hoa hồng] 
✅ [Đóng BHXH, BHYT đầy đủ|BHXH + thưởng lễ Tết, lương tháng 13|Nghỉ CN, nghỉ lễ theo luật]
✅ [Giờ hành chính 8h–17h, nghỉ Chủ nhật|Ca xoay 8 tiếng|Làm từ thứ 2 – thứ 7]
[?✅ Nhận việc ngay trong tuần
]
[Yêu cầu|Điều kiện]: [tốt nghiệp THPT trở lên|Trung cấp trở lên], giọng nói dễ nghe, [không nói ngọng|biết dùng máy tính cơ bản].
[Nộp CV|Gửi CV] về {hr_email_vn} [hoặc Zalo HR {phone_vn}|hoặc đến trực tiếp văn phòng|(chị {name} – phòng nhân sự)]. [Phỏng vấn trực tiếp tại văn phòng công ty.|Phỏng vấn sáng thứ 3 và thứ 5 hàng tuần.]""", n=11, bpo_urgent=True),
    T("vi-lj-ad-002", "legit_job", "ad", """[TUYỂN DỤNG|THÔNG BÁO TUYỂN DỤNG|TUYỂN GẤP] – [Nhân viên hành chính|Nhân viên nhập liệu|Trợ lý văn phòng|Lễ tân văn phòng|Nhân viên kho] {emoji_calm}
[Số lượng|SL]: {count}
[Nơi làm việc|Địa chỉ]: {employer_vn}, {addr_vn}

• [Không yêu cầu kinh nghiệm!|Chưa có kinh nghiệm sẽ được hướng dẫn!|Ưu tiên ứng viên ở gần!]
• Lương: [{vnd_normal}|7 triệu + phụ cấp gửi xe, cơm trưa|6–8 triệu tùy năng lực]
• [BHXH theo luật, 12 ngày phép/năm|Thưởng Tết, du lịch hằng năm|Hợp đồng lao động chính thức sau thử việc 2 tháng]
• [Làm việc 8h–17h30, thứ 2 – thứ 6|Sáng thứ 7 làm nửa ngày]

Hồ sơ: [CV, CCCD photo, bằng cấp|đơn xin việc, sơ yếu lý lịch có xác nhận|CV kèm ảnh]. [Nộp trực tiếp tại công ty hoặc qua email {hr_email_vn}.|Liên hệ {phone_vn} (Zalo) để hẹn phỏng vấn.]""", n=11, bpo_urgent=True),
    T("vi-lj-ad-003", "legit_job", "ad", """[TUYỂN CÔNG NHÂN|TUYỂN GẤP {count} CÔNG NHÂN|KCN TUYỂN DỤNG] – [{employer_vn}|Công ty TNHH Điện tử Phú An|Công ty TNHH May mặc Thành Công Phát] {emoji_hot}
[Địa điểm|Nhà máy]: [KCN VSIP 1, Bình Dương|KCN Yên Phong, Bắc Ninh|KCN Quang Minh, Hà Nội|KCN Tân Tạo, TP.HCM]

[Vị trí|Tuyển]: [công nhân lắp ráp|công nhân may|công nhân đóng gói|kiểm hàng QC]
Thu nhập: [8–12 triệu/tháng (gồm tăng ca)|lương cơ bản 5,2 triệu + phụ cấp + tăng ca|{vnd_normal}]
[- Xe đưa đón các tuyến|- Hỗ trợ nhà trọ 500k/tháng|- Ký túc xá công ty (có phí)]
[- Cơm ca miễn phí|- Phụ cấp chuyên cần 300k|- Thưởng tháng 13]
- [BHXH, BHYT, BHTN đầy đủ|Khám sức khỏe định kỳ]
Yêu cầu: [nam/nữ {age_range} tuổi|18–40 tuổi], [không cần kinh nghiệm|biết đọc viết], [mang CCCD, sơ yếu lý lịch|đủ sức khỏe].
[Phỏng vấn tại cổng công ty 7h30 sáng các ngày trong tuần.|Đăng ký qua hotline {phone_vn}.|Nhận hồ sơ tại phòng bảo vệ.]""", n=11),
    T("vi-lj-ad-004", "legit_job", "ad", """{emoji_hot} [QUÁN TUYỂN NHÂN VIÊN|TUYỂN NHÂN VIÊN PHA CHẾ – PHỤC VỤ|CẦN NGƯỜI LÀM GẤP|TUYỂN PART-TIME/FULL-TIME] {emoji_hot}
[Chuỗi cà phê Mộc Trà|Quán bún bò Cô Ba|Tiệm bánh mì Hòa Mã|Nhà hàng lẩu Hồng Phát|Cơm tấm Phúc Lộc] – [chi nhánh {addr_vn}|cơ sở Q.3, TP.HCM|cơ sở Đống Đa, Hà Nội]

[Cần|Tuyển]: [phục vụ, thu ngân|pha chế (được dạy)|phụ bếp|giữ xe]
💵 [Lương 22k–25k/giờ|Lương 6–7 triệu/tháng|Lương 25k/giờ + tip|{vnd_normal}]
🍜 [Bao cơm trưa|Bao 1 bữa/ca|Được ăn tại quán]
🕐 [Ca sáng 6h–14h, ca chiều 14h–22h|Xoay ca linh hoạt, sinh viên đăng ký theo tuần|Làm 8 tiếng, nghỉ 4 ngày/tháng]
[✅ Không cần kinh nghiệm, quán dạy|✅ Sinh viên được ưu tiên|✅ Nhận việc liền]
[?[Quán làm việc vui vẻ, có thưởng doanh thu cuối tháng và thưởng Tết.|Quán có hợp đồng thời vụ, đóng BHXH khi làm đủ 3 tháng.|Ưu tiên bạn ở gần quán, đi làm lâu dài.]
][Đến trực tiếp quán gặp quản lý|Nhắn tin page|Gọi/Zalo] [{phone_vn}|chị {name} {phone_vn}|(mang theo CCCD)]""", n=11, bpo_urgent=True),
    T("vi-lj-chat-001", "legit_job", "chat", """[Shop|Tiệm|Quán|Công ty] [quần áo|điện thoại|tạp hóa|nha khoa|spa|kế toán] [của chị|nhà em|của bạn mình|của cô em] [ở|tại] [{prov}|Q.10|Thủ Đức|Biên Hòa|Long Biên] [cần|đang tìm] [1 bạn bán hàng|1 bạn trực quầy|1 bạn lễ tân|1 bạn phụ việc văn phòng], [lương|lg] {vnd_normal}[ + thưởng doanh số| + cơm trưa|, có BHXH]. [Làm 8h–17h|Giờ hành chính|Ca sáng]. [Ai cần thì ib|Bạn nào quan tâm nhắn|Share giúp mình với] [{phone_vn}|mình nha|chị {name} nhé][ {emoji_calm}|.|]""", n=11),
    T("vi-lj-ad-005", "legit_job", "ad", """[Vị trí|VỊ TRÍ TUYỂN DỤNG|Tuyển dụng]: {pro_job_vn}
[Đơn vị|Công ty]: {employer_vn}
[Nơi làm việc|Địa điểm]: {addr_vn}
[Phúc lợi|Quyền lợi]: [BHXH đầy đủ, lương tháng 13, 12 ngày phép|khám sức khỏe, du lịch năm|hybrid 2 ngày/tuần, review lương hằng năm].
[Hạn nộp hồ sơ|Ứng tuyển trước]: [ngày 30 tháng này|{days} tuần tới] qua {hr_email_vn}[ hoặc TopCV|].""", n=11),
    T("vi-lj-chat-002", "legit_job", "chat", """[Chào|Xin chào] [bạn |][{name}|ứng viên {name}], [phòng nhân sự|bộ phận tuyển dụng] {employer_vn} [xin mời|mời] [anh/chị|bạn] [tham gia phỏng vấn|đến phỏng vấn] vị trí [CSKH|nhân viên hành chính|công nhân lắp ráp|thu ngân|kế toán] [vào 9h sáng thứ 3|lúc 14h thứ 5|sáng thứ 2 tuần sau] tại {addr_vn}. [Vui lòng mang CV và CCCD.|Vui lòng xác nhận qua Zalo này.|Cần hỗ trợ vui lòng gọi {phone_vn}.] {emoji_calm}""", n=11),
    T("vi-lj-ad-006", "legit_job", "ad", """[{emoji_hot} ][TUYỂN GẤP|TUYỂN DỤNG|CẦN TUYỂN|PHỎNG VẤN TRỰC TIẾP] [TP.HCM|HÀ NỘI|ĐÀ NẴNG|CẦN THƠ|BÌNH DƯƠNG]
[VỊ TRÍ|CẦN]: [THU NGÂN|CSKH TỔNG ĐÀI|NHÂN VIÊN KHO|NHẬP LIỆU|PHỤC VỤ|TELESALE]
[LƯƠNG|THU NHẬP]: [7 – 9 TRIỆU|6,5TR + THƯỞNG|8 TRIỆU + PHỤ CẤP|25K/GIỜ]
[✅ ]BHXH + BHYT
[✅ ]NGHỈ [4 NGÀY/THÁNG|CHỦ NHẬT|LỄ TẾT THEO LUẬT]
[TUỔI|ĐỘ TUỔI]: [18 – 40|{age_range}]
[KHÔNG CẦN KINH NGHIỆM|ĐƯỢC ĐÀO TẠO|NHẬN SINH VIÊN]
[ĐI LÀM NGAY|PV SÁNG THỨ 2 – 6|NỘP CV TẠI CỬA HÀNG]
[ZALO HR|HOTLINE|LH]: {phone_vn} [({employer_vn})|(Siêu thị Minh Châu)|(Chuỗi cà phê Mộc Trà)]""", n=8, bpo_urgent=True),
    # ------------------------------------------------------------------ legit_overseas
    T("vi-lo-ad-001", "legit_overseas", "ad", """[THÔNG BÁO TUYỂN|TUYỂN LAO ĐỘNG ĐI NHẬT BẢN|ĐƠN HÀNG NHẬT BẢN MỚI!|Thông báo tuyển chọn đi Nhật|ĐƠN HÀNG THÁNG {days}!] {emoji_calm}
Diện: {jp_program}
[Đơn vị tuyển|Công ty phái cử]: {xkld_co}
[Xí nghiệp|Nơi làm việc]: [Aichi|Saitama|Hiroshima|Fukuoka|Chiba|Gifu], Nhật Bản
Số lượng: {count} [nam|nữ|nam/nữ]
[Lương cơ bản|Lương]: [175.000 yên/tháng|185.000 – 200.000 yên/tháng (chưa tăng ca)|180.000 yên/tháng], [làm 8 tiếng/ngày, tăng ca tính lương theo luật Nhật|nghỉ thứ 7, CN]
Điều kiện: [{age_range} tuổi|18–35 tuổi], tốt nghiệp THPT, [khám sức khỏe đạt|không mắc bệnh truyền nhiễm], [có hộ chiếu hoặc làm mới|làm hộ chiếu tại địa phương].
[?[Thi tuyển trực tiếp với đại diện xí nghiệp (có thể qua video).|Phỏng vấn đơn hàng với xí nghiệp tại Hà Nội.]
][Vé máy bay do phía Nhật chi trả theo hợp đồng.|Vé máy bay một chiều xí nghiệp chi trả.] [Chi phí thu theo đúng quy định của Luật 69/2020/QH14, có biên lai.|Tiền dịch vụ không vượt mức trần pháp luật, ký hợp đồng cung ứng rõ ràng.]
[Liên hệ|Văn phòng tuyển sinh]: {office_xkld} – {phone_vn}""", n=11),
    T("vi-lo-ad-002", "legit_overseas", "ad", """[THÔNG BÁO|THÔNG BÁO TUYỂN CHỌN] [lao động đi làm việc tại Hàn Quốc theo Chương trình EPS|đăng ký dự thi tiếng Hàn (EPS-TOPIK) ngành sản xuất chế tạo|tuyển chọn lao động ngành nông nghiệp đi Hàn Quốc (EPS)] {emoji_calm}
[Đơn vị thực hiện|Cơ quan tổ chức]: Trung tâm Lao động ngoài nước (chương trình nhà nước, không qua môi giới)
Đối tượng: [công dân Việt Nam {age_range} tuổi|lao động 18–39 tuổi], [chưa từng cư trú bất hợp pháp tại Hàn Quốc|không có tiền án], [đủ sức khỏe|không mù màu].
[Đăng ký tại Sở Nội vụ/Trung tâm dịch vụ việc làm của tỉnh|Nộp hồ sơ trực tiếp tại điểm tiếp nhận của tỉnh] từ [ngày 5 đến 10|ngày 12 đến 16] [tháng tới|theo lịch công bố].
Lệ phí thi: [USD 28|28 USD] nộp tại điểm đăng ký, có biên lai.
[Người trúng tuyển ký hợp đồng lao động với chủ sử dụng Hàn Quốc, được cấp visa E-9.|Sau khi có hợp đồng, người lao động học định hướng và xuất cảnh theo lịch.] [Lương tối thiểu theo luật Hàn Quốc, khoảng {krw_high} tùy tăng ca.|Mức lương theo quy định lương tối thiểu của Hàn Quốc.]
[?[Chi phí đi làm việc được niêm yết công khai, ký quỹ theo quy định.|Không có bất kỳ khoản phí "chạy" hay "bao đậu" nào.]]
[Cảnh báo|Lưu ý]: [chương trình không ủy quyền cho cá nhân, công ty môi giới nào thu tiền.|cẩn thận với các đối tượng hứa hẹn "đảm bảo đỗ".] [Thông tin chi tiết tại website của Trung tâm.|Hotline tư vấn: {phone_vn}]""", n=11),
    T("vi-lo-ad-003", "legit_overseas", "ad", """[ĐƠN HÀNG ĐÀI LOAN|TUYỂN LAO ĐỘNG ĐI ĐÀI LOAN|XKLĐ ĐÀI LOAN – ĐƠN HÀNG NHÀ MÁY|ĐÀI LOAN TUYỂN GẤP {count} NAM!] {emoji_hot}
[Công ty|Đơn vị] {xkld_co}
[Chủ sử dụng|Nhà máy]: [nhà máy linh kiện điện tử tại Đài Trung|nhà máy cơ khí tại Đào Viên|nhà máy thực phẩm tại Tân Trúc|viện dưỡng lão tại Cao Hùng]
[Lương|Mức lương]: [NT$28.590/tháng (lương cơ bản)|28.590 Đài tệ + tăng ca|{twd_high} (gồm tăng ca)]
[Hợp đồng 3 năm, gia hạn được|Thời hạn hợp đồng: 3 năm]; [ăn ở theo thỏa thuận trong hợp đồng|có ký túc xá, trừ phí ăn ở theo quy định Đài Loan]
Yêu cầu: [nam {age_range} tuổi|nữ 20–38 tuổi|nam/nữ 18–40 tuổi], [sức khỏe tốt (khám tại bệnh viện được chỉ định)|không có hình xăm lớn], [thi tay nghề trước chủ sử dụng|phỏng vấn qua video với chủ].
[Vé máy bay chủ sử dụng chi trả.|Chi phí xuất cảnh công khai, có hóa đơn.] [Hợp đồng được Văn phòng Kinh tế Văn hóa Đài Bắc thị thực.|Hồ sơ được Cục Quản lý lao động ngoài nước chấp thuận.]
[Liên hệ|Tư vấn]: {phone_vn} [(Zalo)|– văn phòng tại {office_xkld}]""", n=11),
    T("vi-lo-chat-001", "legit_overseas", "chat", """[Mừng quá|Cuối cùng thì|Vui ghê] {emoji_hot} [e|em|mình] [đậu đơn|trúng tuyển đơn|có visa|có tư cách lưu trú] [đi Nhật|Hàn|Đài|đi Nhật diện kỹ năng đặc định] rồi! [Xí nghiệp phỏng vấn online, công ty XKLĐ có giấy phép|Thi EPS đậu, chủ Hàn ký hợp đồng|Chủ bên Đài trả vé máy bay|Học tiếng 5 tháng mới thi đậu]. [Khám sức khỏe xong rồi, tháng sau bay|Hợp đồng 3 năm, lương 28.590 Đài tệ|Lương cơ bản 180.000 yên|Tuần sau học định hướng]. [Chúc e may mắn nha 🙏|Mọi người chúc mình nhé 🙏|Cảm ơn cô chú đã giúp đỡ.|Mong mọi thứ suôn sẻ.]""", n=11),
    T("vi-lo-chat-002", "legit_overseas", "chat", """[Cập nhật nè|Ai hỏi thì mình chia sẻ|Mừng quá] {emoji_calm} [Mình bay đi Osaka ngày {days} tháng sau, vé xí nghiệp trả.|Đơn Đài Loan đậu rồi, lương 28.590 Đài tệ.|Thi EPS đậu, đang chờ chủ Hàn ký hợp đồng.|Đơn điều dưỡng Đức có visa rồi!] [Cty phái cử có giấy phép, thu tiền có hóa đơn.|Hợp đồng 3 năm, mình đã tra giấy phép cty trên cổng của Cục.|Khám sức khỏe 1,2 triệu, có biên lai.] [Không ai bắt đóng tiền "bao đậu" gì hết.|Đi đúng đường thì giấy tờ nhiều lắm.|Chúc mình may mắn nha 🙏]""", n=6),
    # ------------------------------------------------------------------ legit_local_hotspot
    T("vi-lh-ad-001", "legit_local_hotspot", "ad", """[TUYỂN DỤNG – CAMPUCHIA|Việc làm tại Campuchia (có hợp đồng)|TUYỂN NHÂN SỰ LÀM VIỆC TẠI CAMPUCHIA|Thông báo tuyển dụng tại Phnom Penh] {emoji_calm}
{kh_vn_job}
[Hợp đồng|Loại HĐ]: [FDC 1 năm, gia hạn|UDC sau 3 tháng thử việc|2 năm]
[Giờ làm|Thời gian]: [thứ 2 – thứ 6, 8h–17h|thứ 2 – thứ 7, 7h30–16h30]
[Công ty làm giấy phép lao động và visa công tác (E) theo quy định Campuchia.|Được cấp work permit, đóng bảo hiểm NSSF.] [Vé máy bay về phép 1 lần/năm.|Về phép 2 lần/năm.]
Yêu cầu: [ĐH chuyên ngành|3 năm kinh nghiệm], [tiếng Anh giao tiếp|biết tiếng Khmer là lợi thế].
[Nộp hồ sơ|CV gửi] về [hr@mekongtelecom.com.kh|tuyendung@songhong-kh.com|{company_email}]; phỏng vấn tại văn phòng Hà Nội hoặc TP.HCM.""", n=8),
    T("vi-lh-chat-001", "legit_local_hotspot", "chat", """[Mình|Em|Anh] [làm|đang làm] [kế toán|kỹ sư|giáo viên|quản lý nhà hàng|phiên dịch] [cho công ty Việt|ở chi nhánh công ty Việt|cho trường quốc tế|ở một công ty cao su] [ở Phnom Penh|bên Vientiane|ở Bangkok|ở Siem Reap] [được 2 năm rồi|từ năm ngoái], [có hợp đồng, có work permit đàng hoàng|lương {usd_normal}/tháng, làm giờ hành chính|công ty lo visa công tác, nghỉ CN]. [Không phải đi Campuchia là bị lừa đâu|Việc thật vẫn có nhiều|Cứ kiểm tra kỹ công ty là được] {emoji_calm}""", n=8),
    # ------------------------------------------------------------------ awareness
    T("vi-aw-news-001", "awareness", "news", """[?[Cảnh giác với bẫy tuyển dụng sang Campuchia|Biên phòng tiếp nhận {count} công dân bị lừa sang Campuchia|Nhiều thanh niên {prov} bị dụ "việc nhẹ lương cao"]

][Thời gian gần đây|Thời gian qua|Từ đầu năm đến nay] ([?ngày ]{days}/[3|6|9|11]), trên [mạng xã hội|Facebook, TikTok và các nhóm Zalo] xuất hiện nhiều bài đăng tuyển [lao động sang Campuchia|nhân viên CSKH, nhân viên văn phòng làm việc ở nước ngoài] với lời mời "[việc nhẹ lương cao, bao ăn ở, không cần kinh nghiệm|lương cứng 15 triệu + hoa hồng, bao ăn ở|tuyển gấp, nhận việc ngay, đưa đón tận nơi]".
[Theo|Theo thông tin từ] [Đồn Biên phòng cửa khẩu quốc tế Mộc Bài|Bộ đội Biên phòng tỉnh Tây Ninh|Bộ đội Biên phòng tỉnh An Giang|Công an tỉnh {prov}], [nhiều người|nhiều thanh niên|hàng chục người] [quê {prov}|từ các tỉnh miền Tây|từ các tỉnh miền Trung] [đã bị|bị] [dụ dỗ xuất cảnh trái phép|đưa qua đường mòn, lối mở] sang Campuchia, [sau đó bị ép làm lừa đảo qua mạng|bị giữ hộ chiếu, đánh đập nếu không đạt chỉ tiêu|bị bán qua lại giữa các công ty].
[?[Nhiều nạn nhân|Một số người] [phải nhờ gia đình gửi tiền chuộc|phải trả 2.000 – 5.000 USD mới được thả|chỉ được về nước nhờ lực lượng chức năng hai nước phối hợp giải cứu].]
[Cơ quan chức năng khuyến cáo|Biên phòng khuyến cáo|Công an khuyến cáo] người dân [không tin vào lời mời "việc nhẹ lương cao"|cảnh giác với tuyển dụng qua Zalo, Facebook], [chỉ đi làm việc ở nước ngoài qua doanh nghiệp được cấp phép|kiểm tra kỹ thông tin doanh nghiệp] và [báo ngay cho công an khi phát hiện dấu hiệu lừa đảo|liên hệ đường dây nóng khi cần hỗ trợ].""", n=11),
    T("vi-aw-news-002", "awareness", "news", """[Anh|Chị] [{name}|N.V.{name}|T.T.{name}] ([20|22|24|27] tuổi, quê {prov}) kể [lại|với phóng viên]: [thấy bài đăng|được người quen giới thiệu] "[tuyển CSKH làm ở Campuchia, lương 20 triệu, bao ăn ở|việc nhẹ lương cao, chỉ cần ngồi máy tính|làm lễ tân casino Bavet, lương cứng + hoa hồng]" nên [đồng ý đi|nhận lời].
"[Người ta đón ở bến xe Tây Ninh rồi dẫn qua đường mòn|Họ mua vé máy bay đi Bangkok rồi chở xe nhiều giờ tới biên giới|Qua tới nơi thì bị thu hộ chiếu và điện thoại]. [Công việc là lên mạng làm quen người Việt để dụ đầu tư|Mỗi ngày làm 14–16 tiếng, không đạt chỉ tiêu bị phạt tiền, bị đánh|Họ nói tôi nợ tiền vé, tiền ăn ở nên phải làm trả nợ]," [anh|chị] nói.
[Sau {count} tháng|Sau nhiều tháng], [gia đình phải chuyển 60 triệu đồng|nhờ Đại sứ quán Việt Nam tại Campuchia can thiệp|nhờ lực lượng Biên phòng phối hợp], [anh|chị] mới được về nước.
[Câu chuyện được chia sẻ để cảnh báo người trẻ.|(Bài viết mô phỏng, nhân vật hư cấu.)|Cơ quan chức năng đề nghị người dân cảnh giác.]""", n=11),
    T("vi-aw-chat-001", "awareness", "chat", """[⚠️|🚨|‼️] [CẢNH BÁO|CẢNH GIÁC|CHIA SẺ ĐỂ CẢNH BÁO|ĐỪNG TIN] [⚠️|🚨|‼️] [Đừng tin|Ai thấy|Tránh xa] [mấy bài|các tin|lời mời] "[việc nhẹ lương cao bên Campuchia|tuyển CSKH lương 20tr bao ăn ở|lương cứng + hoa hồng, không cần kinh nghiệm|đi Bavet làm casino, bao xe đưa đón]"[ nha mọi người| nhé cả nhà|]. [Con {name} xóm mình|Đứa cháu nhà bên|Bạn của em mình] [đi rồi bị bán qua mấy công ty|bị giữ lại đòi tiền chuộc 3.000 đô|mất liên lạc 2 tháng|bị bắt làm 14 tiếng/ngày]. [Share cho người thân!|Mọi người chia sẻ giúp!!|Báo công an (113) nếu thấy!|Có gì gọi 113 ngay!]{emoji_calm}""", n=11),
    T("vi-aw-news-003", "awareness", "news", """[Cục Lãnh sự – Bộ Ngoại giao|Đại sứ quán Việt Nam tại Campuchia|Tổng Lãnh sự quán Việt Nam tại Battambang|Công an tỉnh {prov}] [khuyến cáo|một lần nữa khuyến cáo] công dân [cảnh giác với|không nghe theo] các lời mời làm việc tại [Campuchia, Myanmar, Lào|các khu vực giáp biên] [được quảng cáo|đăng tải] trên mạng xã hội.
[Các đối tượng thường|Thủ đoạn phổ biến là] [hứa "lương cao, bao ăn ở, bao vé xe"|yêu cầu xuất cảnh theo diện du lịch|liên lạc qua Zalo, Telegram, không có hợp đồng], [sau đó đưa người lao động vào các khu phức hợp|giữ giấy tờ tùy thân] và [ép làm việc lừa đảo trực tuyến|cưỡng bức lao động].
[Công dân cần hỗ trợ có thể liên hệ đường dây nóng bảo hộ công dân.|Người dân nên kiểm tra danh sách doanh nghiệp dịch vụ đưa người lao động đi làm việc ở nước ngoài được cấp phép.|Tuyệt đối không xuất cảnh trái phép qua đường mòn, lối mở.]""", n=10),
    T("vi-aw-news-004", "awareness", "news", """[⚠️ |🚨 |📢 |][CẢNH GIÁC CHIÊU "VIỆC NHẸ LƯƠNG CAO"|CẢNH BÁO: LỪA ĐẢO TUYỂN DỤNG ĐI CAMPUCHIA|ĐỪNG ĐỂ NGƯỜI THÂN THÀNH NẠN NHÂN]
([{days}/3|{days}/8|Cập nhật 2025])

[Từ đầu năm|Năm nay|Trong 6 tháng đầu năm], [{count} công dân|ít nhất {count} người|hơn {count} thanh niên] [đã được giải cứu|được tiếp nhận tại cửa khẩu|trở về từ Campuchia] sau khi nhận lời "[CSKH ở Campuchia, lương 20 triệu|nhân viên văn phòng, 1.000 USD, bao ăn ở|lễ tân casino Bavet, đưa đón tận nơi]".

Dấu hiệu:
1. Lương [15 – 30 triệu|1.000 – 2.000 USD] cho việc đơn giản
2. Bao ăn ở, bao vé xe, "không cần kinh nghiệm"
3. [Chỉ liên lạc Zalo/Telegram|Đi ngay trong 2–3 ngày|Đi diện du lịch, qua đường mòn]

[Kiểm tra doanh nghiệp trước khi đi.|Báo ngay công an nơi gần nhất.|Gọi đường dây nóng bảo hộ công dân khi cần.]""", n=6),
    # ------------------------------------------------------------------ other_text
    T("vi-ot-chat-001", "other_text", "chat", """[Cả nhà ơi|Nhóm mình ơi|Mấy bà ơi|Anh em ơi] [lễ 30/4|Tết Dương|hè này|cuối tháng] [đi|đi chơi|đi phượt] [Siem Reap|Phnom Penh|Bangkok|Pattaya|Đà Lạt|Phú Quốc|Vũng Tàu] [không|ko|hông]? [Vé xe|Vé máy bay|Tour] [{days} ngày|3N2Đ|4N3Đ] [có {count} triệu|đang sale|rẻ lắm][ {emoji_hot}|.|!] [Muốn đi Angkor Wat lâu rồi!|Đi ăn hải sản cho đã!!|Đi mua sắm chợ đêm|Nhớ mang hộ chiếu nha|Khách sạn 450k/đêm, 2 người 1 phòng]. [Vote trong nhóm Zalo nha|Ai đi báo trước thứ 6|Chốt sớm để đặt phòng][ {emoji_calm}|.|]""", n=11),
    T("vi-ot-message-001", "other_text", "message", """[Thông báo|Nhắc nhở|Cả nhóm ơi] {emoji_calm}
[Lương tháng này về rồi|Hôm nay có lương|Tiền thưởng Tết về rồi|Tiền hụi tháng này đủ rồi] [mọi người ơi|nha] {emoji_hot} [Tối nay|Cuối tuần] [đi ăn lẩu|đi nhậu nhẹ|đi karaoke|ăn ốc] [ở quán quen|ở {prov}|gần công ty] [không|nhé]?
[Nhắc mọi người đóng quỹ lớp 200k trước thứ 6.|Đám cưới bạn {name} chủ nhật này nha.|Ai cần mua hàng xách tay Thái ib mình {phone_vn}.|Nhóm Telegram học tiếng Anh mới lập, ai vào thì bảo.|Bố mẹ dặn tuần sau về quê giỗ ông.]
[Cảm ơn cả nhà|Tks mọi người|Bye bye] 😄""", n=10),
]

HANDWRITTEN = [
    # ------------------------------------------------------------------ compound_recruitment
    H("vi-cr-h-001", "compound_recruitment", "chat", "Em ơi bên chị đang tuyển CSKH làm bên Campuchia, việc nhẹ lương cao lắm, tháng 15tr + hoa hồng, bao ăn ở. Không cần kinh nghiệm, không cần tiếng Trung. Đi liền trong tuần, ib Zalo chị nha 😘"),
    H("vi-cr-h-002", "compound_recruitment", "chat", "Tuyển gấp 10 bạn nữ 18-25 làm lễ tân casino Bavet, lương 1000$, bao ăn ở, xe đón tận nhà. Không cần hộ chiếu. Ib e liền nha 🔥🔥"),
    H("vi-cr-h-003", "compound_recruitment", "ad", """TUYỂN DỤNG NHÂN VIÊN VĂN PHÒNG LÀM VIỆC TẠI CAMPUCHIA
- Công việc: nhập liệu, trả lời tin nhắn khách hàng theo kịch bản có sẵn
- Lương cứng 12 triệu + hoa hồng (thu nhập 20–30 triệu)
- Bao ăn ở, phòng máy lạnh 4 người
- Không cần kinh nghiệm, không cần bằng cấp, chỉ cần biết đánh máy
- Hỗ trợ xe đưa đón từ TP.HCM
Phỏng vấn online qua Zalo. Nhận việc ngay. Ứng viên gửi ảnh CCCD để làm giấy thông hành."""),
    H("vi-cr-h-004", "compound_recruitment", "chat", "Ko có hộ chiếu cũng đc e, a cho người dẫn đi đường tắt qua biên giới, 30p là tới. Qua bên kia có người đón. Ai hỏi thì nói đi thăm bà con nha"),
    H("vi-cr-h-005", "compound_recruitment", "chat", "Bên anh trả nợ giúp em 20 triệu trước, qua bên đó làm 2-3 tháng là trả hết, còn dư gửi về nhà. Việc chỉ là chat với khách trên mạng thôi, không cực đâu."),
    H("vi-cr-h-006", "compound_recruitment", "ad", """Cần tuyển gấp 05 đầu bếp món Việt + 10 phụ bếp
Làm việc tại khu resort ở Sihanoukville
Lương: 700 – 900 USD/tháng, trả đô
Bao ăn, ở ký túc xá; vé máy bay TP.HCM – Phnom Penh công ty chịu
Không yêu cầu kinh nghiệm với phụ bếp. Biết đánh máy là lợi thế (làm thêm việc văn phòng).
Hợp đồng ký khi qua tới nơi. Đi trong tuần này. Liên hệ Zalo."""),
    H("vi-cr-h-007", "compound_recruitment", "chat", "Việc này hơi xám thôi chứ ko phải phạm pháp đâu e, bên này ai cũng làm. Lương 25 củ, làm tốt thì 40 củ. Công ty bảo kê đàng hoàng, an toàn tuyệt đối 😎"),
    H("vi-cr-h-008", "compound_recruitment", "chat", "Mai 5h sáng có xe đón ở ngã tư Gò Dầu nha em. Nhớ mang theo CCCD thôi, đồ đạc mang ít ít. Đừng đăng gì lên Facebook nha, qua tới rồi hãy báo nhà."),
    H("vi-cr-h-009", "compound_recruitment", "ad", """🔥 VIỆC NHẸ LƯƠNG CAO – ĐI LÀM NGAY 🔥
Tuyển nam/nữ 18–35 tuổi làm telesale, CSKH tại Campuchia
💰 Lương cứng 10tr + thưởng + hoa hồng 10%
🏠 Bao ăn ở, có wifi, máy lạnh
🚐 Đưa đón từ các tỉnh miền Tây
📱 Không cần kinh nghiệm, có người kèm
Ib Zalo hoặc Telegram, không nghe máy lạ."""),
    H("vi-cr-h-010", "compound_recruitment", "chat", "Chị ơi e đang thất nghiệp, thấy c đăng tuyển bên Campuchia lương 18tr thật ko ạ? — Thật nha em, bên c có mấy bạn quê Đồng Tháp qua làm rồi. Bao ăn ở, đi free. Ib c gửi lộ trình."),
    H("vi-cr-h-011", "compound_recruitment", "chat", "Bay Sài Gòn – Bangkok nha, tới sân bay có người cầm bảng tên đón, đi xe 7-8 tiếng là tới công ty. Vé máy bay a mua rồi, e chỉ cần mang hộ chiếu."),
    H("vi-cr-h-012", "compound_recruitment", "ad", """Công ty đầu tư quốc tế tuyển nhân viên tư vấn khách hàng người Việt
Nơi làm: Đông Nam Á (sẽ thông báo khi nhận việc)
Thu nhập: 1.500 – 3.000 USD (lương cứng + % hoa hồng)
Công việc: kết bạn qua mạng xã hội, trò chuyện, giới thiệu khách tham gia đầu tư theo hướng dẫn
Yêu cầu: 20–35 tuổi, giao tiếp tốt, sử dụng Facebook/Zalo thành thạo
Hỗ trợ: vé máy bay, visa, ăn ở
Hộ chiếu giao cho công ty quản lý để làm thủ tục. Liên hệ Telegram."""),
    H("vi-cr-h-013", "compound_recruitment", "chat", "tuyển gấp nv đánh máy, lg 15-20tr, bao ăn ở, ko cần kn. làm bên kia biên giới, gần Mộc Bài. ai đi ib"),
    H("vi-cr-h-014", "compound_recruitment", "chat", "Em giới thiệu thêm được người thì mỗi người em được thưởng 300 đô nha. Cứ nói là việc văn phòng bên Campuchia, bao ăn ở, lương cao, đừng nói nhiều 😉"),
    H("vi-cr-h-015", "compound_recruitment", "ad", """TUYỂN THỢ MỘC, THỢ SƠN SỬA CHỮA KHÁCH SẠN
Địa điểm: khách sạn – casino tại Poipet
Lương: 600.000đ/ngày, trả theo tháng
Bao ăn ở tại công trình, bao xe đi từ Sài Gòn
Yêu cầu: biết dùng máy tính cơ bản, đánh máy tiếng Việt (để báo cáo hằng ngày)
Đi diện du lịch, không cần giấy phép lao động. Hợp đồng ký khi tới nơi.
Gọi/Zalo anh Tâm."""),
    H("vi-cr-h-016", "compound_recruitment", "chat", "Ở đây có bảo vệ 24/24 nên an toàn lắm, em ko phải lo. Lương 1200$, mỗi tháng gửi về nhà được. Qua làm 6 tháng hết hợp đồng là về."),
    H("vi-cr-h-017", "compound_recruitment", "chat", "Cần 5 bạn biết tiếng Hàn hoặc tiếng Nhật làm CSKH online, lương 2000$, ở nước ngoài, bao vé bao ăn ở. PV qua Telegram thôi nha. Ib @hr_sea_vn"),
    H("vi-cr-h-018", "compound_recruitment", "ad", """Thông báo tuyển dụng
Vị trí: Nhân viên hỗ trợ khách hàng (tiếng Việt)
Nơi làm việc: Phnom Penh
Lương: 900 USD/tháng
Ăn ở: công ty bố trí
Phỏng vấn: qua Zalo
Hồ sơ: ảnh CCCD 2 mặt, ảnh chân dung
Xuất cảnh: trong vòng 5 ngày sau khi trúng tuyển"""),
    H("vi-cr-h-019", "compound_recruitment", "chat", "Đợt này bên a cần gấp lắm, mai đi được thì a ứng trước cho em 5 triệu gửi mẹ. Việc nhẹ lắm, ngồi máy lạnh cả ngày. Chỉ cần em gật đầu."),
    H("vi-cr-h-020", "compound_recruitment", "chat", "Dạ bên e tuyển nhân viên trực chat cho nhà cái online bên Cam, lương cứng 15tr + hh, ko cần tiếng Trung. Ai cần việc gấp ib e nhé 💸"),
    H("vi-cr-h-021", "compound_recruitment", "ad", """TUYỂN NHÂN VIÊN MẶT ĐẤT HÃNG BAY & KHO HÀNG (THÁI LAN)
✈️ Lương 25 – 30 triệu
✈️ Vé máy bay, chỗ ở do công ty đài thọ
✈️ Tuổi 20 – 32, ngoại hình khá, biết tiếng Anh cơ bản
Phỏng vấn online 15 phút. Đi theo diện du lịch, công ty chuyển visa sau khi đào tạo 1 tháng.
Số lượng có hạn – đăng ký qua Zalo ngay hôm nay!"""),
    H("vi-cr-h-022", "compound_recruitment", "chat", "Người yêu anh ơi, anh xin được việc cho em ở khách sạn bên Bangkok rồi, lương 25 triệu. Anh đặt vé rồi, em chỉ cần qua thôi, có người đón ❤️"),
    H("vi-cr-h-023", "compound_recruitment", "chat", "Ai cần việc ở Campuchia ib mình. Việc văn phòng, lương 15-25tr. Ko lừa đảo, ko công ty đen. Mình làm 1 năm rồi ok lắm 👍"),
    H("vi-cr-h-024", "compound_recruitment", "ad", """VIỆC LÀM DUBAI – PHỎNG VẤN TẠI DUBAI
Tập đoàn công nghệ tuyển 20 nhân viên CSKH người Việt.
Bay TP.HCM – Dubai phỏng vấn trực tiếp (công ty chịu vé và khách sạn), trúng tuyển sẽ được điều chuyển đến chi nhánh Đông Nam Á.
Lương 1.200 – 1.800 USD. Bao ăn ở.
Không cần kinh nghiệm. Hồ sơ gửi qua Telegram, xuất cảnh trong 7 ngày."""),
    H("vi-cr-h-025", "compound_recruitment", "chat", "Qua bên này làm đúng giờ, có chỉ tiêu thôi, làm quen với mấy người trên mạng rồi rủ họ nạp tiền. Ai cũng làm được, lương 20 triệu trở lên. Tháng sau có đợt đi, đăng ký không?"),
    H("vi-cr-h-026", "compound_recruitment", "chat", "Bạn ơi mình thấy bạn đăng tìm việc trong group. Bên mình đang tuyển nhân viên nhập liệu lương 18tr, làm tại Lào, bao ăn ở, bay từ Hà Nội. Kết bạn Zalo mình nhé 🙂"),
    H("vi-cr-h-027", "compound_recruitment", "ad", """CẦN TUYỂN GẤP NHÂN VIÊN KINH DOANH ONLINE
Làm việc tại Myanmar (khu vực biên giới Thái Lan)
- Lương: 1.000 USD + thưởng
- Bao ăn ở, bao vé máy bay đi Bangkok, xe đưa đón tới công ty
- Không cần kinh nghiệm, được đào tạo kịch bản
- Hợp đồng 1 năm, ký tại công ty
Ứng viên chỉ cần hộ chiếu còn hạn trên 6 tháng. Liên hệ qua Telegram."""),
    H("vi-cr-h-028", "compound_recruitment", "chat", "Nhà đang khó khăn phải không em? Qua bên anh làm, cuối tháng có tiền gửi về ngay. Đường đi anh lo hết, giấy tờ anh lo hết. Không ai biết đâu mà sợ."),
    H("vi-cr-h-029", "compound_recruitment", "chat", "Cty e cần 20 bạn nam nữ làm CSKH ở Bavet. Lương 18tr, làm 12 tiếng, nghỉ 2 ngày/tháng. Bao ăn 3 bữa. Ko cần kinh nghiệm. Pv qua Zalo hôm nay đi ngày mai."),
    H("vi-cr-h-030", "compound_recruitment", "ad", """Tuyển bạn trẻ làm việc online tại nước ngoài
Yêu cầu: biết dùng điện thoại, nói chuyện khéo
Lương: 20 triệu/tháng + thưởng
Ở: ký túc xá công ty, ăn uống miễn phí
Đi lại: công ty lo toàn bộ, không cần visa lao động
Bạn nào đang cần tiền gấp, đang có nợ, công ty hỗ trợ ứng trước.
Liên hệ riêng qua Zalo, không bình luận."""),
    H("vi-cr-h-031", "compound_recruitment", "chat", "Tuyển CSKH nước ngoài ✈️ lương 1500$ 💰 bao ăn ở 🏠 đi liền ⚡ ib Tele @cskh_cam99"),
    H("vi-cr-h-032", "compound_recruitment", "message", """THƯ MỜI NHẬN VIỆC (bảo mật)
Gửi: Nguyễn Thị Hồng Nhung
Vị trí: Nhân viên hỗ trợ khách hàng
Nơi làm việc: Sihanoukville, Campuchia
Lương: 1.000 USD/tháng
Ngày khởi hành: thứ Năm tuần này, xe đón tại bến xe Tây Ninh lúc 5h sáng (chi phí công ty chịu)
Vui lòng mang theo CCCD và hộ chiếu bản gốc. Người của công ty sẽ dẫn bạn qua cửa khẩu và đưa về văn phòng. Hợp đồng ký tại văn phòng.
Đề nghị giữ kín thông tin cho đến khi tới nơi."""),
    H("vi-cr-h-033", "compound_recruitment", "chat", "Em ơi chị thấy em xinh xắn, hợp làm lễ tân khách sạn bên Thái lắm. Lương 25tr, ở khách sạn luôn. Vé máy bay chị ứng trước, qua làm trừ dần. Đi không em? 😊"),
    H("vi-cr-h-034", "compound_recruitment", "chat", "Công ty cần người nói tiếng Việt để trả lời tin nhắn khách Việt. Văn phòng sát biên giới Thái – Myanmar. Lương 30tr, phòng máy lạnh. Có gì nguy hiểm đâu, anh bảo đảm."),
    H("vi-cr-h-035", "compound_recruitment", "ad", """Tuyển huấn luyện viên gym & nhân viên spa cho resort
Khu nghỉ dưỡng cao cấp tại Đông Nam Á cần nhân sự khỏe mạnh, năng động.
Lương 22 triệu/tháng + tip. Vé máy bay, chỗ ở do resort chi trả.
Ứng viên cần biết dùng máy tính để làm thêm việc văn phòng nhẹ.
Phỏng vấn qua video call. Trúng tuyển bay Bangkok, xe resort đón về nơi làm việc."""),
    H("vi-cr-h-036", "compound_recruitment", "chat", "Anh biết em đang cần tiền chữa bệnh cho mẹ. Qua chỗ anh làm, tháng đầu gửi về 15 triệu liền. Hộ chiếu đưa anh giữ để làm thủ tục. Mốt mình đi."),
    H("vi-cr-h-037", "compound_recruitment", "chat", "TUYỂN GẤP!!! Nhân viên văn phòng nước ngoài, lương 20tr, bao vé, bao visa, bao ăn ở. 18-35 tuổi, không cần kinh nghiệm. Nhắn Zalo ngay kẻo hết suất!!!"),
    H("vi-cr-h-038", "compound_recruitment", "chat", "Lúc làm thủ tục xuất cảnh ở sân bay thì ghi mục đích là du lịch nha em. Ghi đi làm là bị giữ lại đó. Qua tới nơi mọi thứ bên a lo 🙏"),
    H("vi-cr-h-039", "compound_recruitment", "ad", """Tuyển nhân viên kho vận – giao nhận quốc tế
Công ty logistics cần 6 nhân viên kho làm việc tại khu vực cửa khẩu.
• Lương 14 triệu + tăng ca
• Xe đưa đón từ TP.HCM, ở ký túc xá gần kho (bên kia biên giới)
• Công việc: nhập dữ liệu đơn hàng trên máy tính, trả lời tin nhắn khách
Không cần kinh nghiệm. Phỏng vấn qua Zalo. Xuất phát tuần sau."""),
    H("vi-cr-h-040", "compound_recruitment", "chat", "Còn nhớ chị không? Mình gặp trong nhóm tìm việc đó. Sếp chị đang cần thêm 2 bạn, lương 1.200 đô. Lần này chị lo nhanh cho, mai có xe luôn. Đừng bỏ lỡ nha."),
    H("vi-cr-h-041", "compound_recruitment", "chat", "Nói thật là việc này phải lừa người ta trên mạng chút xíu, nhưng lương 40 củ. Bên đó luật khác, ko ai bắt đâu. Muốn giàu thì phải liều 😏"),
    # ------------------------------------------------------------------ other_job_scam
    H("vi-oj-h-001", "other_job_scam", "chat", "Chị ơi em làm CTV chốt đơn Shopee, mấy đơn đầu được hoàn tiền + hoa hồng, tới đơn thứ 5 bắt nạp 8 triệu mới rút được, giờ mất hết rồi 😭"),
    H("vi-oj-h-002", "other_job_scam", "chat", "Tuyển CTV like video TikTok, 1 like = 10k, mỗi ngày làm 30 nhiệm vụ kiếm 300k-500k. Làm bằng điện thoại, rút tiền liền. Kết bạn Zalo để nhận việc nha 😍"),
    H("vi-oj-h-003", "other_job_scam", "ad", """TUYỂN CỘNG TÁC VIÊN GIA CÔNG TẠI NHÀ
Xâu hạt vòng, dán nhãn, gấp hộp quà – làm tại nhà, giao nhận tận nơi
Thu nhập: 5 – 8 triệu/tháng
Đặt cọc nguyên liệu: 1.500.000đ (hoàn lại khi giao đủ sản phẩm)
Không cần kinh nghiệm, phù hợp mẹ bỉm, người lớn tuổi.
Liên hệ Zalo để nhận bộ nguyên liệu đầu tiên."""),
    H("vi-oj-h-004", "other_job_scam", "chat", "Chúc mừng bạn đã được chọn làm nhân viên đánh giá khách sạn online. Mỗi đánh giá 5 sao nhận 30k. Nhiệm vụ VIP cần nạp 2 triệu để mở khóa, hoa hồng 20%."),
    H("vi-oj-h-005", "other_job_scam", "ad", """ĐI ÚC LÀM NÔNG TRẠI – LƯƠNG 90 TRIỆU/THÁNG
Không cần tiếng Anh, không cần bằng cấp.
Bao đậu visa, xuất cảnh sau 45 ngày.
Phí hồ sơ: 35 triệu (đóng trước 50%).
Hoàn phí 100% nếu không xuất cảnh được.
Chuyển khoản vào tài khoản cá nhân của cán bộ tư vấn. Số lượng có hạn!"""),
    H("vi-oj-h-006", "other_job_scam", "chat", "Trưởng nhóm nhắc: hôm nay có nhiệm vụ chuỗi 6 đơn, tổng giá trị 12 triệu, hoa hồng 25%. Làm xong cả chuỗi mới rút được vốn nha mọi người, đừng bỏ giữa chừng."),
    H("vi-oj-h-007", "other_job_scam", "chat", "Việc làm thêm tại nhà: nhập liệu văn bản, 100k/trang. Đóng phí tài khoản 300k để nhận tài liệu. Ai làm ib mình."),
    H("vi-oj-h-008", "other_job_scam", "ad", """Bạn muốn kiếm thêm thu nhập lúc rảnh?
Tham gia nhóm "Thả tim nhận quà": xem video, thả tim, theo dõi kênh – mỗi nhiệm vụ 15.000đ.
Cấp độ thường: 10 nhiệm vụ/ngày.
Cấp độ vàng (nạp 1 triệu): 50 nhiệm vụ/ngày.
Cấp độ kim cương (nạp 5 triệu): 200 nhiệm vụ/ngày + thưởng giới thiệu.
Đăng ký qua link trong bio."""),
    H("vi-oj-h-009", "other_job_scam", "chat", "E chào a, bên e tuyển CTV online cho sàn TMĐT, làm tại nhà 1-2 tiếng/ngày, thu nhập 500k-2tr/ngày. A có Zalo ko e gửi hướng dẫn ạ?"),
    H("vi-oj-h-010", "other_job_scam", "chat", "Cô ơi đừng chuyển tiền nữa! Mấy cái 'chốt đơn ảo nhận hoa hồng' đó là lừa đó. Con mất 20 triệu rồi mới biết 😢"),
    H("vi-oj-h-011", "other_job_scam", "ad", """XUẤT KHẨU LAO ĐỘNG NHẬT BẢN – KHÔNG CẦN HỌC TIẾNG
Đơn hàng đóng gói, lương 45 triệu/tháng.
Bao đỗ 100%, không thi tuyển.
Phí giữ chỗ 20 triệu đóng ngay, còn lại đóng khi có visa.
Chỉ làm việc qua điện thoại, không có văn phòng."""),
    H("vi-oj-h-012", "other_job_scam", "chat", "TUYỂN 50 CTV ONLINE 💥 không cọc, không phí (chỉ nạp đơn hoàn tiền trong 5 phút) 💥 thu nhập 300k-1tr/ngày. Ib Tele @ctv_donhang"),
    H("vi-oj-h-013", "other_job_scam", "chat", "Mình mới làm 'đánh giá khách sạn' hôm đầu được 150k, hôm sau bảo nạp 5 triệu làm 'đơn combo' rồi tài khoản bị đóng băng 😩 có ai bị giống mình ko?"),
    H("vi-oj-h-014", "other_job_scam", "ad", """Việc làm tại nhà: đóng gói xà phòng, vòng tay, thiệp
Tiền công 1.500đ/sản phẩm, thu nhập đến 6 triệu/tháng.
Đặt cọc nguyên liệu 450.000đ (hoàn lại khi giao đủ 1.000 sản phẩm).
Nguyên liệu gửi qua bưu điện trong 3 ngày sau khi chuyển khoản. Giới hạn 30 người."""),
    H("vi-oj-h-015", "other_job_scam", "chat", "Chào chị, em bên team marketing. Chị giúp em đăng ký 3 kênh YouTube nha, mỗi kênh 20k, chụp màn hình là em chuyển tiền liền 😊 Sau đó có nhiệm vụ lớn hơn."),
    # ------------------------------------------------------------------ legit_job
    H("vi-lj-h-001", "legit_job", "ad", """🔥 TUYỂN GẤP 30 NHÂN VIÊN TỔNG ĐÀI CSKH – KHÔNG CẦN KINH NGHIỆM 🔥
Công ty CP Viễn thông Đông Dương – tòa nhà Sông Đà, Phạm Hùng, Hà Nội
💰 Lương 7,5 – 10 triệu (cứng + KPI)
📚 Đào tạo 5 ngày, có lương đào tạo
🕐 Ca xoay 8 tiếng, nghỉ 4 ngày/tháng
✅ BHXH, lương tháng 13, thưởng lễ
Phỏng vấn trực tiếp thứ 2 – thứ 6 tại tầng 12. Zalo HR: 0912 440 318 (chị Hương).""", bpo_urgent=True),
    H("vi-lj-h-002", "legit_job", "chat", "Ai ở Bình Dương cần việc thì cty điện tử của mình ở VSIP đang tuyển công nhân, lương cơ bản 5tr2 + tăng ca tầm 9-10tr, có xe đưa đón, BHXH đầy đủ. Mang CCCD ra cổng cty pv sáng thứ 2 nha 👍"),
    H("vi-lj-h-003", "legit_job", "chat", "Tiệm bánh nhà chị ở Q.Phú Nhuận tuyển 1 bạn phụ bán hàng ca sáng, 23k/giờ, bao bữa sáng. Sinh viên được. Nhắn chị Thảo 0938 115 672 nhé 😊"),
    H("vi-lj-h-004", "legit_job", "ad", """THÔNG BÁO TUYỂN DỤNG VIÊN CHỨC
Trung tâm Y tế huyện (mẫu thông báo) tuyển 05 điều dưỡng hạng IV
Yêu cầu: tốt nghiệp cao đẳng điều dưỡng trở lên, có chứng chỉ hành nghề.
Hồ sơ nộp trực tiếp tại phòng Tổ chức – Hành chính từ ngày 02 đến 20 hằng tháng, trong giờ hành chính.
Lương theo hệ số ngạch bậc và phụ cấp nghề theo quy định."""),
    H("vi-lj-h-005", "legit_job", "ad", """TUYỂN GẤP NHÂN VIÊN NHẬP LIỆU (PART-TIME) 📌
Công ty TNHH Logistics Tân Sơn – đường D2, Bình Thạnh, TP.HCM
- Nhập đơn vận chuyển vào phần mềm, đối soát chứng từ
- Lương 25.000đ/giờ, ca 4 tiếng (sáng hoặc chiều)
- Không cần kinh nghiệm, được hướng dẫn tại chỗ
- Ưu tiên sinh viên các trường gần Bình Thạnh
Gửi CV qua tuyendung@tansonlog.vn hoặc Zalo 0903 228 417.""", bpo_urgent=True),
    H("vi-lj-h-006", "legit_job", "chat", "Mình đi pv CSKH ở cty bảo hiểm Q.1 hôm qua, họ nói không cần kinh nghiệm, đào tạo 2 tuần, lương cứng 7tr + thưởng. Văn phòng đàng hoàng, có ký HĐ, BHXH. Ai cần thì mình gửi link tuyển dụng 😄", bpo_urgent=True),
    H("vi-lj-h-007", "legit_job", "ad", """Nhà hàng lẩu Hồng Phát (Đống Đa, Hà Nội) TUYỂN:
– 04 phục vụ ca tối (17h – 23h): 22k/giờ
– 02 phụ bếp full-time: 7 triệu/tháng
– 01 thu ngân: 7,5 triệu/tháng
Bao ăn ca, thưởng doanh thu cuối tháng, nghỉ 4 ngày/tháng.
Đến trực tiếp nhà hàng gặp quản lý từ 14h – 16h hằng ngày. Hotline/Zalo: 0978 330 215."""),
    H("vi-lj-h-008", "legit_job", "chat", "Chị ơi em vừa nhận offer kế toán nội bộ cty may ở Long An, lương 10tr, ký HĐ 1 năm, có BHXH. Cty có website, em tới tận nơi pv rồi nên yên tâm 🥰"),
    H("vi-lj-h-009", "legit_job", "message", """Kính gửi anh Nguyễn Văn Khoa,
Công ty CP Bán lẻ Minh Châu trân trọng thông báo anh đã trúng tuyển vị trí Nhân viên kho tại chi nhánh Cần Thơ.
Mức lương thử việc: 6.800.000đ/tháng (2 tháng); lương chính thức: 8.000.000đ/tháng và các phụ cấp.
Ngày nhận việc: 8h00 thứ Hai, 15/7, tại Lê Hồng Phong, Ninh Kiều, Cần Thơ.
Vui lòng mang theo bản sao CCCD, sổ hộ khẩu/giấy xác nhận cư trú và giấy khám sức khỏe.
Phòng Nhân sự"""),
    H("vi-lj-h-010", "legit_job", "chat", "Cty mình ở Đà Nẵng cần 2 bạn telesale tour du lịch, ko cần kinh nghiệm, lương 6tr + hoa hồng, làm giờ hành chính. Pv tại văn phòng Bạch Đằng. Ib mình gửi JD nhé", bpo_urgent=True),
    H("vi-lj-h-011", "legit_job", "ad", """TUYỂN GIÁO VIÊN TIẾNG ANH (FULL-TIME/PART-TIME)
Trung tâm Anh ngữ Bình Minh – Trần Phú, TP. Vinh
Lương: 180.000 – 250.000đ/giờ tùy kinh nghiệm
Yêu cầu: IELTS 7.0 hoặc tương đương, yêu trẻ.
Được đào tạo phương pháp, có giáo trình sẵn.
Gửi CV và video giới thiệu 2 phút về email của trung tâm. Dạy thử 30 phút tại cơ sở."""),
    H("vi-lj-h-012", "legit_job", "chat", "Ai cần việc ship hàng ở Thủ Đức ko, bên giao hàng của mình tuyển shipper có xe máy, 8-12tr/tháng tùy đơn, có bảo hiểm tai nạn. Đăng ký trên app rồi lên bưu cục ký HĐ 👍"),
    H("vi-lj-h-013", "legit_job", "ad", """TUYỂN DỤNG GẤP!!! NHÂN VIÊN BÁN HÀNG SIÊU THỊ ĐIỆN MÁY
Cửa hàng tại Biên Hòa, Đồng Nai
• Không yêu cầu kinh nghiệm – đào tạo sản phẩm 1 tuần
• Thu nhập 8 – 15 triệu (lương + thưởng doanh số)
• BHXH, BHYT, nghỉ phép năm
• Xoay ca sáng/chiều
Nộp hồ sơ trực tiếp tại quầy dịch vụ khách hàng hoặc ứng tuyển qua website công ty.""", bpo_urgent=True),
    H("vi-lj-h-014", "legit_job", "chat", "Chị tuyển 1 bạn giúp việc theo giờ, dọn dẹp căn hộ 3 buổi/tuần ở Q.7, 50k/giờ. Chị cần người ở gần, có giới thiệu càng tốt. Zalo chị Ngọc 0907 618 224 nha."),
    H("vi-lj-h-015", "legit_job", "ad", """[Tuyển dụng] Lập trình viên Java (2 năm kinh nghiệm)
Công ty phần mềm – Cầu Giấy, Hà Nội
Lương 20 – 30 triệu (gross), review lương 2 lần/năm
Làm hybrid 3 ngày văn phòng, 2 ngày remote
Quy trình: test online – phỏng vấn kỹ thuật – phỏng vấn với trưởng phòng
Ứng tuyển qua TopCV hoặc gửi CV tới careers@dongduongtelecom.vn"""),
    H("vi-lj-h-016", "legit_job", "chat", "Dạ em chào anh, em là HR của Sao Việt. Hồ sơ anh đã qua vòng loại, mời anh phỏng vấn vị trí CSKH lúc 9h thứ 4 tại số 12 Nguyễn Văn Linh Q.7 ạ. Anh xác nhận giúp em qua Zalo nhé 🙏"),
    H("vi-lj-h-017", "legit_job", "chat", "Quán cafe nhà mình tuyển pha chế, ko cần kinh nghiệm, quán dạy từ đầu, 25k/h + tip. Ở Gò Vấp nha. Ai muốn làm cứ tới quán nói gặp anh Phong 😄", bpo_urgent=True),
    H("vi-lj-h-018", "legit_job", "ad", """THÔNG BÁO TUYỂN LAO ĐỘNG THỜI VỤ
Hợp tác xã trái cây (mẫu) cần 20 lao động thu hoạch xoài mùa vụ tháng 4 – 6.
Tiền công 300.000đ/ngày, làm 6h – 14h, bao cơm trưa.
Nhận cả lao động lớn tuổi. Đăng ký tại văn phòng HTX hoặc gọi 0939 227 550."""),
    H("vi-lj-h-019", "legit_job", "ad", """SIÊU THỊ MINH CHÂU TUYỂN DỤNG! 📢
Chi nhánh Cần Thơ – Lê Hồng Phong, Ninh Kiều
• Thu ngân (3 người) • Nhân viên kho (2 người)
Lương 6,5 – 7,5 triệu + phụ cấp chuyên cần 300k
Xoay ca, nghỉ 4 ngày/tháng, BHXH đầy đủ.
Không cần kinh nghiệm – được đào tạo tại chỗ.
Nộp hồ sơ tại quầy dịch vụ khách hàng hoặc Zalo phòng nhân sự 0939 512 447.""", bpo_urgent=True),
    H("vi-lj-h-020", "legit_job", "chat", "Phòng khám nha khoa chỗ mình làm ở Quy Nhơn tuyển 1 bạn lễ tân, lương 7tr, làm thứ 2 - thứ 7. Cần tốt nghiệp THPT. Bạn nào quan tâm gửi CV qua mail phòng khám nha, mình ib địa chỉ 🙂"),
    H("vi-lj-h-021", "legit_job", "message", """Thông báo đến ứng viên:
Buổi phỏng vấn vị trí Công nhân lắp ráp diễn ra lúc 8h00 thứ Bảy tại Hội trường Công ty TNHH Điện tử Phú An, KCN Yên Phong, Bắc Ninh.
Vui lòng mang CCCD bản gốc, sơ yếu lý lịch và bút. Có kiểm tra mắt (mù màu).
Lương khởi điểm 5.200.000đ + phụ cấp + tăng ca. Có xe đưa đón từ TP. Bắc Ninh."""),
    H("vi-lj-h-022", "legit_job", "chat", "MN ƠI GẤP! Shop quần áo của bạn mình ở Q.10 cần người đứng shop cuối tuần, 200k/ngày. Ko cần kinh nghiệm. Ib mình liền nha 😆"),
    H("vi-lj-h-023", "legit_job", "ad", """Tuyển tài xế xe công ty (toàn thời gian)
Công ty TNHH Logistics Tân Sơn – TP.HCM
Lương 10 triệu + phụ cấp chuyến. Xe công ty cấp.
Yêu cầu: bằng B2 trở lên, 25 – 50 tuổi, không vi phạm giao thông nghiêm trọng.
Phỏng vấn tại văn phòng đường D2, Bình Thạnh. Liên hệ phòng hành chính giờ hành chính."""),
    H("vi-lj-h-024", "legit_job", "chat", "Mình được nhận vào tổng đài ngân hàng ở Hà Nội rồi, ko có kinh nghiệm mà vẫn được nhận 😁 đào tạo 1 tháng có lương, lương 8tr + phụ cấp. Hôm qua ký HĐ rồi!", bpo_urgent=True),
    # ------------------------------------------------------------------ legit_overseas
    H("vi-lo-h-001", "legit_overseas", "chat", "Mình đi Nhật diện kỹ năng đặc định ngành nhà hàng, thi JFT A2 với thi tay nghề đậu rồi mới có tư cách lưu trú. Cty phái cử có giấy phép, chi phí có hợp đồng rõ ràng, vé máy bay bên Nhật trả. Mất gần 8 tháng nha mọi người."),
    H("vi-lo-h-002", "legit_overseas", "ad", """THÔNG BÁO: Tuyển chọn 30 điều dưỡng, hộ lý đi làm việc tại CHLB Đức
Chương trình hợp tác (mẫu thông báo) – học tiếng Đức miễn phí 12 tháng tại Việt Nam, có trợ cấp học tập.
Lương trong thời gian học nghề tại Đức: khoảng 1.100 – 1.300 EUR/tháng; sau khi có bằng: từ 2.500 EUR/tháng.
Yêu cầu: tốt nghiệp THPT trở lên, 18 – 35 tuổi, sức khỏe tốt, không có tiền án.
Vé máy bay và visa do phía Đức hỗ trợ theo thỏa thuận. Không thu phí môi giới.
Nộp hồ sơ trực tiếp tại Sở Nội vụ các tỉnh theo lịch."""),
    H("vi-lo-h-003", "legit_overseas", "chat", "Anh trai mình đi Hàn theo EPS, thi tiếng Hàn 2 lần mới đậu, lệ phí thi có 28 đô, đăng ký ở Sở của tỉnh. Ai đòi 'bao đậu' mấy trăm triệu là lừa nha mọi người."),
    H("vi-lo-h-004", "legit_overseas", "message", """Hợp đồng cung ứng lao động (tóm tắt)
Người lao động: Trần Thị Mai – sinh năm 2001
Nước đến: Nhật Bản – Thực tập sinh kỹ năng ngành chế biến thực phẩm
Xí nghiệp tiếp nhận: Công ty thực phẩm Sakura (tỉnh Gifu)
Thời hạn: 3 năm; lương cơ bản: 174.000 yên/tháng; làm việc 8 giờ/ngày
Vé máy bay: do phía Nhật chi trả
Tiền dịch vụ: theo mức trần quy định, thanh toán có hóa đơn
Doanh nghiệp dịch vụ: Công ty CP Hợp tác Lao động Sao Mai (Giấy phép số 341/LĐTBXH-GP)"""),
    H("vi-lo-h-005", "legit_overseas", "chat", "Ủa ai hỏi đi Đài qua công ty nào uy tín thì tra danh sách doanh nghiệp được cấp phép trên cổng thông tin của Cục nhé. Mình đi qua cty có giấy phép, chủ trả vé, lương 28.590 Đài tệ, HĐ 3 năm 👍"),
    H("vi-lo-h-006", "legit_overseas", "ad", """🇯🇵 ĐƠN HÀNG KỸ NĂNG ĐẶC ĐỊNH NGÀNH ĐIỀU DƯỠNG – LƯƠNG 210.000 YÊN 🇯🇵
Nơi làm: viện dưỡng lão tại Osaka
Yêu cầu: có chứng chỉ JLPT N4 + kỳ thi kỹ năng điều dưỡng + thi tiếng Nhật chuyên ngành
Hợp đồng 5 năm, lương tương đương người Nhật cùng vị trí, bảo hiểm xã hội Nhật
Tổ chức hỗ trợ đăng ký tại Nhật hỗ trợ đón sân bay, tìm nhà, thủ tục hành chính
Phí: theo quy định, ký hợp đồng tại văn phòng công ty (có giấy phép của Bộ)."""),
    H("vi-lo-h-007", "legit_overseas", "chat", "Con gái cô vừa ký HĐ đi Hàn diện EPS ngành nông nghiệp, chủ trang trại ở Gyeonggi. Visa E-9 có rồi, tuần sau học định hướng 😊 cô mừng lắm"),
    H("vi-lo-h-008", "legit_overseas", "ad", """TUYỂN KỸ SƯ CƠ KHÍ ĐI NHẬT (VISA KỸ SƯ)
Công ty TNHH Cung ứng Nhân lực Đông Á (Giấy phép số 087/LĐTBXH-GP)
Đối tác: công ty chế tạo máy tại Shizuoka
Lương: 230.000 – 260.000 yên/tháng, thưởng 2 lần/năm
Yêu cầu: tốt nghiệp ĐH cơ khí, JLPT N3 trở lên, đọc bản vẽ 2D/3D
Phỏng vấn qua Zoom với công ty Nhật, sau đó xin tư cách lưu trú. Vé máy bay do công ty Nhật chi trả."""),
    H("vi-lo-h-009", "legit_overseas", "chat", "Hỏi: cty XKLĐ đòi giữ hộ chiếu bản gốc có đúng ko ạ? — Đáp: cty có giấy phép chỉ mượn để làm visa rồi trả, có biên nhận. Còn đòi giữ luôn hay bảo đi diện du lịch thì bỏ ngay nha."),
    H("vi-lo-h-010", "legit_overseas", "message", """Thông báo lịch khám sức khỏe xuất cảnh
Các bạn lao động đơn hàng Đài Loan (nhà máy điện tử Đài Trung) có mặt 7h00 thứ Năm tại bệnh viện được chỉ định để khám sức khỏe. Mang CCCD, hộ chiếu, 4 ảnh 4x6. Nhịn ăn sáng. Chi phí khám theo bảng giá niêm yết của bệnh viện.
Phòng Tuyển dụng – Công ty TNHH Phát triển Nguồn nhân lực Trường Giang"""),
    H("vi-lo-h-011", "legit_overseas", "chat", "Em mới sang Nhật 2 tuần, nghiệp đoàn đón ở sân bay Narita, ký túc xá 3 người. Lương cơ bản 178.000 yên, tháng đầu học định hướng có trợ cấp. Mọi thứ đúng như hợp đồng ký ở VN 😍"),
    H("vi-lo-h-012", "legit_overseas", "chat", "Em họ mình đi Nhật diện kỹ năng đặc định ngành thực phẩm. Thi JFT với tay nghề đậu, cty phái cử có giấy phép, hợp đồng ký rõ ràng, vé máy bay bên Nhật trả. Lương cơ bản 190.000 yên 👍"),
    H("vi-lo-h-013", "legit_overseas", "message", """Danh mục giấy tờ trước khi xuất cảnh (doanh nghiệp gửi người lao động):
1. Hợp đồng lao động đã ký (bản sao gửi gia đình)
2. Visa lao động / giấy phép lao động bản gốc
3. Kết quả khám sức khỏe
4. Vé máy bay (chủ sử dụng chi trả)
5. Số điện thoại cơ quan đại diện Việt Nam tại nước đến
Không giao hộ chiếu cho bất kỳ ai ngoài cơ quan xuất nhập cảnh."""),
    H("vi-lo-h-014", "legit_overseas", "chat", "Phỏng vấn đơn điều dưỡng Đức có 3 vòng, còn phải học tiếng B1 nữa. Đậu rồi mới làm visa. Lâu thật nhưng giấy tờ đàng hoàng hết. Vé máy bay bên Đức hỗ trợ ✈️"),
    # ------------------------------------------------------------------ legit_local_hotspot
    H("vi-lh-h-001", "legit_local_hotspot", "ad", """TUYỂN DỤNG: GIÁO VIÊN TIẾNG VIỆT – TRƯỜNG SONG NGỮ TẠI PHNOM PENH
Đơn vị: Trường Tiểu học Song ngữ Khmer – Việt (mẫu)
Hợp đồng: 1 năm học (FDC), gia hạn được
Giờ làm: thứ 2 – thứ 6, 7h30 – 16h30
Lương: 800 – 1.000 USD/tháng + phụ cấp nhà ở 150 USD
Trường làm work permit và visa E cho giáo viên. Phỏng vấn online với Hiệu trưởng và dạy thử qua video.
Hồ sơ gửi phòng hành chính của trường."""),
    H("vi-lh-h-002", "legit_local_hotspot", "chat", "Chồng mình làm kỹ sư cho công ty cao su vốn Việt ở Ratanakiri 4 năm rồi. Có hợp đồng, có work permit, lương 1.300 đô, về phép 2 lần/năm. Nghe Campuchia ai cũng sợ nhưng việc thật vẫn nhiều 😅"),
    H("vi-lh-h-003", "legit_local_hotspot", "ad", """Vacancy – Kế toán người Việt (biết tiếng Trung) – Bangkok
Công ty TNHH Thương mại Xuất nhập khẩu Siam – Việt (mẫu), quận Bang Na
Hợp đồng 2 năm; thứ 2 – thứ 6, 8h30 – 17h30
Lương: 40.000 – 45.000 THB/tháng, bảo hiểm xã hội Thái Lan
Công ty xin visa Non-B và work permit tại Sở Lao động.
Yêu cầu: ĐH kế toán, tiếng Trung HSK4, tiếng Anh giao tiếp.
Phỏng vấn 2 vòng (online + trực tiếp)."""),
    H("vi-lh-h-004", "legit_local_hotspot", "chat", "Em gái mình làm lễ tân khách sạn 4 sao ở Siem Reap, tuyển qua trang CamHR, có HĐ 1 năm, lương 450 đô + tip + ăn trưa. Ở đó làm 8 tiếng, nghỉ 1 ngày/tuần. Bình thường lắm nha."),
    H("vi-lh-h-005", "legit_local_hotspot", "ad", """TUYỂN QUẢN LÝ NHÀ HÀNG VIỆT – VIENTIANE, LÀO
Nhà hàng Phở Sài Gòn Vientiane (mẫu), đường Samsenthai
Hợp đồng 1 năm, lương 900 USD + thưởng doanh thu, nhà ở riêng
Làm 9 tiếng/ngày, nghỉ 4 ngày/tháng. Chủ nhà hàng làm giấy phép lao động tại Lào theo quy định.
Yêu cầu: 3 năm kinh nghiệm quản lý F&B. Gọi trực tiếp chủ quán để hẹn phỏng vấn video."""),
    H("vi-lh-h-006", "legit_local_hotspot", "ad", """[Philippines] Tuyển chuyên viên hỗ trợ khách hàng tiếng Việt – Makati
Công ty BPO đa ngôn ngữ (mẫu), Ayala Avenue, Makati City
Lương: 55.000 – 65.000 PHP/tháng, bảo hiểm sức khỏe HMO
Hợp đồng chính thức sau 6 tháng thử việc, 40 giờ/tuần, ca ngày
Công ty xin visa 9(g) và giấy phép lao động cho người nước ngoài (AEP).
Hỗ trợ vé máy bay và khách sạn 2 tuần đầu. Ứng tuyển trên trang tuyển dụng của công ty."""),
    H("vi-lh-h-007", "legit_local_hotspot", "chat", "Anh rể mình làm kỹ sư nhà máy điện ở Sihanoukville cho công ty xây dựng Việt Nam. HĐ 2 năm, có work permit, 3 tháng về phép 1 lần. Không phải ai ở Sihanoukville cũng làm lừa đảo đâu 😅"),
    H("vi-lh-h-008", "legit_local_hotspot", "ad", """Tuyển chuyên viên kiểm soát chất lượng – nhà máy dệt may tại Yangon, Myanmar
Công ty TNHH May mặc Thành Công Phát (chi nhánh Myanmar)
Lương 1.300 USD/tháng + nhà ở + bảo hiểm
Hợp đồng 1 năm, làm thứ 2 – thứ 7, về phép 2 lần/năm
Công ty làm visa và giấy phép lao động theo quy định Myanmar
Phỏng vấn tại văn phòng TP.HCM trước khi đi."""),
    # ------------------------------------------------------------------ awareness
    H("vi-aw-h-001", "awareness", "news", """(Mô phỏng tin Báo Biên phòng) Đồn Biên phòng cửa khẩu quốc tế Mộc Bài vừa tiếp nhận 12 công dân Việt Nam do phía Campuchia trao trả. Các công dân khai bị dụ dỗ bởi lời mời "việc nhẹ lương cao, bao ăn ở, lương cứng 15 triệu + hoa hồng" trên Facebook. Sau khi qua biên giới bằng đường mòn, họ bị đưa vào một khu nhà kín ở Bavet, bị buộc lừa đảo qua mạng 12–14 tiếng mỗi ngày. Biên phòng khuyến cáo người dân không xuất cảnh trái phép, không tin các quảng cáo tuyển dụng trên mạng xã hội."""),
    H("vi-aw-h-002", "awareness", "chat", "⚠️ Cả nhà ơi đừng cho con cháu đi làm 'việc nhẹ lương cao' bên Campuchia nha. Thằng cháu tui đi 3 tháng, giờ bên đó đòi 5.000 đô mới thả. Ai thấy tin tuyển kiểu 'bao ăn ở, ko cần kinh nghiệm' thì báo công an."),
    H("vi-aw-h-003", "awareness", "news", """Dấu hiệu nhận biết tuyển dụng lừa đảo đưa người sang Campuchia (tổng hợp khuyến cáo):
1. Quảng cáo "việc nhẹ lương cao", "không cần kinh nghiệm", "không cần tiếng Trung".
2. Hứa "bao ăn ở, bao vé xe, đưa đón tận nơi".
3. Chỉ liên lạc qua Zalo, Telegram; phỏng vấn qua tin nhắn.
4. Không có hợp đồng, yêu cầu đi diện du lịch hoặc qua đường mòn, lối mở.
5. Đề nghị ứng lương trước, "trả nợ giúp".
Người dân nên kiểm tra doanh nghiệp, chỉ đi làm việc ở nước ngoài qua doanh nghiệp được cấp phép."""),
    H("vi-aw-h-004", "awareness", "chat", "Hôm qua có acc lạ nhắn mình 'tuyển CSKH bên Cam lương 20tr bao ăn ở, ko cần hộ chiếu'. Mình chụp màn hình gửi công an xã rồi. Mọi người cẩn thận 🙏"),
    H("vi-aw-h-005", "awareness", "news", """(Mô phỏng phóng sự theo phong cách Thanh Niên) Chị H. (23 tuổi, quê Hà Tĩnh) được "bạn trai quen qua mạng" mua vé máy bay đi Bangkok, hứa việc làm lễ tân khách sạn lương 25 triệu. Đến nơi, chị bị chở nhiều giờ tới khu vực biên giới, rồi bị đưa qua sông sang Myanmar. "Họ bắt tôi nhắn tin làm quen người Việt để dụ đầu tư tiền ảo. Ai không đủ chỉ tiêu thì bị phạt đứng, bị đánh," chị kể. Gia đình phải vay mượn 120 triệu đồng để chuộc chị về."""),
    H("vi-aw-h-006", "awareness", "chat", "Lớp 12A2 ơi, nhà trường nhắc: hè này ai đi làm thêm thì tránh mấy tin 'tuyển gấp, lương cao, làm bên biên giới, bao xe đưa đón'. Có gì hỏi cô chủ nhiệm trước nha các em ❤️"),
    H("vi-aw-h-007", "awareness", "news", """Công an tỉnh (mẫu thông báo) cho biết đã triệu tập 3 đối tượng đăng tin tuyển "nhân viên văn phòng làm việc tại Campuchia, lương 1.000 USD, bao ăn ở" trên các hội nhóm Facebook. Các đối tượng nhận 300 – 500 USD cho mỗi người được đưa sang biên giới. Vụ việc đang được điều tra về hành vi tổ chức cho người khác xuất cảnh trái phép."""),
    H("vi-aw-h-008", "awareness", "chat", "Bài tuyển này y chang kịch bản lừa đảo nè mn: 'lương cứng + hoa hồng, bao ăn ở, đi diện du lịch, công ty giữ hộ chiếu'. Đừng ai ib nha!!! 🚫"),
    H("vi-aw-h-009", "awareness", "news", """Lời kể của một người trở về (nhân vật hư cấu, viết để cảnh báo): "Tôi thấy quảng cáo trên TikTok: tuyển nhân viên đánh máy, không cần kinh nghiệm, lương 18 triệu, bao ăn ở. Người ta đón tôi ở Châu Đốc, đi ghe qua sông. Tới nơi, họ lấy điện thoại, bắt tôi dùng nick giả lừa người Việt. Tôi mất 4 tháng mới được về nhờ Đại sứ quán can thiệp." """),
    H("vi-aw-h-010", "awareness", "news", """Đại sứ quán Việt Nam tại Campuchia (mô phỏng thông cáo) khuyến cáo công dân không nhận lời làm việc qua mạng xã hội với các lời hứa "việc nhẹ, lương cao, không cần kinh nghiệm". Người lao động muốn làm việc tại Campuchia cần có hợp đồng, giấy phép lao động và thị thực phù hợp, tránh nhập cảnh bằng thị thực du lịch để đi làm."""),
    H("vi-aw-h-011", "awareness", "chat", "Mẹ dặn nè: ai nhắn 'có việc bên Campuchia, tháng 20 triệu, khỏi hộ chiếu' thì đừng trả lời, block luôn. Con nhà bác Tư đi rồi không về được đó 😢"),
    H("vi-aw-h-012", "awareness", "news", """Nhóm tình nguyện hỗ trợ nạn nhân mua bán người (mô phỏng bài đăng): Tuần này chúng tôi nhận 7 cuộc gọi cầu cứu từ các bạn trẻ bị kẹt ở Sihanoukville. Tất cả đều đi theo lời mời "CSKH, lương cứng 15 triệu + hoa hồng, bao ăn ở". Nếu người thân bạn mất liên lạc sau khi đi làm ở biên giới, hãy báo ngay cho công an địa phương và liên hệ cơ quan đại diện Việt Nam."""),
    H("vi-aw-h-013", "awareness", "chat", "Cảnh báo ⚠️ tin tuyển 'lễ tân casino Bavet, 1000$, đón ở Mộc Bài' đang lan trong mấy group Zalo việc làm. Đã có người bị bán qua lại nhiều công ty. Đừng đi!"),
    H("vi-aw-h-014", "awareness", "news", """(Mô phỏng tin) Bộ đội Biên phòng tỉnh An Giang phát hiện 9 thanh niên đang chuẩn bị vượt biên qua khu vực Tịnh Biên. Các thanh niên khai được người quen giới thiệu "qua Campuchia làm việc nhẹ lương cao, không cần hộ chiếu, có người đón". Lực lượng chức năng đã giáo dục, hướng dẫn các thanh niên trở về địa phương."""),
    H("vi-aw-h-015", "awareness", "chat", "Mọi người ơi, nếu có 'HR' nhắn tuyển đi Campuchia lương 20-30tr rồi đòi ảnh hộ chiếu qua Zalo thì ĐỪNG gửi. Kiểm tra với công an hoặc Sở trước. Mình suýt bị rồi 🙏"),
    H("vi-aw-h-016", "awareness", "news", """(Tin mô phỏng) Một phụ nữ ở Sóc Trăng nhờ cộng đồng chia sẻ thông tin về con trai 24 tuổi mất liên lạc 3 tháng sau khi nhận lời "làm nhân viên đánh máy bên Thái Lan, lương 18 triệu". Tin nhắn cuối cùng anh gửi về nói đang ở Myanmar, không được ra khỏi khu nhà. Công an địa phương đã tiếp nhận trình báo."""),
    H("vi-aw-h-017", "awareness", "news", """Khuyến cáo "3 KHÔNG" khi tìm việc ở nước ngoài (mô phỏng tài liệu tuyên truyền):
KHÔNG tin lời mời việc nhẹ lương cao, bao vé bao ăn ở.
KHÔNG giao hộ chiếu, CCCD cho người lạ.
KHÔNG xuất cảnh trái phép qua đường mòn, lối mở.
Khi nghi ngờ, gọi ngay cho công an xã hoặc Bộ đội Biên phòng gần nhất."""),
    H("vi-aw-h-018", "awareness", "chat", "Cháu tôi mới được giải cứu từ Campuchia về, nó kể 'việc CSKH' thực ra là lừa người Việt mình, không đủ chỉ tiêu là bị chích điện 😢 mọi người nhắc con cháu giùm."),
    H("vi-aw-h-019", "awareness", "news", """Phát biểu tại buổi tuyên truyền ở trường THPT (nội dung mô phỏng): "Các em đừng tin những bài đăng 'tuyển gấp, không cần kinh nghiệm, bao ăn ở, lương 20 triệu, làm ở Campuchia'. Việc làm thật luôn có hợp đồng, có giấy phép, có địa chỉ rõ ràng và kiểm tra được." """),
    # ------------------------------------------------------------------ other_text
    H("vi-ot-h-001", "other_text", "chat", "Mẹ ơi con tới Siem Reap rồi nha 😁 khách sạn đẹp lắm, mai 4h sáng dậy đi xem bình minh ở Angkor Wat. Tối con gọi video cho mẹ"),
    H("vi-ot-h-002", "other_text", "chat", "Lương tháng này trễ 3 ngày do ngân hàng lỗi 😩 ai cho mượn 500k tới thứ 6 trả liền nha, năn nỉ đó"),
    H("vi-ot-h-003", "other_text", "message", """🎉 SIÊU SALE CUỐI THÁNG 🎉
Gạo ST25 túi 5kg chỉ 165.000đ
Dầu ăn 2 lít 89.000đ
Sữa tươi thùng 48 hộp 299.000đ
Áp dụng tại tất cả cửa hàng đến hết Chủ nhật. Mỗi khách tối đa 2 sản phẩm."""),
    H("vi-ot-h-004", "other_text", "chat", "Nhóm Zalo đá banh tối thứ 5 nha anh em, sân Phú Thọ, 70k/người. Ai đi thì thả tim 👍"),
    H("vi-ot-h-005", "other_text", "chat", "Em chuyển khoản tiền điện nước tháng 6 là 1.250.000đ cho chị rồi nha, chị kiểm tra giúp em. Cảm ơn chị 🙏"),
    H("vi-ot-h-006", "other_text", "message", """Thư mời đám cưới
Trân trọng kính mời anh chị đến dự tiệc cưới của Minh Tuấn & Thu Trang
11h00 Chủ nhật, 20/10, Nhà hàng Tiệc cưới Hoa Viên, Q. Tân Bình
Sự hiện diện của anh chị là niềm vinh hạnh cho gia đình chúng tôi."""),
    H("vi-ot-h-007", "other_text", "chat", "Mới đi Bangkok về, mua cả vali đồ ở Pratunam 😂 giờ cháy túi, chờ lương thôi"),
    H("vi-ot-h-008", "other_text", "chat", "Con mới đi làm ở cty mới được 1 tháng, sếp dễ thương lắm mẹ ạ. Cuối tuần con về nhà ăn cơm nhé ❤️"),
    H("vi-ot-h-009", "other_text", "message", """Thông báo của Ban quản lý chung cư:
Thang máy block B tạm ngưng từ 8h – 12h thứ Bảy để bảo trì định kỳ. Mong cư dân thông cảm và sắp xếp thời gian di chuyển.
Mọi thắc mắc xin liên hệ hotline BQL."""),
    H("vi-ot-h-010", "other_text", "chat", "Xem phóng sự về Biển Hồ Tonle Sap mà mê quá, nhà nổi trên nước luôn. Năm sau nhất định đi Campuchia chơi 🚤"),
    H("vi-ot-h-011", "other_text", "chat", "Ai có nhóm Telegram học tiếng Trung cho người mới bắt đầu không, cho mình xin link với. Tks cả nhà ❤️"),
    H("vi-ot-h-012", "other_text", "chat", "Tháng này được tăng lương 1 triệu nè!! 🥳 Sếp duyệt rồi. Thứ 7 đi ăn buffet lẩu ăn mừng nha"),
    H("vi-ot-h-013", "other_text", "message", """Lớp tiếng Trung giao tiếp cho người đi làm
Tối thứ 3 & thứ 5, 19h – 20h30
Học phí 1.200.000đ/tháng, tặng giáo trình
Nhà văn hóa phường, Q. Tân Phú
Đăng ký: 0908 331 274"""),
    H("vi-ot-h-014", "other_text", "chat", "Mua được vé concert rồi!! 1tr8 một vé, hơi xa sân khấu nhưng ok 😂 hẹn nhau ở ga Bến Thành đi chung nha"),
    H("vi-ot-h-015", "other_text", "chat", "Ba ơi con với mấy đứa bạn tới Phnom Penh rồi, mai đi chợ Nga với Hoàng cung. Ba đừng lo nha, tối con gọi."),
]
