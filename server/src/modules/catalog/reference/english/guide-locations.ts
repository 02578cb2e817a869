/** English of the guide’s 办理地点 (where to go), keyed by the Chinese text. Tianfu Tongban and Yukuaiban are the apps’ own names. */
export const GUIDE_LOCATIONS_EN: Readonly<Record<string, string>> = {
  '社保卡服务网点（社保经办机构及工商银行、农业银行、中国银行、建设银行、农商银行等合作银行网点），天府通办“社保卡”专区':
    'Social Security Card service outlets (social insurance agencies and partner banks such as ICBC, Agricultural Bank of China, Bank of China, China Construction Bank and rural commercial banks), the “Social Security Card” section of Tianfu Tongban',
  '各市（州）、县（市、区）社会保险经办机构服务窗口，乡镇（街道）便民服务中心，村（社区）代办点':
    'Social insurance agency windows in every city (prefecture) and county (county-level city, district), township (sub-district) convenience service centres, village (community) service points',
  '各市（州）、县（市、区）社会保险经办机构服务窗口，乡镇（街道）便民服务中心':
    'Social insurance agency windows in every city (prefecture) and county (county-level city, district), township (sub-district) convenience service centres',
  '转入地社会保险经办机构服务窗口，国家社会保险公共服务平台，“天府通办”川渝通办专区':
    'The social insurance agency window where you move to, the National Social Insurance Public Service Platform, the Sichuan–Chongqing section of Tianfu Tongban',
  '各市（州）、县（市、区）社会保险经办机构服务窗口，乡镇（街道）便民服务中心，24小时政务服务自助终端':
    'Social insurance agency windows in every city (prefecture) and county (county-level city, district), township (sub-district) convenience service centres, 24-hour self-service government terminals',
  '各市（州）、县（市、区）社会保险经办机构服务窗口，乡镇（街道）便民服务中心，公共就业服务机构':
    'Social insurance agency windows in every city (prefecture) and county (county-level city, district), township (sub-district) convenience service centres, public employment service agencies',
  '统筹地区人力资源和社会保障局工伤认定窗口（市、县政务服务中心人社窗口）':
    'The work injury determination window of the local human resources and social security bureau (the human resources window of city and county government service centres)',
  '各级政务服务中心企业开办专区，社会保险经办机构窗口':
    'Business start-up sections of government service centres at every level, social insurance agency windows',
  '各市（州）、县（市、区）社会保险经办机构服务窗口，乡镇（街道）便民服务中心，村（社区）服务站可上门协助行动不便老人':
    'Social insurance agency windows in every city (prefecture) and county (county-level city, district), township (sub-district) convenience service centres; village (community) service stations can visit older people with limited mobility at home',
  '参保地医疗保障经办机构窗口，国家医保服务平台，“天府通办”医保专区':
    'The medical insurance agency window where you are insured, the National Medical Insurance Service Platform, the “Medical insurance” section of Tianfu Tongban',
  '转入地医疗保障经办机构窗口，国家医保服务平台':
    'The medical insurance agency window where you move to, the National Medical Insurance Service Platform',
  '医疗保障经办机构窗口，乡镇（街道）便民服务中心，学校代收点':
    'Medical insurance agency windows, township (sub-district) convenience service centres, collection points at schools',
  '医疗保障经办机构窗口，国家医保服务平台，“天府通办”医保专区':
    'Medical insurance agency windows, the National Medical Insurance Service Platform, the “Medical insurance” section of Tianfu Tongban',
  '具备门诊慢特病认定资格的定点医疗机构，医疗保障经办机构窗口':
    'Designated medical institutions qualified to certify chronic and special outpatient conditions, medical insurance agency windows',
  '参保地医疗保障经办机构窗口':
    'The medical insurance agency window where you are insured',
  '医疗保障经办机构窗口，24小时政务服务自助终端':
    'Medical insurance agency windows, 24-hour self-service government terminals',
  '县（市、区）公共就业服务机构，乡镇（街道）便民服务中心':
    'County (county-level city, district) public employment service agencies, township (sub-district) convenience service centres',
  '县（市、区）就业创业服务中心，创业担保贷款经办银行':
    'County (county-level city, district) employment and entrepreneurship service centres, banks handling business start-up guaranteed loans',
  '县（市、区）公共就业服务机构，政务服务中心惠企政策专窗':
    'County (county-level city, district) public employment service agencies, business-support policy windows of government service centres',
  '参保地社会保险经办机构窗口':
    'The social insurance agency window where you are insured',
  '市、县（市、区）政务服务中心人社窗口':
    'Human resources windows of city and county (county-level city, district) government service centres',
  '市、县（市、区）劳动人事争议仲裁委员会':
    'City and county (county-level city, district) labour and personnel dispute arbitration commissions',
  '市、县（市、区）人才服务中心':
    'City and county (county-level city, district) talent service centres',
  '政务服务中心惠企政策专窗，社会保险经办机构窗口':
    'Business-support policy windows of government service centres, social insurance agency windows',
  '成都住房公积金管理中心各管理部、服务网点，“天府通办”及成都公积金APP、微信公众号':
    'Branches and service outlets of the Chengdu Housing Provident Fund Management Centre, Tianfu Tongban and the Chengdu Provident Fund app and WeChat official account',
  '成都住房公积金管理中心各管理部、服务网点，“天府通办”及成都公积金APP、微信公众号，24小时政务服务自助终端':
    'Branches and service outlets of the Chengdu Housing Provident Fund Management Centre, Tianfu Tongban and the Chengdu Provident Fund app and WeChat official account, 24-hour self-service government terminals',
  '成都住房公积金管理中心各管理部、服务网点，“天府通办”及成都公积金APP、微信公众号，政务服务中心企业开办专区':
    'Branches and service outlets of the Chengdu Housing Provident Fund Management Centre, Tianfu Tongban and the Chengdu Provident Fund app and WeChat official account, business start-up sections of government service centres',
  '成都住房公积金管理中心各管理部、服务网点，“天府通办”及成都公积金APP、微信公众号，受托商业银行网点':
    'Branches and service outlets of the Chengdu Housing Provident Fund Management Centre, Tianfu Tongban and the Chengdu Provident Fund app and WeChat official account, branches of the commissioned commercial banks',
  '绵阳市住房公积金管理中心及各县（市、区）管理部':
    'The Mianyang Housing Provident Fund Management Centre and its county (county-level city, district) branches',
  '转入地住房公积金管理中心服务网点，全国住房公积金小程序':
    'Service outlets of the housing provident fund centre where you move to, the National Housing Provident Fund mini-program',
  '各市（州）、县（市、区）不动产登记中心，政务服务中心不动产登记综合窗口，24小时政务服务自助终端':
    'Real estate registration centres in every city (prefecture) and county (county-level city, district), real estate registration windows of government service centres, 24-hour self-service government terminals',
  '各市（州）、县（市、区）不动产登记中心，政务服务中心不动产登记综合窗口':
    'Real estate registration centres in every city (prefecture) and county (county-level city, district), real estate registration windows of government service centres',
  '各市（州）、县（市、区）不动产登记中心，政务服务中心不动产登记综合窗口，金融机构“不动产登记+金融服务”网点':
    'Real estate registration centres in every city (prefecture) and county (county-level city, district), real estate registration windows of government service centres, “real estate registration + financial services” outlets of financial institutions',
  '各市（州）、县（市、区）不动产登记中心，政务服务中心不动产登记综合窗口，开发企业交房现场':
    'Real estate registration centres in every city (prefecture) and county (county-level city, district), real estate registration windows of government service centres, on site where the developer hands over the homes',
  '各市（州）、县（市、区）不动产登记中心，政务服务中心不动产登记综合窗口，金融机构网点':
    'Real estate registration centres in every city (prefecture) and county (county-level city, district), real estate registration windows of government service centres, branches of financial institutions',
  '街道（乡镇）便民服务中心，县（市、区）住房保障部门':
    'Sub-district (township) convenience service centres, county (county-level city, district) housing security departments',
  '户籍所在地或居住地公安派出所户政窗口，县（市、区）政务服务中心公安窗口，异地受理点':
    'The household registration window of the police station where you are registered or live, the police window of county (county-level city, district) government service centres, out-of-town acceptance points',
  '户籍所在地或居住地公安派出所户政窗口，县（市、区）政务服务中心公安窗口':
    'The household registration window of the police station where you are registered or live, the police window of county (county-level city, district) government service centres',
  '迁入地公安派出所户政窗口，“天府通办”“渝快办”川渝通办专区':
    'The household registration window of the police station where you move to, the Sichuan–Chongqing sections of Tianfu Tongban and Yukuaiban',
  '户籍所在地或居住地公安派出所户政窗口，县（市、区）政务服务中心公安窗口，医院“出生一件事”联办点':
    'The household registration window of the police station where you are registered or live, the police window of county (county-level city, district) government service centres, “birth matters” joint service points in hospitals',
  '居住地公安派出所，社区警务室':
    'The police station where you live, community police offices',
  '户籍所在地或居住地公安派出所户政窗口，县（市、区）政务服务中心公安窗口，24小时政务服务自助终端':
    'The household registration window of the police station where you are registered or live, the police window of county (county-level city, district) government service centres, 24-hour self-service government terminals',
  '迁入地公安派出所，人才服务中心集体户窗口':
    'The police station where you move to, the collective household window of talent service centres',
  '各市（州）、县（市、区）公安局出入境管理部门受理窗口（政务服务中心出入境窗口），24小时自助签注机':
    'Exit and entry acceptance windows of every city (prefecture) and county (county-level city, district) public security bureau (the exit and entry window of government service centres), 24-hour self-service endorsement machines',
  '各市（州）公安局交通警察支队车辆管理所及县级车管分所、机动车登记服务站，交管12123 APP':
    'Vehicle administration offices of the traffic police detachments of every city (prefecture) public security bureau, county-level branch offices and motor vehicle registration service stations, the Traffic Management 12123 app',
  '各地公安交警大队违法处理窗口，交管12123 APP，24小时自助处理终端':
    'Traffic violation windows of the local traffic police brigades, the Traffic Management 12123 app, 24-hour self-service terminals',
  '各市（州）公安局交通警察支队车辆管理所及县级车管分所、机动车登记服务站，交管12123 APP，二手车交易市场登记服务站':
    'Vehicle administration offices of the traffic police detachments of every city (prefecture) public security bureau, county-level branch offices and motor vehicle registration service stations, the Traffic Management 12123 app, registration service stations at used-car markets',
  '成都市各区（市）县教育局招生办公室，学校招生咨询点':
    'Admissions offices of the district (county-level city, county) education bureaus of Chengdu, school admissions information points',
  '县（市、区）、市（州）教育行政部门教师资格认定机构，四川省教育厅（高校教师资格）':
    'Teacher qualification bodies of county (county-level city, district) and city (prefecture) education authorities, the Department of Education of Sichuan Province (for university teachers)',
  '户籍所在县（市、区）学生资助管理中心':
    'The student financial aid management centre of the county (county-level city, district) where you are registered',
  '转入学校，县（市、区）教育局':
    'The receiving school, the county (county-level city, district) education bureau',
  '各县（市、区）民政局婚姻登记处（婚姻登记中心）':
    'Marriage registration offices (marriage registration centres) of every county (county-level city, district) civil affairs bureau',
  '户籍所在地或经常居住地乡镇人民政府（街道办事处）便民服务中心，县（市、区）民政局':
    'The convenience service centre of the township government (sub-district office) where you are registered or usually live, the county (county-level city, district) civil affairs bureau',
  '户籍所在地或经常居住地乡镇人民政府（街道办事处）便民服务中心，县（市、区）民政局，村（社区）便民服务站':
    'The convenience service centre of the township government (sub-district office) where you are registered or usually live, the county (county-level city, district) civil affairs bureau, village (community) convenience service stations',
  '县（市、区）民政局，政务服务中心民政窗口':
    'The county (county-level city, district) civil affairs bureau, the civil affairs window of government service centres',
  '各地公办殡仪馆，县（市、区）民政局':
    'Public funeral homes, the county (county-level city, district) civil affairs bureau',
  '户籍所在地县（市、区）残疾人联合会，乡镇（街道）便民服务中心残疾人专职委员，指定残疾评定医院':
    'The disabled persons’ federation of the county (county-level city, district) where you are registered, full-time disability officers at township (sub-district) convenience service centres, designated disability assessment hospitals',
  '户籍所在地县（市、区）残疾人联合会，乡镇（街道）便民服务中心残疾人专职委员':
    'The disabled persons’ federation of the county (county-level city, district) where you are registered, full-time disability officers at township (sub-district) convenience service centres',
  '县（市、区）退役军人事务局，乡镇（街道）、村（社区）退役军人服务站':
    'The county (county-level city, district) veterans affairs bureau, township (sub-district) and village (community) veterans service stations',
  '安置地县（市、区）退役军人事务局':
    'The veterans affairs bureau of the county (county-level city, district) where you are resettled',
  '迁入地县（市、区）退役军人事务局':
    'The veterans affairs bureau of the county (county-level city, district) where you move to',
  '新生儿出生所在助产机构':
    'The midwifery institution where the baby was born',
  '原签发机构，县级以上卫生健康部门指定的出生医学证明补发机构':
    'The original issuing institution, or the institution designated by a health authority at county level or above to reissue birth certificates',
  '乡镇（街道）便民服务中心，县（市、区）卫生健康局':
    'Township (sub-district) convenience service centres, the county (county-level city, district) health bureau',
  '县级以上卫生健康行政部门，政务服务中心卫健窗口':
    'Health authorities at county level or above, the health window of government service centres',
  '县（市、区）卫生健康局，政务服务中心卫健窗口':
    'The county (county-level city, district) health bureau, the health window of government service centres',
  '县（市、区）公共法律服务中心（法律援助中心）':
    'The county (county-level city, district) public legal service centre (legal aid centre)',
  '各县（市、区）税务局办税服务厅，政务服务中心税务窗口，电子税务局，个人所得税APP':
    'Tax service halls of every county (county-level city, district) tax bureau, the tax window of government service centres, the electronic tax bureau, the Individual Income Tax app',
  '各县（市、区）税务局办税服务厅，政务服务中心税务窗口，电子税务局，24小时政务服务自助终端':
    'Tax service halls of every county (county-level city, district) tax bureau, the tax window of government service centres, the electronic tax bureau, 24-hour self-service government terminals',
  '各县（市、区）税务局办税服务厅，政务服务中心税务窗口，电子税务局，合作银行网点，24小时政务服务自助终端':
    'Tax service halls of every county (county-level city, district) tax bureau, the tax window of government service centres, the electronic tax bureau, partner bank branches, 24-hour self-service government terminals',
  '各县（市、区）税务局办税服务厅，政务服务中心税务窗口，电子税务局，不动产登记中心“一窗受理”窗口':
    'Tax service halls of every county (county-level city, district) tax bureau, the tax window of government service centres, the electronic tax bureau, the one-window acceptance window of real estate registration centres',
  '各县（市、区）税务局办税服务厅，政务服务中心税务窗口，电子税务局':
    'Tax service halls of every county (county-level city, district) tax bureau, the tax window of government service centres, the electronic tax bureau',
  '各县（市、区）税务局办税服务厅，政务服务中心税务窗口，电子税务局，政务服务中心企业注销专窗':
    'Tax service halls of every county (county-level city, district) tax bureau, the tax window of government service centres, the electronic tax bureau, the business deregistration window of government service centres',
  '市、县（市、区）政务服务中心市场监管窗口（企业开办专区），四川省企业开办“一网通办”平台':
    'The market regulation window (business start-up section) of city and county (county-level city, district) government service centres, Sichuan’s one-stop online business start-up platform',
  '市、县（市、区）政务服务中心市场监管窗口（企业开办专区），四川省企业开办“一网通办”平台，乡镇（街道）便民服务中心':
    'The market regulation window (business start-up section) of city and county (county-level city, district) government service centres, Sichuan’s one-stop online business start-up platform, township (sub-district) convenience service centres',
  '市（州）政务服务中心市场监管窗口':
    'The market regulation window of city (prefecture) government service centres',
  '市、县（市、区）市场监督管理局特种设备窗口':
    'The special equipment window of city and county (county-level city, district) market regulation bureaus',
  '市（州）市场监督管理局，特种设备作业人员考试机构':
    'City (prefecture) market regulation bureaus, examining bodies for special equipment operators',
  '国家企业信用信息公示系统（四川），市、县（市、区）市场监督管理局':
    'The National Enterprise Credit Information Publicity System (Sichuan), city and county (county-level city, district) market regulation bureaus',
  '市、县（市、区）市场监督管理局登记窗口':
    'The registration window of city and county (county-level city, district) market regulation bureaus',
  '市、县（市、区）政务服务中心市场监管窗口（企业开办专区），四川省企业开办“一网通办”平台，“天府通办”“渝快办”川渝通办专区':
    'The market regulation window (business start-up section) of city and county (county-level city, district) government service centres, Sichuan’s one-stop online business start-up platform, the Sichuan–Chongqing sections of Tianfu Tongban and Yukuaiban',
  '市、县（市、区）交通运输主管部门，政务服务中心交通运输窗口':
    'City and county (county-level city, district) transport authorities, the transport window of government service centres',
  '市（州）交通运输主管部门，政务服务中心交通运输窗口':
    'City (prefecture) transport authorities, the transport window of government service centres',
  '省、市（州）公路管理机构，全国超限运输车辆通行管理平台':
    'Provincial and city (prefecture) highway administrations, the national platform for oversize and overweight vehicle permits',
  '市、县（市、区）政务服务中心工程建设项目审批综合窗口，四川省工程建设项目审批管理系统':
    'The construction project approval window of city and county (county-level city, district) government service centres, Sichuan’s construction project approval management system',
  '四川省住房和城乡建设厅、市（州）住房和城乡建设局，政务服务中心住建窗口':
    'The Department of Housing and Urban-Rural Development of Sichuan Province, city (prefecture) housing and urban-rural development bureaus, the housing and construction window of government service centres',
  '四川省住房和城乡建设厅，政务服务中心住建窗口':
    'The Department of Housing and Urban-Rural Development of Sichuan Province, the housing and construction window of government service centres',
  '市（州）生态环境局及其县（市、区）分局，政务服务中心生态环境窗口':
    'City (prefecture) ecology and environment bureaus and their county (county-level city, district) branches, the ecology and environment window of government service centres',
  '市、县（市、区）市场监督管理局，政务服务中心药品许可窗口':
    'City and county (county-level city, district) market regulation bureaus, the drug licensing window of government service centres',
  '县（市、区）烟草专卖局，政务服务中心烟草窗口':
    'The county (county-level city, district) tobacco monopoly bureau, the tobacco window of government service centres',
  '四川省知识产权服务促进中心商标受理窗口，各市（州）商标业务受理窗口':
    'The trademark acceptance window of the Sichuan Intellectual Property Service Promotion Centre, trademark acceptance windows in every city (prefecture)',
  '“信用中国（四川）”网站，政务服务中心企业服务专区，24小时政务服务自助终端':
    'The Credit China (Sichuan) website, the enterprise service section of government service centres, 24-hour self-service government terminals',
  '县（市、区）农业农村局，政务服务中心农业窗口':
    'The county (county-level city, district) agriculture and rural affairs bureau, the agriculture window of government service centres',
  '市、县（市、区）政务服务中心“高效办成一件事”综合窗口，“天府通办”一件事专区，助产机构“出生一件事”服务点':
    'The “Get one thing done” windows of city and county (county-level city, district) government service centres, the “One thing” section of Tianfu Tongban, “birth matters” service points at midwifery institutions',
  '县（市、区）教育局招生办公室，市、县（市、区）政务服务中心“高效办成一件事”综合窗口，“天府通办”一件事专区':
    'The admissions office of the county (county-level city, district) education bureau, the “Get one thing done” windows of city and county (county-level city, district) government service centres, the “One thing” section of Tianfu Tongban',
  '社保卡服务网点，市、县（市、区）政务服务中心“高效办成一件事”综合窗口，“天府通办”一件事专区':
    'Social Security Card service outlets, the “Get one thing done” windows of city and county (county-level city, district) government service centres, the “One thing” section of Tianfu Tongban',
  '县（市、区）残疾人联合会，市、县（市、区）政务服务中心“高效办成一件事”综合窗口，“天府通办”一件事专区':
    'The county (county-level city, district) disabled persons’ federation, the “Get one thing done” windows of city and county (county-level city, district) government service centres, the “One thing” section of Tianfu Tongban',
  '社会保险经办机构，市、县（市、区）政务服务中心“高效办成一件事”综合窗口，“天府通办”一件事专区':
    'Social insurance agencies, the “Get one thing done” windows of city and county (county-level city, district) government service centres, the “One thing” section of Tianfu Tongban',
  '公安派出所，殡仪馆，市、县（市、区）政务服务中心“高效办成一件事”综合窗口，“天府通办”一件事专区':
    'Police stations, funeral homes, the “Get one thing done” windows of city and county (county-level city, district) government service centres, the “One thing” section of Tianfu Tongban',
  '政务服务中心企业服务专区，市、县（市、区）政务服务中心“高效办成一件事”综合窗口，“天府通办”一件事专区':
    'The enterprise service section of government service centres, the “Get one thing done” windows of city and county (county-level city, district) government service centres, the “One thing” section of Tianfu Tongban',
  '政务服务中心水电气网联合报装窗口，市、县（市、区）政务服务中心“高效办成一件事”综合窗口，“天府通办”一件事专区':
    'The joint water, power, gas and internet connection window of government service centres, the “Get one thing done” windows of city and county (county-level city, district) government service centres, the “One thing” section of Tianfu Tongban',
  '政务服务中心企业开办专区，市、县（市、区）政务服务中心“高效办成一件事”综合窗口，“天府通办”一件事专区':
    'Business start-up sections of government service centres, the “Get one thing done” windows of city and county (county-level city, district) government service centres, the “One thing” section of Tianfu Tongban',
  '市、县（市、区）政务服务中心“高效办成一件事”综合窗口，“天府通办”一件事专区':
    'The “Get one thing done” windows of city and county (county-level city, district) government service centres, the “One thing” section of Tianfu Tongban',
  '天府通办“惠企政策”专区；各级政务服务中心惠企政策专窗':
    'The “Business-support policies” section of Tianfu Tongban; business-support policy windows of government service centres at every level',
};
