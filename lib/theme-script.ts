/**
 * Runs in <head> before first paint: applies the visitor's stored theme choice, so a page never
 * flashes the other theme. No stored choice: no attribute, and CSS follows the system.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`
