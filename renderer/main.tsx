import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { DesktopLauncher } from './app/desktop-launcher';
import { hasLauncher } from './launcher-api';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {hasLauncher() ? <DesktopLauncher /> : <App />}
  </StrictMode>,
);
