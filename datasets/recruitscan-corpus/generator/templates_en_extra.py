"""English examples added so that no currency mark appears in one class only (HK$ was used
only by legitimate Hong Kong placements). Project-written; origin: synthetic."""

from grammar import H, T

LANGUAGE = "en"
SLOTS = {
    "hk_job": ["caregiver", "domestic helper", "restaurant crew", "warehouse packer", "hotel housekeeper"],
    "hk_fee": ["HK$3,800", "HK$5,500", "HK$6,200", "HK$4,500", "HK$7,000"],
    "hk_pay": ["HK$18,000", "HK$22,000", "HK$25,000", "HK$30,000"],
}
TEMPLATES = [
    T("en-oj-chat-901", "other_job_scam", "chat",
      "[Direct hiring|Fast hiring|No agency needed] for {hk_job} in Hong Kong {emoji_hot} salary "
      "{hk_pay}/month. [Pay the processing fee of {hk_fee}|Send {hk_fee} for the visa and medical] "
      "[first|today] to [reserve your slot|lock the job order]. [DM me|PM me|Message {tg_handle}] now!", n=8),
    T("en-cr-chat-901", "compound_recruitment", "chat",
      "[Hi po|Hello friend], Hong Kong company needs [chat support|customer service|typing staff] but "
      "the office is in [Bavet|Poipet|Myawaddy|Sihanoukville]. Salary {hk_pay} per month, [free ticket|"
      "ticket and visa free], [tourist visa only|no work visa needed]. Leave [this week|in {days} days]. "
      "[Telegram|WhatsApp] only.", n=8),
]
HANDWRITTEN = [
    H("en-oj-h-901", "other_job_scam", "message",
      "Congratulations! You are shortlisted for a caregiver job in Hong Kong at HK$24,000 a month. "
      "To secure your job order please transfer the HK$6,800 placement and insurance fee within 24 hours. "
      "No interview needed."),
    H("en-cr-h-901", "compound_recruitment", "chat",
      "Bro, marketing job for HK boss, paid HK$20k monthly, but you fly to Bangkok first and the car "
      "takes you across to Mae Sot. Free food and room. Bring only passport, say you are a tourist."),
]
