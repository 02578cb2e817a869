/** English of the notes under the 申请材料 (when a material is needed, what replaces it), keyed by the Chinese note. */
export const MATERIAL_NOTES_EN: Readonly<Record<string, string>> = {
  '未成年人可提供居民户口簿':
    'Minors may provide the Household Register instead',
  '16周岁以下未办理身份证的未成年人提供':
    'For minors under 16 who have no ID card',
  '“天府通办”申请时可在线拍照并自动校验；可调用公安制证照片':
    'Take the photo online in Tianfu Tongban and it is checked automatically; the photo from the police ID card record can be used',
  '未成年人申领时提供':
    'For an application made for a minor',
  '委托他人代办时提供':
    'If someone applies on your behalf',
  '换卡时交回；遗失补卡无需提供':
    'Hand in the old card when exchanging; not needed when replacing a lost card',
  '可调用原制卡照片':
    'The photo of the original card can be used',
  '身份证信息与户籍信息不一致时提供':
    'If your ID card details differ from the household register',
  '手机端自动生成':
    'Generated automatically on the phone',
  '重度残疾人等困难群体申请代缴时提供':
    'For groups in difficulty, such as people with severe disabilities, who ask for contributions to be paid on their behalf',
  '待遇发放至社保卡金融账户':
    'The benefit is paid into the financial account of the Social Security Card',
  '转出地经办机构已能线上提供的免于提交':
    'Not needed if the transferring agency can provide it online',
  '自助终端可刷身份证或社保卡':
    'At a self-service terminal, swipe your ID card or Social Security Card',
  '失业保险金发放至社保卡':
    'Unemployment benefit is paid to the Social Security Card',
  '单位已在系统中办理减员的免于提交':
    'Not needed if the employer has already removed you from its roll in the system',
  '出生日期需核实时提供':
    'If your date of birth needs to be checked',
  '需核定视同缴费年限时提供':
    'If deemed contribution years need to be assessed',
  '卫健、民政数据已共享的免于提交':
    'Not needed where health and civil affairs data are shared',
  '同一户口簿可证明关系的提供户口簿；否则提供结婚证、出生医学证明等':
    'Provide the Household Register if it shows the relationship; otherwise a Marriage Certificate, Birth Certificate or similar',
  '劳动合同、工资发放记录等':
    'Employment contract, payroll records and the like',
  '单位申请时提供':
    'For an application made by an employer',
  '已领取电子营业执照的，授权调用后免于提交':
    'Not needed once the electronic Business Licence has been authorised for use',
  '企业开办平台自动生成':
    'Generated automatically by the business start-up platform',
  '刷脸认证时无需提交':
    'Not needed with face verification',
  '证明户籍已迁入':
    'Proof that your household registration has moved in',
  '手机端激活医保电子凭证后即可办理':
    'Available once the medical insurance e-voucher is activated on the phone',
  '个人承诺制，无需提交居住证明':
    'Personal commitment; no proof of residence is needed',
  '异地转诊人员提供':
    'For patients referred to another region',
  '转出地可线上提供的免于提交':
    'Not needed if the transferring region can provide it online',
  '新生儿无需提供':
    'Not needed for a newborn',
  '新生儿已上户的提供':
    'If the newborn has been registered in the household register',
  '新生儿未上户时提供':
    'If the newborn has not yet been registered in the household register',
  '非本地户籍人员在居住地参保时提供':
    'For people registered elsewhere who enrol where they live',
  '不在同一户口簿的提供结婚证（MARRY）或出生医学证明（BIRTH）':
    'If not in the same Household Register, provide the Marriage Certificate (MARRY) or Birth Certificate (BIRTH)',
  '或社会保障卡':
    'Or the Social Security Card',
  '电子票据可在线核验':
    'Electronic receipts can be checked online',
  '急诊就医时提供':
    'For emergency treatment',
  '报销款发放账户':
    'The account the reimbursement is paid into',
  '自助终端可刷身份证或医保电子凭证':
    'At a self-service terminal, swipe your ID card or medical insurance e-voucher',
  '在常住地登记的非本地户籍人员提供':
    'For people registered elsewhere who are registered where they usually live',
  '退役军人申请时提供':
    'For an application made by a veteran',
  '毕业5年内高校毕业生提供':
    'For university graduates within 5 years of graduation',
  '系统已备案的免于提交':
    'Not needed if already on file in the system',
  '已入库的电子证书免于提交':
    'Not needed for electronic certificates already on record',
  '补贴发放账户':
    'The account the subsidy is paid into',
  '自有场所可调用不动产权证书，租赁的提供租赁合同':
    'Own premises: the real estate certificate can be used; rented premises: the lease',
  '延续、变更时提供':
    'For an extension or change',
  '按被申请人人数提交副本':
    'One copy for each respondent',
  '可由仲裁委在线调取':
    'The arbitration commission can obtain it online',
  '劳动合同、工资条、考勤记录等':
    'Employment contract, payslips, attendance records and the like',
  '电子调档函可通过全国流动人员人事档案管理服务平台传递':
    'The electronic file transfer letter can be sent through the National Personnel File Management Service Platform for mobile workers',
  '“免申即享”一般无需提交材料':
    '“Benefits without applying” normally need no materials',
  '变更、延续时提供':
    'For a change or extension',
  '手机端绑定即可':
    'Linking it on the phone is enough',
  '已网签备案或登记的由系统共享，无需上传':
    'Shared by the system if the contract has been filed online or registered; no upload needed',
  '首付款发票或银行转账记录':
    'Down-payment invoice or bank transfer record',
  '提取配偶公积金时提供':
    'When withdrawing from a spouse’s provident fund',
  '人社数据已共享的免于提交':
    'Not needed where human resources data are shared',
  '在线填写，电子印章签章':
    'Fill it in online and sign with an electronic seal',
  '已婚的提供；未婚、离异的提供婚姻状况声明':
    'Married: provide it; unmarried or divorced: a statement of marital status',
  '网签备案信息共享':
    'Shared from the online contract filing',
  '使用自有资金还款时提供':
    'When repaying with your own funds',
  '租住公租房按实际租金提取时提供':
    'When withdrawing the actual rent of public rental housing',
  '利害关系人查询时提供':
    'When searched by an interested party',
  '网签备案合同系统共享':
    'The filed online contract is shared by the system',
  '出卖人已婚的提供':
    'If the seller is married',
  '出卖人离异且房屋涉及分割的提供':
    'If the seller is divorced and the property was divided',
  '税务数据共享，无需提交纸质凭证':
    'Tax data are shared; no paper receipt is needed',
  '抵押人或债务人为企业时提供':
    'If the mortgagor or debtor is an enterprise',
  '网签备案合同共享':
    'The filed online contract is shared',
  '夫妻共有登记时提供':
    'For joint registration by a married couple',
  '公安、民政信息共享的免于提交':
    'Not needed where police and civil affairs data are shared',
  '户口簿、结婚证（MARRY）、出生医学证明（BIRTH）等':
    'Household Register, Marriage Certificate (MARRY), Birth Certificate (BIRTH) and the like',
  '未经公证的由登记机构查验并公告':
    'If not notarised, checked by the registration office and publicly announced',
  '银行线上推送的免于提交':
    'Not needed if pushed online by the bank',
  '非本地户籍人员提供':
    'For people registered elsewhere',
  '已婚家庭提供':
    'For married households',
  '授权核查不动产、车辆、存款等':
    'Authorises checks of real estate, vehicles, deposits and the like',
  '户籍地办理时提供；异地办理的凭本人到场采集指纹核验':
    'When applying where you are registered; elsewhere, your fingerprints are taken and checked in person',
  '可在照相馆拍摄，或使用“天府通办”数字相片功能':
    'Taken at a photo studio, or with the digital photo function of Tianfu Tongban',
  '换领时交回，补领无需提供':
    'Hand in the old card when exchanging; not needed for a replacement',
  '“天府通办”可在线拍摄合格相片':
    'A compliant photo can be taken online in Tianfu Tongban',
  '未满16周岁申领时提供':
    'For applicants under 16',
  '夫妻投靠时提供':
    'When joining a spouse',
  '购房落户或投靠至亲属房屋时提供':
    'When settling by buying a home or moving into a relative’s home',
  '就业落户时提供，社保数据可共享':
    'When settling for a job; social insurance data can be shared',
  '电子出生医学证明可共享调用':
    'The electronic Birth Certificate can be shared and used',
  '非婚生育的无需提供，按规定登记':
    'Not needed for a child born outside marriage; registered as prescribed',
  '自有住房调用不动产权证书；租房的提供租赁合同':
    'Own home: the real estate certificate is used; rented home: the lease',
  '劳动合同、营业执照或学校在读证明':
    'Employment contract, Business Licence or proof of current enrolment',
  '可调用身份证照片':
    'The ID card photo can be used',
  '医院已上传的可共享调用':
    'Shared if already uploaded by the hospital',
  '能提供的交回':
    'Hand it in if you can',
  '学信网可查的电子学历信息免于提交':
    'Not needed if the electronic degree record can be checked on CHSI',
  '按学位条件落户的提供':
    'For settling on the strength of a degree',
  '落户人才集体户时提供':
    'When settling in a talent collective household',
  '现场采集或“移民局”APP预填':
    'Taken on site or filled in ahead in the National Immigration Administration app',
  '受理点免费现场拍摄':
    'Taken free of charge at the acceptance point',
  '换发时交回':
    'Hand in the old document when renewing',
  '未满16周岁申请人提供，并由监护人陪同':
    'For applicants under 16, who must come with a guardian',
  '自助签注机刷证核验':
    'Checked by swiping the card at a self-service endorsement machine',
  '申请探亲、商务签注时提供':
    'For family-visit or business endorsements',
  '探亲、商务、学习等签注按类别提供':
    'By category for family-visit, business, study and other endorsements',
  '医疗机构已上传电子体检信息的免于提交':
    'Not needed if the medical institution has uploaded the electronic examination record',
  '损毁补领时交回':
    'Hand in the damaged one when replacing it',
  '保险信息联网核查':
    'Insurance details are checked online',
  '电子发票可联网核查':
    'Electronic invoices are checked online',
  '医疗机构联网上传':
    'Uploaded online by the medical institution',
  '按房产划片入学时提供，可由系统共享核验':
    'When places are allocated by home address; the system can share and check it',
  '随迁子女提供':
    'For children of migrant families',
  '随迁子女提供，人社数据共享':
    'For children of migrant families; human resources data are shared',
  '学信网可核验的免于提交':
    'Not needed if it can be checked on CHSI',
  '国家普通话水平测试信息可核验的免于提交':
    'Not needed if the National Putonghua Proficiency Test record can be checked',
  '新生首次申请提供':
    'For a student’s first application',
  '续贷时提供':
    'When renewing the loan',
  '随迁转学时提供':
    'When transferring with a migrant family',
  '登记现场签署':
    'Signed on site at registration',
  '部分登记处提供现场拍摄':
    'Some registration offices take photos on site',
  '补领结婚证提供双方合影':
    'To replace a Marriage Certificate, provide a photo of the couple',
  '档案未电子化的由原登记机关出具':
    'Issued by the original registration authority if the file is not digitised',
  '家庭成员有残疾的提供':
    'If a family member has a disability',
  '残疾人申请时提供':
    'For an application made by a person with a disability',
  '津贴发放账户':
    'The account the allowance is paid into',
  '民办非企业单位提交登记证书':
    'Private non-enterprise units submit their registration certificate',
  '内设食堂的提供':
    'If there is a canteen on site',
  '民政数据共享的免于提交':
    'Not needed where civil affairs data are shared',
  '未成年人可提供户口簿（HUKOU）':
    'Minors may provide the Household Register (HUKOU)',
  '智力、精神残疾或未成年人由监护人代办':
    'A guardian applies for people with intellectual or mental disabilities and for minors',
  '换领时交回':
    'Hand in the old one when exchanging',
  '未办证的提供二级以上医疗机构诊断证明':
    'Without the certificate, a diagnosis from a medical institution of grade II or above',
  '信息采集时已核验的免于提交':
    'Not needed if checked when the information was collected',
  '落户时提供':
    'When settling',
  '自愿提供':
    'Voluntary',
  '父亲信息变更时按规定提供':
    'When the father’s details change, as prescribed',
  '已婚的提供，可在线核验':
    'If married; can be checked online',
  '变更注册时提供':
    'For a change of registration',
  '配备护士的提供':
    'If nurses are employed',
  '已取得许可的诊所改为备案管理时提供':
    'When a licensed clinic moves to filing-based management',
  '个人诚信承诺':
    'Personal integrity commitment',
  '个人所得税APP注册时人脸识别':
    'Face recognition when registering in the Individual Income Tax app',
  '留存备查，无需上传':
    'Keep for inspection; no upload needed',
  '用于接收退税':
    'To receive the tax refund',
  '填报子女教育、赡养老人时填写':
    'For deductions for children’s education or supporting elderly parents',
  '留存备查':
    'Keep for inspection',
  '取得技能人员或专业技术人员职业资格证书当年扣除':
    'Deducted in the year the vocational qualification certificate for skilled or professional technical personnel is obtained',
  '代缴时输入参保人身份证号即可':
    'To pay for someone else, just enter the insured person’s ID number',
  '网签备案数据共享':
    'Online contract filing data are shared',
  '享受家庭首套、二套优惠时由系统查询':
    'Checked by the system when the first- or second-home family discount applies',
  '按家庭享受优惠时提供':
    'When the discount is claimed per household',
  '申请临时调增额度时提供':
    'When applying for a temporary increase of the quota',
  '电子税务局预填':
    'Pre-filled by the electronic tax bureau',
  '系统可查询的免于提交':
    'Not needed if the system can look it up',
  '适用承诺制容缺办理时签署':
    'Signed when the commitment system allows missing items to be supplied later',
  '海关数据共享':
    'Customs data are shared',
  '平台在线生成':
    'Generated online by the platform',
  '可使用平台章程范本':
    'The platform’s model articles of association can be used',
  '自然人股东身份证；法人股东提供营业执照（BIZLIC）':
    'Natural-person shareholders: ID card; legal-person shareholders: Business Licence (BIZLIC)',
  '自有房屋调用不动产权证书；租赁的提供租赁合同；部分地区实行住所申报承诺制':
    'Own premises: the real estate certificate is used; rented premises: the lease; some areas accept a declaration of the business address',
  '涉及章程修改的提供':
    'If the articles of association are amended',
  '变更住所时提供':
    'When changing the address',
  '变更法定代表人时提供':
    'When changing the legal representative',
  '一般注销提供':
    'For ordinary deregistration',
  '简易注销提供':
    'For simplified deregistration',
  '税务部门共享，无需提交纸质文书':
    'Shared by the tax authority; no paper document is needed',
  '纸质营业执照正副本交回；已遗失的在系统中公示作废':
    'Hand in the original and duplicate of the paper Business Licence; if lost, it is announced void in the system',
  '部分地区实行经营场所申报承诺制':
    'Some areas accept a declaration of the business premises',
  '考试机构推送':
    'Pushed by the examining body',
  '申请项目有学历要求时提供':
    'If the item applied for requires a qualification',
  '在线填写资产状况、社保缴纳等信息':
    'Fill in assets, social insurance contributions and the like online',
  '因住所无法联系被列入的提供':
    'If listed because the business could not be reached at its address',
  '原个体工商户营业执照':
    'The original Business Licence of the individual business',
  '已购置车辆提供行驶证':
    'If the vehicles have been bought, provide their vehicle licences',
  '检测机构联网上传':
    'Uploaded online by the testing body',
  '重型载货汽车和半挂牵引车提供':
    'For heavy goods vehicles and semi-trailer tractors',
  '换证或损毁补证时交回':
    'Hand in when renewing or replacing a damaged certificate',
  '公安部门在线核查':
    'Checked online by the police',
  '三类大件运输提供':
    'For class III oversize transport',
  '建设单位营业执照或法人证书':
    'The construction unit’s Business Licence or legal person certificate',
  '系统共享':
    'Shared by the system',
  '全国建筑市场监管平台数据共享':
    'Shared from the National Construction Market Supervision Platform',
  '资质标准要求中级以上职称的提供':
    'If the qualification standard requires intermediate or higher professional titles',
  '增项、升级、延续时提供':
    'For an added item, upgrade or extension',
  '适用特殊消防设计的提供':
    'If a special fire protection design applies',
  '不动产权证书可共享':
    'The real estate certificate can be shared',
  '全国排污许可证管理信息平台填报':
    'Filled in on the National Pollutant Discharge Permit Management Information Platform',
  '附编制单位和编制人员承诺':
    'With the commitment of the preparing unit and its staff',
  '适用告知承诺审批的提供':
    'Where approval by notification and commitment applies',
  '重新审查发证（换证）时提供':
    'For re-examination and reissue (renewal)',
  '变更经营场所重新申领时提供':
    'When reapplying after changing the business premises',
  '自然人申请的提供身份证（IDCARD）和个体工商户营业执照':
    'Natural persons provide their ID card (IDCARD) and the individual business’s Business Licence',
  '要求优先权时提供':
    'When claiming priority',
  '法定代表人刷脸或电子营业执照授权':
    'Face verification by the legal representative or authorisation with the electronic Business Licence',
  '学信网可查的免于提交':
    'Not needed if it can be checked on CHSI',
  '自愿提供，可在线核验':
    'Voluntary; can be checked online',
  '用于社会保障卡制卡，可手机拍摄':
    'For making the Social Security Card; can be taken with a phone',
  '授权后在线核验，免交复印件':
    'Checked online once authorised; no copy needed',
  '授权后在线核验':
    'Checked online once authorised',
  '随迁子女授权后在线核验':
    'For children of migrant families, checked online once authorised',
  '正在申领的可在领卡时一并开通':
    'If the card is being applied for, the account can be opened when it is collected',
  '申领生活补贴时由民政部门在线核验':
    'Checked online by civil affairs when a living allowance is claimed',
  '养老金发放账户':
    'The account the pension is paid into',
  '需认定视同缴费年限的提供':
    'If deemed contribution years need to be recognised',
  '医疗机构已上传的在线调用':
    'Used online if the medical institution has uploaded it',
  '用于待遇领取，结婚证、户口簿、出生医学证明等':
    'For claiming benefits: Marriage Certificate, Household Register, Birth Certificate and the like',
  '一表填报':
    'One form for everything',
  '设置户外招牌的提供':
    'If an outdoor sign is put up',
  '在线签署':
    'Signed online',
  '管理人负责人身份证':
    'ID card of the administrator’s person in charge',
  '根据一企一档在线生成':
    'Generated online from the enterprise’s file',
  '按所申报政策的材料清单上传':
    'Upload the list of materials for the policy applied for',
};
