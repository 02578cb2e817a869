/**
 * The 惠企政策 bodies in English: what each gives, what to prepare, the points written per policy
 * and the document it rests on. The generated cards (支持对象, 怎么申报) are worded in
 * english-cards.ts from the conditions, window and materials themselves.
 */
/** 支持标准: what a policy gives, keyed by its Chinese text. */
export const POLICY_AMOUNTS_EN: Readonly<Record<string, string>> = {
  '首次认定的高新技术企业给予最高20万元一次性奖励':
    'A one-off award of up to CNY 200,000 for enterprises certified as high-tech for the first time',
  '新认定的省级专精特新中小企业给予最高50万元奖补':
    'An award of up to CNY 500,000 for newly certified provincial specialised and innovative SMEs',
  '新认定的国家级专精特新“小巨人”企业给予最高100万元一次性奖励':
    'A one-off award of up to CNY 1 million for newly certified national specialised and innovative “Little Giant” enterprises',
  '研发费用按100%加计扣除，约可少缴企业所得税 = 研发费用 × 100% × 25%':
    'An extra 100% deduction of R&D expenses; corporate income tax saved ≈ R&D expenses × 100% × 25%',
  '按50%税额幅度减征“六税两费”，政策执行至2027年12月31日':
    'The “six taxes and two fees” are halved, until 31 December 2027',
  '年应纳税所得额不超过300万元的部分，实际税负5%':
    'An effective tax rate of 5% on annual taxable income up to CNY 3 million',
  '中小微企业按上年度实际缴纳失业保险费的60%返还（按参保人数估算约每人173元）':
    'Small, medium and micro enterprises get back 60% of last year’s unemployment insurance contributions (about CNY 173 per insured employee)',
  '按每招用1人1000元给予一次性补贴，单户最高10万元':
    'A one-off subsidy of CNY 1,000 for each person hired, up to CNY 100,000 per enterprise',
  '贷款额度最高300万元，贷款利率LPR-150BP以上部分由财政全额贴息，期限不超过2年':
    'Loans of up to CNY 3 million; interest above LPR minus 150 basis points is paid in full by the government, for up to 2 years',
  '按首笔贷款实际支付利息的50%贴息，单户最高10万元':
    '50% of the interest actually paid on the first loan, up to CNY 100,000 per enterprise',
  '保费补贴比例最高80%，单户最高50万元':
    'Up to 80% of the premium, up to CNY 500,000 per enterprise',
  '按安排残疾人就业人数每人每年3000元估算（超比例部分）':
    'Estimated at CNY 3,000 a year for each employee with a disability (above the required share)',
  '免征残疾人就业保障金':
    'Exemption from the employment security fund for persons with disabilities',
  '按上年度研发费用的10%给予后补助，最高100万元':
    'A post-funding subsidy of 10% of last year’s R&D expenses, up to CNY 1 million',
  '新认定的省级企业技术中心一次性奖励最高50万元':
    'A one-off award of up to CNY 500,000 for a newly certified provincial enterprise technology centre',
  '首次入选给予30万元奖励':
    'An award of CNY 300,000 on first selection',
  '按实际贷款利息的50%贴息，单个企业最高100万元':
    '50% of the actual loan interest, up to CNY 1 million per enterprise',
  '按项目设备投资的10%给予补助，最高200万元':
    '10% of the project’s equipment investment, up to CNY 2 million',
  '按年度保费的80%给予补偿，最高500万元':
    '80% of the annual premium, up to CNY 5 million',
  '按单位实际缴纳的社会保险费给予补贴（估算每人每年约6000元）':
    'A subsidy equal to the social insurance the employer actually paid (about CNY 6,000 per person a year)',
  '按参训职工每人500元估算，单户最高20万元':
    'Estimated at CNY 500 per trained employee, up to CNY 200,000 per enterprise',
  '入选人才每人最高100万元资助':
    'Up to CNY 1 million for each selected talent',
  '新设工作站一次性资助50万元':
    'A one-off grant of CNY 500,000 for a new workstation',
  '按申请退还的留抵税额全额退还':
    'The excess input VAT credit applied for is refunded in full',
  '企业所得税税率由25%减按15%':
    'Corporate income tax at 15% instead of 25%',
  '按担保费的50%补助，单户最高20万元':
    '50% of the guarantee fee, up to CNY 200,000 per enterprise',
  '每户奖励20万元':
    'An award of CNY 200,000 per enterprise',
  '一次性奖励5万元':
    'A one-off award of CNY 50,000',
  '首次认定给予最高30万元奖励':
    'An award of up to CNY 300,000 on first certification',
  '一次性奖励30万元':
    'A one-off award of CNY 300,000',
  '一次性奖励100万元':
    'A one-off award of CNY 1 million',
  '按贷款利息的50%贴息，单户最高20万元':
    '50% of the loan interest, up to CNY 200,000 per enterprise',
  '每人1500元，单户最高15万元':
    'CNY 1,500 per person, up to CNY 150,000 per enterprise',
  '按上年度研发投入的5%奖励，最高200万元':
    '5% of last year’s R&D investment, up to CNY 2 million',
  '按实际费用的50%补贴，单户最高50万元':
    '50% of the actual costs, up to CNY 500,000 per enterprise',
  '一次性奖励50万元':
    'A one-off award of CNY 500,000',
  '按贷款市场报价利率的50%贴息，期限1年':
    'Interest subsidised at 50% of the loan prime rate, for 1 year',
  '每安排1名残疾人每年补贴2000元':
    'CNY 2,000 a year for each person with a disability employed',
  '按营业收入规模给予最高50万元奖励':
    'An award of up to CNY 500,000 according to operating revenue',
  '一次性奖励最高30万元':
    'A one-off award of up to CNY 300,000',
  '一次性奖励20万元':
    'A one-off award of CNY 200,000',
  '按项目投资的10%补助，最高100万元':
    '10% of the project investment, up to CNY 1 million',
  '每人1000元，单户最高10万元':
    'CNY 1,000 per person, up to CNY 100,000 per enterprise',
  '按利息的30%贴息，最高10万元':
    '30% of the interest, up to CNY 100,000',
  '按销售合同额的10%奖励，最高100万元':
    '10% of the sales contract value, up to CNY 1 million',
  '按参保职工每人100元，最高30万元':
    'CNY 100 per insured employee, up to CNY 300,000',
  '按设备投资额的8%给予补助，具体以项目评审为准':
    '8% of the equipment investment, as set by the project review',
  '最高50万元':
    'Up to CNY 500,000',
  '最高30万元':
    'Up to CNY 300,000',
  '最高20万元':
    'Up to CNY 200,000',
  '每人2000元，单户最高10万元':
    'CNY 2,000 per person, up to CNY 100,000 per enterprise',
  '按房租的30%补贴，最高10万元':
    '30% of the rent, up to CNY 100,000',
  '一次性奖励10万元':
    'A one-off award of CNY 100,000',
  '最高10万元':
    'Up to CNY 100,000',
  '按房租的50%补贴，最高6万元':
    '50% of the rent, up to CNY 60,000',
  '每户3万元':
    'CNY 30,000 per enterprise',
  '最高100万元':
    'Up to CNY 1 million',
  '按参保职工每人200元，最高20万元':
    'CNY 200 per insured employee, up to CNY 200,000',
};

