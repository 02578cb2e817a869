/** English of the guide’s 申请条件 (conditions), keyed by the Chinese condition; shared conditions are written once. */
export const GUIDE_CONDITIONS_EN: Readonly<Record<string, string>> = {
  '已在四川省参加社会保险或已建立社会保险个人信息，且尚未持有有效社会保障卡':
    'You are insured in Sichuan Province or have a social insurance record there, and do not yet hold a valid Social Security Card',
  '新生儿已完成出生登记并取得公民身份号码':
    'The newborn has been registered at birth and has a citizen identity number',
  '16周岁以下未成年人由监护人代为申请':
    'A guardian applies for minors under 16',
  '持有四川省发放的社会保障卡且卡片处于正常状态':
    'You hold a Social Security Card issued in Sichuan Province and the card is in normal status',
  '本人或监护人申请；代办正式挂失需提供双方身份证件':
    'The cardholder or guardian applies; an agent reporting a formal loss brings both parties’ identity documents',
  '补卡：原卡已办理正式挂失':
    'Replacement: the original card has been formally reported lost',
  '换卡：原卡损坏、信息变更或需升级为第三代社会保障卡，需交回原卡（遗失除外）':
    'Exchange: the original card is damaged, its details have changed or it is being upgraded to a third-generation Social Security Card; hand in the original card (unless lost)',
  '年满16周岁（不含在校学生），具有四川省户籍':
    'Aged 16 or over (students excluded) with household registration in Sichuan Province',
  '未参加职工基本养老保险，且非国家机关、事业单位工作人员':
    'Not enrolled in the basic pension insurance for employees, and not working for a state organ or public institution',
  '年满60周岁，未领取国家规定的其他基本养老保障待遇':
    'Aged 60 or over and not receiving any other basic old-age benefit provided by the state',
  '累计缴费满15年，或在制度实施时距领取年龄不足15年的按规定缴费':
    'Contributions for at least 15 years in total, or contributions as prescribed for those within 15 years of the pension age when the scheme began',
  '已在原参保地参加企业职工基本养老保险并中断缴费':
    'Insured under the basic pension insurance for enterprise employees in the previous place, with contributions interrupted',
  '已在新就业地参保缴费（或回户籍地）':
    'Insured and contributing where you now work (or back where you are registered)',
  '在四川省参加过职工社会保险':
    'Have been insured under employee social insurance in Sichuan Province',
  '失业前用人单位和本人已累计缴纳失业保险费满1年':
    'You and your employer paid unemployment insurance contributions for at least 1 year in total before unemployment',
  '非因本人意愿中断就业（合同到期终止、被辞退等）':
    'Employment ended against your will (contract expired, dismissal, etc.)',
  '已办理失业登记并有求职要求':
    'Registered as unemployed and seeking work',
  '达到法定退休年龄（按渐进式延迟法定退休年龄规定执行）':
    'You have reached the statutory retirement age (under the rules on the gradual raising of the statutory retirement age)',
  '企业职工基本养老保险累计缴费满15年（按规定逐步提高）':
    'At least 15 years of contributions in total to the basic pension insurance for enterprise employees (rising gradually as prescribed)',
  '死亡人员生前参加企业职工基本养老保险':
    'The deceased was insured under the basic pension insurance for enterprise employees',
  '申请人为死亡人员的直系亲属或合法继承人':
    'The applicant is a lineal relative or lawful heir of the deceased',
  '职工与用人单位存在劳动关系（含事实劳动关系）':
    'The employee has an employment relationship with the employer (including a de facto one)',
  '单位在事故伤害发生之日或职业病诊断之日起30日内申请；职工或近亲属在1年内申请':
    'The employer applies within 30 days of the accident or of the occupational disease diagnosis; the employee or close relatives within 1 year',
  '已取得营业执照或有关部门批准成立':
    'A Business Licence has been obtained or establishment has been approved by the competent authority',
  '首次在参保地办理社会保险登记':
    'Registering for social insurance for the first time where insured',
  '正在按月领取四川省基本养老保险待遇':
    'Currently receiving a monthly basic pension from Sichuan Province',
  '距上次认证已满或即将满12个月':
    '12 months have passed, or will soon pass, since the last verification',
  '已参加城乡居民基本养老保险且尚未领取待遇':
    'Enrolled in the urban and rural resident basic pension insurance and not yet receiving benefits',
  '户籍已迁入新参保地':
    'Household registration has moved to the new place of insurance',
  '参加四川省基本医疗保险且参保状态正常':
    'Insured under Sichuan’s basic medical insurance, in normal status',
  '属于异地长期居住人员、常驻异地工作人员、异地转诊人员或临时外出就医人员':
    'Living long-term in another region, posted to work there, referred to a hospital there, or seeking treatment while temporarily away',
  '在转出地已中止参保':
    'Insurance has been suspended in the region you leave',
  '已在转入地参加基本医疗保险':
    'Enrolled in basic medical insurance in the region you move to',
  '未参加职工基本医疗保险或其他基本医疗保险':
    'Not enrolled in employee basic medical insurance or any other basic medical insurance',
  '新生儿、持居住证的外地户籍人员可在居住地参保':
    'Newborns and people registered elsewhere who hold a residence permit can enrol where they live',
  '本人参加四川省职工基本医疗保险且个人账户有余额':
    'You are insured under Sichuan’s employee basic medical insurance and your personal account has a balance',
  '共济人员为配偶、父母、子女，且已参加基本医疗保险':
    'Family members sharing the account are your spouse, parents or children and are insured under basic medical insurance',
  '所患疾病属于四川省门诊慢特病病种目录，并符合认定标准':
    'The illness is in Sichuan’s list of chronic and special outpatient diseases and meets the certification criteria',
  '费用发生在参保有效期内':
    'The costs arose while the insurance was valid',
  '因故未能在定点医疗机构直接结算':
    'Direct settlement at a designated medical institution was not possible',
  '在四川省参加过基本医疗保险':
    'Have been insured under basic medical insurance in Sichuan Province',
  '在法定劳动年龄内，有劳动能力和就业要求':
    'Of working age, able to work and seeking employment',
  '处于无业状态，不在全日制学校就读':
    'Not employed and not in full-time education',
  '个人：属于政策规定的重点就业群体，已在四川办理营业执照并正常经营':
    'Individuals: belong to a key employment group named in the policy, hold a Business Licence in Sichuan and are operating normally',
  '小微企业：当年新招用符合条件人员达到规定比例并签订1年以上劳动合同':
    'Small and micro enterprises: newly hired eligible people this year reach the prescribed share and have contracts of 1 year or more',
  '无不良信用记录':
    'No bad credit record',
  '招用人员签订1年以上劳动合同':
    'Employees hired have employment contracts of 1 year or more',
  '为其连续足额缴纳社会保险费满3个月':
    'Social insurance has been paid for them in full for 3 consecutive months',
  '申领时在四川参加失业保险且累计缴费满1年':
    'When applying, insured against unemployment in Sichuan with at least 1 year of contributions in total',
  '取得职业资格证书或职业技能等级证书不超过12个月':
    'The vocational qualification or skill level certificate was obtained no more than 12 months ago',
  '注册资本不少于人民币200万元':
    'Registered capital of at least CNY 2 million',
  '有与开展业务相适应的固定经营场所和设施':
    'Fixed business premises and facilities suited to the business',
  '有符合法律、行政法规规定的劳务派遣管理制度':
    'A labour dispatch management system that complies with laws and administrative regulations',
  '属于劳动人事争议仲裁受理范围':
    'The dispute falls within the scope of labour and personnel dispute arbitration',
  '在仲裁时效（1年）内提出':
    'Filed within the limitation period for arbitration (1 year)',
  '有明确的被申请人和具体的仲裁请求':
    'A named respondent and specific arbitration claims',
  '档案存放在四川省公共人才服务机构':
    'The personnel file is held by a public talent service agency in Sichuan Province',
  '已有明确的档案接收单位':
    'A receiving unit for the file has been confirmed',
  '在四川依法参加失业保险并足额缴费满1年':
    'Insured against unemployment in Sichuan with full contributions for at least 1 year',
  '上年度未裁员或裁员率不高于规定标准':
    'No layoffs last year, or a layoff rate within the prescribed standard',
  '未被列入严重失信主体名单':
    'Not on the list of seriously untrustworthy entities',
  '有明确的章程和管理制度':
    'Clear articles of association and management rules',
  '有开展业务必备的固定场所、办公设施':
    'Fixed premises and office facilities needed for the business',
  '有5名以上具备相应职业资格的专职工作人员':
    'At least 5 full-time staff holding the relevant vocational qualifications',
  '在成都住房公积金管理中心正常缴存住房公积金满3个月':
    'Paying into the housing provident fund with the Chengdu Housing Provident Fund Management Centre normally for at least 3 months',
  '本人及配偶在成都市无自有住房':
    'Neither you nor your spouse owns a home in Chengdu',
  '未使用住房公积金个人住房贷款':
    'No housing provident fund home loan has been used',
  '购买自住住房且已完成网签备案或不动产登记':
    'Buying a home to live in, with the contract filed online or the real estate registered',
  '提取金额不超过购房总价扣除贷款后的部分':
    'The amount withdrawn does not exceed the purchase price less the loan',
  '申请时间在购房行为发生后规定期限内':
    'Applying within the prescribed period after the purchase',
  '已办理退休手续，人社部门退休信息已共享':
    'Retirement formalities are completed and the retirement record is shared by human resources and social security',
  '无未结清的住房公积金贷款':
    'No outstanding housing provident fund loan',
  '在成都住房公积金管理中心正常缴存':
    'Paying into the fund with the Chengdu Housing Provident Fund Management Centre normally',
  '拟在缴存地以外城市申请住房公积金贷款':
    'Planning to take a housing provident fund loan in a city other than where you contribute',
  '单位已在成都依法设立':
    'The employer is lawfully established in Chengdu',
  '首次在成都住房公积金管理中心办理缴存登记':
    'Registering contributions with the Chengdu Housing Provident Fund Management Centre for the first time',
  '连续足额缴存住房公积金满规定期限':
    'Housing provident fund paid in full continuously for the prescribed period',
  '购买成都市行政区域内的自住住房':
    'Buying a home to live in within the administrative area of Chengdu',
  '具有稳定收入和偿还能力，信用良好':
    'Stable income, ability to repay and good credit',
  '借款人贷款状态正常，无逾期':
    'The borrower’s loan is in normal status with no arrears',
  '提前部分还款金额符合最低还款金额要求':
    'The partial early repayment meets the minimum amount',
  '在绵阳市住房公积金管理中心连续缴存满3个月':
    'Paying into the Mianyang Housing Provident Fund Management Centre continuously for at least 3 months',
  '本人及配偶在绵阳市无自有住房':
    'Neither you nor your spouse owns a home in Mianyang',
  '已在转入地开立住房公积金个人账户并缴存':
    'A personal housing provident fund account has been opened and is being paid into where you move to',
  '原缴存地账户已封存且无未结清贷款':
    'The account in the previous place is sealed and has no outstanding loan',
  '权利人查询本人名下不动产，或利害关系人依法查询':
    'Right holders search the real estate in their own name, or interested parties search as the law allows',
  '房屋已取得不动产权证书且无查封、未注销的抵押等限制':
    'The home has a real estate certificate and no restriction such as seizure or an undischarged mortgage',
  '已签订存量房买卖合同并完成网签':
    'A contract for the sale of an existing home has been signed and filed online',
  '买受人符合当地购房政策':
    'The buyer meets the local home purchase policy',
  '抵押物已办理不动产首次登记或转移登记':
    'The mortgaged property has had its first registration or transfer registration',
  '已签订主债权合同和抵押合同':
    'The principal loan contract and the mortgage contract have been signed',
  '开发项目已完成国有建设用地使用权及房屋所有权首次登记':
    'First registration of the state-owned construction land use right and the building ownership has been completed for the development',
  '商品房买卖合同已网签备案':
    'The sale contract for the new home has been filed online',
  '契税已缴纳':
    'Deed tax has been paid',
  '被继承人已死亡，且不动产登记在其名下':
    'The deceased has died and the real estate is registered in their name',
  '全体继承人对继承事项无争议':
    'All heirs agree on the inheritance',
  '已签订国有建设用地使用权出让合同或取得划拨决定书':
    'A contract for the grant of state-owned construction land use rights has been signed or an allocation decision obtained',
  '已缴清土地出让价款及相关税费':
    'The land grant price and related taxes and fees have been paid in full',
  '主债权已清偿或抵押权人同意注销':
    'The principal debt has been repaid or the mortgagee agrees to the cancellation',
  '申请人及家庭成员在当地无自有住房或人均住房面积低于规定标准':
    'The applicant’s family owns no home locally, or its floor space per person is below the prescribed standard',
  '家庭收入、财产符合当地公租房准入标准':
    'Family income and assets meet the local entry standard for public rental housing',
  '外来务工人员需在当地稳定就业并连续缴纳社会保险满规定期限':
    'Migrant workers need stable local employment and social insurance paid continuously for the prescribed period',
  '具有中华人民共和国国籍且已登记常住户口':
    'Chinese nationality and registered permanent residence',
  '换领：有效期满前3个月内、证件损坏无法辨认或登记项目变更；补领：证件遗失或被盗':
    'Exchange: within 3 months before expiry, the card is damaged beyond recognition or registered details have changed; replacement: the card was lost or stolen',
  '已登记常住户口且未申领过居民身份证':
    'Registered permanent residence and no Resident ID Card applied for before',
  '未满16周岁的由监护人陪同办理':
    'Children under 16 come with a guardian',
  '符合迁入地落户政策（夫妻投靠、父母投靠子女、子女投靠父母、购房、就业、人才引进等）':
    'You meet the settlement policy of the place you move to (joining a spouse, parents joining children, children joining parents, home purchase, employment, talent recruitment, etc.)',
  '迁出地户籍信息准确，无冒用、重复户口等情形':
    'The household record in the place you leave is accurate, with no fraudulent or duplicate registration',
  '婴儿在中国境内出生，已取得出生医学证明':
    'The baby was born in China and has a Birth Certificate',
  '随父或随母在其常住户口所在地登记':
    'Registered with the father or mother where that parent has permanent residence',
  '在居住地居住半年以上（已办理居住登记）':
    'You have lived at your place of residence for more than half a year (with residence registration)',
  '有合法稳定就业、合法稳定住所、连续就读三者之一':
    'You have one of: lawful stable employment, a lawful stable home, or continuous study',
  '死亡人员为四川省户籍':
    'The deceased had household registration in Sichuan Province',
  '已取得居民死亡医学证明（推断）书或其他死亡证明':
    'A Medical Certificate of Death (presumed) or other proof of death has been obtained',
  '本人或直系亲属申请，证明内容可通过户籍档案核实':
    'The person concerned or a lineal relative applies, and the content can be checked against the household records',
  '取得全日制大专及以上学历（成都中心城区按当地政策要求）':
    'A full-time junior college degree or higher (central Chengdu follows its local policy)',
  '在落户地有合法稳定住所或由单位、人才集体户接收':
    'A lawful stable home where you settle, or acceptance by an employer or a talent collective household',
  '中国公民，未被列入不准出境人员名单':
    'Chinese citizen not on the list of people barred from leaving the country',
  '国家工作人员需按规定报经所在单位批准':
    'State employees need the approval of their employer as prescribed',
  '内地居民，未被列入不准出境人员名单':
    'Mainland resident not on the list of people barred from leaving the country',
  '持有有效的电子往来港澳通行证':
    'You hold a valid electronic Exit-Entry Permit for Travelling to and from Hong Kong and Macao',
  '申请签注种类符合相应条件（探亲、商务等需提供相关证明）':
    'The endorsement type meets its conditions (family visits, business, etc. need supporting documents)',
  '大陆居民，未被列入不准出境人员名单':
    'Mainland resident not on the list of people barred from leaving the country',
  '申请签注的须具备相应事由':
    'An endorsement needs a matching reason',
  '驾驶证在有效期满前90日内':
    'Within 90 days before the driving licence expires',
  '身体条件符合申请对应准驾车型的要求':
    'Your health meets the requirements of the vehicle class applied for',
  '驾驶证未被扣押、扣留、暂扣':
    'The driving licence has not been seized, withheld or suspended',
  '驾驶证遗失、损毁无法辨认':
    'The driving licence is lost or damaged beyond recognition',
  '驾驶证状态正常，未被扣押、扣留、暂扣':
    'The driving licence is in normal status, not seized, withheld or suspended',
  '属于免予上线检验的非营运小微型载客汽车或摩托车（面包车除外）':
    'A non-commercial small or mini passenger car or motorcycle exempt from on-line inspection (vans excluded)',
  '交通违法行为和交通事故已处理完毕':
    'Traffic violations and accidents have all been dealt with',
  '在检验有效期满前3个月内申请':
    'Applying within 3 months before the inspection expires',
  '违法行为由电子监控设备记录且信息已录入':
    'The violation was recorded by electronic monitoring and entered into the system',
  '机动车所有人或驾驶人对违法事实无异议':
    'The vehicle’s owner or driver does not dispute the facts of the violation',
  '机动车已完成交易，买卖双方信息真实':
    'The vehicle has been sold and the details of buyer and seller are true',
  '机动车未被查封、抵押，且交通违法和事故已处理完毕':
    'The vehicle is not seized or mortgaged, and traffic violations and accidents have been dealt with',
  '机动车在检验有效期内':
    'The vehicle’s inspection is valid',
  '年满70周岁，或持有大型客车、重型牵引挂车、城市公交车、中型客车、大型货车准驾车型':
    'Aged 70 or over, or holding a licence for large buses, heavy tractor-trailers, city buses, medium buses or large trucks',
  '已在具备资质的医疗机构完成体检':
    'A medical examination has been completed at a qualified medical institution',
  '小学：当年8月31日前年满6周岁；初中：已完成小学学业':
    'Primary school: 6 years old by 31 August of the year; junior secondary: primary school completed',
  '成都户籍或随迁子女（父母持有成都居住证并符合社保缴纳要求）':
    'Chengdu household registration, or children of migrant families (parents hold a Chengdu residence permit and meet the social insurance requirement)',
  '遵守宪法和法律，热爱教育事业，具有良好的思想品德':
    'Abides by the Constitution and the law, loves teaching and has good moral character',
  '具备《中华人民共和国教师法》规定的相应学历':
    'The education required by the Teachers Law of the People’s Republic of China',
  '普通话水平达到二级乙等及以上（语文学科二级甲等及以上）':
    'Putonghua at level 2B or above (level 2A or above for Chinese language teachers)',
  '中小学教师资格考试合格且在有效期内，或符合免试认定条件':
    'Passed the primary and secondary teacher qualification examination within its validity, or eligible for certification without examination',
  '四川户籍，被全日制普通高校录取或在读':
    'Sichuan household registration, admitted to or studying at a full-time regular university',
  '家庭经济困难，诚实守信':
    'Family in financial difficulty; honest and trustworthy',
  '学生本人与共同借款人（一般为父母）均具有完全民事行为能力':
    'The student and the co-borrower (usually a parent) both have full civil capacity',
  '学生具有义务教育阶段学籍':
    'The student has a compulsory education enrolment record',
  '转入学校有学位并同意接收':
    'The receiving school has a place and agrees to accept the student',
  '男方年满22周岁、女方年满20周岁':
    'The man is at least 22 and the woman at least 20',
  '双方均无配偶，且没有直系血亲和三代以内旁系血亲关系':
    'Neither party has a spouse, and they are not related by direct blood or collateral blood within three generations',
  '双方自愿，本人亲自到场':
    'Both parties consent and attend in person',
  '双方自愿离婚，均具有完全民事行为能力':
    'Both parties consent to the divorce and have full civil capacity',
  '已在婚姻登记机关登记结婚':
    'The marriage was registered with a marriage registration authority',
  '对子女抚养、财产及债务处理等事项协商一致':
    'Agreement on child custody, property and debts',
  '当事人依法办理过结婚或离婚登记，婚姻登记档案可查':
    'The parties registered a marriage or divorce under the law, and the marriage registration file can be found',
  '补领结婚证的双方须共同到场':
    'Both parties attend together to replace a Marriage Certificate',
  '当事人查询本人婚姻登记档案，或其近亲属、受托人依法查询':
    'The parties search their own marriage registration file, or their close relatives or agents search as the law allows',
  '家庭人均收入低于当地城乡低保标准':
    'Family income per person is below the local urban or rural minimum living standard',
  '家庭财产状况符合当地规定':
    'Family assets meet local rules',
  '在户籍地或持居住证在经常居住地申请':
    'Apply where you are registered, or where you usually live with a residence permit',
  '无劳动能力':
    'Unable to work',
  '无生活来源':
    'No means of support',
  '无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力':
    'No person legally obliged to support them, or that person is unable to do so',
  '四川省户籍，年满80周岁':
    'Sichuan household registration, aged 80 or over',
  '本人健在，按年度进行资格确认':
    'Living, with eligibility confirmed each year',
  '持有第二代或第三代中华人民共和国残疾人证':
    'Holds a second- or third-generation Disability Certificate of the People’s Republic of China',
  '生活补贴：属于低保家庭等困难家庭；护理补贴：残疾等级为一、二级且需长期照护':
    'Living allowance: a family in difficulty such as one receiving minimum living support; care allowance: disability grade 1 or 2 needing long-term care',
  '已取得法人登记':
    'Registered as a legal person',
  '有与服务规模相适应的场所、设施设备和工作人员':
    'Premises, facilities, equipment and staff suited to the scale of service',
  '符合消防、建筑、卫生、环保等要求':
    'Meets fire safety, building, health and environmental requirements',
  '逝者属于当地惠民殡葬政策保障对象':
    'The deceased is covered by the local funeral benefit policy',
  '在当地公办殡仪馆办理殡葬服务':
    'Funeral services are handled at a local public funeral home',
  '中华人民共和国公民，符合《残疾人残疾分类和分级》国家标准':
    'Citizen of the People’s Republic of China meeting the national standard Classification and Grading of Disabilities',
  '在户籍地或经常居住地申请（全国通办）':
    'Apply where you are registered or usually live (available nationwide)',
  '持有有效或已到期的残疾人证':
    'Holds a valid or expired Disability Certificate',
  '补领的需声明原证遗失':
    'For a replacement, declare the original certificate lost',
  '持有有效的第二代或第三代残疾人证':
    'Holds a valid second- or third-generation Disability Certificate',
  '户籍已迁入新地址':
    'Household registration has moved to the new address',
  '0—6岁视力、听力、言语、肢体、智力等残疾儿童和孤独症儿童（有条件的地区扩大年龄范围）':
    'Children aged 0–6 with visual, hearing, speech, physical or intellectual disabilities, and children with autism (some areas extend the age range)',
  '四川户籍或持有当地居住证的家庭':
    'Families with Sichuan household registration or a local residence permit',
  '已在户籍地退役军人服务站完成信息采集':
    'Information has been collected at the veterans service station where you are registered',
  '属于退役军人或烈士遗属、因公牺牲军人遗属、病故军人遗属':
    'A veteran, or a surviving family member of a martyr, of a soldier who died on duty or of a soldier who died of illness',
  '经批准退出现役的士兵':
    'A soldier approved to leave active service',
  '在规定的30日报到期限内':
    'Within the prescribed 30-day reporting period',
  '持有《中华人民共和国残疾军人证》等伤残证件':
    'Holds a Disabled Serviceman Certificate of the People’s Republic of China or another disability document',
  '户籍已迁入新住址':
    'Household registration has moved to the new address',
  '新生儿在具有助产技术服务资质的医疗机构出生':
    'The newborn was born at a medical institution licensed for midwifery services',
  '父母确认新生儿姓名等信息':
    'The parents confirm the newborn’s name and other details',
  '新生儿在川渝两地助产机构出生并已签发出生医学证明':
    'The newborn was born at a midwifery institution in Sichuan or Chongqing and has a Birth Certificate',
  '补发：原证遗失且已办理出生登记；换发：信息有误并提供佐证':
    'Reissue: the original is lost and the birth is registered; exchange: details are wrong and evidence is provided',
  '夫妻一方户籍或居住地在四川省':
    'One spouse is registered or lives in Sichuan Province',
  '已怀孕或子女已出生':
    'Pregnant, or the child has been born',
  '已取得医师资格证书':
    'Holds a Physician Qualification Certificate',
  '拟执业机构同意聘用':
    'The intended practice institution agrees to employ you',
  '身体健康，无不予注册情形':
    'In good health, with no grounds for refusing registration',
  '属于《公共场所卫生管理条例》规定应取得许可的场所':
    'A place that needs a permit under the Regulations on Hygiene Management of Public Places',
  '场所布局、设施设备和卫生管理制度符合卫生规范':
    'The layout, facilities, equipment and hygiene rules of the place meet the hygiene standards',
  '从业人员取得健康合格证明':
    'Staff hold health certificates',
  '主要负责人取得医师执业证书并具有规定年限的临床工作经历':
    'The principal holds a Physician Practising Certificate and has the prescribed years of clinical experience',
  '房屋、设备、人员符合《诊所基本标准》':
    'Premises, equipment and staff meet the Basic Standards for Clinics',
  '属于《中华人民共和国法律援助法》规定的法律援助事项范围':
    'The matter falls within legal aid under the Legal Aid Law of the People’s Republic of China',
  '经济困难（部分情形不受经济困难条件限制）':
    'Financial difficulty (some cases are exempt from this condition)',
  '纳税年度内取得综合所得的居民个人':
    'A resident individual with comprehensive income in the tax year',
  '预缴税额与年度应纳税额不一致需要退税或补税':
    'Tax prepaid differs from the tax due for the year, so a refund or extra payment is needed',
  '取得工资薪金等综合所得的居民个人':
    'A resident individual with comprehensive income such as wages and salaries',
  '符合相应专项附加扣除的条件':
    'Meets the conditions of the special additional deduction',
  '纳税人本人申请，所开具期间有个人所得税申报或缴纳记录':
    'The taxpayer applies personally, with individual income tax filings or payments in the period covered',
  '已在医保部门完成城乡居民医保参保登记':
    'Enrolled in urban and rural resident medical insurance with the medical security authority',
  '在规定的集中缴费期或新生儿、退役等特殊缴费期内':
    'Within the prescribed collective payment period or a special payment period (newborns, veterans, etc.)',
  '承受土地、房屋权属并已签订权属转移合同':
    'You take over rights to land or a building and have signed the transfer contract',
  '在依法办理不动产权属登记手续前申报':
    'Declared before the real estate ownership registration',
  '已办理税务信息确认的单位或个体工商户':
    'An employer or individual business whose tax information has been confirmed',
  '法定代表人、财务负责人、办税人员已完成实名认证':
    'The legal representative, financial officer and tax staff have completed real-name verification',
  '已办理税务信息确认的增值税纳税人':
    'A VAT taxpayer whose tax information has been confirmed',
  '在规定的纳税申报期内':
    'Within the prescribed filing period',
  '纳税人已办理税务信息确认':
    'The taxpayer’s tax information has been confirmed',
  '在机构所在地以外的地区临时从事生产经营活动':
    'Temporarily doing business outside the place where the business is located',
  '已纠正失信行为、履行相应法律义务':
    'The breach of trust has been corrected and the legal obligations fulfilled',
  '符合《国家税务总局关于纳税信用修复有关事项的公告》规定的修复条件':
    'Meets the conditions for credit repair in the State Taxation Administration’s announcement on tax credit repair',
  '已结清应纳税款、多退（免）税款、滞纳金和罚款':
    'Taxes due, excess refunds (exemptions), late fees and fines have been settled',
  '已缴销发票和税控专用设备':
    'Invoices and special tax control equipment have been cancelled',
  '无未办结的涉税事项':
    'No unfinished tax matters',
  '已办理税务信息确认':
    'Tax information has been confirmed',
  '从事货物或服务出口业务，已在海关办理报关单位备案':
    'Exporting goods or services, with customs declarant registration',
  '企业名称符合《企业名称登记管理规定》':
    'The enterprise name complies with the Provisions on the Administration of Enterprise Name Registration',
  '有符合规定的住所（经营场所）':
    'A domicile (business premises) that meets the rules',
  '出资人、法定代表人及董事、监事、高级管理人员符合法律规定的任职资格':
    'Investors, the legal representative, directors, supervisors and senior managers meet the legal qualifications for office',
  '变更事项已依照章程作出股东会决议或决定':
    'The change has been resolved or decided by the shareholders under the articles of association',
  '变更后的登记事项符合法律法规规定':
    'The registered details after the change comply with laws and regulations',
  '一般注销：已依法成立清算组并完成清算':
    'Ordinary deregistration: a liquidation group has been formed and liquidation completed under the law',
  '简易注销：未发生债权债务或已将债权债务清偿完结，全体投资人书面承诺':
    'Simplified deregistration: no claims or debts arose or all have been settled, with a written commitment from all investors',
  '已完成税务清税':
    'Tax clearance has been completed',
  '有经营能力的自然人或家庭':
    'A natural person or family able to run a business',
  '有固定的经营场所（网络经营者可将网络经营场所登记为经营场所）':
    'Fixed business premises (online businesses may register their online premises)',
  '具有与经营的食品品种、数量相适应的经营场所，并与有毒有害场所保持规定距离':
    'Premises suited to the kinds and quantities of food sold, kept the prescribed distance from toxic or hazardous places',
  '具有相应的设备设施和专职或兼职食品安全管理人员':
    'Suitable equipment and full-time or part-time food safety managers',
  '具有保证食品安全的规章制度':
    'Rules and procedures that ensure food safety',
  '具有与生产的食品品种、数量相适应的生产场所、设备设施':
    'Production premises, equipment and facilities suited to the kinds and quantities of food produced',
  '有专职或兼职的食品安全专业技术人员、食品安全管理人员':
    'Full-time or part-time food safety technical staff and food safety managers',
  '有合理的设备布局和工艺流程':
    'A sound equipment layout and process flow',
  '特种设备已经监督检验合格（需监督检验的）':
    'The special equipment has passed supervisory inspection (where required)',
  '使用单位已建立特种设备安全管理制度并配备安全管理人员':
    'The user has special equipment safety rules and a safety manager',
  '年龄18周岁以上且不超过法定退休年龄':
    'Aged 18 or over and not above the statutory retirement age',
  '具有与申请作业项目相适应的文化程度和身体条件':
    'Education and health suited to the operation applied for',
  '考试合格':
    'Passed the examination',
  '上一年度12月31日前已成立的企业、农民专业合作社和个体工商户':
    'Enterprises, farmers’ cooperatives and individual businesses established before 31 December of the previous year',
  '已纠正导致列入经营异常名录的情形（补报年报、更正公示信息、证明可联系等）':
    'The reason for the listing of abnormal operations has been corrected (annual report filed late, public information corrected, proof of reachability, etc.)',
  '企业状态正常，未被列入经营异常名录或严重违法失信名单':
    'The enterprise is in normal status and not on the list of abnormal operations or of serious violators',
  '不存在未办结的行政处罚、股权冻结等情形':
    'No unfinished administrative penalty, equity freeze or the like',
  '个体工商户处于正常经营状态':
    'The individual business is operating normally',
  '转型后的企业符合相应企业类型的设立条件':
    'The converted enterprise meets the requirements for establishing that type of enterprise',
  '有与经营业务相适应并经检测合格的运输车辆':
    'Tested transport vehicles suited to the business',
  '有符合规定条件的驾驶人员（取得相应从业资格）':
    'Drivers who meet the conditions (with the relevant professional qualification)',
  '有健全的安全生产管理制度':
    'Sound work safety management rules',
  '已取得道路运输经营许可证':
    'Holds a road transport business licence',
  '车辆技术等级和综合性能检测合格，且已登记在经营者名下':
    'The vehicle has passed the technical grading and comprehensive performance test and is registered to the operator',
  '持有有效的道路运输从业人员从业资格证':
    'Holds a valid professional qualification certificate for road transport workers',
  '换证：有效期届满前30日内；补证：证件遗失或损毁':
    'Renewal: within 30 days before expiry; replacement: the certificate is lost or damaged',
  '取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历':
    'Holds a driving licence for the vehicle class and has at least 3 years of driving experience',
  '无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录，最近连续3个记分周期内没有记满12分记录':
    'No record of a traffic accident crime, dangerous driving crime, drug use or drink driving, and no 12-point record in the last 3 consecutive scoring periods',
  '无暴力犯罪记录':
    'No record of violent crime',
  '运输的是不可解体物品':
    'The load cannot be broken down',
  '车辆及驾驶人员具备相应资质':
    'The vehicle and driver hold the required qualifications',
  '按规定提供通行路线和护送方案（三类大件）':
    'Route and escort plan provided as prescribed (class III oversize loads)',
  '已办理用地批准手续和建设工程规划许可证':
    'Land approval and the construction project planning permit have been obtained',
  '已确定施工企业并签订施工合同':
    'A construction company has been chosen and a construction contract signed',
  '有满足施工需要的资金安排和施工图纸':
    'Funding arrangements and construction drawings meet the needs of the works',
  '有保证工程质量和安全的具体措施':
    'Specific measures ensure the quality and safety of the works',
  '具有满足资质标准要求的资产':
    'Assets that meet the qualification standard',
  '具有满足资质标准要求的注册建造师及其他注册人员、工程技术人员':
    'Registered constructors, other registered staff and engineers that meet the qualification standard',
  '具有满足资质标准要求的技术装备和已完成的工程业绩':
    'Technical equipment and completed projects that meet the qualification standard',
  '已取得建筑业企业资质':
    'Holds a construction enterprise qualification',
  '建立健全安全生产责任制和规章制度':
    'A sound work safety responsibility system and rules',
  '主要负责人、项目负责人、专职安全员经考核合格':
    'The principal, project managers and full-time safety officers have passed assessment',
  '依法参加工伤保险':
    'Insured against work injury as the law requires',
  '属于《建设工程消防设计审查验收管理暂行规定》所列特殊建设工程':
    'A special construction project listed in the Interim Provisions on Fire Protection Design Review and Acceptance of Construction Projects',
  '消防设计文件符合国家工程建设消防技术标准':
    'The fire protection design documents meet national technical standards for fire protection in construction',
  '已完成工程设计和合同约定的消防工程内容':
    'The design and the fire protection works agreed in the contract have been completed',
  '已取得消防设计审查合格意见':
    'A fire protection design review approval has been obtained',
  '消防设施检测合格':
    'The fire protection facilities have passed testing',
  '工程已按设计和合同要求完成':
    'The works have been completed as designed and contracted',
  '建设单位已组织勘察、设计、施工、监理单位完成竣工验收':
    'The construction unit has organised completion acceptance with the survey, design, construction and supervision units',
  '已取得国有建设用地使用权或用地批准手续':
    'State-owned construction land use rights or land approval have been obtained',
  '建设工程设计方案符合详细规划和规划条件':
    'The design scheme meets the detailed plan and the planning conditions',
  '依法取得建设项目环境影响评价文件审批意见（或按规定备案）':
    'Approval of the environmental impact assessment has been obtained under the law (or it has been filed as prescribed)',
  '污染物排放符合国家和地方排放标准及总量控制要求':
    'Pollutant discharges meet national and local standards and total volume controls',
  '有符合规定的自行监测方案':
    'A self-monitoring plan that meets the rules',
  '项目符合生态环境分区管控要求和相关规划':
    'The project meets zoning controls for the ecological environment and related plans',
  '环境影响报告表由具备能力的单位编制，结论明确':
    'The environmental impact report form was prepared by a capable unit and has clear conclusions',
  '依法经过资格认定的药师或执业药师':
    'A pharmacist or licensed pharmacist qualified under the law',
  '与所经营药品相适应的营业场所、设备、仓储设施和卫生环境':
    'Premises, equipment, storage and hygiene suited to the drugs sold',
  '有保证药品质量的规章制度并符合药品经营质量管理规范':
    'Rules that ensure drug quality and comply with Good Supply Practice for drugs',
  '有与经营烟草制品零售业务相适应的资金':
    'Funds suited to tobacco retail',
  '有固定的经营场所':
    'Fixed business premises',
  '符合烟草专卖零售网点合理布局要求，不在中小学校周边禁设范围内':
    'Meets the planned distribution of tobacco retail outlets and is not within the prohibited area around primary and secondary schools',
  '申请注册的商标具有显著特征，不违反《中华人民共和国商标法》禁止性规定':
    'The trademark is distinctive and does not breach the prohibitions of the Trademark Law of the People’s Republic of China',
  '申请人为依法成立的企业或个体工商户、自然人等':
    'The applicant is a lawfully established enterprise, individual business, natural person or similar',
  '在四川省依法登记的经营主体':
    'A business entity lawfully registered in Sichuan Province',
  '法定代表人或授权经办人完成实名认证':
    'The legal representative or an authorised agent has completed real-name verification',
  '有具备农学、植保、农药等相关专业中专以上学历或专业培训经历的经营人员':
    'Sales staff with secondary vocational education or training in agronomy, plant protection, pesticides or a related field',
  '有与经营规模相适应的营业场所和仓储场所':
    'Business and storage premises suited to the scale of business',
  '有进货查验、台账记录、安全管理等制度':
    'Rules for incoming goods inspection, ledger records and safety management',
  '新生儿在四川省助产机构出生':
    'The newborn was born at a midwifery institution in Sichuan Province',
  '随父或随母在四川落户':
    'Registered with the father or mother in Sichuan',
  '适龄儿童少年在四川各市（州）报名义务教育入学':
    'Children of school age applying for compulsory education in a city (prefecture) of Sichuan',
  '监护人同意授权共享相关信息':
    'The guardian agrees to authorise sharing the relevant information',
  '已持有或正在申领四川第三代社会保障卡':
    'Holds or is applying for a third-generation Sichuan Social Security Card',
  '符合残疾评定标准的四川户籍人员或在四川经常居住的人员':
    'People with Sichuan household registration or usually living in Sichuan who meet the disability assessment standard',
  '即将或已经达到法定退休年龄':
    'About to reach or has reached the statutory retirement age',
  '基本养老保险累计缴费年限符合规定':
    'The total years of basic pension contributions meet the rules',
  '逝者为四川户籍或在四川死亡':
    'The deceased had Sichuan household registration or died in Sichuan',
  '申请人为逝者近亲属':
    'The applicant is a close relative of the deceased',
  '企业已作出变更决议':
    'The enterprise has resolved on the change',
  '变更事项涉及需同步更新的部门登记信息':
    'The change affects registrations with other departments that must be updated at the same time',
  '用户已取得用地或场所使用权':
    'The user has the right to use the land or premises',
  '报装地点具备接入条件':
    'The connection address can be connected',
  '经营场所符合餐饮服务食品安全要求和消防安全要求':
    'The premises meet food safety and fire safety requirements for catering',
  '经营者具备相应民事行为能力':
    'The operator has the relevant civil capacity',
  '拟从事道路普通货物运输经营':
    'Intending to run ordinary road freight transport',
  '有符合条件的车辆和持有从业资格的驾驶员':
    'Eligible vehicles and drivers with professional qualifications',
  '已纠正失信行为、履行相关义务':
    'The breach of trust has been corrected and the related obligations fulfilled',
  '最短公示期已满':
    'The minimum publicity period has passed',
  '在四川登记注册的拟上市（挂牌）企业':
    'An enterprise registered in Sichuan preparing to list (on an exchange or quotation system)',
  '经人民法院指定的破产管理人':
    'A bankruptcy administrator appointed by a people’s court',
  '持人民法院受理破产申请的裁定书和指定管理人决定书':
    'Holds the court’s ruling accepting the bankruptcy petition and its decision appointing the administrator',
  '企业已决议解散并依法清算完毕，或符合简易注销条件':
    'The enterprise has resolved to dissolve and completed liquidation under the law, or meets the conditions for simplified deregistration',
  '申报企业在政策适用区域内依法登记注册':
    'The applying enterprise is lawfully registered in the region the policy covers',
  '符合所申报政策规定的支持条件':
    'Meets the support conditions of the policy applied for',
};
