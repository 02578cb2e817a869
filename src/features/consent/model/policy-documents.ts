import type { Language } from '@/shared/i18n/i18n';

/**
 * The version a person agrees to. Change it whenever the agreement or the policy changes in
 * substance: everyone is asked again (个人信息保护法 §14: consent to changed purposes or means
 * must be obtained again), and the server records the version with each login.
 */
export const CONSENT_VERSION = '2026-12-01';

export interface PolicySection {
  heading: string;
  paragraphs: string[];
}

export interface PolicyDocument {
  title: string;
  updated: string;
  sections: PolicySection[];
}

export type PolicyKind = 'agreement' | 'privacy';

const CONTACT_ZH =
  '拨打政务服务便民热线 12345，或在本应用“我的 → 12345诉求”中提交，注明“个人信息保护”。我们在收到后 15 个工作日内答复；对答复不满意的，可以向网信、公安等履行个人信息保护职责的部门投诉举报。';
const CONTACT_EN =
  'Call the government service hotline 12345, or file a request under Me → 12345 in this app marked "personal information". We answer within 15 working days. If you are not satisfied, you may complain to the authorities responsible for personal information protection (cyberspace administration, public security).';

const privacyZh: PolicyDocument = {
  title: '隐私政策',
  updated: `版本 ${CONSENT_VERSION}`,
  sections: [
    {
      heading: '一、我们是谁，本政策适用什么',
      paragraphs: [
        '本应用（天府通办，含微信小程序和网页版，下称“我们”）为四川省居民和企业提供网上政务服务：办事指南与在线申请、政务服务码（亮码）、电子证照（亮证）、扫码核验、惠企政策和 12345 诉求。本政策说明我们处理哪些个人信息、为什么、保存多久，以及您如何行使权利。',
        '我们依据《中华人民共和国个人信息保护法》《网络安全法》《数据安全法》处理个人信息，只处理办理政务服务所必需的信息。',
      ],
    },
    {
      heading: '二、我们收集哪些信息、为什么',
      paragraphs: [
        '手机号码：用于短信验证码登录、找回和保护账号、发送办件进度通知。不提供则无法用短信登录，可改用微信一键登录。',
        '微信身份标识（openid）：使用“微信一键登录”时由微信提供，用于识别您的账号。我们不获取您的微信昵称、头像或好友关系。',
        '姓名和公民身份号码（敏感个人信息）：实名认证时由您填写，提交公安机关人口信息核验。用于生成政务服务码、归集您名下的电子证照、预填办事表单。页面上只显示脱敏后的号码（如 1101**********4514），手机上不保存明文。',
        '位置信息（敏感个人信息）：仅在您点击“就近办”或选择附近办事大厅时获取一次，用于按距离排序办事大厅；不在后台获取，不保存到服务器。拒绝授权时可以按城市选择。',
        '照片、相册和摄像头（可能包含人脸等敏感个人信息）：仅在您主动上传办事材料、12345 诉求图片或扫码核验时使用。上传的照片作为办件材料提交给受理部门；扫码只读取二维码内容，不保存画面。',
        '企业信息：绑定企业时填写的统一社会信用代码，以及以企业身份办事、申报惠企政策时填写的企业档案。',
        '办事记录：您的申请、补正材料、评价（好差评）、消息、12345 诉求，以及政务服务码和电子证照被核验的记录（何时、由哪个核验方核验），便于您查询和追溯。',
        '设备和日志：网络状态、应用版本、请求时间和结果，用于保障服务安全运行。日志不记录身份证号、手机号等个人信息。',
      ],
    },
    {
      heading: '三、敏感个人信息和单独同意',
      paragraphs: [
        '身份证号、位置、含人脸的照片属于敏感个人信息。我们在您首次登录前请您阅读并勾选同意本政策；在获取位置、使用摄像头或相册时，微信或浏览器还会单独征求您的授权，您可以拒绝，拒绝只影响对应的功能。',
        '不满十四周岁的未成年人，应在父母或其他监护人同意和陪同下使用本应用。',
      ],
    },
    {
      heading: '四、我们如何共享信息',
      paragraphs: [
        '办理事项时，申请内容和材料提供给该事项的受理部门，由其依法审批。',
        '“川渝通办”时，重庆的核验方可以核验您出示的政务服务码或电子证照，核验只使用二维码中经数字签名的信息，您可以选择亮证时展示哪些字段。',
        '短信验证码通过短信服务商发送，只提供手机号和验证码；微信登录时，微信向我们提供 openid。',
        '除法律法规规定或您另行同意外，我们不向其他任何人提供您的个人信息，不将其用于商业营销，也不出售。',
      ],
    },
    {
      heading: '五、保存期限和安全措施',
      paragraphs: [
        '账号信息（手机号、实名信息、企业绑定、收藏、草稿、上传的照片）保存至您注销账号为止，注销后删除。',
        '已提交的办件、审批结果和 12345 诉求属于政务档案，依照国家档案管理规定的期限保存；政务服务码和亮证的核验记录依照《网络安全法》保存不少于六个月。这些记录在注销后与您的账号解除关联，只用于依法查询和审计。',
        '我们使用加密传输（HTTPS）、访问控制、脱敏显示和数字签名保护您的信息；数据存储在中华人民共和国境内。发生个人信息安全事件时，我们会依法通知您并向主管部门报告。',
      ],
    },
    {
      heading: '六、您的权利',
      paragraphs: [
        '查阅和复制：在“我的”中查看实名信息、企业、办件、消息和用码记录。',
        '更正和补充：实名信息有误时可重新认证；办件信息可以通过补正更正。',
        '撤回同意：在“我的 → 账号与安全”中撤回同意。撤回后您将退出登录，再次使用需要重新同意；撤回不影响撤回前已进行的处理。',
        '注销账号和删除：在“我的 → 账号与安全”中注销账号，我们删除本节点保存的您的个人信息（法律要求保存的记录除外），并使您所有设备上的登录失效。',
        '解释说明：对本政策或个人信息处理规则有疑问的，可以通过下方方式联系我们。',
      ],
    },
    {
      heading: '七、联系我们',
      paragraphs: [CONTACT_ZH, '本政策更新时，我们会在应用内提示，并在您下次登录前再次征求同意。'],
    },
  ],
};

