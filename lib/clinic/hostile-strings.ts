/**
 * Strings people have used to break web pages, for the unit and end-to-end
 * tests of clinic links. Only tests import this file.
 */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '&lt;b&gt;bold&lt;/b&gt; &amp; &#60;i&#62;',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '**bold** [link](javascript:alert(1))',
  '%3Cscript%3E',
  'Zalgo: Ḩ̸̢e̵͔͝ ̷͉c̴̣o̶͝m̵e̸s̷',
  'RTL: مرحبا بكم في العيادة',
  '\u202Eevil',
];
