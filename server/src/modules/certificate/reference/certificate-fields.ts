/**
 * Fields and 照面 layout of the 40 川渝互认 certificate classes, keyed by class code
 * (`certificate-classes.ts` holds code, name, holder and issuing departments). A field is
 * `{ key, label, labelEn, sensitive, type }`; sensitive values are stored encrypted like every
 * field, shown masked unless the holder re-authenticated, and never put into a QR code in full.
 * `lodging` / `transport` name the fields of the 住宿 / 交通 templates (scqr-v1 §3.1); the 窗口
 * template is every non-image field, sensitive ones masked.
 */
import type { CertificateFieldDef, CertificateLayout } from '../../../../../types/certificates';

export interface CertificateClassSpec {
  fields: CertificateFieldDef[];
  layout: CertificateLayout;
  /** 住宿: who the holder is (the photo travels as its `ph` digest, the image online only). */
  lodging: string[];
  /** 交通: validity, plus what a transport check needs (准驾车型, 号牌). */
  transport: string[];
}

const t = (key: string, label: string, labelEn: string): CertificateFieldDef => ({ key, label, labelEn, sensitive: false, type: 'text' });
const s = (key: string, label: string, labelEn: string): CertificateFieldDef => ({ key, label, labelEn, sensitive: true, type: 'text' });
const d = (key: string, label: string, labelEn: string): CertificateFieldDef => ({ key, label, labelEn, sensitive: false, type: 'date' });
const PHOTO: CertificateFieldDef = { key: 'photo', label: '照片', labelEn: 'Photo', sensitive: false, type: 'image' };

// Recurring fields.
const NAME = t('name', '姓名', 'Name');
const SEX = t('sex', '性别', 'Sex');
const BIRTH = d('birthDate', '出生日期', 'Date of birth');
const ID = s('idNumber', '公民身份号码', 'Citizen ID number');
const FROM = d('validFrom', '有效期起', 'Valid from');
const TO = d('validTo', '有效期至', 'Valid to');
const ISSUED = d('issueDate', '发证日期', 'Date of issue');
const ISSUER = t('issuer', '发证机关', 'Issuing authority');
const CERT_NO = t('certNo', '证书编号', 'Certificate number');
const ENT = t('entName', '名称', 'Name');
const USCC = t('creditCode', '统一社会信用代码', 'Unified social credit code');
const LEGAL = t('legalRepresentative', '法定代表人', 'Legal representative');
const ADDRESS = t('address', '住所', 'Domicile');
const PREMISES = t('premises', '经营场所', 'Business premises');

const BLUE = { background: '#E8F1FB', accent: '#1F5FA8' };
const RED = { background: '#FBEAEA', accent: '#B3261E' };
const GREEN = { background: '#EAF6EE', accent: '#1E7B45' };
const GOLD = { background: '#FFF6E0', accent: '#9A6A00' };
const GREY = { background: '#F2F3F5', accent: '#3C4A5C' };

type Colors = typeof BLUE;

/** rows default to one field per row in field order, the image (if any) drawn beside them. */
function spec(
  title: string,
  colors: Colors,
  fields: CertificateFieldDef[],
  options: { rows?: string[][]; lodging?: string[]; transport?: string[] } = {},
): CertificateClassSpec {
  const photo = fields.find((f) => f.type === 'image')?.key ?? null;
  const rows = options.rows ?? fields.filter((f) => f.type !== 'image').map((f) => [f.key]);
  const keys = new Set(fields.map((f) => f.key));
  const has = (k: string) => keys.has(k);
  const personLodging = ['name', 'idNumber'].filter(has);
  const entLodging = ['entName', 'creditCode'].filter(has);
  return {
    fields,
    layout: { title, ...colors, rows, photo },
    lodging: options.lodging ?? (personLodging.length > 0 ? personLodging : entLodging),
    transport: options.transport ?? ['validFrom', 'validTo'].filter(has),
  };
}

/** A person's professional certificate: name, sex, ID, the qualification, number, issuer, dates. */
function qualification(title: string, colors: Colors, specific: CertificateFieldDef[], withPhoto = true) {
  const fields = [NAME, SEX, ID, ...specific, CERT_NO, ISSUER, ISSUED, ...(withPhoto ? [PHOTO] : [])];
  return spec(title, colors, fields);
}

