/* Native selects without a blank first option.
 *
 * dbc.Select always renders a hidden, disabled, empty <option value=""> for its placeholder.
 * Our selects never use it (each has a real "any" / "not chosen" option and a value), yet
 * browsers that ignore `hidden` on options (iOS Safari, some screen readers' lists) offer it
 * as a blank first choice. It is removed as soon as a select appears. React never touches the
 * option again: its text and attributes do not change, and when a value matches no option
 * React selects the first real one.
 */
(function () {
  "use strict";

  const PLACEHOLDER = 'select.form-select > option[value=""][hidden][disabled]';

  function strip() {
    document.querySelectorAll(PLACEHOLDER).forEach(function (option) {
      const select = option.parentElement;
      const value = select.value;
      option.remove();
      if (value && select.value !== value) { select.value = value; }
    });
  }

  new MutationObserver(strip).observe(document.documentElement,
                                      { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", strip);
})();
