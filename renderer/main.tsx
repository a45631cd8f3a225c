import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadSeat, startDesk } from './api/desk';
import { createTransport } from './api/transport';
import { tr, useDesk } from './store';
import './styles.css';

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();
const seat = loadSeat();
const lang = storage?.getItem('livedesk.lang');
useDesk.setState({ seat, lang: lang === 'en' ? 'en' : 'zh' });
useDesk.subscribe((s, prev) => {
  if (s.lang !== prev.lang) storage?.setItem('livedesk.lang', s.lang);
});

startDesk(createTransport(() => tr('err.connection')));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
