import type { ConsultationAspect, ConsultationLanguage } from '../../../../types/consultation';

/**
 * The words that say what a question asks about (材料, 多少钱, 几天, 在哪…). They are removed before
 * the catalogue search, so a question made only of them (需要带什么材料？) names no service and is
 * asked back rather than matched to whatever service sounds closest.
 */
const ZH_CUES: Record<Exclude<ConsultationAspect, 'overview'>, readonly string[]> = {
  materials: ['需要带什么', '要带什么', '带什么', '准备什么', '需要什么材料', '提交什么', '什么材料', '哪些材料', '材料', '资料', '证件'],
  fee: ['多少钱', '收费吗', '收费', '费用', '要钱吗', '要钱', '花钱', '免费吗', '免费', '价格', '工本费'],
  time_limit: ['多长时间', '多久', '几天', '多少天', '时限', '什么时候能拿到', '什么时候', '办结', '几个工作日'],
  locations: ['在哪里办', '在哪儿办', '去哪里', '去哪儿', '在哪里', '在哪儿', '在哪', '哪里', '地址', '地点', '窗口', '大厅'],
  conditions: ['能不能办', '可不可以', '可以办吗', '能办吗', '条件', '资格', '符合', '要求', '谁可以'],
  steps: ['怎么办理', '如何办理', '怎么申请', '如何申请', '怎么弄', '怎么办', '流程', '步骤', '手续', '程序'],
};

const EN_CUES: Record<Exclude<ConsultationAspect, 'overview'>, readonly RegExp[]> = {
  materials: [/\bdocuments?\b/, /\bmaterials?\b/, /\bbring\b/, /\bpaperwork\b/, /\bpapers\b/, /\bwhat do i need\b/],
  fee: [/\bcosts?\b/, /\bfees?\b/, /\bhow much\b/, /\bprice\b/, /\bcharges?\b/, /\bfree\b/, /\bpay\b/],
  time_limit: [/\bhow long\b/, /\bdays?\b/, /\btime limit\b/, /\bwhen will\b/, /\bhow soon\b/],
  locations: [/\bwhere\b/, /\baddress\b/, /\boffice\b/, /\bhall\b/, /\blocation\b/],
  conditions: [/\beligib\w*/, /\bqualif\w*/, /\bconditions?\b/, /\brequirements?\b/, /\bcan i\b/],
  steps: [/\bhow (do|can) i\b/, /\bhow to\b/, /\bprocess\b/, /\bprocedures?\b/, /\bsteps?\b/],
};

const ASPECT_ORDER: readonly Exclude<ConsultationAspect, 'overview'>[] = ['conditions', 'materials', 'fee', 'time_limit', 'locations', 'steps'];

export interface QuestionAspects {
  aspects: ConsultationAspect[];
  /** The question without the aspect words: what names the service. */
  core: string;
}

export function readAspects(question: string, language: ConsultationLanguage): QuestionAspects {
  const aspects: ConsultationAspect[] = [];
  if (language === 'en') {
    const lower = question.toLowerCase();
    let core = lower;
    for (const aspect of ASPECT_ORDER) {
      if (EN_CUES[aspect].some((cue) => cue.test(lower))) aspects.push(aspect);
      for (const cue of EN_CUES[aspect]) core = core.replace(new RegExp(cue.source, 'g'), ' ');
    }
    return { aspects: aspects.length > 0 ? aspects : ['overview'], core: core.replace(/\s+/g, ' ').trim() };
  }
  let core = question;
  for (const aspect of ASPECT_ORDER) {
    // Longest cue first, so 需要带什么 is removed whole rather than leaving 需要.
    const cues = [...ZH_CUES[aspect]].sort((a, b) => b.length - a.length);
    if (cues.some((cue) => question.includes(cue))) aspects.push(aspect);
    for (const cue of cues) core = core.split(cue).join(' ');
  }
  return { aspects: aspects.length > 0 ? aspects : ['overview'], core: core.replace(/\s+/g, ' ').trim() };
}
