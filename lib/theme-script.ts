/**
 * Runs in <head> before first paint: applies the visitor's stored theme choice, so a page never
 * flashes the other theme (no stored choice: no attribute, and CSS follows the system), and marks
 * <html data-js> so controls that need the enhancement script are laid out from the first frame
 * instead of appearing later and shifting the page.
 *
 * It also starts what the first paint does not need, once the first contentful paint has happened
 * (a PerformanceObserver on 'paint'; where that entry type is unknown, the load event): the
 * enhancement script and the web manifest's <link>. Their addresses are the data-enhance and
 * data-manifest attributes, so the text, and its CSP hash, are the same under any base path.
 * Measured with Lighthouse mobile on `/` (lantern): a request that ends before the page's largest
 * paint is counted into LCP, whatever its priority. Loaded at the load event the script still
 * often ended before that paint (LCP about 150 ms later); the manifest, linked in the HTML, about
 * 70 ms later.
 */
export const THEME_SCRIPT = `document.documentElement.dataset.js='';try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}(function(d,done){function go(){if(done)return;done=1;setTimeout(function(){var l=document.createElement('link');l.rel='manifest';l.href=d.manifest;document.head.append(l);var s=document.createElement('script');s.src=d.enhance;s.dataset.siteScript='';document.body.append(s)})}if((self.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[]).indexOf('paint')<0)return addEventListener('load',go);new PerformanceObserver(function(list){list.getEntriesByName('first-contentful-paint').length&&go()}).observe({type:'paint',buffered:true})})(document.currentScript.dataset)`
