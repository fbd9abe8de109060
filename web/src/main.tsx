import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/providers.js';
import { AppRouter } from './app/router.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root saknas i index.html');

createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
);
