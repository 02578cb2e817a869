/**
 * 消息中心 in the reader's language. A message stores its kind and parameters; the phone words
 * them. The one parameter that is a name is rendered at read time from its key: an application's
 * service (through the application), a policy's title (through its id). An enterprise named by an
 * inspection is a proper name and stays as registered.
 */
import type { z } from 'zod';
import type { MessageList } from '../../../../types/messages';
import type { Language } from '../../http/language';
import { applicationNameEn } from '../application/application-english';
import { POLICY_TITLES_EN } from '../policy/reference/english';
import type { MessageDeps } from './message-deps';

type Messages = z.input<typeof MessageList>;

export async function messagesIn(deps: Pick<MessageDeps, 'applicationRepository'>, list: Messages, language: Language): Promise<Messages> {
  if (language !== 'en') return list;
  const services = new Map<string, { code: string; name: string } | null>();
  const serviceOf = async (applicationId: string) => {
    if (!services.has(applicationId)) {
      const row = await deps.applicationRepository.findById(applicationId);
      services.set(applicationId, row ? { code: row.service_code, name: row.service_name } : null);
    }
    return services.get(applicationId) ?? null;
  };
  const items = await Promise.all(
    list.items.map(async (m) => {
      if (m.serviceName === null || m.serviceName === undefined) return m;
      if (m.policyId) return { ...m, serviceName: POLICY_TITLES_EN[m.policyId] ?? m.serviceName };
      const service = m.applicationId ? await serviceOf(m.applicationId) : null;
      return service ? { ...m, serviceName: applicationNameEn(service.code, service.name) } : m;
    }),
  );
  return { ...list, items };
}