const privacyEn: PolicyDocument = {
  title: 'Privacy Policy',
  updated: `Version ${CONSENT_VERSION}`,
  sections: [
    {
      heading: '1. Who we are',
      paragraphs: [
        'This app (Tianfu Services, as a WeChat mini-program and on the web, "we") offers online government services in Sichuan: service guides and online applications, the government service code, electronic certificates, code verification, enterprise policies and 12345 requests. This policy explains which personal information we process, why, for how long, and your rights.',
        'We process personal information under the Personal Information Protection Law, the Cybersecurity Law and the Data Security Law of the PRC, and only what the services need.',
      ],
    },
    {
      heading: '2. What we collect and why',
      paragraphs: [
        'Mobile number: SMS sign-in, account security and progress notifications. Without it you can sign in with WeChat instead.',
        'WeChat identifier (openid): provided by WeChat when you use WeChat sign-in. We do not receive your nickname, avatar or contacts.',
        'Name and citizen ID number (sensitive): entered for real-name verification and checked against the public security registry; used for your service code, your certificates and to pre-fill forms. Only a masked number is shown; it is never stored in clear on your phone.',
        'Location (sensitive): read once when you tap Nearby, to sort service halls by distance; never in the background and not stored on our servers. Without it you can choose a city.',
        'Photos, album and camera (may show faces; sensitive): only when you upload materials or 12345 photos, or scan a code. Photos go to the department handling your application; scanning reads only the code.',
        'Enterprise information: the credit code of enterprises you bind and the enterprise profile for policy matching.',
        'Service records: applications, corrections, ratings, messages, 12345 cases, and when and by whom your code or certificates were verified.',
        'Device and logs: network state, app version, request times and results, for security. Logs contain no ID or phone numbers.',
      ],
    },
    {
      heading: '3. Sensitive information and separate consent',
      paragraphs: [
        'ID numbers, location and photos of faces are sensitive personal information. You agree to this policy before your first sign-in; WeChat or your browser asks separately before location, camera or album are used, and refusing only affects that feature.',
        'Children under 14 should use the app with the consent and help of a parent or guardian.',
      ],
    },
    {
      heading: '4. Sharing',
      paragraphs: [
        'Your application and its materials go to the department responsible for it.',
        'For Sichuan–Chongqing services, verifiers in Chongqing can verify the signed contents of a code or certificate you show; you choose which fields a certificate shows.',
        'SMS codes are sent through an SMS provider (number and code only); WeChat gives us your openid at WeChat sign-in.',
        'Otherwise we share nothing unless the law requires it or you agree, and we never sell your information or use it for marketing.',
      ],
    },
    {
      heading: '5. Retention and security',
      paragraphs: [
        'Account data (phone, real-name data, enterprise bindings, favourites, drafts, uploaded photos) is kept until you delete your account, then deleted.',
        'Submitted applications, decisions and 12345 cases are government records kept for the periods archive rules set; verification records are kept at least six months (Cybersecurity Law). After account deletion they are no longer linked to an account and are used only for lawful enquiries and audit.',
        'We use HTTPS, access control, masking and digital signatures; data is stored in the PRC. We will notify you and the authorities of any security incident as the law requires.',
      ],
    },
    {
      heading: '6. Your rights',
      paragraphs: [
        'Access and copy: see your real-name data, enterprises, applications, messages and code usage under Me.',
        'Correction: verify your real name again; correct applications through corrections.',
        'Withdraw consent: Me → Account & security. You are signed out and asked again next time; processing before withdrawal is not affected.',
        'Delete your account: Me → Account & security. We delete the personal information this node holds (except records the law requires us to keep) and sign you out on every device.',
        'Explanation: contact us with any question about this policy.',
      ],
    },
    {
      heading: '7. Contact',
      paragraphs: [CONTACT_EN, 'When this policy changes we tell you in the app and ask for your consent again before your next sign-in.'],
    },
  ],
};

