/**
 * Runs in <head> before first paint: applies the visitor's stored theme choice, so a page never
 * flashes the other theme (no stored choice: no attribute, and CSS follows the system), and marks
 * <html data-js> so controls that need the enhancement script are laid out from the first frame
 * instead of appearing later and shifting the page. It also loads the enhancement script
 * (its address is the data-enhance attribute, so the text, and the CSP hash, are the same under
 * any base path) after the first frame that follows the load event: a <script> tag, or a request
 * started at load (which can come before the first paint), competes with the first paint
 * (measured: Lighthouse mobile LCP about 130 ms later, and unstable from run to run).
 */
export const THEME_SCRIPT = `document.documentElement.dataset.js='';try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}var u=document.currentScript.dataset.enhance;addEventListener('load',function(){requestAnimationFrame(function(){setTimeout(function(){var s=document.createElement('script');s.src=u;s.dataset.siteScript='';document.body.append(s)})})})`
