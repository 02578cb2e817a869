import type { PropsWithChildren } from 'react';
import { installPrivacyAuthorization } from './shared/platform/privacy';
import './app.scss';

installPrivacyAuthorization();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