const agreementZh: PolicyDocument = {
  title: '用户服务协议',
  updated: `版本 ${CONSENT_VERSION}`,
  sections: [
    {
      heading: '一、服务内容',
      paragraphs: [
        '本应用提供四川省政务服务的网上办理：查询办事指南、在线申请和进度查询、政务服务码、电子证照的出示和核验、惠企政策匹配和申报、12345 诉求。具体事项的受理、审批和结果由相应政府部门依法作出。',
        '本协议与《隐私政策》一起适用。您勾选同意后登录，即与我们订立本协议；您可以随时撤回同意或注销账号。',
      ],
    },
    {
      heading: '二、账号和实名',
      paragraphs: [
        '您可以用手机号和短信验证码，或在微信小程序中用微信一键登录。一个手机号或微信身份对应一个账号。',
        '办理需要身份的事项前，您应当以本人真实的姓名和公民身份号码完成实名认证。不得冒用他人身份，不得借用、出借或转让账号、政务服务码或电子证照。',
        '请妥善保管手机和验证码。发现账号被他人使用的，请立即退出所有登录并联系我们。',
      ],
    },
    {
      heading: '三、政务服务码和电子证照',
      paragraphs: [
        '政务服务码和亮证二维码定时刷新并带有数字签名，只能由本人出示。截屏或转发二维码属于出借，可能导致核验失败或被追究责任。',
        '电子证照与纸质证照具有同等效力的范围，以相关法律法规和发证部门的规定为准。证照信息有误的，请向发证部门申请更正。',
      ],
    },
    {
      heading: '四、您的义务',
      paragraphs: [
        '提交的申请材料应当真实、完整、合法；提供虚假材料的，依法承担相应责任。',
        '不得利用本应用从事违法活动，不得干扰、攻击或未经授权访问本应用和其他用户的信息。',
      ],
    },
    {
      heading: '五、服务的变更、中断和终止',
      paragraphs: [
        '因系统维护、升级或不可抗力，服务可能暂时中断，我们会尽可能提前告知。离线时，政务服务码和已下载的亮证二维码仍可在有效期内使用。',
        '您注销账号后，本协议终止；依法需要保存的办件记录按《隐私政策》处理。',
      ],
    },
    {
      heading: '六、协议的变更和争议',
      paragraphs: [
        '本协议变更时，我们在应用内公布新版本，并在您下次登录前再次征求同意；您不同意的，可以停止使用并注销账号。',
        '本协议适用中华人民共和国法律。',
      ],
    },
    { heading: '七、联系我们', paragraphs: [CONTACT_ZH] },
  ],
};

