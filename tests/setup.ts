import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Drawing a QR code takes longer than the default second when every core is busy
// (the suite runs files in parallel): wait up to 5 s for what a reader would see.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
