#include "feeds/mrn/omm_frame_parser.h"

#include <QTest>

#include <string>
#include <vector>

using namespace sb;

namespace {

struct Seen
{
    std::string type, domain, keyName, stream, data, code, text, guid, src, fragment, debug;
    qint64 id = 0;
    bool hasId = false, hasFields = false, fragmentNull = true;
    qint64 fragNum = -1, totSize = -1;
    int pingTimeout = -1;
};

std::vector<Seen> parse(OmmFrameParser &p, const QString &frame, OmmFrameParser::Status *status = nullptr)
{
    std::vector<Seen> out;
    const auto s = p.parse(QStringView(frame), [&](const OmmMessageView &m) {
        Seen x;
        x.type = m.type;
        x.domain = m.domain;
        x.keyName = m.keyName;
        x.stream = m.stream;
        x.data = m.data;
        x.code = m.code;
        x.text = m.text;
        x.guid = m.guid;
        x.src = m.mrnSrc;
        x.fragment = m.fragment;
        x.debug = m.debugMessage;
        x.id = m.id;
        x.hasId = m.hasId;
        x.hasFields = m.hasFields;
        x.fragmentNull = m.fragmentIsNull;
        x.fragNum = m.fragNum;
        x.totSize = m.totSize;
        x.pingTimeout = m.pingTimeout;
        out.push_back(x);
    });
    if (status)
        *status = s;
    return out;
}

} // namespace

class TestOmmFrameParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ping()
    {
        OmmFrameParser p;
        auto m = parse(p, QStringLiteral("[{\"Type\":\"Ping\"}]"));
        QCOMPARE(m.size(), size_t(1));
        QCOMPARE(m[0].type, std::string("Ping"));
        QVERIFY(!m[0].hasId);
    }

    void singleObjectFrame()
    {
        OmmFrameParser p;
        auto m = parse(p, QStringLiteral("{\"Type\":\"Ping\"}"));
        QCOMPARE(m.size(), size_t(1));
    }

    void realLoginRefresh()
    {
        OmmFrameParser p;
        const QString frame = QStringLiteral(
            "[{\"Domain\":\"Login\",\"Elements\":{\"MaxMsgSize\":61430,\"PingTimeout\":30},\"ID\":1,\"Key\":{"
            "\"Elements\":{\"AllowSuspectData\":1,\"ApplicationId\":\"256\",\"ApplicationName\":\"ADS\","
            "\"AuthenticationErrorCode\":0,\"AuthenticationErrorText\":{\"Data\":null,\"Type\":\"AsciiString\"},"
            "\"AuthenticationTTReissue\":1600251333,\"Position\":\"192.168.86.38\",\"ProvidePermissionExpressions\":1,"
            "\"ProvidePermissionProfile\":0,\"SingleOpen\":1,\"SupportBatchRequests\":7,\"SupportEnhancedSymbolList\":"
            "1,\"SupportOMMPost\":1,\"SupportOptimizedPauseResume\":0,\"SupportPauseResume\":0,\"SupportStandby\":0,"
            "\"SupportViewRequests\":1},\"Name\":\"tokenname\"},\"State\":{\"Data\":\"Ok\",\"Stream\":\"Open\","
            "\"Text\":\"Login accepted by host ads-premium-az2-blue-7-main-prd.apse1-az2.\"},\"Type\":\"Refresh\"}]");
        auto m = parse(p, frame);
        QCOMPARE(m.size(), size_t(1));
        QCOMPARE(m[0].type, std::string("Refresh"));
        QCOMPARE(m[0].domain, std::string("Login"));
        QCOMPARE(m[0].id, qint64(1));
        QCOMPARE(m[0].pingTimeout, 30);
        QCOMPARE(m[0].stream, std::string("Open"));
        QCOMPARE(m[0].data, std::string("Ok"));
        QCOMPARE(m[0].keyName, std::string("tokenname"));
    }

    void mrnRefreshAndUpdates()
    {
        OmmFrameParser p;
        const QString frame = QStringLiteral(
            "[{\"Domain\":\"NewsTextAnalytics\",\"Fields\":{\"ACTIV_DATE\":\"2019-07-20\",\"CONTEXT_ID\":3752,\"DDS_"
            "DSO_ID\":4232,\"FRAGMENT\":null,\"FRAG_NUM\":1,\"GUID\":null,\"MRN_SRC\":\"HK1_PRD_A\",\"MRN_TYPE\":"
            "\"STORY\",\"MRN_V_MAJ\":\"2\",\"MRN_V_MIN\":\"10\",\"PROD_PERM\":10001,\"RDN_EXCHD2\":\"MRN\","
            "\"RECORDTYPE\":30,\"SPS_SP_RIC\":\".[SPSML2L1\",\"TIMACT_MS\":37708132,\"TOT_SIZE\":0},\"ID\":2,\"Key\":{"
            "\"Name\":\"MRN_STORY\",\"Service\":\"ELEKTRON_DD\"},\"PermData\":\"AwhCEAAc\",\"Qos\":{\"Rate\":"
            "\"TickByTick\",\"Timeliness\":\"Realtime\"},\"SeqNumber\":32240,\"State\":{\"Data\":\"Ok\",\"Stream\":"
            "\"Open\",\"Text\":\"All is well\"},\"Type\":\"Refresh\"},"
            "{\"DoNotCache\":true,\"Domain\":\"NewsTextAnalytics\",\"Fields\":{\"FRAGMENT\":\"H4sIAAAA\",\"FRAG_NUM\":"
            "1,\"GUID\":\"G\\u00e9\",\"MRN_SRC\":\"HK1_PRD_A\",\"MRN_TYPE\":\"STORY\",\"TOT_SIZE\":882},\"ID\":2,"
            "\"Key\":{\"Name\":\"MRN_STORY\",\"Service\":\"ELEKTRON_DD\"},\"Type\":\"Update\"},"
            "{\"Fields\":{\"FRAGMENT\":\"sPevP/"
            "wXBFub0dghAAA=\",\"FRAG_NUM\":2,\"GUID\":\"Gé\",\"MRN_SRC\":\"HK1_PRD_A\"},\"ID\":2,\"Type\":\"Update\"}"
            "]");
        auto m = parse(p, frame);
        QCOMPARE(m.size(), size_t(3));
        QVERIFY(m[0].hasFields);
        QVERIFY(m[0].fragmentNull);
        QCOMPARE(m[0].totSize, qint64(0));
        QCOMPARE(m[1].fragment, std::string("H4sIAAAA"));
        QCOMPARE(m[1].guid, std::string("G\xc3\xa9"));
        QCOMPARE(m[1].totSize, qint64(882));
        QCOMPARE(m[1].keyName, std::string("MRN_STORY"));
        QCOMPARE(m[2].fragNum, qint64(2));
        QCOMPARE(m[2].totSize, qint64(-1));
        QCOMPARE(m[2].guid, m[1].guid);
    }

    void itemStatusAndError()
    {
        OmmFrameParser p;
        auto m = parse(p,
            QStringLiteral("[{\"ID\":5,\"Type\":\"Status\",\"Key\":{\"Service\":\"ELEKTRON_DD\",\"Name\":\"INVAL\"},"
                           "\"State\":{\"Stream\":\"Closed\",\"Data\":\"Suspect\",\"Code\":\"NotFound\",\"Text\":\"**"
                           "The record could not be found\"}},"
                           "{\"ID\":0,\"Type\":\"Error\",\"Text\":\"JSON Converter Token Type "
                           "error\",\"Debug\":{\"File\":\"Converter/"
                           "jsonToRwfSimple.C\",\"Line\":326,\"Offset\":11,\"Message\":\"{\\\"ID\\\":\\\"x\\\"}\"}}]"));
        QCOMPARE(m.size(), size_t(2));
        QCOMPARE(m[0].code, std::string("NotFound"));
        QCOMPARE(m[0].stream, std::string("Closed"));
        QCOMPARE(m[1].type, std::string("Error"));
        QCOMPARE(m[1].text, std::string("JSON Converter Token Type error"));
        QCOMPARE(m[1].debug, std::string("{\"ID\":\"x\"}"));
        QVERIFY(m[1].hasId);
    }

    void unknownFieldsAndTypesAreTolerated()
    {
        OmmFrameParser p;
        auto m = parse(p,
            QStringLiteral("[{\"Type\":\"Mystery\",\"ID\":\"not-a-number\",\"Key\":{\"Name\":[\"A\",\"B\"]},\"State\":"
                           "\"x\",\"Extra\":[1,2,{\"a\":null}]}]"));
        QCOMPARE(m.size(), size_t(1));
        QCOMPARE(m[0].type, std::string("Mystery"));
        QVERIFY(!m[0].hasId);
        QVERIFY(m[0].keyName.empty());
    }

    // Numbers no int64 can hold fall back to "absent" rather than to whatever a cast makes of them (undefined
    // behaviour; on x86 the int64 minimum); a fraction is dropped.
    void hostileNumbersFallBack()
    {
        OmmFrameParser p;
        auto m = parse(p,
            QStringLiteral("[{\"Type\":\"Update\",\"ID\":2,\"Fields\":{\"FRAG_NUM\":1e300,\"TOT_SIZE\":-1e300}},"
                           "{\"Type\":\"Update\",\"ID\":2,\"Fields\":{\"FRAG_NUM\":9.3e18,\"TOT_SIZE\":1.5}}]"));
        QCOMPARE(m.size(), size_t(2));
        QCOMPARE(m[0].fragNum, qint64(-1));
        QCOMPARE(m[0].totSize, qint64(-1));
        QCOMPARE(m[1].fragNum, qint64(-1));
        QCOMPARE(m[1].totSize, qint64(1));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<int>("status");
        QTest::newRow("truncated") << QStringLiteral("[{\"Type\":\"Ping\"}") << int(OmmFrameParser::Status::Malformed);
        QTest::newRow("garbage") << QStringLiteral("not json") << int(OmmFrameParser::Status::Malformed);
        QTest::newRow("empty") << QString() << int(OmmFrameParser::Status::Malformed);
        QTest::newRow("trailing") << QStringLiteral("[{\"Type\":\"Ping\"}] x")
                                  << int(OmmFrameParser::Status::Malformed);
        QTest::newRow("number") << QStringLiteral("42") << int(OmmFrameParser::Status::NotAnObject);
        QTest::newRow("array of strings") << QStringLiteral("[\"Ping\"]") << int(OmmFrameParser::Status::NotAnObject);
    }
    void malformed()
    {
        QFETCH(QString, frame);
        QFETCH(int, status);
        OmmFrameParser p;
        OmmFrameParser::Status s;
        auto m = parse(p, frame, &s);
        QCOMPARE(int(s), status);
        QVERIFY(!p.errorText().isEmpty());
        if (status == int(OmmFrameParser::Status::Malformed))
            QVERIFY(m.empty());
        // The parser recovers for the next frame.
        QCOMPARE(parse(p, QStringLiteral("[{\"Type\":\"Ping\"}]")).size(), size_t(1));
    }

    void sizeBound()
    {
        OmmFrameParser p(1024);
        OmmFrameParser::Status s;
        parse(p, QStringLiteral("[") + QString(2000, QLatin1Char(' ')) + QStringLiteral("]"), &s);
        QCOMPARE(s, OmmFrameParser::Status::TooLarge);
        QByteArray utf8(2000, ' ');
        QCOMPARE(p.parse(QByteArrayView(utf8), [](const OmmMessageView &) {}), OmmFrameParser::Status::TooLarge);
    }

    void utf8Input()
    {
        OmmFrameParser p;
        int n = 0;
        QCOMPARE(
            p.parse(QByteArrayView("[{\"Type\":\"Ping\"},{\"Type\":\"Pong\"}]"), [&](const OmmMessageView &) { ++n; }),
            OmmFrameParser::Status::Ok);
        QCOMPARE(n, 2);
        QCOMPARE(p.parse(QByteArrayView("[{\"Type\":\"\xff\xfe\"}]"), [&](const OmmMessageView &) { ++n; }),
            OmmFrameParser::Status::Malformed);
    }
};

QTEST_APPLESS_MAIN(TestOmmFrameParser)
#include "tst_omm_frame_parser.moc"
