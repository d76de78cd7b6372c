#include "mrn_story_corpus.h"

namespace sb::sim {
namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

struct CompanyText
{
    const char *name;
    const char *ric;
    const char *permId;
    const char *countryCode;
};

// One language's words as written here (UTF-8); languages() turns each into an MrnLanguagePack once.
struct LanguageText
{
    const char *code;
    const char *languageN2;
    int weight;
    const char *dateFormat;
    const char *dateline;
    const char *closing; // nullptr: the body has no closing
    std::initializer_list<const char *> cities;
    std::initializer_list<const char *> headlines;
    std::initializer_list<const char *> sentences;
    std::initializer_list<const char *> alerts;
    std::initializer_list<CompanyText> companies;
};

// In the order of languages(): English first, as english() expects.
const LanguageText kLanguages[] = {
    {"en", "N2:LEN", 64, "MMMM d", "{city}, {date} (Reuters) - ",
        "\n\n (Reporting by {reporter}; Editing by {editor})\n ((newsroom@thomsonreuters.com;))",
        {"TOKYO", "LONDON", "NEW YORK", "SINGAPORE", "FRANKFURT", "SYDNEY", "HONG KONG", "MUMBAI", "DUBAI",
            "WASHINGTON", "SEOUL", "ZURICH"},
        {
            "{co} Q{q} profit rises {pct}% on strong demand",
            "{co} shares fall {pct}% after guidance cut",
            "{co} to buy back up to ${bn} billion of shares",
            "Central bank holds rates at {rate}%, signals caution",
            "Oil prices climb as supply concerns deepen",
            "{co} names new chief executive in surprise move",
            "UPDATE 1-{co} beats estimates as margins widen",
            "BRIEF-{co} says board approves dividend of {price} per share",
            "Dollar steadies ahead of U.S. inflation data",
            "{co} wins ${bn} billion contract, shares jump",
            "Regulator opens probe into {co} accounting",
            "{co} cuts {num} jobs in restructuring drive",
            "Gold edges higher as Treasury yields slip",
            "{co} bond deal draws orders of ${bn} billion",
            "Factory activity expands for {q} straight months, survey shows",
            "EXCLUSIVE-{co} explores sale of logistics unit, sources say",
        },
        {
            "{co} said on Tuesday its quarterly net profit rose {pct}% to {num} million, beating analysts' "
            "average estimate.",
            "Shares of {co} ({ric}) were up {pct}% in early trade, outperforming the broader market.",
            "The company said demand had held up better than expected in its main markets despite higher borrowing "
            "costs.",
            "Analysts polled by LSEG had expected revenue of {bn} billion for the quarter.",
            "\"We remain confident in our outlook for the full year,\" the chief financial officer told reporters on a "
            "call.",
            "The central bank kept its benchmark rate at {rate}%, as expected by all {q}0 economists in a Reuters "
            "poll.",
            "Policymakers said inflation was easing but warned that risks remained tilted to the upside.",
            "Brent crude futures rose {price} cents, or {pct}%, to ${price} a barrel by 0630 GMT.",
            "The deal, which is subject to regulatory approval, is expected to close in the second half of {yr}.",
            "A spokesperson for {co} declined to comment beyond the statement.",
            "The stock has gained {pct}% so far this year, compared with a {pct}% rise in the benchmark index.",
            "The company reiterated its forecast for annual operating profit of {bn} billion.",
            "Trading volume was about {q} times the 30-day average, according to LSEG data.",
            "The move follows a strategic review launched last year under pressure from activist investors.",
            "Two people familiar with the matter said talks were at an early stage and could still fall apart.",
            "Yields on 10-year Treasury notes fell {q} basis points to {rate}%.",
            "The company employs about {num} people worldwide and generates most of its sales overseas.",
            "Credit rating agencies have so far kept their outlook on {co} unchanged at stable.",
            "The government is expected to publish revised growth figures next week.",
            "Investors will watch the central bank's statement for clues on the timing of the next move.",
        },
        {
            "{CO} SAYS Q{q} NET PROFIT {num} MLN VS {num} MLN YEAR AGO",
            "{CO} SAYS BOARD APPROVES SHARE BUYBACK OF UP TO {bn} BLN",
            "CENTRAL BANK LEAVES KEY RATE UNCHANGED AT {rate}%",
            "{CO} SAYS CEO TO STEP DOWN",
            "{CO} SHARES HALTED PENDING ANNOUNCEMENT",
            "U.S. CPI RISES {pct}% IN MONTH; FORECAST {pct}%",
        },
        {
            {"Toyota Motor Corp", "7203.T", "4295876746", "N2:JP"},
            {"Apple Inc", "AAPL.O", "4295905573", "N2:US"},
            {"HSBC Holdings PLC", "HSBA.L", "8589934287", "N2:GB"},
            {"BHP Group Ltd", "BHP.AX", "4295856976", "N2:AU"},
            {"Siemens AG", "SIEGn.DE", "4295869238", "N2:DE"},
            {"Samsung Electronics Co Ltd", "005930.KS", "4295882451", "N2:KR"},
            {"Tencent Holdings Ltd", "0700.HK", "4295865591", "N2:CN"},
            {"Reliance Industries Ltd", "RELI.NS", "4295872888", "N2:IN"},
            {"Microsoft Corp", "MSFT.O", "4295907168", "N2:US"},
            {"Shell PLC", "SHEL.L", "4295894740", "N2:GB"},
            {"DBS Group Holdings Ltd", "DBSM.SI", "4295887006", "N2:SG"},
            {"Nestle SA", "NESN.S", "4295890712", "N2:CH"},
            {"Saudi Arabian Oil Co", "2222.SE", "5000636445", "N2:SA"},
            {"Volkswagen AG", "VOWG_p.DE", "4295869244", "N2:DE"},
        }},
    {"ja", "N2:LJA", 8, "M月d日", "[{city} {date} ロイター] - ", nullptr, {"東京", "大阪", "名古屋"},
        {
            "{co}、第{q}四半期の純利益{pct}%増 市場予想上回る",
            "{co}株が{pct}%安、通期見通しを下方修正",
            "日銀、政策金利を{rate}%に据え置き",
            "東証大引け=続伸、半導体関連株に買い",
            "ドル/円、{price}円台で小動き 米指標待ち",
            "{co}、{bn}億円の自社株買いを発表",
        },
        {
            "{co}は、第{q}四半期の連結純利益が前年同期比{pct}%増の{num}億円になったと発表した。",
            "北米での販売が好調だったほか、円安が利益を押し上げた。",
            "同社は通期の業績予想を据え置いた。",
            "市場関係者の間では、今後の金融政策の行方に注目が集まっている。",
            "日経平均株価は前営業日比{pct}%高の{num}円で取引を終えた。",
            "アナリストの予想平均は{bn}億円だった。",
            "同社の広報担当者は、詳細についてのコメントを控えた。",
            "新工場は{yr}年の稼働開始を予定している。",
            "為替市場では、ドル/円が{price}円付近で推移した。",
        },
        {"{co}、社長交代を発表", "日銀、政策金利を{rate}%に据え置き"},
        {
            {"トヨタ自動車", "7203.T", "4295876746", "N2:JP"},
            {"ソニーグループ", "6758.T", "4295877451", "N2:JP"},
            {"三菱UFJフィナンシャル・グループ", "8306.T", "4295877336", "N2:JP"},
            {"任天堂", "7974.T", "4295877842", "N2:JP"},
        }},
    {"zh", "N2:LZH", 7, "M月d日", "路透{city}{date}电 - ", nullptr, {"北京", "上海", "香港", "深圳"},
        {
            "{co}第{q}季度净利润增长{pct}% 超出市场预期",
            "中国人民银行维持贷款市场报价利率在{rate}%不变",
            "{co}股价下跌{pct}% 此前下调全年业绩指引",
            "沪深股市收盘上涨 科技股领涨",
            "{co}宣布回购最多{bn}亿元股份",
        },
        {
            "{co}周二公布，第{q}季度净利润同比增长{pct}%，至{num}亿元人民币。",
            "分析师此前平均预期为{bn}亿元。",
            "公司表示，国内需求回暖以及海外业务扩张推动了业绩增长。",
            "上证综指收盘上涨{pct}%，报{num}点。",
            "市场人士指出，投资者正在关注即将公布的经济数据。",
            "该公司发言人拒绝进一步置评。",
            "{co}股价今年以来累计上涨{pct}%。",
            "人民币兑美元汇率收报{price}。",
        },
        {"{co}宣布董事长辞职"},
        {
            {"腾讯控股", "0700.HK", "4295865591", "N2:CN"},
            {"阿里巴巴集团", "9988.HK", "5000066483", "N2:CN"},
            {"比亚迪", "1211.HK", "4295864682", "N2:CN"},
            {"中国工商银行", "1398.HK", "4295864796", "N2:CN"},
        }},
    {"de", "N2:LDE", 5, "d. MMMM", "{city}, {date} (Reuters) - ", nullptr,
        {"FRANKFURT", "BERLIN", "MÜNCHEN", "DÜSSELDORF"},
        {
            "{co} erhöht Prognose nach starkem {q}. Quartal",
            "Dax schließt fester - Autowerte gefragt",
            "EZB lässt Leitzins bei {rate} Prozent",
            "{co}-Aktie bricht nach Gewinnwarnung um {pct} Prozent ein",
        },
        {
            "{co} hat im {q}. Quartal den Gewinn um {pct} Prozent auf {num} Millionen Euro gesteigert.",
            "Analysten hatten im Schnitt mit {bn} Milliarden Euro gerechnet.",
            "Die Aktie legte im frühen Handel um {pct} Prozent zu.",
            "Der Konzern bestätigte seine Jahresziele für {yr}.",
            "Ein Sprecher des Unternehmens wollte sich dazu nicht äußern.",
            "Größere Sorgen bereitet den Anlegern die schwächelnde Nachfrage aus China.",
            "Der Dax stieg um {pct} Prozent auf {num} Punkte.",
        },
        {},
        {
            {"Siemens", "SIEGn.DE", "4295869238", "N2:DE"},
            {"Volkswagen", "VOWG_p.DE", "4295869244", "N2:DE"},
            {"Deutsche Bank", "DBKGn.DE", "4295869482", "N2:DE"},
            {"BASF", "BASFn.DE", "4295869198", "N2:DE"},
        }},
    {"ru", "N2:LRU", 5, "d MMMM", "{city}, {date} (Рейтер) - ", nullptr, {"МОСКВА", "САНКТ-ПЕТЕРБУРГ"},
        {
            "{co} увеличил чистую прибыль на {pct}% в {q} квартале",
            "ЦБ РФ сохранил ключевую ставку на уровне {rate}%",
            "Рубль укрепился к доллару на фоне роста цен на нефть",
            "Акции {co} подешевели на {pct}% после публикации отчётности",
        },
        {
            "{co} в {q} квартале увеличил чистую прибыль на {pct}% до {num} миллионов рублей, сообщила компания.",
            "Аналитики в среднем ожидали прибыль в размере {bn} миллиарда рублей.",
            "Курс доллара на Московской бирже снизился до {price} рубля.",
            "Представитель компании отказался от дальнейших комментариев.",
            "Индекс МосБиржи вырос на {pct}% до {num} пунктов.",
            "Компания подтвердила прогноз на {yr} год.",
        },
        {},
        {
            {"Газпром", "GAZP.MM", "4295887126", "N2:RU"},
            {"Сбербанк", "SBER.MM", "4295887200", "N2:RU"},
            {"Лукойл", "LKOH.MM", "4295887154", "N2:RU"},
        }},
    {"ar", "N2:LAR", 4, "d MMMM", "{city} ({date}) (رويترز) - ", nullptr, {"الرياض", "دبي", "القاهرة", "الدوحة"},
        {
            "{co} ترفع أرباحها الفصلية بنسبة {pct}%",
            "أسعار النفط ترتفع وسط مخاوف بشأن الإمدادات",
            "البنك المركزي يبقي سعر الفائدة دون تغيير عند {rate}%",
            "مؤشر البورصة يغلق مرتفعا بدعم من أسهم البنوك",
        },
        {
            "قالت {co} يوم الثلاثاء إن صافي أرباحها في الربع {q} ارتفع {pct} بالمئة إلى {num} مليون ريال.",
            "وكان محللون قد توقعوا في المتوسط أرباحا قدرها {bn} مليار.",
            "وارتفع سهم الشركة {pct} بالمئة في التعاملات المبكرة.",
            "وقالت الشركة إن الطلب المحلي ظل قويا رغم ارتفاع تكاليف الاقتراض.",
            "وارتفعت العقود الآجلة لخام برنت إلى {price} دولار للبرميل.",
            "ولم ترد الشركة على طلب للتعليق.",
        },
        {},
        {
            {"أرامكو السعودية", "2222.SE", "5000636445", "N2:SA"},
            {"مصرف الراجحي", "1120.SE", "4295887297", "N2:SA"},
            {"إعمار العقارية", "EMAR.DFM", "4295887357", "N2:AE"},
        }},
    {"ko", "N2:LKO", 3, "M월 d일", "[{city} {date} 로이터] - ", nullptr, {"서울", "부산"},
        {
            "{co}, {q}분기 영업이익 {pct}% 증가",
            "한국은행, 기준금리 {rate}% 동결",
            "코스피, 외국인 매수에 상승 마감",
        },
        {
            "{co}는 {q}분기 영업이익이 전년 동기 대비 {pct}% 증가한 {num}억원을 기록했다고 밝혔다.",
            "시장 전망치 평균은 {bn}조원이었다.",
            "반도체 수요 회복이 실적 개선을 이끌었다.",
            "회사 측은 추가 언급을 거부했다.",
            "코스피는 {pct}% 오른 {num}에 거래를 마쳤다.",
        },
        {},
        {
            {"삼성전자", "005930.KS", "4295882451", "N2:KR"},
            {"SK하이닉스", "000660.KS", "4295882165", "N2:KR"},
            {"현대자동차", "005380.KS", "4295882290", "N2:KR"},
        }},
    {"fr", "N2:LFR", 4, "d MMMM", "{city}, {date} (Reuters) - ", nullptr, {"PARIS", "BRUXELLES", "GENÈVE"},
        {
            "{co} relève ses prévisions après un {q}e trimestre solide",
            "La BCE maintient son taux directeur à {rate}%",
            "Le CAC 40 termine en hausse, porté par le luxe",
        },
        {
            "{co} a annoncé mardi un bénéfice net en hausse de {pct}% à {num} millions d'euros au {q}e trimestre.",
            "Les analystes tablaient en moyenne sur {bn} milliards d'euros.",
            "L'action a gagné {pct}% en début de séance à la Bourse de Paris.",
            "Un porte-parole du groupe s'est refusé à tout commentaire.",
            "Le groupe a confirmé ses objectifs pour l'exercice {yr}.",
        },
        {},
        {
            {"LVMH", "LVMH.PA", "4295866951", "N2:FR"},
            {"TotalEnergies", "TTEF.PA", "4295867026", "N2:FR"},
            {"BNP Paribas", "BNPP.PA", "4295867004", "N2:FR"},
        }},
};

MrnLanguagePack pack(const LanguageText &text)
{
    MrnLanguagePack p;
    p.code = QString::fromUtf8(text.code);
    p.languageN2 = QString::fromUtf8(text.languageN2);
    p.weight = text.weight;
    p.dateFormat = QString::fromUtf8(text.dateFormat);
    p.dateline = QString::fromUtf8(text.dateline);
    if (text.closing)
        p.closing = QString::fromUtf8(text.closing);
    p.cities = list(text.cities);
    p.headlines = list(text.headlines);
    p.sentences = list(text.sentences);
    p.alerts = list(text.alerts);
    for (const CompanyText &c : text.companies)
        p.companies << MrnCompany {QString::fromUtf8(c.name), QString::fromUtf8(c.ric), QString::fromUtf8(c.permId),
            QString::fromUtf8(c.countryCode)};
    return p;
}

} // namespace

