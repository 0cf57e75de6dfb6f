// The application's configuration of Welcome (overrides the webjar's config.js of Camunda 7.24).
import { locales } from '../../dinsos/bahasa.js';

export default {
  locales: locales(),
  customScripts: ['../dinsos/kantor']
};
