
/** zh-CN is the source of truth: every other language must define exactly these keys. */
export const zhCN = {
  'app.name': '天府通办',
  'tab.home': '首页',
  'tab.services': '办事',
  'tab.code': '亮码',
  'tab.wallet': '证照',
  'tab.mine': '我的',

  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.submit': '提交',
  'common.cancel': '取消',
  'common.confirm': '确定',
  'common.offline': '网络已断开，部分功能暂不可用',
  'common.notLoggedIn': '您还未登录',
  'common.goLogin': '去登录',
  'common.comingSoon': '即将上线',
  'nav.back': '返回',
  'nav.home': '返回首页',





  'mine.realNameTodo': '未实名，去认证',
  'mine.actingAsPerson': '个人',
  'mine.phone': '手机号',

  'privacyPrompt.title': '隐私保护提示',
  'privacyPrompt.body': '该功能需要使用您的个人信息（如相册、摄像头或位置）。请阅读《隐私政策》后选择是否同意，拒绝只影响该功能。',
  'privacyPrompt.policy': '查看《隐私政策》',
  'privacyPrompt.agree': '同意',
  'privacyPrompt.disagree': '拒绝',





  'error.VALIDATION_FAILED': '填写的信息有误，请检查后重试',
  'error.UNAUTHENTICATED': '请先登录',
  'error.SESSION_EXPIRED': '登录已过期，请重新登录',
  'error.FORBIDDEN': '您没有权限进行此操作',
  'error.CSRF_TOKEN_INVALID': '页面已过期，请刷新后重试',
  'error.NOT_FOUND': '内容不存在',
  'error.CONFLICT': '该信息已被其他账号使用',
  'error.RATE_LIMITED': '操作太频繁，请稍后再试',
  'error.PAYLOAD_TOO_LARGE': '提交的内容过大',
  'error.SMS_CODE_INVALID': '验证码错误',
  'error.SMS_CODE_EXPIRED': '验证码已过期，请重新获取',
  'error.SMS_CODE_LOCKED': '验证码错误次数过多，请重新获取',
  'error.SMS_SEND_TOO_FREQUENT': '验证码发送太频繁，请稍后再试',
  'error.WEAPP_LOGIN_FAILED': '微信登录失败，请使用手机号登录',
  'error.REAL_NAME_REQUIRED': '请先完成实名认证',
  'error.REAL_NAME_MISMATCH': '姓名与身份证号未通过核验，请核对；如身份证被他人冒用，请携带身份证到政务服务窗口申诉',
  'error.REAL_NAME_ALREADY_VERIFIED': '您已完成实名认证',
  'error.ENTERPRISE_NOT_FOUND': '未查询到该统一社会信用代码对应的企业',
  'error.ENTERPRISE_ALREADY_BOUND': '您已绑定该企业',
  'error.ENTERPRISE_NOT_BOUND': '您尚未绑定该企业',
  'error.INTERNAL': '服务暂时不可用，请稍后再试',
  'error.NETWORK': '网络连接失败，请检查网络后重试',
  'error.TIMEOUT': '请求超时，请稍后重试',

  'field.MOBILE_INVALID': '请输入正确的11位手机号',
  'field.SMS_CODE_FORMAT': '验证码为6位数字',
  'field.CITIZEN_ID_INVALID': '身份证号码有误，请核对（含末位校验码）',
  'field.CREDIT_CODE_INVALID': '统一社会信用代码有误，请核对（含末位校验码）',
  'field.PERSON_NAME_INVALID': '请输入与身份证一致的姓名',
  'field.CITIZEN_ID_LENGTH': '身份证号码应为18位',
  'field.CITIZEN_ID_FORMAT': '身份证号码前17位为数字，末位为数字或X',
  'field.CITIZEN_ID_BIRTH_DATE': '身份证号码中的出生日期（第7–14位）有误',
  'field.CITIZEN_ID_CHECK_DIGIT': '身份证号码末位校验码不符，请核对是否输错某一位',
  'field.PERSON_NAME_LENGTH': '姓名应为2–15个字，与身份证一致',
  'field.PERSON_NAME_CHARACTERS': '姓名只能包含汉字，少数民族姓名用“·”分隔',
  'field.PERSON_NAME_DOT': '“·”只能用在姓名两部分之间，且只用一个',
  'field.REQUIRED': '此项为必填项',











  'scan.camera': '扫一扫',
  'scan.image': '从相册选择图片',
  'scan.failed': '扫码失败，请重试',
  'scan.noCamera': '无法打开摄像头，可从相册选择图片',
  'scan.noCodeInImage': '图片中未识别到二维码',



  'region.510000': '四川',
  'region.500000': '重庆',




  'error.ILLEGAL_TRANSITION': '当前办件状态下不能进行此操作',
  'error.IDEMPOTENCY_CONFLICT': '重复提交的内容不一致，请刷新后重试',
  'error.FILE_TOO_LARGE': '文件过大，请压缩后重新上传（不超过3MB）',
  'error.FILE_TYPE_NOT_ALLOWED': '仅支持 JPG、PNG 图片或 PDF 文件',
  'error.DRAFT_NOT_FOUND': '没有找到草稿',
  'error.ALREADY_RATED': '您已评价过该办件',
  'error.FORM_NOT_AVAILABLE': '该事项暂不支持在线申请，请到就近大厅办理',
  'error.UNSUPPORTED_MEDIA_TYPE': '请求格式不受支持，请更新应用后重试',
  'error.NOT_READY': '服务暂不可用（启动或维护中），请稍后再试',
  'error.BUSY': '当前办理人数较多，本次未保存，请稍后再试',
  'error.STAFF_ROLE_FORBIDDEN': '您的岗位无权办理此项业务',
  'error.STAFF_OFFICE_FORBIDDEN': '该事项不属于您所在的办理机构',
  'error.CONFLICT_OF_INTEREST': '本人或本人相关事项须回避，已转由其他工作人员办理',

  // Entry points into features from the tabs and the message centre: they load with the tabs.


  'error.ENTERPRISE_NOT_AUTHORIZED': '您未获该企业授权办理此事项，请联系法定代表人授权',


  'staff.needLogin': '请使用工作人员手机号登录后使用工作台',

  'form.choose': '请选择',
};
