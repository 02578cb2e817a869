/** English of the guide’s 收费标准 (fees), keyed by the Chinese text. Amounts stay in yuan (CNY). */
export const GUIDE_FEES_EN: Readonly<Record<string, string>> = {
  '首次申领不收费':
    'Free for a first application',
  '不收费':
    'Free',
  '不收费（邮寄到家的邮费由申请人自愿承担）':
    'Free (postage for home delivery is paid by the applicant if chosen)',
  '不收费（按当年城乡居民医保个人缴费标准缴纳保险费）':
    'Free (the premium is paid at the year’s individual rate for urban and rural resident medical insurance)',
  '不收费（仲裁经费由财政予以保障）':
    'Free (arbitration is funded by the government)',
  '住宅80元/件，非住宅550元/件（含第一本证书工本费）；每增加一本证书加收10元':
    'Residential CNY 80 per case, non-residential CNY 550 per case (including the first certificate); CNY 10 for each additional certificate',
  '住宅80元/件，非住宅550元/件；小微企业（含个体工商户）申请的免收登记费':
    'Residential CNY 80 per case, non-residential CNY 550 per case; the registration fee is waived for small and micro enterprises (including individual businesses)',
  '550元/件（含第一本证书工本费）':
    'CNY 550 per case (including the first certificate)',
  '工本费20元；申请临时居民身份证另收10元':
    'Production fee CNY 20; a temporary Resident ID Card costs a further CNY 10',
  '工本费20元':
    'Production fee CNY 20',
  '首次申领不收费；换领、补领按规定收取工本费':
    'Free for a first application; renewal and replacement are charged the production fee as prescribed',
  '普通护照120元/本':
    'Ordinary passport CNY 120',
  '电子往来港澳通行证60元/本；签注另行收费':
    'Electronic Exit-Entry Permit for Travelling to and from Hong Kong and Macao CNY 60; endorsements are charged separately',
  '一次有效签注15元/件，二次有效签注30元/件':
    'Single-entry endorsement CNY 15, double-entry endorsement CNY 30',
  '电子往来台湾通行证60元/本；一次有效签注15元/件':
    'Electronic Travel Permit to and from Taiwan CNY 60; single-entry endorsement CNY 15',
  '驾驶证工本费10元':
    'Driving licence production fee CNY 10',
  '办理不收费；罚款按处罚决定书金额缴纳':
    'Free to process; fines are paid as set in the penalty decision',
  '不收费；更换号牌的按规定收取号牌工本费（小型汽车号牌100元/副），行驶证工本费10元':
    'Free; new number plates are charged the prescribed production fee (CNY 100 a pair for small cars), vehicle licence production fee CNY 10',
  '办理不收费；按当年度城乡居民医保个人缴费标准缴纳保险费':
    'Free to process; the premium is paid at the year’s individual rate for urban and rural resident medical insurance',
  '办理不收费；按《中华人民共和国契税法》规定税率依法缴纳契税':
    'Free to process; deed tax is paid at the rates set by the Deed Tax Law of the People’s Republic of China',
  '登记不收费':
    'Registration is free',
  '发证不收费；考试费用按四川省核定标准由考试机构收取':
    'The certificate is free; examination fees are charged by the examining body at the rates approved by Sichuan Province',
  '发证不收费':
    'The certificate is free',
  '纸质申请300元/类（10个商品或服务项目以内），网上申请270元/类；超过10项的每项另加收':
    'Paper application CNY 300 per class (up to 10 goods or services), online application CNY 270 per class; each item beyond 10 is charged extra',
};
