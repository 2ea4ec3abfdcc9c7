// Applies the chosen theme before first paint (no flash): `?theme=` in the address wins, then the
// choice saved by the theme switcher. With neither, CSS follows the system's light/dark setting.
(function () {
  try {
    var ok = function (t) {
      return t === 'light' || t === 'dark' || t === 'projector';
    };
    var fromUrl = new URLSearchParams(window.location.search).get('theme');
    var saved = window.localStorage.getItem('azkz-theme');
    var theme = ok(fromUrl) ? fromUrl : ok(saved) ? saved : null;
    if (theme) document.documentElement.setAttribute('data-theme', theme);
  } catch {
    /* storage may be blocked: keep the system theme */
  }
})();