/** An enterprise licence: name, credit code, legal representative, premises, the permission, dates. */
function licence(title: string, colors: Colors, specific: CertificateFieldDef[], withDates = true) {
  const fields = [ENT, USCC, LEGAL, PREMISES, ...specific, t('licenceNo', '许可证编号', 'Licence number'), ISSUER, ...(withDates ? [FROM, TO] : [ISSUED])];
  return spec(title, colors, fields);
}

export const CERTIFICATE_FIELDS: Record<string, CertificateClassSpec> = {
  // ───────────── 个人 ─────────────
  IDCARD: spec('中华人民共和国居民身份证', BLUE, [
    NAME, SEX, t('nation', '民族', 'Ethnicity'), BIRTH, s('address', '住址', 'Address'), ID, ISSUER, FROM, TO, PHOTO,
  ], { rows: [['name'], ['sex', 'nation'], ['birthDate'], ['address'], ['idNumber'], ['issuer'], ['validFrom', 'validTo']] }),
  HUKOU: spec('居民户口簿', GOLD, [
    t('householdHead', '户主姓名', 'Head of household'), t('householdType', '户别', 'Household type'), NAME,
    t('relationship', '与户主关系', 'Relationship to head'), SEX, t('nation', '民族', 'Ethnicity'), BIRTH,
    t('birthplace', '出生地', 'Place of birth'), s('address', '住址', 'Address'), ID, t('registrationAuthority', '登记机关', 'Registration authority'), ISSUED,
  ], { rows: [['householdHead', 'householdType'], ['name', 'relationship'], ['sex', 'nation'], ['birthDate', 'birthplace'], ['address'], ['idNumber'], ['registrationAuthority', 'issueDate']] }),
  RESID: spec('居住证', GREEN, [NAME, SEX, BIRTH, ID, s('residence', '居住地址', 'Address of residence'), t('registeredDomicile', '户籍地', 'Registered domicile'), ISSUER, FROM, TO, PHOTO]),
  DRVLIC: spec('中华人民共和国机动车驾驶证', GREY, [
    NAME, SEX, t('nationality', '国籍', 'Nationality'), s('address', '住址', 'Address'), BIRTH, d('firstIssueDate', '初次领证日期', 'First issued'),
    t('vehicleClass', '准驾车型', 'Permitted vehicle class'), ID, s('fileNumber', '档案编号', 'File number'), ISSUER, FROM, TO, PHOTO,
  ], {
    rows: [['idNumber'], ['name', 'sex', 'nationality'], ['address'], ['birthDate', 'firstIssueDate'], ['vehicleClass'], ['validFrom', 'validTo'], ['fileNumber'], ['issuer']],
    transport: ['vehicleClass', 'validFrom', 'validTo'],
  }),
  VEHLIC: spec('中华人民共和国机动车行驶证', GREY, [
    t('plateNumber', '号牌号码', 'Plate number'), t('vehicleType', '车辆类型', 'Vehicle type'), t('owner', '所有人', 'Owner'),
    s('address', '住址', 'Address'), t('useCharacter', '使用性质', 'Use'), t('model', '品牌型号', 'Make and model'),
    s('vin', '车辆识别代号', 'VIN'), s('engineNo', '发动机号码', 'Engine number'), d('registerDate', '注册日期', 'Registered'), ISSUED, ISSUER,
    t('inspectionValidTo', '检验有效期至', 'Inspection valid to'),
  ], {
    rows: [['plateNumber', 'vehicleType'], ['owner'], ['address'], ['useCharacter', 'model'], ['vin'], ['engineNo'], ['registerDate', 'issueDate'], ['issuer'], ['inspectionValidTo']],
    lodging: ['owner', 'plateNumber'],
    transport: ['plateNumber', 'vehicleType', 'inspectionValidTo'],
  }),
  SSCARD: spec('中华人民共和国社会保障卡', RED, [
    NAME, SEX, ID, s('cardNumber', '社会保障卡号', 'Card number'), t('bank', '发卡银行', 'Issuing bank'), ISSUER, ISSUED, TO, PHOTO,
  ], { transport: ['validTo'] }),
  MIVCHR: spec('医保电子凭证', GREEN, [NAME, ID, t('insuredPlace', '参保地', 'Insured in'), t('insuranceType', '险种', 'Scheme'), ISSUER, ISSUED]),
  MARRY: spec('结婚证', RED, [
    t('holderName', '持证人', 'Holder'), d('registrationDate', '登记日期', 'Date of registration'), CERT_NO,
    t('name', '姓名（男方）', 'Name (husband)'), s('idNumber', '身份证件号（男方）', 'ID number (husband)'),
    t('spouseName', '姓名（女方）', 'Name (wife)'), s('spouseIdNumber', '身份证件号（女方）', 'ID number (wife)'),
    t('registrationAuthority', '登记机关', 'Registration authority'), PHOTO,
  ], { rows: [['holderName'], ['registrationDate', 'certNo'], ['name', 'idNumber'], ['spouseName', 'spouseIdNumber'], ['registrationAuthority']], lodging: ['holderName', 'registrationDate'] }),
  DIVORC: spec('离婚证', GREY, [
    t('holderName', '持证人', 'Holder'), d('registrationDate', '登记日期', 'Date of registration'), CERT_NO,
    t('name', '姓名', 'Name'), s('idNumber', '身份证件号', 'ID number'), t('formerSpouseName', '对方姓名', 'Former spouse'),
    t('registrationAuthority', '登记机关', 'Registration authority'),
  ], { lodging: ['holderName'] }),
  BIRTH: spec('出生医学证明', GOLD, [
    t('childName', '新生儿姓名', "Child's name"), SEX, d('birthDate', '出生时间', 'Date of birth'), t('birthplace', '出生地点', 'Place of birth'),
    t('gestationalWeeks', '出生孕周', 'Gestation (weeks)'), t('weight', '出生体重（克）', 'Weight (g)'),
    t('motherName', '母亲姓名', "Mother's name"), s('motherIdNumber', '母亲身份证件号', "Mother's ID number"),
    t('fatherName', '父亲姓名', "Father's name"), s('fatherIdNumber', '父亲身份证件号', "Father's ID number"),
    t('institution', '接生机构', 'Delivering institution'), CERT_NO, ISSUED,
  ], { lodging: ['childName', 'birthDate'], transport: ['birthDate'] }),
  DIPLOM: qualification('学历证书', BLUE, [t('school', '学校名称', 'Institution'), t('major', '专业', 'Programme'), t('level', '层次', 'Level'), d('graduationDate', '毕业日期', 'Graduated')]),
  DEGREE: qualification('学位证书', BLUE, [t('school', '学位授予单位', 'Awarding institution'), t('degree', '学位', 'Degree'), t('discipline', '学科门类', 'Discipline')]),
  TCHCRT: qualification('教师资格证书', GREEN, [t('qualificationType', '资格种类', 'Qualification'), t('subject', '任教学科', 'Subject')]),
  VOCQUA: qualification('职业资格证书', GREEN, [t('occupation', '职业（工种）', 'Occupation'), t('grade', '等级', 'Grade')]),
  TITLE: qualification('专业技术职务任职资格证书', GOLD, [t('series', '系列', 'Series'), t('title', '资格名称', 'Title'), d('approvalDate', '评审通过时间', 'Approved')]),
  DISAB: spec('中华人民共和国残疾人证', RED, [NAME, SEX, ID, t('disabilityCategory', '残疾类别', 'Category'), t('disabilityGrade', '残疾等级', 'Grade'), s('address', '住址', 'Address'), CERT_NO, ISSUER, FROM, TO, PHOTO]),
  VETRAN: spec('退役军人优待证', RED, [NAME, SEX, ID, t('category', '优待类别', 'Category'), CERT_NO, ISSUER, ISSUED, PHOTO]),
  REPROP: spec('不动产权证书', GOLD, [
    t('holderName', '权利人', 'Right holder'), s('holderIdNumber', '权利人证件号', 'Right holder ID'), t('ownership', '共有情况', 'Co-ownership'),
    s('location', '坐落', 'Location'), t('unitNumber', '不动产单元号', 'Unit number'), t('rightType', '权利类型', 'Right type'),
    t('usage', '用途', 'Use'), t('area', '面积（㎡）', 'Area (m²)'), CERT_NO, ISSUER, ISSUED,
  ], { lodging: ['holderName'] }),
  REPRF: spec('不动产登记证明', GOLD, [
    t('holderName', '权利人（申请人）', 'Right holder'), t('obligor', '义务人', 'Obligor'), t('matter', '证明权利或事项', 'Right or matter'),
    s('location', '坐落', 'Location'), t('unitNumber', '不动产单元号', 'Unit number'), CERT_NO, ISSUER, ISSUED,
  ], { lodging: ['holderName'] }),
  DOCTOR: qualification('医师执业证书', BLUE, [t('practiceType', '执业类别', 'Category'), t('practiceScope', '执业范围', 'Scope'), t('practicePlace', '执业地点', 'Place of practice')]),
  NURSE: qualification('护士执业证书', BLUE, [t('practicePlace', '执业地点', 'Place of practice'), TO]),
  GUIDE: qualification('导游证', GREEN, [t('language', '语种', 'Language'), t('level', '等级', 'Level'), t('agency', '所属机构', 'Agency'), TO]),
  LAWYER: qualification('律师执业证', RED, [t('lawFirm', '执业机构', 'Law firm'), t('practiceType', '执业证类别', 'Practice type')]),
  SPEQOP: qualification('特种设备安全管理和作业人员证', GREY, [t('workItem', '作业项目', 'Work item'), t('itemCode', '项目代号', 'Item code'), FROM, TO]),
  DRVQUA: qualification('道路运输从业人员从业资格证', GREY, [t('category', '从业资格类别', 'Category'), FROM, TO]),

  // ───────────── 法人 ─────────────
  BIZLIC: spec('营业执照', RED, [
    USCC, ENT, t('entType', '类型', 'Type'), LEGAL, t('businessScope', '经营范围', 'Business scope'), t('registeredCapital', '注册资本', 'Registered capital'),
    d('establishedDate', '成立日期', 'Established'), ADDRESS, t('registrationAuthority', '登记机关', 'Registration authority'), ISSUED,
  ], { rows: [['creditCode'], ['entName'], ['entType'], ['legalRepresentative'], ['businessScope'], ['registeredCapital', 'establishedDate'], ['address'], ['registrationAuthority', 'issueDate']], transport: ['establishedDate'] }),
  FOODOP: licence('食品经营许可证', GREEN, [t('mainBusiness', '主体业态', 'Business format'), t('businessItems', '经营项目', 'Business items')]),
  FOODPR: licence('食品生产许可证', GREEN, [t('foodCategory', '食品类别', 'Food category')]),
  DRUGOP: licence('药品经营许可证', BLUE, [t('businessMode', '经营方式', 'Business mode'), t('businessScope', '经营范围', 'Scope'), t('qualityManager', '质量负责人', 'Quality manager')]),
  MEDORG: licence('医疗机构执业许可证', BLUE, [t('orgType', '类别', 'Category'), t('departments', '诊疗科目', 'Departments'), t('beds', '床位', 'Beds')]),
  ROADOP: licence('道路运输经营许可证', GREY, [t('businessScope', '经营范围', 'Scope')]),
  ROADVC: spec('道路运输证', GREY, [ENT, USCC, t('plateNumber', '车辆号牌', 'Plate number'), t('vehicleType', '车辆类型', 'Vehicle type'), t('tonnage', '吨（座）位', 'Tonnage / seats'), t('businessScope', '经营范围', 'Scope'), CERT_NO, ISSUER, FROM, TO], { transport: ['plateNumber', 'validFrom', 'validTo'] }),
  CONQUA: licence('建筑业企业资质证书', GOLD, [t('qualification', '资质类别及等级', 'Qualification and grade')]),
  SAFETY: licence('安全生产许可证', GOLD, [t('scope', '许可范围', 'Scope')]),
  HYGLIC: licence('公共场所卫生许可证', GREEN, [t('category', '许可项目', 'Licensed activity')]),
  POLLUT: licence('排污许可证', GREEN, [t('industry', '行业类别', 'Industry'), t('pollutants', '主要污染物类别', 'Main pollutants')]),
  HAZCHM: licence('危险化学品经营许可证', RED, [t('businessMode', '经营方式', 'Business mode'), t('scope', '许可范围', 'Scope')]),
  TOBACO: licence('烟草专卖零售许可证', GOLD, [t('scope', '经营范围', 'Scope'), t('supplier', '供货单位', 'Supplier')]),
  HRSVC: licence('人力资源服务许可证', BLUE, [t('serviceScope', '服务范围', 'Services')]),
  LABDIS: licence('劳务派遣经营许可证', BLUE, [t('registeredCapital', '注册资本', 'Registered capital')]),
};
