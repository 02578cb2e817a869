/** English of what happens at each 办理流程 step (the step’s detail; its heading is in step-titles.ts), keyed by the Chinese detail. */
export const GUIDE_STEP_DETAILS_EN: Readonly<Record<string, string>> = {
  '登录“天府通办”→社保卡专区→“社会保障卡申领”，刷脸核验后选择承办银行和领卡方式':
    'Sign in to Tianfu Tongban → Social Security Card → “Apply for a Social Security Card”, verify your face, then choose the issuing bank and how to collect the card',
  '省社保卡管理中心校验参保信息后批量制卡，即时制卡网点可现场制作':
    'The provincial Social Security Card management centre checks your insurance record and produces cards in batches; instant-issue outlets make the card on the spot',
  '按短信通知到所选银行网点凭身份证领卡，或选择邮寄到家':
    'Collect the card with your ID card at the chosen bank branch when the text message arrives, or have it posted to your home',
  '领卡后在网点或“天府通办”设置社保密码并启用金融账户':
    'After collection, set the social security PIN and activate the financial account at the branch or in Tianfu Tongban',
  '“天府通办”社保卡专区或拨打12333办理临时挂失；到合作银行网点或社保窗口办理正式挂失':
    'Report a temporary loss in the Social Security Card section of Tianfu Tongban or by calling 12333; report a formal loss at a partner bank branch or a social security window',
  '手机端人脸识别，窗口核验身份证':
    'Face recognition on the phone; ID card check at the window',
  '系统即时冻结社保卡社保功能和金融账户，可同时申请补卡':
    'The system freezes the card’s social security functions and financial account at once; a replacement can be requested at the same time',
  '“天府通办”或合作银行网点提交补换卡申请，选择领卡方式':
    'Apply for a replacement or exchange in Tianfu Tongban or at a partner bank branch and choose how to collect the card',
  '系统注销原卡社保应用，原金融账户按银行规定处理':
    'The system cancels the old card’s social security application; the old financial account is handled under the bank’s rules',
  '即时制卡网点现场领取；批量制卡约10个工作日后领取或邮寄':
    'Collect on the spot at an instant-issue outlet; batch-made cards are collected or posted after about 10 working days',
  '在“天府通办”或户籍所在村（社区）、乡镇（街道）便民服务中心填写参保登记信息':
    'Fill in the enrolment details in Tianfu Tongban or at the convenience service centre of your village (community) or township (sub-district)',
  '县级社会保险经办机构核验户籍及参保状态':
    'The county social insurance agency checks your household registration and insurance status',
  '通过四川税务APP、微信、银行代扣等方式按年缴费':
    'Pay yearly through the Sichuan Tax app, WeChat, bank direct debit or other channels',
  '满60周岁前后通过“天府通办”或村（社区）代办员提交待遇申领':
    'Around your 60th birthday, claim the benefit through Tianfu Tongban or the village (community) agent',
  '县级经办机构审核缴费年限，在村（社区）公示':
    'The county agency reviews your contribution years and publishes them in the village (community)',
  '核定待遇标准，次月起按月发放至社会保障卡':
    'The benefit is assessed and paid monthly to your Social Security Card from the following month',
  '在新参保地或“天府通办”提交转移申请':
    'Apply for the transfer where you are newly insured or in Tianfu Tongban',
  '转入地经办机构审核后向转出地发出《基本养老保险关系转移接续联系函》':
    'After review, the receiving agency sends the agency you leave a liaison letter for the basic pension transfer',
  '转出地核对缴费信息并转出个人账户和统筹基金':
    'The agency you leave checks the contributions and transfers the personal account and pooled funds',
  '转入地核实到账后接续缴费记录，通知参保人':
    'Once the funds arrive, the receiving agency joins up your contribution record and tells you',
  '“天府通办”→社保→参保证明，或在24小时自助终端刷证':
    'Tianfu Tongban → Social security → Proof of insurance, or swipe your ID card at a 24-hour self-service terminal',
  '选择险种和起止月份':
    'Choose the insurance types and the months from and to',
  '系统即时生成带电子签章的PDF证明，可下载或在终端打印':
    'The system generates a PDF certificate with an electronic seal at once, to download or print at the terminal',
  '在“天府通办”或就业服务机构办理失业登记':
    'Register as unemployed in Tianfu Tongban or at an employment service agency',
  '在线提交失业保险金申领，确认领取期限':
    'Claim unemployment benefit online and confirm the benefit period',
  '经办机构核定后按月发放至社会保障卡':
    'After assessment, the agency pays it monthly to your Social Security Card',
  '达到退休年龄前1个月，由单位或个人通过“天府通办”提交申请':
    'One month before retirement age, the employer or you apply through Tianfu Tongban',
  '经办机构审核出生日期、缴费年限和视同缴费年限':
    'The agency checks the date of birth, contribution years and deemed contribution years',
  '计算基础养老金和个人账户养老金，出具待遇核定表':
    'The basic pension and personal account pension are calculated and a benefit assessment form is issued',
  '次月起发放至社会保障卡':
    'Paid to your Social Security Card from the following month',
  '遗属通过“天府通办”或社保窗口提交申领':
    'Survivors claim through Tianfu Tongban or at a social security window',
  '经办机构核实死亡信息和亲属关系':
    'The agency checks the death record and the family relationship',
  '核定丧葬补助金、抚恤金和个人账户余额，一次性发放':
    'The funeral grant, survivors’ pension and personal account balance are assessed and paid in one sum',
  '在四川人社网上办事大厅或人社部门窗口提交':
    'Submit on the Sichuan Human Resources and Social Security online service hall or at a human resources window',
  '材料齐全的受理，必要时调查核实':
    'Complete applications are accepted, with investigation if needed',
  '受理之日起60日内作出认定决定，事实清楚的15日内作出':
    'A determination is made within 60 days of acceptance, or within 15 days where the facts are clear',
  '书面送达单位和职工，同时抄送社会保险经办机构':
    'The decision is delivered in writing to the employer and the employee and copied to the social insurance agency',
  '在企业开办“一网通办”平台勾选社保登记，或登录四川人社网上办事大厅单位版':
    'Tick social insurance registration on the one-stop business start-up platform, or sign in to the employer edition of the Sichuan Human Resources and Social Security online service hall',
  '系统共享市场监管登记信息自动核验':
    'The system checks the market regulation registration automatically',
  '生成单位参保编号，可随即办理职工增员':
    'An employer insurance number is issued and employees can be added straight away',
  '“天府通办”→社保→待遇资格认证，可为家中老人添加代认证':
    'Tianfu Tongban → Social security → Benefit eligibility verification; older family members can be added for verification on their behalf',
  '按提示完成活体检测与人像比对':
    'Complete the liveness check and face comparison as prompted',
  '即时返回认证结果，有效期12个月':
    'The result comes back at once and is valid for 12 months',
  '在新户籍地或“天府通办”提交转入申请':
    'Apply for the transfer in at your new place of registration or in Tianfu Tongban',
  '原参保地核对个人账户并办理转出':
    'The original place of insurance checks the personal account and transfers it out',
  '资金到账后在新参保地继续缴费':
    'Once the funds arrive, continue contributing where you are newly insured',
  '在国家医保服务平台APP或“天府通办”→医保→异地就医备案，选择备案类别和就医地':
    'In the National Medical Insurance Service Platform app or Tianfu Tongban → Medical insurance → Registration for treatment in another region, choose the category and the place of treatment',
  '填写就医地、备案期限，签署个人承诺书':
    'Enter the place of treatment and the period, and sign the personal commitment',
  '系统校验参保状态后即时生效，可查询就医地开通直接结算的定点机构':
    'The system checks your insurance status and the registration takes effect at once; you can look up designated institutions there that settle directly',
  '向转入地医保经办机构或通过国家医保服务平台提交转移申请':
    'Apply for the transfer to the receiving medical insurance agency or through the National Medical Insurance Service Platform',
  '转出地核对后出具参保凭证、转移个人账户':
    'The agency you leave checks and issues the proof of insurance and transfers the personal account',
  '转入地合并缴费年限，按规定设置待遇等待期':
    'The receiving agency adds up your contribution years and sets any waiting period as prescribed',
  '“天府通办”医保专区或乡镇（街道）便民服务中心提交':
    'Submit in the Medical insurance section of Tianfu Tongban or at a township (sub-district) convenience service centre',
  '通过四川税务APP、微信“四川税务”或银行缴纳年度个人缴费':
    'Pay the yearly individual contribution through the Sichuan Tax app, the “Sichuan Tax” WeChat account or a bank',
  '缴费到账后在待遇期内享受医保报销':
    'Once paid, medical costs are reimbursed during the benefit period',
  '国家医保服务平台或“天府通办”→医保→家庭共济，添加亲属':
    'In the National Medical Insurance Service Platform or Tianfu Tongban → Medical insurance → Family sharing, add family members',
  '系统比对公安户籍、民政婚姻数据自动核验':
    'The system checks police household and civil affairs marriage records automatically',
  '备案即时生效，亲属就医时出示本人医保电子凭证即可':
    'The registration takes effect at once; family members just show their own medical insurance e-voucher for treatment',
  '在具备认定资格的定点医疗机构或“天府通办”上传病历材料':
    'Upload the medical records at a qualified designated medical institution or in Tianfu Tongban',
  '由认定机构组织医师按病种标准评定':
    'The certifying institution has physicians assess the case against the disease standards',
  '认定通过后录入系统，按病种限额享受门诊报销':
    'Once certified, it is entered in the system and outpatient costs are reimbursed up to the disease’s limit',
  '在“天府通办”上传票据或到医保窗口提交':
    'Upload the receipts in Tianfu Tongban or submit them at a medical insurance window',
  '经办机构按目录和比例审核':
    'The agency reviews them against the catalogue and reimbursement rates',
  '审核通过后支付至社会保障卡金融账户':
    'Once approved, the money is paid to the financial account of your Social Security Card',
  '“天府通办”医保专区或24小时自助终端查询参保记录':
    'Look up your insurance record in the Medical insurance section of Tianfu Tongban or at a 24-hour self-service terminal',
  '选择险种和时间段':
    'Choose the insurance types and the period',
  '即时生成电子凭证并打印':
    'An electronic certificate is generated at once and printed',
  '“天府通办”或四川公共就业服务网填写失业登记':
    'Register as unemployed in Tianfu Tongban or on the Sichuan Public Employment Service website',
  '系统核对参保、工商登记等信息':
    'The system checks insurance, business registration and other records',
  '纳入失业人员管理，推送岗位和培训信息':
    'You are registered as unemployed and sent job and training information',
  '通过“天府通办”或创业担保贷款经办银行提交':
    'Submit through Tianfu Tongban or a bank that handles business start-up guaranteed loans',
  '人社部门审核借款人资格':
    'Human resources checks the borrower’s eligibility',
  '担保基金运营机构和经办银行审批放款':
    'The guarantee fund operator and the bank approve and release the loan',
  '按季度申请财政贴息':
    'Apply for the interest subsidy each quarter',
  '登录四川人社网上办事大厅单位版，确认系统比对出的符合条件人员':
    'Sign in to the employer edition of the Sichuan Human Resources and Social Security online service hall and confirm the eligible people the system has matched',
  '确认补贴金额并提交':
    'Confirm the subsidy amount and submit',
  '人社部门审核并公示':
    'Human resources reviews it and publishes the list',
  '补贴拨付至企业基本账户':
    'The subsidy is paid into the enterprise’s basic account',
  '“天府通办”→就业→技能提升补贴，系统自动读取证书信息':
    'Tianfu Tongban → Employment → Skills upgrading subsidy; the system reads your certificate automatically',
  '经办机构核对参保年限和证书':
    'The agency checks your years of insurance and the certificate',
  '补贴发放至本人社会保障卡':
    'The subsidy is paid to your Social Security Card',
  '在四川政务服务网提交申请':
    'Apply on the Sichuan Government Service website',
  '人社部门对材料进行审查，必要时现场核查':
    'Human resources examines the materials and inspects the site if needed',
  '受理之日起20个工作日内作出决定':
    'A decision is made within 20 working days of acceptance',
  '准予许可的发放《劳务派遣经营许可证》（电子证照同步生成）':
    'If granted, a Labour Dispatch Business Licence is issued (with its electronic licence generated at the same time)',
  '通过四川“网上仲裁院”或仲裁委窗口提交':
    'Submit through Sichuan’s online arbitration court or at the arbitration commission’s window',
  '收到申请之日起5日内决定是否受理':
    'Whether to accept is decided within 5 days of receipt',
  '先行调解，调解不成的开庭审理':
    'Mediation comes first; if it fails, there is a hearing',
  '受理之日起45日内结案，案情复杂的可延长15日':
    'The case is closed within 45 days of acceptance, extendable by 15 days for complex cases',
  '在“天府通办”或人才服务机构提交转递申请':
    'Apply for the transfer in Tianfu Tongban or at a talent service agency',
  '档案管理机构核对调档函并整理档案':
    'The file manager checks the file transfer letter and sorts the file',
  '通过机要通信转出，提供查询单号':
    'It is sent by confidential mail with a tracking number',
  '人社部门通过参保数据筛选符合条件企业并推送名单':
    'Human resources selects eligible enterprises from insurance data and publishes the list',
  '企业在网上办事大厅确认或维护基本账户':
    'Enterprises confirm or update their basic account in the online service hall',
  '公示无异议后将返还资金拨付至企业账户':
    'After publication without objection, the refund is paid into the enterprise’s account',
  '在四川政务服务网提交材料':
    'Submit the materials on the Sichuan Government Service website',
  '人社部门审查，必要时实地核查':
    'Human resources examines them and inspects the site if needed',
  '受理之日起20个工作日内作出许可决定并发证':
    'The licensing decision is made and the licence issued within 20 working days of acceptance',
  '“天府通办”或成都公积金APP → 提取 → 租房提取，刷脸认证':
    'Tianfu Tongban or the Chengdu Provident Fund app → Withdraw → Withdrawal for rent, with face verification',
  '自动比对不动产、婚姻信息':
    'Real estate and marriage records are checked automatically',
  '审核通过后资金实时转入本人银行卡，可签约按月自动提取':
    'Once approved, the money goes to your bank card at once; you can sign up for automatic monthly withdrawals',
  '“天府通办”或成都公积金APP选择“购房提取”':
    'Choose “Withdrawal for a home purchase” in Tianfu Tongban or the Chengdu Provident Fund app',
  '系统调用住建网签备案和不动产登记数据':
    'The system uses the online contract filing and real estate registration data',
  '管理部审核提取额度':
    'The branch reviews the amount that can be withdrawn',
  '资金转入职工银行账户':
    'The money is paid into the employee’s bank account',
  '“天府通办” → 退休一件事 → 公积金销户提取':
    'Tianfu Tongban → Retirement, one thing → Close the provident fund account and withdraw',
  '比对退休信息与贷款状态':
    'Retirement records and loan status are checked',
  '一次性提取全部余额并销户':
    'The whole balance is withdrawn at once and the account closed',
  '“天府通办”、成都公积金APP或自助终端提交':
    'Submit in Tianfu Tongban, the Chengdu Provident Fund app or at a self-service terminal',
  '系统即时生成并推送至贷款地公积金中心':
    'The system generates it at once and sends it to the provident fund centre where you take the loan',
  '贷款地中心在线获取，无需职工往返':
    'That centre receives it online, with no trips for the employee',
  '企业开办平台勾选公积金开户，或登录成都公积金单位网上业务系统':
    'Tick provident fund account opening on the business start-up platform, or sign in to the Chengdu Provident Fund online system for employers',
  '管理部审核单位信息':
    'The branch reviews the employer’s details',
  '生成单位公积金账号，办理职工账户设立':
    'An employer provident fund account number is issued and employee accounts are set up',
  '在成都公积金APP试算可贷额度':
    'Estimate the loan amount in the Chengdu Provident Fund app',
  '到受托银行或中心网点面签并提交材料':
    'Sign in person and submit the materials at the commissioned bank or a centre outlet',
  '中心审批贷款并出具审批意见':
    'The centre approves the loan and issues its approval',
  '办理抵押登记后放款':
    'The loan is released after the mortgage is registered',
  '成都公积金APP或“天府通办”选择提前还款方式':
    'Choose how to repay early in the Chengdu Provident Fund app or Tianfu Tongban',
  '按约定日期扣划还款资金或冲还公积金余额':
    'The repayment is debited on the agreed date or offset against the provident fund balance',
  '全部还清的出具结清证明并推送抵押注销':
    'When fully repaid, a settlement certificate is issued and the mortgage cancellation is sent on',
  '“天府通办”或绵阳公积金微信公众号提交':
    'Submit through Tianfu Tongban or the Mianyang Provident Fund WeChat official account',
  '比对不动产登记信息':
    'Real estate registration records are checked',
  '审核通过后转入本人银行卡':
    'Once approved, the money goes to your bank card',
  '全国住房公积金小程序或转入地中心提交转移申请':
    'Apply for the transfer in the National Housing Provident Fund mini-program or at the receiving centre',
  '转出地中心核对账户并办理转出':
    'The centre you leave checks the account and transfers it out',
  '资金及缴存明细转入新账户，缴存年限连续计算':
    'The funds and contribution history move to the new account; contribution years count continuously',
  '“天府通办”→不动产→登记资料查询，或在自助终端刷身份证':
    'Tianfu Tongban → Real estate → Search registration records, or swipe your ID card at a self-service terminal',
  '刷脸确认查询人身份':
    'Confirm who is searching with face verification',
  '即时生成查询结果证明，可下载或打印':
    'A certificate of the search result is generated at once, to download or print',
  '通过房屋交易系统签订存量房买卖合同':
    'Sign the sale contract for the existing home through the housing transaction system',
  '双方到不动产登记综合窗口或线上“不见面”办理':
    'Both parties apply at the real estate registration window or online without meeting',
  '同步完成契税、个人所得税等税费缴纳':
    'Deed tax, individual income tax and other taxes are paid at the same time',
  '审核登簿后核发电子和纸质不动产权证书':
    'After review and entry in the register, electronic and paper real estate certificates are issued',
  '在金融机构网点签订合同，由银行在线推送登记申请':
    'Sign the contract at a branch of the financial institution; the bank sends the registration application online',
  '登记机构审核抵押信息':
    'The registration office reviews the mortgage details',
  '登簿后生成不动产登记证明（抵押权）电子证照':
    'Once registered, an electronic real estate registration certificate (mortgage) is generated',
  '开发企业在交房前统一代办或业主自行申请':
    'The developer applies for all buyers before handover, or owners apply themselves',
  '在线缴纳契税':
    'Pay the deed tax online',
  '交房现场发放不动产权证书':
    'Real estate certificates are handed over on site with the homes',
  '全体继承人到场或委托申请':
    'All heirs attend or authorise an agent to apply',
  '登记机构查验亲属关系并询问记录':
    'The registration office checks the family relationships and records interviews',
  '依法公告，公告期满无异议':
    'A public notice is issued under the law, and the period passes without objection',
  '登簿并核发不动产权证书':
    'The right is entered in the register and the real estate certificate issued',
  '在四川政务服务网或登记窗口提交':
    'Submit on the Sichuan Government Service website or at the registration window',
  '登记机构审核权籍调查成果':
    'The registration office reviews the cadastral survey results',
  '交地现场颁发不动产权证书':
    'The real estate certificate is issued on site when the land is handed over',
  '贷款结清后银行在线推送注销申请':
    'Once the loan is repaid, the bank sends the cancellation online',
  '登记机构审核后注销登簿':
    'The registration office reviews it and cancels the entry',
  '短信通知权利人办结':
    'The right holder is told by text message that it is done',
  '向街道（乡镇）或在“天府通办”提交申请':
    'Apply to the sub-district (township) or in Tianfu Tongban',
  '住建、民政等部门联合核查家庭经济状况':
    'Housing, civil affairs and other departments jointly check the family’s finances',
  '审核结果公示':
    'The result is published',
  '进入轮候库，按顺序选房签约':
    'You join the waiting list and choose a home and sign in turn',
  '“天府通办”→公安→身份证办理预约，选择受理点并上传相片回执':
    'Tianfu Tongban → Police → Book an ID card appointment, choose an acceptance point and upload the photo receipt',
  '本人到受理点采集指纹、核验身份，缴纳工本费':
    'Attend the acceptance point in person to give fingerprints, have your identity checked and pay the production fee',
  '省公安厅统一制证，可查询制证进度':
    'The Provincial Department of Public Security produces the card; you can follow its progress',
  '到受理点领取或选择邮政速递送达':
    'Collect it at the acceptance point or have it sent by express post',
  '通过“天府通办”预约户籍地派出所':
    'Book an appointment at the police station where you are registered through Tianfu Tongban',
  '本人到场采集指纹、核对户籍信息并缴费':
    'Attend in person to give fingerprints, check your household details and pay',
  '制证完成后到派出所领取或邮寄送达':
    'Once made, collect it at the police station or have it posted',
  '在“天府通办”或“渝快办”川渝通办专区提交迁入申请':
    'Apply to move in through the Sichuan–Chongqing section of Tianfu Tongban or Yukuaiban',
  '迁入地派出所审核落户条件并出具准予迁入决定':
    'The police station where you move to checks the settlement conditions and approves the move',
  '迁出地公安机关在线办理迁出，无需申请人往返':
    'The police where you leave handle the move-out online, with no trips for you',
  '迁入地登记户口，换发户口簿':
    'Your household is registered where you move to and a new Household Register is issued',
  '“天府通办”→新生儿出生一件事，选择出生登记':
    'Tianfu Tongban → Newborn birth, one thing → Birth registration',
  '派出所核对出生医学证明和父母户籍信息':
    'The police station checks the Birth Certificate and the parents’ household details',
  '分配公民身份号码，户口簿增页可邮寄到家':
    'A citizen identity number is assigned; the added Household Register page can be posted home',
  '“天府通办”或社区警务室办理居住登记':
    'Register your residence in Tianfu Tongban or at a community police office',
  '满半年后在线提交居住证申请':
    'After half a year, apply for the residence permit online',
  '受理之日起15日内制发，可邮寄或到派出所领取':
    'Issued within 15 days of acceptance, posted or collected at the police station',
  '“天府通办”→身后一件事，或到派出所申报':
    'Tianfu Tongban → After a death, one thing, or report it at the police station',
  '派出所核对死亡证明':
    'The police station checks the death certificate',
  '注销户口并出具注销户口证明，同步推送相关部门':
    'The registration is cancelled, a certificate of cancellation issued and other departments notified',
  '“天府通办”→公安→户籍类证明':
    'Tianfu Tongban → Police → Household certificates',
  '系统自动核验；需查阅纸质档案的由派出所核查':
    'Checked by the system automatically; where paper files must be consulted, the police station checks them',
  '即时生成电子证明，可下载或在自助终端打印':
    'An electronic certificate is generated at once, to download or print at a self-service terminal',
  '“天府通办”→公安→人才落户提交':
    'Submit in Tianfu Tongban → Police → Settling as talent',
  '迁入地派出所核验学历、住所':
    'The police station where you move to checks your degree and home',
  '跨省迁入的由迁入地一站式办理迁移':
    'For a move from another province, the receiving police handle the whole move',
  '“移民局”APP或“天府通办”预约受理点':
    'Book an acceptance point in the National Immigration Administration app or Tianfu Tongban',
  '本人到场采集指纹和相片、缴费':
    'Attend in person to give fingerprints and a photo and pay',
  '7个工作日内签发':
    'Issued within 7 working days',
  '窗口或自助发证机领取，也可邮寄到家':
    'Collect it at the window or a self-service machine, or have it posted home',
  '“移民局”APP预约并预填申请表':
    'Book in the National Immigration Administration app and pre-fill the application form',
  '到任一出入境受理点采集信息、缴费':
    'Have your details taken and pay at any exit-entry acceptance point',
  '7个工作日内签发，自助机领取或邮寄':
    'Issued within 7 working days; collect it at a self-service machine or have it posted',
  '“移民局”APP在线申请或前往自助签注机':
    'Apply online in the National Immigration Administration app or go to a self-service endorsement machine',
  '刷证、人像比对后在线缴费':
    'Swipe the permit, compare your face and pay online',
  '自助签注即时写入证件芯片；网上申请的签注生效后即可使用':
    'Endorsements at a machine are written to the chip at once; online endorsements can be used as soon as they take effect',
  '“移民局”APP预约受理点':
    'Book an acceptance point in the National Immigration Administration app',
  '采集相片、指纹并缴费':
    'Have your photo and fingerprints taken and pay',
  '7个工作日内签发，可邮寄送达':
    'Issued within 7 working days and can be posted',
  '到具备资质的医疗机构体检，体检信息实时上传':
    'Have a medical examination at a qualified medical institution; the results are uploaded at once',
  '交管12123 → 驾驶证业务 → 期满换证，或到车管所、自助换证机办理':
    'Traffic Management 12123 → Driving licence → Renewal on expiry, or apply at a vehicle administration office or self-service renewal machine',
  '车管所审核后制证，可邮寄到家（邮费自理）':
    'The vehicle administration office reviews and produces the licence, which can be posted home (postage paid by you)',
  '交管12123或车管所窗口提交补领申请':
    'Apply for a replacement in Traffic Management 12123 or at a vehicle administration office window',
  '车管所核对驾驶人信息':
    'The office checks the driver’s details',
  '当日制证，窗口领取或邮寄送达':
    'Made the same day; collect it at the window or have it posted',
  '交管12123 → 机动车业务 → 免检车辆申领检验标志':
    'Traffic Management 12123 → Motor vehicle → Inspection mark for an exempt vehicle',
  '系统核查保险、违法和事故处理情况':
    'The system checks insurance, violations and accident settlement',
  '即时核发电子检验标志，可在12123中查看':
    'An electronic inspection mark is issued at once and can be viewed in 12123',
  '交管12123查询本人名下车辆违法记录':
    'Look up violations of vehicles in your name in Traffic Management 12123',
  '选择处理违法的驾驶证，确认违法事实':
    'Choose the driving licence to deal with the violation and confirm the facts',
  '生成处罚决定书后在线缴纳罚款':
    'Pay the fine online once the penalty decision is generated',
  '到查验区查验机动车':
    'Have the vehicle inspected at the inspection area',
  '在二手车市场服务站或车管所窗口提交':
    'Submit at the used-car market service station or a vehicle administration office window',
  '审核后签注登记证书，核发行驶证和号牌':
    'After review, the registration certificate is endorsed and the vehicle licence and number plates issued',
  '到具备资质的医疗机构体检':
    'Have a medical examination at a qualified medical institution',
  '交管12123 → 驾驶证业务 → 提交身体条件证明':
    'Traffic Management 12123 → Driving licence → Submit proof of physical fitness',
  '车管所审核后即时记录':
    'Recorded at once after review by the vehicle administration office',
  '在规定时间内登录成都市义务教育入学服务平台或“天府通办”登记':
    'Register on the Chengdu Compulsory Education Admissions Service Platform or Tianfu Tongban within the set period',
  '区（市）县教育局会同公安、住建、人社在线核验':
    'The district (county-level city, county) education bureau checks online with police, housing and human resources',
  '选择公办划片学校或民办学校志愿':
    'Choose a public catchment school or private school preferences',
  '公布录取结果，超额的民办学校电脑随机派位':
    'Results are published; oversubscribed private schools allocate places by computer lottery',
  '在认定期内登录中国教师资格网填报申请':
    'Apply on the China Teacher Qualification website during the certification period',
  '按认定机构要求提交体检结论（部分地区可全程网办）':
    'Submit the medical examination result as the certifying body requires (fully online in some areas)',
  '认定机构审查并作出认定决定':
    'The certifying body examines the application and decides',
  '发放纸质证书并同步生成电子教师资格证书':
    'A paper certificate is issued and an electronic teacher qualification certificate generated at the same time',
  '登录国家开发银行生源地信用助学贷款系统注册并填写申请':
    'Register and apply in the China Development Bank student loan system for the place of origin',
  '学生和共同借款人到县级学生资助管理中心签订合同':
    'The student and co-borrower sign the contract at the county student financial aid management centre',
  '经办银行审批':
    'The bank approves the loan',
  '贷款直接划入高校账户':
    'The loan is paid directly to the university’s account',
  '监护人向转入学校提出申请':
    'The guardian applies to the receiving school',
  '转入学校在学籍系统发起转学申请':
    'The receiving school starts the transfer in the student enrolment system',
  '转出学校及两地教育行政部门在线审核':
    'The sending school and the education authorities of both places review it online',
  '学籍转接完成后到新学校报到':
    'Report to the new school once the enrolment record has moved',
  '“天府通办”→婚姻登记预约，选择登记处、日期和时段':
    'Tianfu Tongban → Marriage registration appointment, choose the office, date and time',
  '双方持身份证到场，填写《申请结婚登记声明书》':
    'Both attend with ID cards and fill in the Declaration for Marriage Registration',
  '登记员审查并询问相关情况':
    'The registrar examines it and asks about the circumstances',
  '当场颁发结婚证，同步生成电子结婚证照':
    'The Marriage Certificate is issued on the spot, with its electronic certificate generated at the same time',
  '双方到场提交离婚登记申请，领取回执':
    'Both attend to apply for divorce registration and receive a receipt',
  '30日离婚冷静期内任何一方可撤回申请':
    'Either party may withdraw the application during the 30-day cooling-off period',
  '冷静期届满后30日内，双方共同到场申请发证':
    'Within 30 days after the cooling-off period ends, both attend together to ask for the certificate',
  '审查后当场发给离婚证':
    'The Divorce Certificate is issued on the spot after examination',
  '到婚姻登记处填写《申请补领婚姻登记证声明书》':
    'Fill in the Declaration for Replacement of a Marriage Registration Certificate at the marriage registration office',
  '登记员核查婚姻登记档案':
    'The registrar checks the marriage registration file',
  '当场补发婚姻登记证':
    'The certificate is reissued on the spot',
  '在“天府通办”或婚姻登记处提出查询申请':
    'Ask for a search in Tianfu Tongban or at the marriage registration office',
  '婚姻登记机关检索电子档案':
    'The marriage registration authority searches the electronic files',
  '出具婚姻登记记录证明':
    'A certificate of the marriage registration record is issued',
  '“天府通办”社会救助或乡镇（街道）受理':
    'Accepted through Social assistance in Tianfu Tongban or by the township (sub-district)',
  '入户调查并进行家庭经济状况信息核对':
    'A home visit is made and the family’s finances are checked',
  '在村（社区）公示7天':
    'Published in the village (community) for 7 days',
  '县级民政部门审核确认，次月发放低保金':
    'The county civil affairs department reviews and confirms; the allowance is paid from the following month',
  '本人或村（居）委会代为向乡镇（街道）提出':
    'The person or the village (residents’) committee on their behalf applies to the township (sub-district)',
  '乡镇（街道）调查核实并公示':
    'The township (sub-district) investigates and publishes the result',
  '县级民政部门作出认定决定':
    'The county civil affairs department decides',
  '按月发放基本生活费，失能人员优先集中供养':
    'Basic living costs are paid monthly; people unable to care for themselves are given priority for residential care',
  '本人或子女通过“天府通办”或社区（村）提交':
    'The person or their children apply through Tianfu Tongban or the community (village)',
  '乡镇（街道）核实，县级民政部门审批':
    'The township (sub-district) verifies and the county civil affairs department approves',
  '次月起按月发放至社会保障卡':
    'Paid monthly to your Social Security Card from the following month',
  '“天府通办”或乡镇（街道）提交申请':
    'Apply in Tianfu Tongban or to the township (sub-district)',
  '乡镇（街道）初审，残联复核残疾信息':
    'The township (sub-district) makes a first review and the disabled persons’ federation rechecks the disability details',
  '县级民政部门审定':
    'The county civil affairs department decides',
  '按月发放至社会保障卡':
    'Paid monthly to your Social Security Card',
  '在四川政务服务网或县级民政部门窗口提交备案':
    'File on the Sichuan Government Service website or at the county civil affairs window',
  '材料齐全的当场出具备案回执':
    'A filing receipt is issued on the spot if the materials are complete',
  '民政部门在备案后20个工作日内现场检查':
    'Civil affairs inspects the site within 20 working days of filing',
  '家属在殡仪馆办理治丧登记':
    'The family registers the funeral at the funeral home',
  '殡仪馆在线核验惠民对象身份':
    'The funeral home checks online that the deceased is covered',
  '结算时直接减免基本服务费用':
    'Basic service charges are waived directly at settlement',
  '“天府通办”或户籍地乡镇（街道）、县级残联提交申请':
    'Apply in Tianfu Tongban or to the township (sub-district) where you are registered or the county disabled persons’ federation',
  '到指定评定医院进行残疾类别、等级评定':
    'Have the type and grade of disability assessed at a designated hospital',
  '县级残联审核评定结果':
    'The county disabled persons’ federation reviews the assessment',
  '核发第三代智能化残疾人证，同步生成电子证照':
    'A third-generation smart Disability Certificate is issued, with its electronic certificate generated at the same time',
  '“天府通办”或县级残联提交申请':
    'Apply in Tianfu Tongban or to the county disabled persons’ federation',
  '需重新评定的到指定医院评定':
    'If reassessment is needed, go to a designated hospital',
  '审核后换发新证，原证作废':
    'After review a new certificate is issued and the old one becomes void',
  '向迁入地县级残联或通过“天府通办”提交':
    'Apply to the county disabled persons’ federation where you move to or through Tianfu Tongban',
  '迁出地残联在线审核迁出':
    'The federation you leave approves the move online',
  '迁入地残联确认接收，换发或签注残疾人证':
    'The receiving federation confirms and issues or endorses the Disability Certificate',
  '监护人向户籍地或居住地县级残联提交':
    'The guardian applies to the county disabled persons’ federation where the child is registered or lives',
  '县级残联审核并出具救助通知':
    'The county federation reviews and issues an assistance notice',
  '到定点康复机构接受服务，费用直接结算':
    'Services are received at a designated rehabilitation institution and costs settled directly',
  '“天府通办”退役军人专区或村（社区）退役军人服务站申请':
    'Apply in the Veterans section of Tianfu Tongban or at the village (community) veterans service station',
  '县级退役军人事务局审核身份':
    'The county veterans affairs bureau verifies your status',
  '由省退役军人事务厅会同合作银行制证':
    'The Provincial Department of Veterans Affairs produces the card with partner banks',
  '到服务站或合作银行网点领取':
    'Collect it at the service station or a partner bank branch',
  '“天府通办”退役军人专区填报个人信息':
    'Fill in your details in the Veterans section of Tianfu Tongban',
  '到县级退役军人事务局报到':
    'Report to the county veterans affairs bureau',
  '同步办理落户、社保接续、经济补助发放':
    'Settlement, social insurance continuation and resettlement grants are handled at the same time',
  '向迁入地县级退役军人事务局提出':
    'Apply to the county veterans affairs bureau where you move to',
  '迁出地审核后转递伤残档案':
    'The place you leave reviews and forwards the disability file',
  '迁入地审核后换发证件、次年起发放抚恤金':
    'After review, the receiving bureau issues a new certificate and pays the pension from the next year',
  '产妇出院前在助产机构或“天府通办”确认新生儿姓名等信息':
    'Before leaving hospital, the mother confirms the newborn’s name and other details at the midwifery institution or in Tianfu Tongban',
  '助产机构核对分娩记录后签发':
    'The midwifery institution checks the delivery record and issues it',
  '领取纸质证明，电子证照自动推送':
    'Collect the paper certificate; the electronic certificate is sent automatically',
  '向签发机构或县级卫健部门指定机构提交':
    'Apply to the issuing institution or the one designated by the county health department',
  '核查原始分娩记录和签发档案':
    'The original delivery record and issuing file are checked',
  '审核通过后补发或换发证明':
    'Once approved, the certificate is reissued or exchanged',
  '“天府通办”→卫生健康→生育登记':
    'Tianfu Tongban → Health → Birth registration',
  '系统核验身份和户籍信息':
    'The system checks identity and household records',
  '即时生成生育登记服务凭证':
    'A birth registration service voucher is generated at once',
  '在国家医师电子化注册信息系统提交':
    'Submit in the National Electronic Registration System for Physicians',
  '拟执业机构在线确认':
    'The intended practice institution confirms online',
  '卫生健康部门审核，20个工作日内准予注册':
    'The health department reviews and grants registration within 20 working days',
  '四川政务服务网或“天府通办”提交':
    'Submit on the Sichuan Government Service website or in Tianfu Tongban',
  '签署承诺书，符合条件的当场发证':
    'Sign the commitment; eligible applicants receive the permit on the spot',
  '卫生监督机构在规定时间内现场核查':
    'The health inspection agency checks the site within the prescribed time',
  '在四川政务服务网或县级卫健部门窗口提交':
    'Submit on the Sichuan Government Service website or at the county health window',
  '材料齐全的当场发放诊所备案凭证':
    'A clinic filing certificate is issued on the spot if the materials are complete',
  '备案后30日内卫生监督机构现场核查':
    'The health inspection agency checks the site within 30 days of filing',
  '通过12348四川法网、“天府通办”或公共法律服务中心提交':
    'Apply through 12348 Sichuan Legal Service, Tianfu Tongban or a public legal service centre',
  '法律援助机构自收到申请之日起7日内审查并作出决定':
    'The legal aid agency examines and decides within 7 days of receipt',
  '指派律师或法律援助工作者提供服务':
    'A lawyer or legal aid worker is assigned',
  '汇算初期按APP提示预约办理时间':
    'Early in the annual reconciliation period, book a time as the app prompts',
  '个人所得税APP预填收入和已缴税额，核对并补充扣除项目':
    'The Individual Income Tax app pre-fills income and tax paid; check them and add deductions',
  '确认应退或应补税额后提交':
    'Confirm the refund or extra tax due and submit',
  '申请退税的经税务机关审核后退至银行卡；需补税的在线缴纳':
    'Refunds go to your bank card after review by the tax authority; extra tax is paid online',
  '个人所得税APP → 专项附加扣除填报':
    'Individual Income Tax app → Special additional deductions',
  '选择通过扣缴义务人申报或综合所得年度自行申报':
    'Choose to declare through the withholding agent or in your own annual return for comprehensive income',
  '单位下载后在预扣预缴时扣除':
    'The employer downloads them and deducts them when withholding',
  '个人所得税APP → 办&查 → 纳税记录开具，选择起止年月':
    'Individual Income Tax app → Services & queries → Tax payment records, choose the months from and to',
  '系统即时生成带验证码的PDF纳税记录':
    'The system generates a PDF tax record with a verification code at once',
  '使用单位可通过验证码在线核验真伪':
    'The receiving organisation can check it online with the verification code',
  '打开“四川税务”APP或微信“四川税务”公众号 → 社保缴费':
    'Open the Sichuan Tax app or the “Sichuan Tax” WeChat official account → Social insurance contributions',
  '输入参保人身份证号并确认缴费档次':
    'Enter the insured person’s ID number and confirm the contribution level',
  '缴费成功后可下载电子缴费凭证':
    'Once paid, the electronic payment receipt can be downloaded',
  '在不动产登记“一窗受理”窗口或电子税务局申报':
    'Declare at the one-window acceptance of real estate registration or in the electronic tax bureau',
  '税务机关核定计税依据和适用税率':
    'The tax authority assesses the tax base and the rate that applies',
  '在线缴纳，完税信息推送至不动产登记机构':
    'Pay online; the tax payment record is sent to the real estate registration office',
  '登录四川省电子税务局':
    'Sign in to the Sichuan Electronic Tax Bureau',
  '在“开票业务”开具数电发票；额度不足时提交“发票额度调整申请”':
    'Issue fully digital invoices under “Invoicing”; if the quota is not enough, apply for an invoice quota adjustment',
  '系统自动评估或由主管税务机关审核':
    'Assessed automatically by the system or reviewed by the tax authority in charge',
  '登录四川省电子税务局 → 我要办税 → 税费申报及缴纳':
    'Sign in to the Sichuan Electronic Tax Bureau → Tax matters → Tax and fee returns and payment',
  '核对发票数据预填的销售额、进项税额':
    'Check the sales and input tax pre-filled from invoice data',
  '提交申报并通过三方协议扣款':
    'Submit the return; the tax is debited under the tripartite agreement',
  '在机构所在地电子税务局填报跨区域涉税事项报告':
    'File the cross-region tax matter report in the electronic tax bureau where the business is located',
  '经营地税务机关自动接收，首次在经营地申报时完成报验':
    'The tax authority where you operate receives it automatically; the check is completed at the first return there',
  '经营结束后向经营地税务机关填报反馈':
    'When the business there ends, report back to the local tax authority',
  '电子税务局 → 纳税信用 → 纳税信用修复':
    'Electronic tax bureau → Tax credit → Tax credit repair',
  '主管税务机关核实纠正情况':
    'The tax authority in charge verifies the correction',
  '自受理之日起15个工作日内完成审核并发布修复结果':
    'Reviewed and the repair result published within 15 working days of acceptance',
  '通过企业注销“一网通办”平台或电子税务局提交清税申报':
    'Submit the tax clearance return on the one-stop business deregistration platform or in the electronic tax bureau',
  '按提示结清税款并缴销发票':
    'Settle the tax and cancel the invoices as prompted',
  '符合即办条件的当场出具清税证明':
    'A tax clearance certificate is issued on the spot if the conditions for immediate handling are met',
  '电子税务局 → 出口退税管理 → 出口退（免）税备案':
    'Electronic tax bureau → Export tax refund management → Export tax refund (exemption) filing',
  '系统校验后即时完成备案':
    'Filed at once after the system check',
  '出口后在退税申报系统申报退（免）税':
    'After export, claim the refund (exemption) in the tax refund return system',
  '在企业开办“一网通办”平台查询比对并申报企业名称':
    'Check and reserve the enterprise name on the one-stop business start-up platform',
  '一表填报设立登记及刻章、税务、社保、公积金、银行开户信息':
    'One form covers establishment registration, seal engraving, tax, social insurance, provident fund and bank account opening',
  '全体股东和法定代表人通过手机完成实名认证和电子签名':
    'All shareholders and the legal representative complete real-name verification and e-signatures on their phones',
  '登记机关审核后核发营业执照，同步发放电子营业执照和电子印章':
    'After review, the registration authority issues the Business Licence, with the electronic Business Licence and electronic seals at the same time',
  '通过企业开办“一网通办”平台选择变更事项':
    'Choose the changes on the one-stop business start-up platform',
  '相关人员在线签名确认':
    'The people concerned sign online to confirm',
  '登记机关审核变更材料':
    'The registration authority reviews the change documents',
  '换发营业执照，变更信息同步共享至相关部门':
    'A new Business Licence is issued and the changes are shared with the relevant departments',
  '在“企业注销一网通办”平台查询各部门办理状态':
    'Check each department’s progress on the one-stop business deregistration platform',
  '简易注销公示20日；一般注销在公示系统发布债权人公告45日':
    'Simplified deregistration is publicised for 20 days; ordinary deregistration publishes a creditor notice for 45 days on the publicity system',
  '同步向税务部门申请清税':
    'Apply to the tax authority for tax clearance at the same time',
  '公告期满无异议的申请注销，登记机关核准注销':
    'If there is no objection when the notice period ends, apply and the registration authority approves the deregistration',
  '“天府通办”→营业执照办理→个体工商户设立':
    'Tianfu Tongban → Business Licence → Register an individual business',
  '经营者刷脸认证并电子签名':
    'The operator verifies their face and signs electronically',
  '当场核发营业执照，同步发放电子营业执照':
    'The Business Licence is issued on the spot, with the electronic Business Licence at the same time',
  '四川政务服务网或“天府通办”提交申请':
    'Apply on the Sichuan Government Service website or in Tianfu Tongban',
  '告知承诺的当场发证，其余由市场监管部门审查并现场核查':
    'With notification and commitment the licence is issued on the spot; otherwise market regulation reviews and inspects the site',
  '核发纸质和电子食品经营许可证，有效期5年':
    'Paper and electronic Food Business Licences are issued, valid for 5 years',
  '四川政务服务网食品生产许可系统提交':
    'Submit in the food production licensing system of the Sichuan Government Service website',
  '市级市场监管部门审查申请材料':
    'The city market regulation department reviews the application',
  '组织核查组现场核查并出具结论':
    'An inspection team checks the site and reports its conclusion',
  '作出许可决定，颁发食品生产许可证':
    'The licensing decision is made and the Food Production Licence issued',
  '在四川省特种设备安全监管平台提交':
    'Submit on the Sichuan Special Equipment Safety Supervision Platform',
  '市场监管部门核对设备及检验信息':
    'Market regulation checks the equipment and inspection details',
  '核发《特种设备使用登记证》':
    'The Special Equipment Use Registration Certificate is issued',
  '在“特种设备作业人员考试报名系统”报名并参加考试':
    'Register and sit the examination in the special equipment operator examination system',
  '考试合格后在线提交发证申请':
    'After passing, apply for the certificate online',
  '发证机关20个工作日内发证，生成电子证书':
    'The issuing authority issues it within 20 working days, with an electronic certificate',
  '登录国家企业信用信息公示系统（四川），联络员实名验证':
    'Sign in to the National Enterprise Credit Information Publicity System (Sichuan); the liaison officer verifies their identity',
  '填写基本信息、网站网店、股东出资、资产状况、社保信息等':
    'Fill in basic details, websites and online shops, shareholder contributions, assets, social insurance and more',
  '提交后即时向社会公示':
    'Published at once on submission',
  '补报年度报告或办理住所变更登记':
    'File the missing annual report or register the change of address',
  '在公示系统或登记窗口提交移出申请':
    'Apply for removal on the publicity system or at the registration window',
  '市场监管部门核实后作出移出决定并公示':
    'Market regulation verifies, decides on the removal and publishes it',
  '在迁入地企业登记系统提交迁移申请':
    'Apply for the move in the enterprise registration system where you move to',
  '迁出地登记机关在线审核并推送电子档案':
    'The registration authority you leave reviews it online and sends the electronic file',
  '迁入地核准登记并换发营业执照':
    'The receiving authority approves the registration and issues a new Business Licence',
  '在企业开办“一网通办”平台选择“个转企”':
    'Choose “Individual business to enterprise” on the one-stop business start-up platform',
  '一并申请原个体工商户注销和企业设立':
    'Apply to deregister the individual business and establish the enterprise together',
  '核发企业营业执照，相关许可证件同步变更':
    'The enterprise’s Business Licence is issued and the related permits changed at the same time',
  '告知承诺的当场许可，其余由交通运输部门审查':
    'With notification and commitment the licence is granted on the spot; otherwise the transport department reviews',
  '核发纸质和电子《道路运输经营许可证》':
    'Paper and electronic Road Transport Business Licences are issued',
  '在四川省道路运政管理信息系统或窗口提交':
    'Submit in the Sichuan Road Transport Administration Information System or at the window',
  '核查车辆技术和检测信息':
    'The vehicle’s technical and test details are checked',
  '配发道路运输证，同步生成电子证照':
    'A Road Transport Certificate is issued, with its electronic certificate generated at the same time',
  '“天府通办”或道路运输从业人员服务平台提交':
    'Submit in Tianfu Tongban or the road transport workers’ service platform',
  '核查驾驶证状态和诚信考核记录':
    'The driving licence status and integrity assessment record are checked',
  '换发或补发从业资格证，生成电子证照':
    'The qualification certificate is renewed or replaced and an electronic certificate generated',
  '在网约车驾驶员考试平台报名并参加考试':
    'Register and sit the examination on the ride-hailing driver examination platform',
  '交通运输部门会同公安部门核查驾驶人背景':
    'Transport and police jointly check the driver’s background',
  '核查通过的发放网约车驾驶员证':
    'Those who pass receive a ride-hailing driver’s certificate',
  '在全国超限运输车辆通行管理平台提交':
    'Submit on the national platform for oversize and overweight vehicle permits',
  '起运地和沿线公路管理机构并联审查':
    'Highway administrations at the origin and along the route review in parallel',
  '一类2个工作日、二类5个工作日、三类15个工作日内出具许可':
    'Permits are issued within 2 working days for class I, 5 for class II and 15 for class III',
  '在四川省工程建设项目审批管理系统提交':
    'Submit in Sichuan’s construction project approval management system',
  '住房城乡建设主管部门审查，合并办理质量安全监督':
    'The housing and urban-rural development authority reviews it together with quality and safety supervision',
  '核发电子建筑工程施工许可证':
    'An electronic Construction Permit is issued',
  '在四川省建筑市场监管公共服务平台提交':
    'Submit on the Sichuan Construction Market Supervision Public Service Platform',
  '对人员和业绩进行核查评审':
    'Staff and completed projects are checked and assessed',
  '公示审查意见后作出许可决定':
    'The review opinion is published and the licensing decision made',
  '核发电子建筑业企业资质证书':
    'An electronic construction enterprise qualification certificate is issued',
  '住房城乡建设部门审查并可现场核查':
    'The housing and urban-rural development department reviews and may inspect the site',
  '审查合格的颁发安全生产许可证':
    'A Work Safety Licence is issued if the review is passed',
  '在工程建设项目审批管理系统提交':
    'Submit in the construction project approval management system',
  '施工图审查机构与消防审查一并审查':
    'The construction drawing review body reviews it together with the fire protection review',
  '出具消防设计审查意见书':
    'A fire protection design review opinion is issued',
  '组织消防验收现场评定':
    'An on-site fire protection acceptance assessment is organised',
  '出具消防验收意见书':
    'A fire protection acceptance opinion is issued',
  '通过工程建设项目审批管理系统申请联合验收':
    'Apply for joint acceptance through the construction project approval management system',
  '各部门同步开展现场验收':
    'The departments carry out site acceptance at the same time',
  '出具联合验收意见书，同步完成备案':
    'A joint acceptance opinion is issued and filing completed at the same time',
  '自然资源（规划）部门审查设计方案并批前公示':
    'The natural resources (planning) department reviews the design and publishes it before approval',
  '核发电子建设工程规划许可证':
    'An electronic Construction Project Planning Permit is issued',
  '在全国排污许可证管理信息平台填报申请表':
    'Fill in the application on the National Pollutant Discharge Permit Management Information Platform',
  '申请前在平台公开基本信息和拟申请许可事项':
    'Before applying, publish basic details and the permit items sought on the platform',
  '生态环境部门审查，必要时现场核查':
    'The ecology and environment department reviews and inspects the site if needed',
  '核发排污许可证，有效期5年':
    'The Pollutant Discharge Permit is issued, valid for 5 years',
  '在四川政务服务网或生态环境审批系统提交':
    'Submit on the Sichuan Government Service website or in the ecology and environment approval system',
  '组织技术评估并公示受理信息':
    'A technical assessment is organised and the acceptance published',
  '作出审批决定并公开':
    'The approval decision is made and published',
  '在四川政务服务网提交药品经营许可申请':
    'Apply for a Drug Business Licence on the Sichuan Government Service website',
  '药品监督管理部门按规范组织现场检查':
    'The drug regulatory department inspects the site under the standards',
  '作出许可决定并核发药品经营许可证':
    'The licensing decision is made and the Drug Business Licence issued',
  '通过烟草网上办证系统或“天府通办”提交':
    'Submit through the tobacco online licensing system or Tianfu Tongban',
  '县级烟草专卖局对经营场所实地核查':
    'The county tobacco monopoly bureau inspects the premises',
  '作出许可决定并发放许可证':
    'The licensing decision is made and the licence issued',
  '在商标网上服务系统查询近似商标':
    'Search for similar trademarks in the online trademark service system',
  '网上提交或到受理窗口提交并缴纳规费':
    'Submit online or at an acceptance window and pay the official fees',
  '国家知识产权局进行形式审查和实质审查':
    'The China National Intellectual Property Administration examines form and substance',
  '初审通过后公告3个月，无异议的核准注册':
    'After preliminary approval it is published for 3 months; without opposition it is registered',
  '在“信用中国（四川）”或“天府通办”使用电子营业执照登录':
    'Sign in to Credit China (Sichuan) or Tianfu Tongban with the electronic Business Licence',
  '选择需要的行业领域和查询期间':
    'Choose the industry areas and the period to search',
  '即时生成带电子签章和验证码的专项信用报告':
    'A special credit report with an electronic seal and verification code is generated at once',
  '在四川政务服务网提交':
    'Submit on the Sichuan Government Service website',
  '农业农村部门审查材料并实地核查':
    'The agriculture and rural affairs department reviews the materials and inspects the site',
  '作出许可决定并核发农药经营许可证，有效期5年':
    'The licensing decision is made and the Pesticide Business Licence issued, valid for 5 years',
  '“天府通办”→新生儿出生一件事，确认新生儿姓名和落户地址':
    'Tianfu Tongban → Newborn birth, one thing; confirm the newborn’s name and the address for household registration',
  '助产机构签发电子出生医学证明并推送':
    'The midwifery institution issues the electronic Birth Certificate and sends it on',
  '公安办理出生登记，医保办理参保，人社受理社保卡申领，卫健建立预防接种档案':
    'Police register the birth, medical insurance enrols the baby, human resources accepts the Social Security Card application and health opens the vaccination record',
  '户口簿、社保卡按选择邮寄或就近领取':
    'The Household Register and Social Security Card are posted or collected nearby, as chosen',
  '在当地义务教育入学服务平台或“天府通办”报名并授权数据核验':
    'Apply on the local compulsory education admissions platform or Tianfu Tongban and authorise the data checks',
  '系统联网核验户籍、房产、居住证、社保信息':
    'The system checks household, property, residence permit and social insurance records online',
  '核验不通过的按提示补充材料':
    'If a check fails, supply the materials as prompted',
  '在线查询录取结果':
    'Check the admission result online',
  '“天府通办”社保卡专区选择需要开通的居民服务场景':
    'Choose the resident services to activate in the Social Security Card section of Tianfu Tongban',
  '签署相关服务协议并设置支付方式':
    'Sign the service agreements and set the payment method',
  '持实体卡或电子社保卡即可乘车、入园、借阅、就医':
    'Use the physical or electronic Social Security Card for transport, park entry, libraries and medical treatment',
  '“天府通办”残疾人服务一件事专区勾选需要办理的事项':
    'Tick the matters to handle in the “Services for people with disabilities, one thing” section of Tianfu Tongban',
  '到评定医院评定后，残联发放残疾人证':
    'After assessment at the designated hospital, the disabled persons’ federation issues the Disability Certificate',
  '同步受理两项补贴、养老保险代缴、辅具适配等申请':
    'The two allowances, pension contributions paid on your behalf, assistive device fitting and other applications are accepted at the same time',
  '各事项办理结果统一短信告知':
    'The outcome of every matter is sent in one text message',
  '系统提前推送退休办理提醒':
    'The system sends a retirement reminder in advance',
  '单位或个人在“天府通办”提交退休一件事申请':
    'The employer or you apply for “Retirement, one thing” in Tianfu Tongban',
  '人社核定养老金、医保核定退休待遇、公积金中心办理销户提取':
    'Human resources assesses the pension, medical insurance sets the retiree benefits and the provident fund centre closes the account and pays out',
  '次月起按月发放养老金':
    'The pension is paid monthly from the following month',
  '“天府通办”身后一件事或到派出所、殡仪馆服务点申报':
    'Report through “After a death, one thing” in Tianfu Tongban or at a police station or funeral home service point',
  '公安注销户口并共享死亡信息':
    'Police cancel the household registration and share the death record',
  '人社停发养老金并核发丧葬补助金、抚恤金，医保结清个人账户':
    'Human resources stops the pension and pays the funeral grant and survivors’ pension; medical insurance settles the personal account',
  '推送公积金提取、不动产继承登记办理指引':
    'Guidance on provident fund withdrawal and real estate inheritance registration is sent',
  '在企业开办“一网通办”平台选择信息变更一件事':
    'Choose “Change of details, one thing” on the one-stop business start-up platform',
  '市场监管部门办理变更并换发执照':
    'Market regulation registers the change and issues a new licence',
  '变更信息推送税务、人社、医保、公积金及许可部门同步更新':
    'The changes are sent to tax, human resources, medical insurance, the provident fund and the licensing departments to update',
  '在“天府通办”或工程建设项目审批管理系统提交联合报装':
    'Submit the joint connection application in Tianfu Tongban or the construction project approval management system',
  '各公用企业联合现场踏勘并出具方案':
    'The utilities survey the site together and propose a plan',
  '涉及的行政审批并联办理':
    'The administrative approvals involved are handled in parallel',
  '施工完成后同步通水通电通气通网':
    'Water, power, gas and internet are connected together once the works are done',
  '“天府通办”开办餐饮店一件事专区一表填报':
    'One form in the “Open a restaurant, one thing” section of Tianfu Tongban',
  '同步核发营业执照和食品经营许可证':
    'The Business Licence and Food Business Licence are issued together',
  '城管、消防、排水等事项并联办理或告知承诺':
    'Urban management, fire safety, drainage and other matters are handled in parallel or by commitment',
  '领取全部证照后开业，相关部门开展事后核查':
    'Open once all licences are received; the departments check afterwards',
  '“天府通办”或企业开办“一网通办”平台选择开办运输企业一件事':
    'Choose “Start a transport company, one thing” in Tianfu Tongban or on the one-stop business start-up platform',
  '市场监管部门核发营业执照':
    'Market regulation issues the Business Licence',
  '交通运输部门核发道路运输经营许可证并配发道路运输证':
    'Transport issues the Road Transport Business Licence and the Road Transport Certificates',
  '电子证照同步发放，纸质证照可邮寄':
    'Electronic licences are issued at the same time; paper ones can be posted',
  '“天府通办”信用修复一件事，勾选需要修复的失信记录':
    '“Credit repair, one thing” in Tianfu Tongban: tick the records of broken trust to repair',
  '发展改革、市场监管、税务部门分别核查并作出修复决定':
    'Development and reform, market regulation and tax each verify and decide on the repair',
  '各信用平台同步撤下或更新公示信息':
    'Every credit platform removes or updates the published information at the same time',
  '填写核查主体清单与核查期间':
    'Fill in the list of entities to check and the period',
  '各部门核查本领域违法违规记录':
    'Each department checks violation records in its field',
  '统一出具合法合规信息核查报告':
    'One compliance information report is issued',
  '管理人在线提交核查申请和法院文书':
    'The administrator submits the request and the court documents online',
  '市场监管、税务、人社、自然资源、公安交管分别反馈信息':
    'Market regulation, tax, human resources, natural resources and traffic police each report back',
  '在线查看汇总核查结果':
    'View the combined results online',
  '“天府通办”企业注销一件事，选择简易注销或一般注销':
    '“Business deregistration, one thing” in Tianfu Tongban: choose simplified or ordinary deregistration',
  '各部门同步办理注销，信息实时共享':
    'The departments deregister at the same time, sharing information as they go',
  '注销结果统一推送':
    'The results are sent together',
  '在政策详情页点击“申报兑现”，核对自动生成的申请表并上传材料':
    'On the policy page tap “Apply for the benefit”, check the generated application form and upload the materials',
  '专区受理后转政策主管部门审核':
    'The section accepts it and passes it to the policy’s department for review',
  '主管部门审核通过后由财政部门拨付资金，兑现进度通过消息中心告知':
    'Once approved, the finance department pays out; progress is reported in the message centre',
};
