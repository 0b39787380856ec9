/**
 * Runs in <head> before first paint: applies the visitor's stored theme choice, so a page never
 * flashes the other theme (no stored choice: no attribute, and CSS follows the system), and marks
 * <html data-js> so controls that need the enhancement script are laid out from the first frame
 * instead of appearing later and shifting the page.
 */
export const THEME_SCRIPT = `document.documentElement.dataset.js='';try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`
