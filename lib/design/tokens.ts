/*
 * Design tokens: every colour of the site, its drawings, charts, QR codes and
 * share images. Tailwind's theme takes them from here (tailwind.config.ts).
 * Every text/background pair used on the site is listed in
 * tests/unit/design-tokens.test.ts, which checks WCAG AA contrast, so a colour
 * change that hurts legibility fails the tests.
 */
export const colors = {
  ink: '#1d2a33', // body text: 14.7:1 on white
  muted: '#4b5c69', // secondary text: 6.9:1 on white
  paper: '#ffffff',
  mist: '#f0f4f5', // page background behind cards
  brand: '#005eb8', // links and header: 6.4:1 on white
  brandDark: '#003d78', // visited links, hover
  focus: '#ffdd00', // focus highlight behind ink text
  info: '#005eb8',
  infoTint: '#e8f1fa',
  warning: '#ffb81c',
  warningTint: '#fff5de',
  urgent: '#b3261e', // urgent care card heading: white text at 6.5:1
  emergency: '#b3261e',
  success: '#00703c',
  line: '#aeb7bd',
  // Drawings and charts.
  doseRange: '#7aa6cf', // how far a typical dose can reach, behind the dose bar
  skin: '#c68e6b', // the patient's face in the room drawing
  // A QR code is read by a camera: darkest on lightest.
  qrDark: '#000000',
  qrLight: '#ffffff',
} as const;

