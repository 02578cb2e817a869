import { View } from '@tarojs/components';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { policyDocument, type PolicyKind } from '@/features/consent/model/policy-documents';
import './consent.scss';

/** 用户服务协议 or 隐私政策, in the reader's language. */
export function PolicyView({ kind }: { kind: PolicyKind }) {
  const lang = usePreferencesStore((s) => s.language);
  const doc = policyDocument(kind, lang);
  return (
    <View className='policy-doc' data-testid={`policy-${kind}`}>
      <View className='policy-doc__updated'>{doc.updated}</View>
      {doc.sections.map((section) => (
        <View key={section.heading}>
          <View className='policy-doc__heading' role='heading' aria-level={2}>
            {section.heading}
          </View>
          {section.paragraphs.map((p) => (
            <View key={p} className='policy-doc__paragraph'>
              {p}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

export function usePolicyTitle(kind: PolicyKind): string {
  const lang = usePreferencesStore((s) => s.language);
  return policyDocument(kind, lang).title;
}
