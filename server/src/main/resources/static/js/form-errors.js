// After the server sends a form back with errors, put the keyboard focus on the first problem, so
// keyboard and screen-reader users land on it instead of the top of the page: the control the
// error describes (its aria-describedby names the error), the first choice of a group whose
// fieldset it describes, or else the message itself.
(function () {
  // After the page's other scripts have shown or hidden their parts of the form.
  document.addEventListener('DOMContentLoaded', function () { setTimeout(focusFirstError, 0); });

  function focusFirstError() {
    var error = document.querySelector('form .field-error[id]');
    if (!error) { return; }
    var described = Array.prototype.find.call(
      document.querySelectorAll('[aria-describedby~="' + error.id + '"]'),
      function (el) { return !el.closest('[hidden]') && !el.disabled; });
    var target = described;
    if (described && described.tagName === 'FIELDSET') {
      target = described.querySelector('input:checked') || described.querySelector('input');
    }
    if (!target) {
      error.setAttribute('tabindex', '-1');
      target = error;
    }
    target.focus();
  }
})();
