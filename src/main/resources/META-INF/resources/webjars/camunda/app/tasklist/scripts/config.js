// The application's configuration of Tasklist (overrides the webjar's config.js of Camunda 7.24).
import { locales } from '../../dinsos/bahasa.js';

export default {
  locales: locales(),
  customScripts: ['../dinsos/kantor', '../dinsos/formulir', 'scripts/urutan-tenggat'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'klaim tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'pindah ke filter pertama di daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'pindah ke tugas pertama di daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'pindah ke isian pertama formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'buka dialog mulai proses'
    }
  }
};
