import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ApiClientError } from '@/shared/api/api-error';
import { errorMessage } from '@/shared/api/error-message';
import { invalidateQueries } from '@/shared/api/use-api-query';
import { translateFeature } from '@/shared/i18n/use-feature-t';
import { policyMessages } from '@/features/enterprise-policy/i18n/policy-messages';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { getEnterpriseProfile, policyKeys, saveEnterpriseProfile } from '@/features/enterprise-policy/api/policy-api';
import { bodyFromDraft, draftFromProfile, type ProfileDraft } from '@/features/enterprise-policy/model/profile-form';

/** 一企一档: the acting enterprise's facts, pre-filled from the registry, edited by the owner. */
export function useEnterpriseProfile() {
  const lang = usePreferencesStore((s) => s.language);
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [meta, setMeta] = useState<{ name: string; creditCode: string; suggestedSizeClass: string | null } | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    getEnterpriseProfile().then(
      (p) => {
        setDraft(draftFromProfile(p));
        setMeta({ name: p.enterpriseName, creditCode: p.creditCode, suggestedSizeClass: p.suggestedSizeClass });
      },
      setLoadError,
    );
  }, []);

  function set<K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) {
    setDraft((d) => (d ? { ...d, [key]: value } : d));
    setErrors((e) => {
      const { [key]: _removed, ...rest } = e;
      return rest;
    });
  }

  async function save(): Promise<boolean> {
    if (!draft) return false;
    const parsed = bodyFromDraft(draft);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return false;
    }
    setSaving(true);
    try {
      const saved = await saveEnterpriseProfile(parsed.body);
      setDraft(draftFromProfile(saved));
      setMeta({ name: saved.enterpriseName, creditCode: saved.creditCode, suggestedSizeClass: saved.suggestedSizeClass });
      void invalidateQueries(policyKeys.all);
      void Taro.showToast({ title: translateFeature(policyMessages, lang, 'policy.profileSaved'), icon: 'success' });
      return true;
    } catch (e) {
      if (e instanceof ApiClientError && e.issues.length > 0) {
        setErrors(Object.fromEntries(e.issues.map((i) => [i.path, i.code])));
      } else {
        void Taro.showToast({ title: errorMessage(lang, e), icon: 'none' });
      }
      return false;
    } finally {
      setSaving(false);
    }
  }

  return { draft, meta, loadError, errors, saving, set, save };
}
