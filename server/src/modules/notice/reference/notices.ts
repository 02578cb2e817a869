import type { NoticeCategory } from '../../../../../types/notices';

export interface NoticeText {
  title: string;
  issuer: string;
  /** Paragraphs, in order. */
  body: readonly string[];
}

/** One notice as the province publishes it: Chinese is the text of record, English its translation. */
export interface NoticeEntry {
  id: string;
  category: NoticeCategory;
  publishedOn: string;
  /** The first day it is no longer shown (a holiday notice goes the day after the holiday). */
  expiresOn: string;
  serviceCode: string | null;
  'zh-CN': NoticeText;
  en: NoticeText;
}

const CENTRE = { zh: '四川省政务服务和资源交易服务中心', en: 'Sichuan Government Services and Public Resources Trading Centre' };
const OFFICE = { zh: '四川省政务服务管理办公室', en: 'Sichuan Government Services Administration Office' };
const CHENGDU = { zh: '成都市政务服务管理和网络理政办公室', en: 'Chengdu Government Services Administration Office' };

/**
 * 通知公告 drawn from the province's 2024 government-services work plan (川渝通办, 惠企政策直达快享,
 * 天府通办 mini-program, 电子证照互认, 12345) and the service halls' usual holiday and weekend
 * arrangements. Dates are China calendar days.
 */
