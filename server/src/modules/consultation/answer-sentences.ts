import type { ServiceDetail } from '../../../../types/catalog';
import type { AnswerSentence, ConsultationAspect, ConsultationLanguage } from '../../../../types/consultation';
import type { Condition, Policy } from '../../../../types/policies';
import { leafLabel, windowText } from '../policy/engine/explain';

/**
 * Answers as sentences of the guide or policy, each naming the section it quotes. The catalogue is
 * published in Chinese: English answers frame the quoted text in English and keep the quotes as
 * published, so nothing is lost or invented in translation.
 */

const FORM_ZH = { original: '原件', copy: '复印件', electronic: '电子材料', form: '申请表' } as const;
const FORM_EN = { original: 'original', copy: 'copy', electronic: 'electronic file', form: 'application form' } as const;

type GuideSectionName = 'summary' | 'conditions' | 'materials' | 'fee' | 'time_limit' | 'locations' | 'steps';

const OVERVIEW: readonly GuideSectionName[] = ['summary', 'conditions', 'materials', 'fee', 'time_limit', 'locations'];

/** The sections an answer quotes: the summary always leads (it says which service was understood). */
export function guideSectionsFor(aspects: readonly ConsultationAspect[]): GuideSectionName[] {
  if (aspects.includes('overview')) return [...OVERVIEW];
  return ['summary', ...aspects.filter((a): a is Exclude<ConsultationAspect, 'overview'> => a !== 'overview')];
}

function timeLimit(service: ServiceDetail, language: ConsultationLanguage): string {
  const { promisedLimitDays: promised, legalLimitDays: legal } = service.guide;
  if (language === 'en') {
    return promised === 0
      ? `Done on the spot when the materials are complete (legal limit ${legal} working days).`
      : `Promised within ${promised} working day${promised === 1 ? '' : 's'} (legal limit ${legal} working days).`;
  }
  return promised === 0 ? `即办件：材料齐全当场办结（法定时限${legal}个工作日）。` : `承诺${promised}个工作日内办结（法定时限${legal}个工作日）。`;
}

function materialSentence(service: ServiceDetail, index: number, language: ConsultationLanguage): string {
  const m = service.guide.materials[index];
  const certificate = m.certificateClass ? (service.certificateNames[m.certificateClass] ?? m.certificateClass) : null;
  if (language === 'en') {
    const form = m.copies > 1 ? `${FORM_EN[m.form]}, ${m.copies} copies` : FORM_EN[m.form];
    return [
      `${index + 1}. ${m.name} (${form}${m.required ? '' : ', only if it applies'})`,
      m.note ? ` — ${m.note}` : '',
      certificate ? `; your e-certificate “${certificate}” replaces it, no paper needed` : '',
      '.',
    ].join('');
  }
  const form = m.copies > 1 ? `${FORM_ZH[m.form]}${m.copies}份` : FORM_ZH[m.form];
  return [
    `${index + 1}. ${m.name}（${form}${m.required ? '' : '，视情形提供'}）`,
    m.note ? `：${m.note}` : '',
    certificate ? `；可用电子证照“${certificate}”代替，无需提交纸质材料` : '',
    '。',
  ].join('');
}

export function guideSentences(service: ServiceDetail, sections: readonly GuideSectionName[], language: ConsultationLanguage): AnswerSentence[] {
  const en = language === 'en';
  const g = service.guide;
  const source = (section: GuideSectionName) => ({ kind: 'guide' as const, code: service.code, title: service.name, section });
  const out: AnswerSentence[] = [];
  const say = (section: GuideSectionName, text: string) => out.push({ text, source: source(section) });
  for (const section of sections) {
    switch (section) {
      case 'summary':
        say(section, en ? `This is “${service.name}” (${service.department}): ${g.summary}` : `这是“${service.name}”（${service.department}）：${g.summary}`);
        break;
      case 'conditions':
        say(section, en ? `Conditions: ${g.conditions.join('; ')}.` : `办理条件：${g.conditions.join('；')}。`);
        break;
      case 'materials':
        if (g.materials.length === 0) {
          say(section, en ? 'No materials need to be submitted.' : '无需提交材料。');
          break;
        }
        say(section, en ? `Materials (${g.materials.length}):` : `需要准备以下${g.materials.length}项材料：`);
        g.materials.forEach((_, i) => say(section, materialSentence(service, i, language)));
        break;
      case 'fee':
        say(section, en ? `Fee: ${g.fee}.` : `收费标准：${g.fee}。`);
        break;
      case 'time_limit':
        say(section, timeLimit(service, language));
        break;
      case 'locations':
        say(section, en ? `Where: ${g.locations}.` : `办理地点：${g.locations}。`);
        if (service.online) say(section, en ? 'It can also be applied for online in this app.' : '也可在本应用“掌上办”在线申请。');
        if (g.phone) say(section, en ? `Enquiries: ${g.phone}.` : `咨询电话：${g.phone}。`);
        break;
      case 'steps':
        say(section, (en ? 'Steps: ' : '办理流程：') + g.steps.map((s, i) => `${i + 1}. ${s.title}${en ? ': ' : '：'}${s.detail}`).join(en ? '; ' : '；') + (en ? '.' : '。'));
        break;
    }
  }
  return out;
}

function conditionText(condition: Condition): string {
  if ('all' in condition) return condition.all.map(conditionText).join('，');
  if ('any' in condition) return `${condition.any.map(conditionText).join('或')}（满足其一）`;
  return leafLabel(condition);
}

export function policySentences(policy: Policy, language: ConsultationLanguage): AnswerSentence[] {
  const en = language === 'en';
  const out: AnswerSentence[] = [];
  const say = (section: 'summary' | 'conditions' | 'amount' | 'window' | 'materials' | 'contact', text: string) =>
    out.push({ text, source: { kind: 'policy', id: policy.id, title: policy.title, section } });
  say('summary', en ? `This is the policy “${policy.title}” (${policy.issuer}, ${policy.basis}): ${policy.summary}` : `这是“${policy.title}”（${policy.issuer}，${policy.basis}）：${policy.summary}`);
  say('conditions', en ? `Who qualifies: registered in ${policy.regionName}; ${conditionText(policy.conditions)}.` : `支持对象：注册地在${policy.regionName}，${conditionText(policy.conditions)}。`);
  say('amount', en ? `Support: ${policy.amount.text}.` : `支持标准：${policy.amount.text}。`);
  if (policy.automatic) {
    say('window', en ? 'Granted automatically (免申即享): no application is needed.' : '免申即享：无需申请，符合条件的系统自动兑现。');
  } else {
    say('window', en ? `Application period: ${windowText(policy.window)}.` : `申报时间：${windowText(policy.window)}。`);
    if (policy.materials.length > 0) say('materials', en ? `Materials: ${policy.materials.join('; ')}.` : `申报材料：${policy.materials.join('、')}。`);
  }
  if (policy.contact) say('contact', en ? `Enquiries: ${policy.contact}.` : `咨询电话：${policy.contact}。`);
  return out;
}
