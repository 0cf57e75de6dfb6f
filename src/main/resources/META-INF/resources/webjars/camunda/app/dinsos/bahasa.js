/*
 * The language of the Camunda webapps. Indonesian unless the user chose English in the office bar
 * (kantor.js); the choice is kept in the browser and shared by Tasklist, Cockpit, Admin and the
 * welcome page. The webapps would otherwise follow the browser's language, which in these offices is
 * often English.
 */
const STORAGE_KEY = 'dinsos.bahasa';
export const LANGUAGES = { id: 'Bahasa Indonesia', en: 'English' };

export function chosenLanguage() {
  return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
}

export function chooseLanguage(language) {
  window.localStorage.setItem(STORAGE_KEY, language);
  window.location.reload();
}

/** The `locales` entry of an app's config.js: only the chosen language, so the browser's does not win. */
export function locales() {
  const language = chosenLanguage();
  return { availableLocales: [language], fallbackLocale: language };
}