export const NOTICES: readonly NoticeEntry[] = [
  {
    id: 'chuanyu-social-card-2026',
    category: 'new_service',
    publishedOn: '2026-11-28',
    expiresOn: '2027-02-01',
    serviceCode: 'YJS-0003',
    'zh-CN': {
      title: '“川渝通办”新增社会保障卡居民服务“一件事”',
      issuer: OFFICE.zh,
      body: [
        '为推动“川渝通办”向公共服务、便民服务领域延伸，自即日起，在重庆参保的群众可在“天府通办”申领、补换四川社会保障卡，在四川参保的群众可在重庆“渝快办”办理同类业务。',
        '申领时无需提交身份证复印件和照片，系统自动调用电子身份证和制证照片；制卡完成后可选择邮寄到家或就近网点领取。',
        '办理中遇到问题，可拨打12345政务服务便民热线咨询。',
      ],
    },
    en: {
      title: 'Social security card services can now be handled across Sichuan and Chongqing',
      issuer: OFFICE.en,
      body: [
        'From today, people insured in Chongqing can apply for or replace a Sichuan social security card on Tianfu Services, and people insured in Sichuan can do the same on Chongqing’s Yukuaiban.',
        'No copy of the ID card and no photo are needed: the electronic ID and the card photo are fetched for you. The finished card can be posted to your home or collected at a nearby branch.',
        'For help, call the 12345 government services hotline.',
      ],
    },
  },
  {
    id: 'employment-subsidy-deadline-2026',
    category: 'policy',
    publishedOn: '2026-12-01',
    expiresOn: '2027-01-01',
    serviceCode: null,
    'zh-CN': {
      title: '2026年度一次性吸纳就业补贴申报将于12月31日截止',
      issuer: CENTRE.zh,
      body: [
        '2026年度一次性吸纳就业补贴申报窗口为1月1日至12月31日。当年新招用登记失业人员、离校2年内未就业高校毕业生并依法缴纳社会保险费的企业，请在截止日前通过“天府通办”惠企政策专区提交申报。',
        '已完善“一企一档”信息的企业，系统将自动匹配并推送可申报政策；符合条件的免申即享政策无需申报，直接兑现。',
        '逾期未申报的，不再受理当年度补贴申请。',
      ],
    },
    en: {
      title: 'Applications for the 2026 one-off hiring subsidy close on 31 December',
      issuer: CENTRE.en,
      body: [
        'The 2026 one-off hiring subsidy is open from 1 January to 31 December. Businesses that hired registered unemployed people or graduates within two years of leaving school this year, and pay their social insurance, should apply in the business policy section of Tianfu Services before the deadline.',
        'Businesses with a complete business profile are matched and told about the policies they can apply for; policies granted without application are paid directly.',
        'Applications for this year’s subsidy are not accepted after the deadline.',
      ],
    },
  },
  {
    id: 'maintenance-2026-12-06',
    category: 'maintenance',
    publishedOn: '2026-12-02',
    expiresOn: '2026-12-07',
    serviceCode: null,
    'zh-CN': {
      title: '12月6日凌晨0:00—6:00系统升级，亮证和扫码核验暂停',
      issuer: CENTRE.zh,
      body: [
        '为提升电子证照系统服务能力，定于2026年12月6日0:00至6:00进行升级维护。维护期间，电子证照亮证、政务服务码扫码核验和证照下载暂停使用，其他事项可正常申请。',
        '已下载到本机的离线亮证码在有效期内不受影响。给您带来的不便，敬请谅解。',
      ],
    },
    en: {
      title: 'System upgrade on 6 December, 00:00–06:00: showing and scanning certificates paused',
      issuer: CENTRE.en,
      body: [
        'The electronic certificate system will be upgraded on 6 December 2026 from 00:00 to 06:00. During the upgrade, showing certificates, scanning service codes and downloading certificates are paused; other services can be applied for as usual.',
        'Offline certificate codes already on your phone keep working until they expire. We apologise for the inconvenience.',
      ],
    },
  },
  {
    id: 'hall-hours-new-year-2027',
    category: 'hall_hours',
    publishedOn: '2026-12-24',
    expiresOn: '2027-01-04',
    serviceCode: null,
    'zh-CN': {
      title: '2027年元旦假期政务服务大厅开放安排',
      issuer: OFFICE.zh,
      body: [
        '2027年1月1日至1月3日元旦假期期间，省、市政务服务大厅暂停现场办理，1月4日起恢复正常。',
        '假期内网上办事不打烊，“天府通办”可正常申请，办件在节后依次受理；婚姻登记、出入境证件等急办业务请提前预约节后时段。',
      ],
    },
    en: {
      title: 'Service hall opening over the 2027 New Year holiday',
      issuer: OFFICE.en,
      body: [
        'Provincial and city service halls are closed for in-person services from 1 to 3 January 2027 and reopen as usual on 4 January.',
        'Online services stay open: applications made on Tianfu Services during the holiday are accepted in order afterwards. For urgent matters such as marriage registration or travel documents, book a slot after the holiday in advance.',
      ],
    },
  },
  {
    id: 'weapp-launch-2026',
    category: 'new_service',
    publishedOn: '2026-11-20',
    expiresOn: '2027-03-01',
    serviceCode: null,
    'zh-CN': {
      title: '“天府通办”微信小程序上线，再推出100个高频服务“掌上办”',
      issuer: CENTRE.zh,
      body: [
        '“天府通办”微信小程序正式上线，与App同源发布，登录后可查询和申请全省政务服务事项、亮出电子证照和政务服务码。',
        '本次新增100个高频服务“掌上办”，涵盖社保、医保、公积金、户籍、不动产等领域；新增200个事项可在政务服务自助终端“就近办”。',
      ],
    },
    en: {
      title: 'Tianfu Services is now a WeChat mini-program, with 100 more frequent services on the phone',
      issuer: CENTRE.en,
      body: [
        'The Tianfu Services WeChat mini-program is live and publishes the same services as the app: sign in to find and apply for the province’s government services and show your electronic certificates and service code.',
        '100 more frequent services can now be done on the phone, in social and medical insurance, housing provident fund, household registration and real estate, and 200 more at self-service terminals near you.',
      ],
    },
  },
  {
    id: 'chuanyu-certificates-2026',
    category: 'new_service',
    publishedOn: '2026-11-15',
    expiresOn: '2027-04-01',
    serviceCode: null,
    'zh-CN': {
      title: '川渝40类高频电子证照实现亮证互认',
      issuer: OFFICE.zh,
      body: [
        '四川与重庆已实现身份证、驾驶证、营业执照、社会保障卡等40类高频电子证照亮证互认，“政务服务码”川渝互通。',
        '在两地的政务服务大厅、酒店住宿、交通出行等场景，出示“天府通办”中的电子证照即可，无需携带实体证照；核验方扫码即可确认真伪。',
      ],
    },
    en: {
      title: '40 kinds of electronic certificates are accepted in both Sichuan and Chongqing',
      issuer: OFFICE.en,
      body: [
        'Sichuan and Chongqing now accept each other’s electronic ID cards, driving licences, business licences, social security cards and 36 more kinds of frequent certificates, and each other’s service codes.',
        'At service halls, hotels and on public transport in either region, showing the certificate in Tianfu Services is enough: no physical card is needed, and the checker scans it to confirm it is genuine.',
      ],
    },
  },
  {
    id: 'newborn-one-thing-2026',
    category: 'new_service',
    publishedOn: '2026-10-10',
    expiresOn: '2026-12-01',
    serviceCode: 'YJS-0001',
    'zh-CN': {
      title: '新生儿出生“一件事”全程网办',
      issuer: OFFICE.zh,
      body: [
        '新生儿出生医学证明、预防接种证、户口登记、医保参保登记、社会保障卡申领五件事一次申请、并联办理，父母无需往返多个部门。',
        '在“天府通办”搜索“新生儿出生”，填写一张表单、上传出生医学证明即可提交，办结后电子证照自动发放到证照夹。',
      ],
    },
    en: {
      title: 'The newborn “one thing” bundle is fully online',
      issuer: OFFICE.en,
      body: [
        'The birth certificate, vaccination record, household registration, medical insurance enrolment and social security card for a newborn are applied for once and handled in parallel: parents no longer go from one department to the next.',
        'Search “newborn” in Tianfu Services, fill in one form and upload the birth certificate. When it is done, the electronic certificates arrive in your wallet.',
      ],
    },
  },
  {
    id: 'chengdu-weekend-hall-2026',
    category: 'hall_hours',
    publishedOn: '2026-11-01',
    expiresOn: '2027-05-01',
    serviceCode: null,
    'zh-CN': {
      title: '成都市政务服务中心周六延时服务',
      issuer: CHENGDU.zh,
      body: [
        '为方便上班族办事，成都市政务服务中心（高新区锦城大道366号）每周六9:00—17:00开放，提供不动产登记、社保医保、住房公积金、出入境证件等高频业务办理。',
        '周六现场取号，建议通过“天府通办”提前查看所需材料；法定节假日另行通知。',
      ],
    },
    en: {
      title: 'Chengdu Government Services Centre opens on Saturdays',
      issuer: CHENGDU.en,
      body: [
        'For people who work on weekdays, the Chengdu Government Services Centre (366 Jincheng Avenue, High-tech Zone) opens every Saturday from 9:00 to 17:00 for real estate registration, social and medical insurance, housing provident fund, travel documents and other frequent services.',
        'Take a number at the centre on the day; check the materials you need in Tianfu Services first. Public holidays are announced separately.',
      ],
    },
  },
  {
    id: 'hotline-12345-languages-2026',
    category: 'new_service',
    publishedOn: '2026-11-25',
    expiresOn: '2027-03-01',
    serviceCode: null,
    'zh-CN': {
      title: '12345热线和“天府通办”智能咨询支持多语种',
      issuer: CENTRE.zh,
      body: [
        '12345政务服务便民热线和“天府通办”智能咨询现已支持英语咨询，常见问题“秒回”，复杂问题转人工坐席并跟踪办理。',
        '对办事指南有疑问，也可在事项页面使用“事前申报辅导”，提交前检查材料和条件。',
      ],
    },
    en: {
      title: 'The 12345 hotline and online help now answer in English',
      issuer: CENTRE.en,
      body: [
        'The 12345 government services hotline and the smart help in Tianfu Services now answer in English: common questions at once, harder ones passed to an agent who follows them up.',
        'If a service guide is unclear, use “pre-application coaching” on the service page to check your materials and eligibility before you apply.',
      ],
    },
  },
];
