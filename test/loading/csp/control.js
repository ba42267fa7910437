// What the strict policy must refuse (a style attribute written as text, eval) and allow (CSSOM).
const target = document.getElementById('target');
target.setAttribute('style', 'color: red');
target.style.backgroundColor = 'yellow';
try {
  window.__evalResult = (0, eval)('1 + 1');
} catch (error) {
  window.__evalResult = error.name;
}
window.__controlDone = true;
