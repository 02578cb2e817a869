import { useDidHide } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CertificateDetail } from '@contract/certificates';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { certificateKeys, getMyCertificate, reauthenticate, reportCertificateLoss, sendReauthCode } from '@/features/certificate-wallet/api/certificate-api';

/**
 * One certificate with its 照面. Sensitive values arrive masked; after re-authentication (SMS code
 * to the account's phone) the 5-minute reauth token is kept in this hook's memory only — never in
 * storage — and dropped, with the revealed values, when the page is left or the token runs out.
 * Nothing here goes through the shared query cache, so revealed values outlive no page.
 */
export function useCertificateDetail(id: string) {
  const [detail, setDetail] = useState<CertificateDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [reauthToken, setReauthToken] = useState<string | null>(null);
  const ticket = useRef(0);

  const load = useCallback(
    async (token: string | null) => {
      const mine = ++ticket.current;
      setLoading(true);
      try {
        const next = await getMyCertificate(id, token);
        if (mine === ticket.current) {
          setDetail(next);
          setError(null);
        }
      } catch (e) {
        if (mine === ticket.current) setError(e);
      } finally {
        if (mine === ticket.current) setLoading(false);
      }
    },
    [id],
  );

  useEffect(() => {
    if (id) void load(reauthToken);
  }, [id, reauthToken, load]);

  const hide = useCallback(() => {
    setReauthToken(null);
    setDetail((d) => (d && d.sensitiveRevealed ? null : d));
  }, []);

  // Leaving the page (another page on top, app to background) hides the full values again.
  useDidHide(hide);

  const sendCode = useCallback(() => sendReauthCode(), []);
  const reveal = useCallback(async (code: string) => {
    const { reauthToken: token, expiresAt } = await reauthenticate(code);
    setReauthToken(token);
    return expiresAt;
  }, []);

  useEffect(() => {
    if (!reauthToken) return undefined;
    // The node stops honouring the token after 5 minutes; hide before that, not after.
    const timer = setTimeout(hide, 5 * 60_000 - 5_000);
    return () => clearTimeout(timer);
  }, [reauthToken, hide]);

  // 挂失: the wallet list shows the new status too; this page fetches its own copy again.
  const reportLoss = useApiMutation(() => reportCertificateLoss(id), {
    invalidates: () => [certificateKeys.all],
    onSuccess: () => void load(reauthToken),
  });

  return { detail, error, loading, revealed: detail?.sensitiveRevealed === true, sendCode, reveal, hide, reportLoss, reload: () => load(reauthToken) };
}