const agreementEn: PolicyDocument = {
  title: 'User Service Agreement',
  updated: `Version ${CONSENT_VERSION}`,
  sections: [
    {
      heading: '1. The service',
      paragraphs: [
        'This app offers Sichuan government services online: service guides, online applications and their progress, the government service code, showing and verifying electronic certificates, enterprise policies and 12345 requests. Decisions on applications are made by the responsible departments under the law.',
        'This agreement applies together with the Privacy Policy. You enter into it by ticking your consent and signing in; you may withdraw consent or delete your account at any time.',
      ],
    },
    {
      heading: '2. Account and real name',
      paragraphs: [
        'Sign in with your mobile number and an SMS code, or with WeChat in the mini-program. One number or WeChat identity is one account.',
        'Before services that need your identity, verify your real name with your own name and citizen ID. Do not use another person\'s identity, and do not lend or transfer your account, code or certificates.',
        'Keep your phone and codes safe. If someone else used your account, sign out everywhere and contact us.',
      ],
    },
    {
      heading: '3. Service code and electronic certificates',
      paragraphs: [
        'Codes refresh regularly and are digitally signed; only you may show them. A screenshot or forwarded code is lending it and may fail verification.',
        'Where an electronic certificate is equivalent to the paper one is set by law and by the issuing department; ask the issuer to correct wrong data.',
      ],
    },
    {
      heading: '4. Your obligations',
      paragraphs: [
        'Materials you submit must be true, complete and lawful; false materials carry legal liability.',
        'Do not use the app for unlawful purposes or interfere with it or with other users\' information.',
      ],
    },
    {
      heading: '5. Changes, interruptions and termination',
      paragraphs: [
        'Maintenance, upgrades or force majeure may interrupt the service; we announce it in advance where we can. Offline, your service code and downloaded certificate codes keep working while valid.',
        'The agreement ends when you delete your account; records the law requires are handled as the Privacy Policy says.',
      ],
    },
    {
      heading: '6. Changes and disputes',
      paragraphs: [
        'When this agreement changes we publish the new version in the app and ask for your consent again before your next sign-in; if you disagree you may stop using the app and delete your account.',
        'This agreement is governed by the laws of the PRC.',
      ],
    },
    { heading: '7. Contact', paragraphs: [CONTACT_EN] },
  ],
};

const DOCUMENTS: Record<PolicyKind, Record<Language, PolicyDocument>> = {
  agreement: { 'zh-CN': agreementZh, en: agreementEn },
  privacy: { 'zh-CN': privacyZh, en: privacyEn },
};

export function policyDocument(kind: PolicyKind, lang: Language): PolicyDocument {
  return DOCUMENTS[kind][lang];
}
