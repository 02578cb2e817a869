import { uploadPng } from './applications';
import type { TestServer } from './test-server';

/** Today in China on the test server's clock, `YYYY-MM-DD`. */
export function chinaTodayOf(server: TestServer): string {
  return new Date(server.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * 新生儿出生“一件事” as a mother fills it, leaving its three switches (父亲信息是否登记, 同步参保,
 * 同步申领社保卡) as they are unless `overrides` set them. One uploaded photo serves as the
 * 证件照 and every uploaded material; its id comes back too.
 */
export async function birthBundleValues(server: TestServer, token: string, overrides: Record<string, unknown> = {}) {
  const photo = await uploadPng(server, token, '证件照.png');
  const values = {
    babyName: '张小宝',
    babySex: 'female',
    birthDate: chinaTodayOf(server),
    birthHospital: '四川省妇幼保健院',
    motherName: '李四',
    hukouWith: 'mother',
    hukouAddress: '成都市武侯区某某街道1号',
    vaccinationClinic: '武侯区社区卫生服务中心',
    deliveryMethod: 'electronic',
    birthCertNo: 'Q510012345',
    cardPhoto: [photo],
    material1: { source: 'certificate', certificateClass: 'IDCARD' },
    material2: { source: 'upload', uploadIds: [photo] },
    material4: { source: 'upload', uploadIds: [photo] },
    ...overrides,
  };
  return { values, photo };
}