/** 申报材料, keyed by the Chinese name. */
export const POLICY_MATERIALS_EN: Readonly<Record<string, string>> = {
  '惠企政策兑现申请表（在线生成）':
    'Business-support policy claim form (generated online)',
  '营业执照（电子营业执照免提交）':
    'Business Licence (not needed with the electronic Business Licence)',
  '高新技术企业证书':
    'High-tech enterprise certificate',
  '专精特新中小企业认定文件':
    'Certification of a specialised and innovative SME',
  '上年度财务审计报告':
    'Audited financial report for last year',
  '工业和信息化部认定公告':
    'Certification notice of the Ministry of Industry and Information Technology',
  '劳动合同':
    'Employment contracts',
  '新招用人员名单':
    'List of new hires',
  '贷款申请书':
    'Loan application',
  '新招用人员劳动合同':
    'Employment contracts of new hires',
  '首贷借款合同':
    'First loan contract',
  '利息支付凭证':
    'Proof of interest paid',
  '出口信用保险保单':
    'Export credit insurance policy',
  '保费缴纳凭证':
    'Proof of premium paid',
  '残疾职工名册及残疾人证':
    'Register of employees with disabilities and their Disability Certificates',
  '劳动合同及社保缴费记录':
    'Employment contracts and social insurance contribution records',
  '研发费用专项审计报告':
    'Special audit report on R&D expenses',
  '贷款合同':
    'Loan contract',
  '付息凭证':
    'Proof of interest paid',
  '农产品收购台账':
    'Purchase ledger of agricultural products',
  '技术改造项目备案证明':
    'Filing certificate of the technical upgrading project',
  '设备购置发票':
    'Invoices for equipment purchased',
  '首台（套）认定证明':
    'Certification of first-of-a-kind (set) equipment',
  '保险合同及保费发票':
    'Insurance contract and premium invoice',
  '社保缴费明细':
    'Social insurance contribution details',
  '毕业证书':
    'Graduation certificates',
  '培训计划和花名册':
    'Training plan and roster',
  '职业技能等级证书':
    'Vocational skill level certificates',
  '人才申报书':
    'Talent application',
  '退（抵）税申请表':
    'Tax refund (credit) application form',
  '担保合同':
    'Guarantee contract',
  '担保费支付凭证':
    'Proof of guarantee fee paid',
  '社保缴费记录':
    'Social insurance contribution records',
  '参展合同及费用凭证':
    'Exhibition contracts and proof of costs',
  '残疾人证':
    'Disability Certificates',
};