const QList<MrnLanguagePack> &MrnStoryCorpus::languages()
{
    static const QList<MrnLanguagePack> packs = [] {
        QList<MrnLanguagePack> out;
        for (const LanguageText &text : kLanguages)
            out << pack(text);
        return out;
    }();
    return packs;
}

const MrnLanguagePack &MrnStoryCorpus::english()
{
    return languages().first();
}

QStringList MrnStoryCorpus::topicCodes()
{
    return list({"N2:ASIA", "N2:BACT", "N2:BNK", "N2:CEN", "N2:CMPNY", "N2:COM", "N2:CRU", "N2:DBT", "N2:EMRG",
        "N2:EUROP", "N2:FINS", "N2:FUND", "N2:INT", "N2:MCE", "N2:MRG", "N2:NEWS1", "N2:NRG", "N2:POL", "N2:RES",
        "N2:RESF", "N2:STX", "N2:TECH", "N2:TRD", "N2:WEU"});
}

QStringList MrnStoryCorpus::geographyCodes()
{
    return list({"G:1", "G:3", "G:5B", "G:6J", "G:A", "G:AJ", "G:B", "G:CH", "G:D3", "G:E", "G:K", "G:S"});
}

QStringList MrnStoryCorpus::marketCodes()
{
    return list({"M:1L", "M:1QD", "M:2CM", "M:2CN", "M:C", "M:E7", "M:EL", "M:LK", "M:N", "M:R"});
}

QStringList MrnStoryCorpus::audiences()
{
    return list({"NP:G", "NP:SNS", "NP:C", "NP:D", "NP:E", "NP:M", "NP:O", "NP:T", "NP:U", "NP:OIL", "NP:NAT", "NP:UKI",
        "NP:GRO", "NP:MTL", "NP:SOF", "NP:PSC", "NP:RNP", "NP:DNP", "NP:PGE", "NP:RAST"});
}

QStringList MrnStoryCorpus::reporters()
{
    return list({"Anastasia Teterevleva", "Kentaro Sugiyama", "Ankur Banerjee", "Tom Westbrook", "Hyunjoo Jin",
        "Maria Martinez", "Rachel More", "Yousef Saba", "Huw Jones", "Guy Faulconbridge", "Jacqueline Wong",
        "Sam Holmes"});
}

} // namespace sb::sim
