import Taro from '@tarojs/taro';
import { useState } from 'react';
import { citizenIdProblem, normalizePersonName, personNameProblem } from '@contract/identity-numbers';
import { errorMessage, fieldMessage } from '@/shared/api/error-message';
import { translate } from '@/shared/i18n/i18n';
import { translateFeature } from '@/shared/i18n/use-feature-t';
import { realNameMessages } from '@/features/profile/i18n/real-name-messages';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { verifyRealName } from '@/features/profile/api/profile-api';

export function useRealNameForm(onVerified: () => void) {
  const lang = usePreferencesStore((s) => s.language);
  const setProfile = useSessionStore((s) => s.setProfile);
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ name?: string; idNumber?: string; form?: string }>({});

  async function submit() {
    const id = idNumber.trim().toUpperCase();
    const fullName = normalizePersonName(name);
    // The server's own rules (types/identity-numbers.ts), each mistake with its own words: "wrong"
    // alone leaves the person guessing which of 18 characters or which rule of a name it was.
    const nameProblem = personNameProblem(fullName);
    const idProblem = citizenIdProblem(id);
    const nextErrors: typeof errors = {};
    if (nameProblem) nextErrors.name = translate(lang, `field.${nameProblem}`);
    if (idProblem) nextErrors.idNumber = translate(lang, `field.${idProblem}`);
    setErrors(nextErrors);
    if (nextErrors.name || nextErrors.idNumber) return;
    setBusy(true);
    try {
      setProfile(await verifyRealName(fullName, id));
      // The typed number is dropped from memory as soon as the server has it.
      setIdNumber('');
      void Taro.showToast({ title: translateFeature(realNameMessages, lang, 'realName.success'), icon: 'success' });
      onVerified();
    } catch (error) {
      const nameError = fieldMessage(lang, error, 'name');
      const idError = fieldMessage(lang, error, 'idNumber');
      setErrors({ name: nameError, idNumber: idError, form: nameError || idError ? undefined : errorMessage(lang, error) });
    } finally {
      setBusy(false);
    }
  }

  return { name, setName, idNumber, setIdNumber, busy, errors, submit };
}