/** The key points written per policy (注意 / 怎么享受 / 拨付方式), keyed by the Chinese text. */
export const POLICY_POINTS_EN: Readonly<Record<string, string>> = {
  '重新认定的企业不重复享受；同一年度与市（州）同类奖励可叠加。':
    'A re-certified enterprise does not receive it again; in the same year it can be combined with a similar award of a city (prefecture).',
  '预缴申报和年度汇算清缴时由电子税务局根据研发支出辅助账自动带出，无需审批。':
    'The electronic tax bureau fills it in from the R&D expense sub-ledger at provisional filing and the annual reconciliation; no approval is needed.',
  '申报时系统自动识别小型微利企业身份并计算减免税额，直接享受。':
    'The system recognises a small low-profit enterprise when filing and computes the relief, which applies directly.',
  '经办机构比对参保和失业保险缴费数据，直接拨付至企业社保缴费账户，无需提交材料。':
    'The agency matches insurance and unemployment insurance contribution data and pays straight into the enterprise’s social insurance account; no materials are needed.',
};

/** 政策依据: the policy document with its number, keyed by the Chinese citation. */
export const POLICY_BASIS_EN: Readonly<Record<string, string>> = {
  '《四川省激励企业加大研发投入若干措施》（川办发〔2022〕33号）':
    'Several Measures of Sichuan Province to Encourage Enterprises to Increase R&D Investment (Chuan Ban Fa [2022] No. 33)',
  '《四川省优质中小企业梯度培育管理实施细则》（川经信规〔2023〕2号）':
    'Implementing Rules of Sichuan Province for the Tiered Cultivation of High-Quality SMEs (Chuan Jing Xin Gui [2023] No. 2)',
  '《财政部 税务总局关于进一步完善研发费用税前加计扣除政策的公告》（2023年第7号）':
    'Announcement of the Ministry of Finance and the State Taxation Administration on Further Improving the Additional Pre-Tax Deduction of R&D Expenses (No. 7 of 2023)',
  '《财政部 税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告》（2023年第12号）':
    'Announcement of the Ministry of Finance and the State Taxation Administration on Tax Policies Further Supporting Small and Micro Enterprises and Individual Businesses (No. 12 of 2023)',
  '《四川省人力资源和社会保障厅等3部门关于继续实施失业保险稳岗返还政策的通知》':
    'Notice of the Department of Human Resources and Social Security of Sichuan Province and Two Other Departments on Continuing Unemployment Insurance Refunds for Job Stabilisation',
  '《四川省人民政府办公厅关于进一步做好高校毕业生等青年就业创业工作的通知》':
    'Notice of the General Office of the Sichuan Provincial People’s Government on Further Supporting Employment and Entrepreneurship of University Graduates and Other Young People',
  '《四川省创业担保贷款实施办法》（川财规〔2021〕4号）':
    'Measures of Sichuan Province for Business Start-up Guaranteed Loans (Chuan Cai Gui [2021] No. 4)',
  '《四川省中小微企业首贷贴息实施方案》':
    'Sichuan Province Interest Subsidy Scheme for First Loans of Small, Medium and Micro Enterprises',
  '《四川省外经贸发展专项资金管理办法》':
    'Measures of Sichuan Province for the Administration of Special Funds for Foreign Trade Development',
  '《四川省按比例安排残疾人就业办法》':
    'Measures of Sichuan Province for Employing Persons with Disabilities in Proportion',
  '《财政部关于延续实施残疾人就业保障金优惠政策的公告》（2023年第8号）':
    'Announcement of the Ministry of Finance on Continuing Preferential Policies for the Employment Security Fund for Persons with Disabilities (No. 8 of 2023)',
  '《四川省科技型中小企业研发投入后补助实施细则》':
    'Implementing Rules of Sichuan Province for Post-Funding of R&D Investment by Technology-Based SMEs',
  '《四川省企业技术中心认定管理办法》':
    'Measures of Sichuan Province for the Certification of Enterprise Technology Centres',
  '《四川省瞪羚企业培育实施方案》':
    'Sichuan Province Gazelle Enterprise Cultivation Scheme',
  '《四川省农业产业化龙头企业认定和运行监测管理办法》':
    'Measures of Sichuan Province for the Certification and Monitoring of Leading Enterprises in Agricultural Industrialisation',
  '《四川省中小企业发展专项资金管理办法》':
    'Measures of Sichuan Province for the Administration of Special Funds for SME Development',
  '《四川省首台（套）重大技术装备认定及奖励办法》':
    'Measures of Sichuan Province for Certifying and Rewarding First-of-a-Kind (Set) Major Technical Equipment',
  '《四川省就业补助资金管理办法》（川财规〔2019〕5号）':
    'Measures of Sichuan Province for the Administration of Employment Subsidy Funds (Chuan Cai Gui [2019] No. 5)',
  '《四川省职业技能提升行动实施方案》':
    'Sichuan Province Vocational Skills Upgrading Scheme',
  '《“天府峨眉计划”实施办法》':
    'Implementing Measures of the Tianfu Emei Plan',
  '《四川省博士后工作管理办法》':
    'Measures of Sichuan Province for the Administration of Postdoctoral Work',
  '《财政部 税务总局关于进一步加大增值税期末留抵退税政策实施力度的公告》（2022年第14号）':
    'Announcement of the Ministry of Finance and the State Taxation Administration on Further Strengthening Year-End Refunds of Excess Input VAT (No. 14 of 2022)',
  '《中华人民共和国企业所得税法》第二十八条':
    'Enterprise Income Tax Law of the People’s Republic of China, Article 28',
  '《四川省财政金融互动政策》':
    'Sichuan Province Fiscal and Financial Interaction Policy',
  '《四川省促进工业经济稳增长若干措施》':
    'Several Measures of Sichuan Province to Promote Stable Growth of the Industrial Economy',
  '《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）':
    'Interim Measures for the Tiered Cultivation of High-Quality SMEs (Gong Xin Bu Qi Ye [2022] No. 63)',
  '《成都市支持科技创新若干政策措施》':
    'Several Policy Measures of Chengdu to Support Scientific and Technological Innovation',
  '《成都市促进中小企业高质量发展若干政策措施》':
    'Several Policy Measures of Chengdu to Promote High-Quality Development of SMEs',
  '《成都市中小微企业首贷贴息实施细则》':
    'Implementing Rules of Chengdu for Interest Subsidies on First Loans of Small, Medium and Micro Enterprises',
  '《成都市进一步稳定和扩大就业若干政策措施》':
    'Several Policy Measures of Chengdu to Further Stabilise and Expand Employment',
  '《成都市激励企业加大研发投入实施细则》':
    'Implementing Rules of Chengdu to Encourage Enterprises to Increase R&D Investment',
  '《成都市外经贸发展专项资金管理办法》':
    'Measures of Chengdu for the Administration of Special Funds for Foreign Trade Development',
  '《成都市新经济企业梯度培育实施方案》':
    'Chengdu Scheme for the Tiered Cultivation of New Economy Enterprises',
  '《成都市稳岗扩岗专项贷款实施方案》':
    'Chengdu Scheme for Special Loans to Stabilise and Expand Jobs',
  '《成都市残疾人就业促进办法》':
    'Measures of Chengdu to Promote the Employment of Persons with Disabilities',
  '《成都市科技型中小企业培育办法》':
    'Measures of Chengdu for Cultivating Technology-Based SMEs',
  '《成都市促进软件产业高质量发展专项政策》':
    'Special Policy of Chengdu to Promote High-Quality Development of the Software Industry',
  '《成都市农业产业化龙头企业扶持办法》':
    'Measures of Chengdu to Support Leading Enterprises in Agricultural Industrialisation',
  '《中国（绵阳）科技城加快科技创新若干政策》':
    'Several Policies of China (Mianyang) Science City to Accelerate Scientific and Technological Innovation',
  '《绵阳市电子信息产业高质量发展若干政策》':
    'Several Policies of Mianyang on High-Quality Development of the Electronic Information Industry',
  '《绵阳市就业创业补贴实施细则》':
    'Implementing Rules of Mianyang for Employment and Entrepreneurship Subsidies',
  '《绵阳市中小企业融资支持办法》':
    'Measures of Mianyang for Financing Support to SMEs',
  '《德阳市支持装备制造业高质量发展若干政策》':
    'Several Policies of Deyang to Support High-Quality Development of Equipment Manufacturing',
  '《德阳市优质中小企业梯度培育办法》':
    'Measures of Deyang for the Tiered Cultivation of High-Quality SMEs',
  '《德阳市稳就业若干措施》':
    'Several Measures of Deyang to Stabilise Employment',
  '《德阳市工业企业技术改造专项资金管理办法》':
    'Measures of Deyang for the Administration of Special Funds for Technical Upgrading of Industrial Enterprises',
  '《泸州市促进白酒产业高质量发展若干政策》':
    'Several Policies of Luzhou to Promote High-Quality Development of the Baijiu Industry',
  '《乐山市茶产业高质量发展实施方案》':
    'Leshan Scheme for High-Quality Development of the Tea Industry',
  '《南充市丝纺服装产业发展若干政策》':
    'Several Policies of Nanchong on the Development of the Silk, Textile and Garment Industry',
  '《宜宾市加快现代物流业发展若干政策》':
    'Several Policies of Yibin to Accelerate the Development of Modern Logistics',
  '《武侯区促进数字经济发展若干政策》':
    'Several Policies of Wuhou District to Promote the Digital Economy',
  '《武侯区稳就业促创业若干措施》':
    'Several Measures of Wuhou District to Stabilise Employment and Promote Entrepreneurship',
  '《武侯区促进文创产业发展办法》':
    'Measures of Wuhou District to Promote the Cultural and Creative Industries',
  '《武侯区支持企业升规入统奖励办法》':
    'Measures of Wuhou District for Awards to Enterprises Growing above the Designated Size',
  '《双流区支持航空经济发展若干政策》':
    'Several Policies of Shuangliu District to Support the Aviation Economy',
  '《双流区促进商贸流通业发展办法》':
    'Measures of Shuangliu District to Promote Commerce and Distribution',
  '《郫都区菁蓉镇创新创业扶持办法》':
    'Measures of Pidu District for Supporting Innovation and Entrepreneurship in Jingrong Town',
  '《锦江区支持市场主体纾困发展若干措施》':
    'Several Measures of Jinjiang District to Help Market Entities Through Difficulties',
  '《青羊区促进总部经济发展若干政策》':
    'Several Policies of Qingyang District to Promote the Headquarters Economy',
  '《涪城区支持科技创新若干措施》':
    'Several Measures of Fucheng District to Support Scientific and Technological Innovation',
  '《旌阳区稳岗稳就业若干措施》':
    'Several Measures of Jingyang District to Stabilise Jobs and Employment',
  '《峨眉山市茶产业发展扶持办法》':
    'Measures of Emeishan City to Support the Development of the Tea Industry',
};
