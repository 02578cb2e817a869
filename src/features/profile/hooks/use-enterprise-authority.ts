import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { EnterpriseActivity, EnterpriseAuthorization } from '@contract/enterprises';
import type { EnterpriseScope } from '@contract/identity';
import { isValidCitizenId } from '@contract/identity-numbers';
import { errorMessage, fieldMessage } from '@/shared/api/error-message';
import { translateFeature } from '@/shared/i18n/use-feature-t';
import { enterpriseAuthorityMessages } from '@/features/profile/i18n/enterprise-authority-messages';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import {
  grantEnterpriseAuthorization, listEnterpriseActivity, listEnterpriseAuthorizations, revokeEnterpriseAuthorization,
} from '@/features/profile/api/profile-api';

export const ENTERPRISE_SCOPES: readonly EnterpriseScope[] = ['applications', 'policies', 'certificates', 'service_code'];

/** 经办人授权 of one enterprise (legal representative): the grants, a form for a new one, and the activity log. */
export function useEnterpriseAuthority(enterpriseId: string) {
  const lang = usePreferencesStore((s) => s.language);
  const [authorizations, setAuthorizations] = useState<EnterpriseAuthorization[] | null>(null);
  const [activity, setActivity] = useState<EnterpriseActivity[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [scopes, setScopes] = useState<EnterpriseScope[]>([]);
  const [validUntil, setValidUntil] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      const [grants, log] = await Promise.all([listEnterpriseAuthorizations(enterpriseId), listEnterpriseActivity(enterpriseId)]);
      setAuthorizations(grants.items);
      setActivity(log.items);
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }, [enterpriseId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  function toggleScope(scope: EnterpriseScope) {
    setScopes((s) => (s.includes(scope) ? s.filter((x) => x !== scope) : [...s, scope]));
  }

  async function grant() {
    const found: Record<string, string> = {};
    if (name.trim().length < 2) found.granteeName = translateFeature(enterpriseAuthorityMessages, lang, 'field.PERSON_NAME_INVALID');
    if (!isValidCitizenId(idNumber.trim().toUpperCase())) found.granteeIdNumber = translateFeature(enterpriseAuthorityMessages, lang, 'field.CITIZEN_ID_INVALID');
    if (!validUntil) found.validUntil = translateFeature(enterpriseAuthorityMessages, lang, 'enterpriseAuth.pickDate');
    if (scopes.length === 0) found.scopes = translateFeature(enterpriseAuthorityMessages, lang, 'enterpriseAuth.pickScope');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await grantEnterpriseAuthorization(enterpriseId, { granteeName: name.trim(), granteeIdNumber: idNumber.trim(), scopes, validUntil });
      setName('');
      setIdNumber('');
      setScopes([]);
      void Taro.showToast({ title: translateFeature(enterpriseAuthorityMessages, lang, 'enterpriseAuth.granted'), icon: 'success' });
      await reload();
    } catch (e) {
      setErrors({
        granteeName: fieldMessage(lang, e, 'granteeName') ?? '',
        granteeIdNumber: fieldMessage(lang, e, 'granteeIdNumber') ?? '',
        validUntil: fieldMessage(lang, e, 'validUntil') ?? '',
        scopes: fieldMessage(lang, e, 'scopes') ?? (fieldMessage(lang, e, 'validUntil') ? '' : errorMessage(lang, e)),
      });
    } finally {
      setBusy(false);
    }
  }

  async function revoke(authorizationId: string) {
    try {
      await revokeEnterpriseAuthorization(enterpriseId, authorizationId);
      void Taro.showToast({ title: translateFeature(enterpriseAuthorityMessages, lang, 'enterpriseAuth.revoked'), icon: 'success' });
      await reload();
    } catch (e) {
      void Taro.showToast({ title: errorMessage(lang, e), icon: 'none' });
    }
  }

  return {
    authorizations, activity, loadError, name, setName, idNumber, setIdNumber, scopes, toggleScope, validUntil, setValidUntil,
    errors, busy, grant, revoke,
  };
}
