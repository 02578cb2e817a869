import type { IdentityDeps } from './identity-deps';
import { logout } from './session-service';
import { loginWithSms, sendSmsCode } from './sms-login-service';
import { loginWithWeapp } from './weapp-login-service';
import type { RouteHandlers } from '../../http/route-types';

export function authRoutes(deps: IdentityDeps): RouteHandlers<'sendSmsCode' | 'loginWithSms' | 'loginWithWeapp' | 'logout'> {
  return {
    sendSmsCode: ({ body, headers, clientIp }) => sendSmsCode(deps, body.phone, { clientIp, deviceId: headers['x-device-id'] }),
    loginWithSms: ({ body }) => loginWithSms(deps, body.phone, body.code, body.consentVersion),
    loginWithWeapp: ({ body }) => loginWithWeapp(deps, body.code, body.consentVersion),
    logout: ({ auth }) => logout(deps, auth),
  };
}
