// Note form: live character count (URLs excluded, as the server counts) and reason lists that
// follow the chosen classification. The server checks everything again; this only helps.
(function () {
  var url = /\bhttps?:\/\/\S+/gi;

  function counted(text) {
    return Array.from(text.replace(url, '').trim()).length;
  }

  function bindCounter(area) {
    var out = document.getElementById(area.dataset.counter);
    var max = parseInt(area.dataset.max, 10);
    function update() {
      var n = counted(area.value);
      out.textContent = n + ' of ' + max + ' characters (links are not counted)';
      out.classList.toggle('over', n > max);
    }
    area.addEventListener('input', update);
    update();
  }

  function bindReasons(form) {
    var radios = form.querySelectorAll('input[name="classification"]');
    var sets = form.querySelectorAll('fieldset.reasons');
    function update() {
      var chosen = form.querySelector('input[name="classification"]:checked');
      sets.forEach(function (set) {
        var on = !chosen || set.dataset.when === chosen.value;
        set.hidden = !on;
        set.disabled = !on;
      });
    }
    radios.forEach(function (r) { r.addEventListener('change', update); });
    update();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-counter]').forEach(bindCounter);
    var form = document.getElementById('note-form');
    if (form) { bindReasons(form); }
  });
})();
