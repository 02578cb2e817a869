import { buildCreditCode } from '../modules/enterprise/credit-code';
import type { RegistryRecord } from '../modules/enterprise/registry-repository';

/**
 * Fictional enterprises for the development enterprise registry, with GB 32100-2015 credit codes
 * computed from their parts (enterprise/credit-code.ts) rather than typed in.
 */

const CITIZEN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A fictional citizen ID with its GB 11643 MOD 11-2 check character. */
function demoCitizenId(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * CITIZEN_ID_WEIGHTS[i];
  return first17 + '10X98765432'[sum % 11];
}

/**
 * Legal representatives who are also demo people elsewhere (demo-certificates.ts, README): 张三 holds
 * 成都锦城餐饮's licences in his 卡包 once bound, 李重庆 those of 重庆渝中山城网络科技. Everyone else
 * gets a fictional ID born in the enterprise's district.
 */
const KNOWN_REPRESENTATIVES: Record<string, string> = {
  张三: '510107198803152013',
  李重庆: '500103199001011021',
};

/** A registry record plus the credit profile a 企业码 shows (纳税信用等级 A/B/M/C/D, 1–3 licences). */
export interface DemoEnterprise extends RegistryRecord {
  creditRating: string;
  licences: string[];
}

const entries: Array<
  [kind: string, district: string, orgBody: string, name: string, legalRepresentative: string, creditRating: string, licences: string[]]
> = [
  ['91', '510107', 'MA61QW3K', '成都天府软件有限公司', '张伟', 'A', ['增值电信业务经营许可证']],
  ['91', '510104', 'MA62A7XN', '四川蜀道智慧交通科技有限公司', '李娜', 'A', ['道路运输经营许可证', '增值电信业务经营许可证']],
  ['91', '510104', '20184736', '成都锦城餐饮管理有限公司', '张三', 'B', ['食品经营许可证', '公共场所卫生许可证']],
  ['91', '511181', '71189504', '四川峨眉雪芽茶业有限责任公司', '刘洋', 'A', ['食品生产许可证', '取水许可证']],
  ['91', '510703', 'MA6B2R8D', '绵阳科创电子有限公司', '陈静', 'B', ['辐射安全许可证']],
  ['91', '510302', '62077310', '自贡灯彩文化传播有限公司', '杨磊', 'M', ['营业性演出许可证']],
  ['91', '510502', 'MA68KJ4T', '泸州江阳醇香酒业有限公司', '赵敏', 'A', ['食品生产许可证', '排污许可证']],
  ['91', '511302', '55467812', '南充嘉陵丝绸纺织有限公司', '黄强', 'B', ['排污许可证']],
  ['91', '511502', 'MA62W9EH', '宜宾三江口物流有限公司', '周杰', 'B', ['道路运输经营许可证', '港口经营许可证']],
  ['91', '510603', '09311245', '德阳旌湖重装机械制造有限公司', '吴刚', 'A', ['特种设备生产许可证', '安全生产许可证']],
  ['91', '511102', 'MA64F1GP', '乐山嘉州旅游服务有限公司', '徐丽', 'B', ['旅行社业务经营许可证']],
  ['91', '510107', 'MA6CU5LB', '成都武侯祠街文创有限公司', '孙悦', 'M', ['出版物经营许可证']],
  ['91', '510402', '78540963', '攀枝花阳光钒钛新材料有限公司', '马超', 'B', ['安全生产许可证', '排污许可证']],
  ['91', '511702', 'MA67N3QR', '达州巴山农业开发有限公司', '胡军', 'C', ['农药经营许可证']],
  ['91', '510116', 'MA6DH8TY', '成都双流空港商贸有限公司', '欧阳娜娜', 'B', ['食品经营许可证', '第二类医疗器械经营备案凭证']],
  ['91', '513201', 'MA6BX2MA', '阿坝嘉绒藏家民宿有限公司', '扎西·多吉', 'M', ['特种行业许可证（旅馆业）', '食品经营许可证', '公共场所卫生许可证']],
  ['92', '510107', 'MA6E0K7C', '成都市武侯区李记钵钵鸡小吃店', '李明', 'M', ['食品经营许可证']],
  ['93', '511181', 'MA62P4JL', '峨眉山市云雾茶叶专业合作社', '何平', 'B', ['食品生产许可证']],
  ['91', '500103', 'MA5U3W6F', '重庆渝中山城网络科技有限公司', '李重庆', 'A', ['增值电信业务经营许可证', '网络文化经营许可证']],
];

export const DEMO_ENTERPRISES: readonly DemoEnterprise[] = entries.map(
  ([kind, district, orgBody, name, legalRepresentative, creditRating, licences], index) => ({
    creditCode: buildCreditCode(kind, district, orgBody),
    name,
    legalRepresentative,
    legalRepresentativeIdNumber:
      KNOWN_REPRESENTATIVES[legalRepresentative] ?? demoCitizenId(`${district}1975${pad2((index % 12) + 1)}${pad2(index + 1)}${101 + index * 3}`),
    regionCode: district,
    creditRating,
    licences,
  }),
);
