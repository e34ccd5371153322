// Rating form: show only the tags that fit the chosen answer. A hidden set is also disabled, so
// its boxes are not sent; the server rejects tags that do not fit the answer either way.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('rate-form');
    if (!form) { return; }
    var sets = form.querySelectorAll('fieldset.tags-set');
    function update() {
      var chosen = form.querySelector('input[name="helpfulnessLevel"]:checked');
      sets.forEach(function (set) {
        var on = !!chosen && set.dataset.levels.split(' ').indexOf(chosen.value) >= 0;
        set.hidden = !on;
        set.disabled = !on;
      });
    }
    form.querySelectorAll('input[name="helpfulnessLevel"]').forEach(function (r) {
      r.addEventListener('change', update);
    });
    update();
  });
})();
