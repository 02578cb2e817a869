import type { PropsWithChildren } from 'react';
import { installPrivacyAuthorization } from './shared/platform/privacy';
import { registerServiceWorker } from './shared/platform/service-worker';
import './app.scss';

installPrivacyAuthorization();
registerServiceWorker();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
