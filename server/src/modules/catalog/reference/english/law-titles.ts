/**
 * Official English titles of the laws, regulations and notices cited as 设定依据 (legal basis), keyed by
 * the Chinese title without its 《》. Articles, books of the Civil Code and document numbers are
 * rendered by legal-basis.ts.
 */
export const LAW_TITLES_EN: Readonly<Record<string, string>> = {
  '中华人民共和国社会保险法':
    'Social Insurance Law of the People’s Republic of China',
  '国务院关于建立统一的城乡居民基本养老保险制度的意见':
    'Opinions of the State Council on Establishing a Unified Basic Pension Insurance System for Urban and Rural Residents',
  '城镇企业职工基本养老保险关系转移接续暂行办法':
    'Interim Measures for the Transfer and Continuation of Basic Pension Insurance for Urban Enterprise Employees',
  '社会保险个人权益记录管理办法':
    'Measures for the Administration of Records of Individual Social Insurance Rights and Interests',
  '失业保险条例':
    'Regulations on Unemployment Insurance',
  '国务院关于完善企业职工基本养老保险制度的决定':
    'Decision of the State Council on Improving the Basic Pension Insurance System for Enterprise Employees',
  '工伤保险条例':
    'Regulations on Work-Related Injury Insurance',
  '工伤认定办法':
    'Measures for the Determination of Work-Related Injuries',
  '社会保险费征缴暂行条例':
    'Interim Regulations on the Collection and Payment of Social Insurance Premiums',
  '城乡养老保险制度衔接暂行办法':
    'Interim Measures for Linking Urban and Rural Pension Insurance Schemes',
  '国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知':
    'Notice of the National Healthcare Security Administration and the Ministry of Finance on Further Improving Direct Settlement of Cross-Provincial Medical Treatment under Basic Medical Insurance',
  '基本医疗保险关系转移接续暂行办法':
    'Interim Measures for the Transfer and Continuation of Basic Medical Insurance',
  '国务院关于整合城乡居民基本医疗保险制度的意见':
    'Opinions of the State Council on Integrating the Basic Medical Insurance Systems for Urban and Rural Residents',
  '国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见':
    'Guiding Opinions of the General Office of the State Council on Establishing a Sound Outpatient Mutual-Aid Mechanism for Employee Basic Medical Insurance',
  '医疗保障基金使用监督管理条例':
    'Regulations on the Supervision and Administration of the Use of Medical Security Funds',
  '中华人民共和国就业促进法':
    'Employment Promotion Law of the People’s Republic of China',
  '就业服务与就业管理规定':
    'Provisions on Employment Services and Employment Management',
  '普惠金融发展专项资金管理办法':
    'Measures for the Administration of Special Funds for Inclusive Finance Development',
  '就业补助资金管理办法':
    'Measures for the Administration of Employment Subsidy Funds',
  '人力资源社会保障部 财政部关于失业保险支持参保职工提升职业技能有关问题的通知':
    'Notice of the Ministry of Human Resources and Social Security and the Ministry of Finance on Unemployment Insurance Support for Insured Employees Improving Their Vocational Skills',
  '中华人民共和国劳动合同法':
    'Labour Contract Law of the People’s Republic of China',
  '劳务派遣行政许可实施办法':
    'Implementation Measures for the Administrative Licensing of Labour Dispatch',
  '中华人民共和国劳动争议调解仲裁法':
    'Law of the People’s Republic of China on Mediation and Arbitration of Labour Disputes',
  '劳动人事争议仲裁办案规则':
    'Rules for Handling Labour and Personnel Dispute Arbitration Cases',
  '流动人员人事档案管理服务规定':
    'Provisions on the Management and Services of Personnel Files of Mobile Workers',
  '人力资源市场暂行条例':
    'Interim Regulations on the Human Resources Market',
  '住房公积金管理条例':
    'Regulations on the Administration of Housing Provident Funds',
  '住房城乡建设部 财政部 中国人民银行关于发展住房公积金个人住房贷款业务的通知':
    'Notice of the Ministry of Housing and Urban-Rural Development, the Ministry of Finance and the People’s Bank of China on Developing Housing Provident Fund Personal Home Loans',
  '全国住房公积金异地转移接续业务操作规程':
    'National Operating Rules for the Transfer and Continuation of Housing Provident Funds between Regions',
  '不动产登记暂行条例':
    'Interim Regulations on Real Estate Registration',
  '不动产登记资料查询暂行办法':
    'Interim Measures for Searching Real Estate Registration Records',
  '中华人民共和国民法典':
    'Civil Code of the People’s Republic of China',
  '不动产登记暂行条例实施细则':
    'Implementing Rules of the Interim Regulations on Real Estate Registration',
  '中华人民共和国土地管理法':
    'Land Administration Law of the People’s Republic of China',
  '公共租赁住房管理办法':
    'Measures for the Administration of Public Rental Housing',
  '国务院办公厅关于加快发展保障性租赁住房的意见':
    'Opinions of the General Office of the State Council on Accelerating the Development of Affordable Rental Housing',
  '中华人民共和国居民身份证法':
    'Resident Identity Card Law of the People’s Republic of China',
  '国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知':
    'Notice of the National Development and Reform Commission and the Ministry of Finance on the Fees for Resident Identity Cards and Related Issues',
  '中华人民共和国户口登记条例':
    'Regulations of the People’s Republic of China on Household Registration',
  '国务院关于进一步推进户籍制度改革的意见':
    'Opinions of the State Council on Further Advancing the Reform of the Household Registration System',
  '居住证暂行条例':
    'Interim Regulations on Residence Permits',
  '中华人民共和国护照法':
    'Passport Law of the People’s Republic of China',
  '中华人民共和国出境入境管理法':
    'Exit and Entry Administration Law of the People’s Republic of China',
  '中国公民因私事往来香港地区或者澳门地区的暂行管理办法':
    'Interim Measures for the Administration of Chinese Citizens Travelling to and from Hong Kong or Macao for Private Purposes',
  '中国公民往来台湾地区管理办法':
    'Measures for the Administration of Chinese Citizens Travelling to and from the Taiwan Region',
  '中华人民共和国道路交通安全法':
    'Road Traffic Safety Law of the People’s Republic of China',
  '机动车驾驶证申领和使用规定':
    'Provisions on the Application for and Use of Motor Vehicle Driving Licences',
  '机动车登记规定':
    'Provisions on Motor Vehicle Registration',
  '道路交通安全违法行为处理程序规定':
    'Provisions on Procedures for Handling Road Traffic Safety Violations',
  '中华人民共和国义务教育法':
    'Compulsory Education Law of the People’s Republic of China',
  '中华人民共和国教师法':
    'Teachers Law of the People’s Republic of China',
  '教师资格条例':
    'Regulations on Teacher Qualifications',
  '〈教师资格条例〉实施办法':
    'Implementation Measures for the Regulations on Teacher Qualifications',
  '中华人民共和国教育法':
    'Education Law of the People’s Republic of China',
  '中小学生学籍管理办法':
    'Measures for the Administration of Primary and Secondary School Student Enrolment Records',
  '婚姻登记条例':
    'Regulations on Marriage Registration',
  '婚姻登记工作规范':
    'Code of Practice for Marriage Registration',
  '婚姻登记档案管理办法':
    'Measures for the Administration of Marriage Registration Archives',
  '社会救助暂行办法':
    'Interim Measures for Social Assistance',
  '最低生活保障审核确认办法':
    'Measures for the Review and Confirmation of Minimum Living Security',
  '特困人员认定办法':
    'Measures for the Identification of Persons in Extreme Poverty',
  '中华人民共和国老年人权益保障法':
    'Law of the People’s Republic of China on the Protection of the Rights and Interests of the Elderly',
  '国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见':
    'Opinions of the State Council on Fully Establishing Living Allowances for Disabled Persons in Difficulty and Care Allowances for Persons with Severe Disabilities',
  '养老机构管理办法':
    'Measures for the Administration of Elderly Care Institutions',
  '殡葬管理条例':
    'Regulations on Funeral and Interment Administration',
  '中华人民共和国残疾人保障法':
    'Law of the People’s Republic of China on the Protection of Persons with Disabilities',
  '中华人民共和国残疾人证管理办法':
    'Measures for the Administration of the Disability Certificate of the People’s Republic of China',
  '残疾预防和残疾人康复条例':
    'Regulations on Disability Prevention and Rehabilitation of Persons with Disabilities',
  '国务院关于建立残疾儿童康复救助制度的意见':
    'Opinions of the State Council on Establishing a Rehabilitation Assistance System for Children with Disabilities',
  '中华人民共和国退役军人保障法':
    'Law of the People’s Republic of China on the Protection of Veterans',
  '退役军人、其他优抚对象优待证管理办法（试行）':
    'Measures for the Administration of Preferential Treatment Cards for Veterans and Other Entitled Groups (for Trial Implementation)',
  '退役士兵安置条例':
    'Regulations on the Resettlement of Demobilised Soldiers',
  '军人抚恤优待条例':
    'Regulations on Pensions and Preferential Treatment for Servicemen',
  '伤残抚恤管理办法':
    'Measures for the Administration of Disability Pensions',
  '中华人民共和国母婴保健法':
    'Law of the People’s Republic of China on Maternal and Infant Health Care',
  '国家卫生计生委 公安部关于启用和规范管理新版〈出生医学证明〉的通知':
    'Notice of the National Health and Family Planning Commission and the Ministry of Public Security on Introducing and Standardising the New Birth Certificate',
  '中华人民共和国人口与计划生育法':
    'Population and Family Planning Law of the People’s Republic of China',
  '四川省人口与计划生育条例':
    'Regulations of Sichuan Province on Population and Family Planning',
  '中华人民共和国医师法':
    'Physicians Law of the People’s Republic of China',
  '医师执业注册管理办法':
    'Measures for the Administration of Physician Practice Registration',
  '公共场所卫生管理条例':
    'Regulations on Hygiene Management of Public Places',
  '公共场所卫生管理条例实施细则':
    'Implementing Rules of the Regulations on Hygiene Management of Public Places',
  '医疗机构管理条例':
    'Regulations on the Administration of Medical Institutions',
  '医疗机构管理条例实施细则':
    'Implementing Rules of the Regulations on the Administration of Medical Institutions',
  '中华人民共和国法律援助法':
    'Legal Aid Law of the People’s Republic of China',
  '中华人民共和国个人所得税法':
    'Individual Income Tax Law of the People’s Republic of China',
  '中华人民共和国个人所得税法实施条例':
    'Regulations for the Implementation of the Individual Income Tax Law of the People’s Republic of China',
  '个人所得税专项附加扣除暂行办法':
    'Interim Measures for Special Additional Deductions for Individual Income Tax',
  '中华人民共和国税收征收管理法':
    'Law of the People’s Republic of China on the Administration of Tax Collection',
  '国家税务总局关于将个人所得税〈税收完税证明〉（文书式）调整为〈纳税记录〉有关事项的公告':
    'Announcement of the State Taxation Administration on Replacing the Individual Income Tax Payment Certificate (Document Form) with the Tax Payment Record',
  '中华人民共和国契税法':
    'Deed Tax Law of the People’s Republic of China',
  '四川省人民代表大会常务委员会关于四川省契税具体适用税率等事项的决定':
    'Decision of the Standing Committee of the Sichuan Provincial People’s Congress on the Applicable Deed Tax Rates in Sichuan Province and Related Matters',
  '中华人民共和国发票管理办法':
    'Measures of the People’s Republic of China for the Administration of Invoices',
  '中华人民共和国增值税法':
    'Value-Added Tax Law of the People’s Republic of China',
  '国家税务总局关于创新跨区域涉税事项报验管理制度的通知':
    'Notice of the State Taxation Administration on Reforming the Reporting and Checking of Cross-Regional Tax Matters',
  '纳税信用管理办法（试行）':
    'Measures for the Administration of Tax Credit (for Trial Implementation)',
  '国家税务总局关于纳税信用修复有关事项的公告':
    'Announcement of the State Taxation Administration on Matters Concerning Tax Credit Repair',
  '国家税务总局关于进一步优化办理企业税务注销程序的通知':
    'Notice of the State Taxation Administration on Further Streamlining Tax Deregistration for Enterprises',
  '国家税务总局关于进一步便利出口退税办理 促进外贸平稳发展有关事项的公告':
    'Announcement of the State Taxation Administration on Further Facilitating Export Tax Refunds to Promote Stable Foreign Trade',
  '中华人民共和国公司法':
    'Company Law of the People’s Republic of China',
  '中华人民共和国市场主体登记管理条例':
    'Regulations of the People’s Republic of China on the Administration of Market Entity Registration',
  '中华人民共和国市场主体登记管理条例实施细则':
    'Implementing Rules of the Regulations of the People’s Republic of China on the Administration of Market Entity Registration',
  '促进个体工商户发展条例':
    'Regulations on Promoting the Development of Individual Businesses',
  '中华人民共和国食品安全法':
    'Food Safety Law of the People’s Republic of China',
  '食品经营许可和备案管理办法':
    'Measures for the Administration of Food Business Licensing and Filing',
  '食品生产许可管理办法':
    'Measures for the Administration of Food Production Licensing',
  '中华人民共和国特种设备安全法':
    'Special Equipment Safety Law of the People’s Republic of China',
  '特种设备安全监察条例':
    'Regulations on Safety Supervision of Special Equipment',
  '特种设备作业人员监督管理办法':
    'Measures for the Supervision and Administration of Special Equipment Operators',
  '企业信息公示暂行条例':
    'Interim Regulations on Enterprise Information Disclosure',
  '市场监督管理信用修复管理办法':
    'Measures for the Administration of Credit Repair in Market Regulation',
  '中华人民共和国道路运输条例':
    'Regulations of the People’s Republic of China on Road Transport',
  '道路货物运输及站场管理规定':
    'Provisions on Road Freight Transport and Stations',
  '道路运输车辆技术管理规定':
    'Provisions on the Technical Management of Road Transport Vehicles',
  '道路运输从业人员管理规定':
    'Provisions on the Administration of Road Transport Workers',
  '网络预约出租汽车经营服务管理暂行办法':
    'Interim Measures for the Administration of Online Ride-Hailing Taxi Services',
  '出租汽车驾驶员从业资格管理规定':
    'Provisions on the Professional Qualification of Taxi Drivers',
  '中华人民共和国公路法':
    'Highway Law of the People’s Republic of China',
  '公路安全保护条例':
    'Regulations on Highway Safety Protection',
  '超限运输车辆行驶公路管理规定':
    'Provisions on the Administration of Oversize and Overweight Vehicles on Highways',
  '中华人民共和国建筑法':
    'Construction Law of the People’s Republic of China',
  '建筑工程施工许可管理办法':
    'Measures for the Administration of Construction Permits for Building Works',
  '建筑业企业资质管理规定':
    'Provisions on the Administration of Construction Enterprise Qualifications',
  '安全生产许可证条例':
    'Regulations on Work Safety Licences',
  '建筑施工企业安全生产许可证管理规定':
    'Provisions on the Administration of Work Safety Licences of Construction Enterprises',
  '中华人民共和国消防法':
    'Fire Protection Law of the People’s Republic of China',
  '建设工程消防设计审查验收管理暂行规定':
    'Interim Provisions on Fire Protection Design Review and Acceptance of Construction Projects',
  '建设工程质量管理条例':
    'Regulations on the Quality Management of Construction Projects',
  '房屋建筑和市政基础设施工程竣工验收备案管理办法':
    'Measures for the Filing of Completion Acceptance of Housing Construction and Municipal Infrastructure Projects',
  '中华人民共和国城乡规划法':
    'Urban and Rural Planning Law of the People’s Republic of China',
  '排污许可管理条例':
    'Regulations on the Administration of Pollutant Discharge Permits',
  '排污许可管理办法':
    'Measures for the Administration of Pollutant Discharge Permits',
  '中华人民共和国环境影响评价法':
    'Environmental Impact Assessment Law of the People’s Republic of China',
  '建设项目环境保护管理条例':
    'Regulations on the Environmental Protection Management of Construction Projects',
  '中华人民共和国药品管理法':
    'Drug Administration Law of the People’s Republic of China',
  '药品经营和使用质量监督管理办法':
    'Measures for the Supervision and Administration of the Quality of Drug Distribution and Use',
  '中华人民共和国烟草专卖法':
    'Tobacco Monopoly Law of the People’s Republic of China',
  '中华人民共和国烟草专卖法实施条例':
    'Regulations for the Implementation of the Tobacco Monopoly Law of the People’s Republic of China',
  '烟草专卖许可证管理办法':
    'Measures for the Administration of Tobacco Monopoly Licences',
  '中华人民共和国商标法':
    'Trademark Law of the People’s Republic of China',
  '中华人民共和国商标法实施条例':
    'Regulations for the Implementation of the Trademark Law of the People’s Republic of China',
  '国家发展改革委 公安部 国家数据局关于全面推行以专项信用报告替代有无违法违规记录证明的通知':
    'Notice of the National Development and Reform Commission, the Ministry of Public Security and the National Data Administration on Replacing Certificates of No Violation Records with Special Credit Reports',
  '农药管理条例':
    'Regulations on Pesticide Administration',
  '农药经营许可管理办法':
    'Measures for the Administration of Pesticide Business Licences',
  '国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见':
    'Guiding Opinions of the State Council on Further Optimising Government Services, Improving Administrative Efficiency and Getting One Thing Done Efficiently',
  '优化营商环境条例':
    'Regulations on Optimising the Business Environment',
  '失信行为纠正后的信用信息修复管理办法（试行）':
    'Measures for Repairing Credit Information after Broken Trust Is Corrected (for Trial Implementation)',
  '四川省社会信用条例':
    'Regulations of Sichuan Province on the Social Credit System',
  '中华人民共和国企业破产法':
    'Enterprise Bankruptcy Law of the People’s Republic of China',
  '四川省2024年政务服务工作要点':
    'Key Points of Sichuan Province’s Government Service Work in 2024',
};
