/*
 * The validation messages of Camunda Forms (form-js 1.8.7 in Tasklist) are English only: in
 * Indonesian they are rewritten where they appear. The pattern itself means nothing to staff; each
 * field's description says what to enter.
 */
import { chosenLanguage } from './bahasa.js';

const MESSAGES = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must match pattern .*\.$/s, () => 'Isian tidak sesuai format yang diminta (lihat petunjuk isian).'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Isian minimal ${n} karakter.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Isian maksimal ${n} karakter.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Nilai minimal ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Nilai maksimal ${n}.`],
  [/^Field must be a valid email\.$/, () => 'Alamat surel tidak valid.'],
  [/^Field must be a valid {1,2}international phone number\..*$/s, () => 'Nomor telepon internasional tidak valid (contoh: +6281234567890).'],
];

function translate(node) {
  const text = node.data.trim();
  for (const [english, indonesian] of MESSAGES) {
    const match = text.match(english);
    if (match) {
      node.data = indonesian(...match.slice(1));
      return;
    }
  }
}

function translateErrors(root) {
  root.querySelectorAll?.('.fjs-form-field-error').forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translate(node);
    }
  });
}

if (chosenLanguage() === 'id') {
  new MutationObserver(() => translateErrors(document.body))
    .observe(document.body, { childList: true, subtree: true, characterData: true });
}
