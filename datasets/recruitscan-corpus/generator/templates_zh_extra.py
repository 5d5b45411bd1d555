"""Chinese examples added so that no currency mark appears in one class only (¥ was used only
by legitimate texts). Project-written; origin: synthetic."""

from grammar import H, T

LANGUAGE = "zh"
SLOTS = {
    "cny_pay": ["¥15000", "¥18000", "¥20000", "¥25000", "¥30000"],
    "cn_job": ["客服", "打字员", "网络推广", "后台管理", "数据录入"],
}
TEMPLATES = [
    T("zh-cr-chat-901", "compound_recruitment", "chat",
      "[急招|高薪直招]{cn_job}，[柬埔寨|西港|缅北|妙瓦底]，月薪{cny_pay}[起|+提成]，[包吃包住|包机票]，"
      "[免经验|会打字就行]，[飞机|微信]私聊[，三天内出发|]。", n=8),
    T("zh-oj-chat-901", "other_job_scam", "chat",
      "[在家兼职|手机兼职]点赞[刷单|做任务]，日入[¥300|¥500|¥800]，先[充值|垫付][¥200|¥500]激活账号，"
      "[佣金秒到|当天返还]，加[微信|QQ]领取任务。", n=8),
]
HANDWRITTEN = [
    H("zh-lj-h-901", "legit_job", "ad",
      "上海某物流公司招聘仓库管理员：月薪¥7500–9000，五险一金，双休，试用期三个月，签订正式劳动合同。"
      "工作地点：上海市嘉定区。请将简历发送至公司招聘邮箱，或拨打人事部电话咨询。"),
    H("zh-ot-h-901", "other_text", "message",
      "周末去超市买了点东西，一共¥268，发票在群里了，大家记得AA转账给我哈～"),
]
