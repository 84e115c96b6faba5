// The accessibility mirror (WCAG 2.1 AA for an app drawn into one canvas). Each frame the app
// publishes its widgets (role, label, value, state, rectangle: web/ui/widget_registry.h); this
// layer keeps a matching set of real DOM elements over the canvas, in on-screen order: buttons,
// choices (role radio), text fields, headings, text, and two live regions that announce status
// lines and errors as they change. The elements are transparent and let the pointer through: the
// canvas shows the app, the elements are what screen readers read and what the keyboard moves
// through.
// - DOM focus moved by the user (Tab, a screen reader's cursor) goes to the app, which moves
//   ImGui's keyboard focus there; ImGui's focus (a click, arrow keys) moves the DOM focus.
// - A click, Enter or Space on a mirrored button or choice presses it in the app.
// - A mirrored text field carries the typing of its widget (shell.js forwards what is typed) and
//   opens the phone's keyboard, numeric for number fields.
(function () {
  'use strict';
  const layer = document.getElementById('a11y-mirror');
  const politeRegion = document.getElementById('a11y-status');
  const urgentRegion = document.getElementById('a11y-alert');
  const elements = new Map();  // widget id -> element
  const spoken = new Map();    // status widget id -> the text last announced
  let published = false;       // the first frame's statuses are read with the page, not announced
  let followingApp = false;    // the DOM focus is moving to follow the app: do not send it back
  let userActed = false;       // ImGui focuses its first widget by itself at start: not followed

  // The first heading of a screen is its h1, the others h2; a drag handle is left out (buttons
  // beside it move the row).
  const tagOf = {button: 'button', radio: 'button', textbox: 'input', heading: 'h2', status: 'p', text: 'p'};

  function callApp(name, id) {
    if (window.Module && Module.ccall) Module.ccall(name, null, ['string'], [id]);
  }

  function isControl(el) {
    return !!el && el.parentNode === layer && (el.tagName === 'BUTTON' || el.tagName === 'INPUT');
  }

  function create(widget, tag) {
    const el = document.createElement(tag);
    el.dataset.widgetId = widget.id;
    if (tag === 'button') {
      el.type = 'button';
      el.addEventListener('click', () => callApp('optagelse_a11y_activate', el.dataset.widgetId));
    }
    if (tag === 'input') {
      el.type = 'text';
      el.autocomplete = 'off';
      el.spellcheck = false;
      el.setAttribute('autocapitalize', 'off');
      el.setAttribute('autocorrect', 'off');
    }
    if (tag === 'button' || tag === 'input') {
      el.addEventListener('focus', () => {
        if (!followingApp) callApp('optagelse_a11y_focus', el.dataset.widgetId);
      });
    }
    return el;
  }

  function setAttr(el, name, value) {
    if (value === null) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== value) {
      el.setAttribute(name, value);
    }
  }

  function place(el, w) {
    const style = el.style;
    const set = (key, px) => { const v = px + 'px'; if (style[key] !== v) style[key] = v; };
    set('left', w.x);
    set('top', w.y);
    set('width', Math.max(1, w.width));
    set('height', Math.max(1, w.height));
  }

  function fill(el, w) {
    if (w.role === 'button' || w.role === 'radio') {
      if (el.textContent !== w.label) el.textContent = w.label;
      setAttr(el, 'role', w.role === 'radio' ? 'radio' : null);
      setAttr(el, 'aria-checked', w.role === 'radio' ? String(w.value === 'true') : null);
    } else if (w.role === 'textbox') {
      setAttr(el, 'aria-label', w.label);
      el.inputMode = w.numeric ? 'numeric' : 'text';
      // While the user types, the DOM is a frame or two ahead of the app: leave it be.
      const typing = document.activeElement === el && Date.now() - (el.typedAt || 0) < 1000;
      if (!typing && !el.composing && el.value !== w.value) el.value = w.value;
    } else if (w.role === 'heading') {
      if (el.textContent !== w.label) el.textContent = w.label;
    } else {
      const text = w.label && w.label !== w.value ? w.label + ': ' + w.value : w.value;
      if (el.textContent !== text) el.textContent = text;
    }
    place(el, w);
  }

  function announce(w) {
    const before = spoken.get(w.id);
    spoken.set(w.id, w.value);
    if (!published || before === w.value || !w.value) return;
    const region = w.urgent ? urgentRegion : politeRegion;
    // Emptied first, so the same text twice in a row is announced twice.
    region.textContent = '';
    setTimeout(() => { region.textContent = w.value; }, 30);
  }

  // Makes the layer match the frame's widgets, reusing elements by widget id.
  function update(widgets) {
    const seen = new Set();
    let previous = null;
    let headings = 0;
    let focusTarget = null;
    for (const w of widgets) {
      if (!(w.role in tagOf) || seen.has(w.id)) continue;
      seen.add(w.id);
      const tag = w.role === 'heading' && ++headings === 1 ? 'h1' : tagOf[w.role];
      let el = elements.get(w.id);
      if (!el || el.tagName.toLowerCase() !== tag) {
        const fresh = create(w, tag);
        if (el) el.replaceWith(fresh);
        el = fresh;
        elements.set(w.id, el);
      }
      fill(el, w);
      const expectedPlace = previous ? previous.nextSibling : layer.firstChild;
      if (el !== expectedPlace) layer.insertBefore(el, expectedPlace);
      previous = el;
      if (w.role === 'status') announce(w);
      if (w.focused && isControl(el)) focusTarget = el;
    }
    for (const [id, el] of elements) {
      if (!seen.has(id)) {
        el.remove();
        elements.delete(id);
        spoken.delete(id);
      }
    }
    published = true;
    // The app's keyboard focus leads when it moved by itself (a click on the canvas, arrow keys):
    // the DOM focus follows, unless the user is on something outside the mirror.
    const current = document.activeElement;
    const free = !current || current === document.body || current.id === 'canvas' || isControl(current);
    if (userActed && focusTarget && current !== focusTarget && free) focusFollowingApp(focusTarget);
  }

  function focusFollowingApp(el) {
    followingApp = true;
    try {
      el.focus({preventScroll: true});
    } finally {
      followingApp = false;
    }
  }

  // Keys the DOM control handles itself never reach the app as well (GLFW listens on the window;
  // this listener is registered before it): Tab moves the DOM focus, which the app then follows,
  // and Enter or Space on a button clicks it - the app would otherwise act on them a second time.
  for (const type of ['pointerdown', 'touchstart', 'keydown']) {
    window.addEventListener(type, () => { userActed = true; }, {capture: true, passive: true});
  }
  window.addEventListener('keydown', e => {
    const el = document.activeElement;
    if (e.key === 'Tab' && (isControl(el) || el === document.body || (el && el.id === 'canvas'))) {
      e.stopImmediatePropagation();
    } else if (isControl(el) && el.tagName === 'BUTTON' && (e.key === 'Enter' || e.key === ' ')) {
      e.stopImmediatePropagation();
    }
  }, true);
  window.addEventListener('keyup', e => {
    const el = document.activeElement;
    if (isControl(el) && el.tagName === 'BUTTON' && (e.key === 'Enter' || e.key === ' ')) e.stopImmediatePropagation();
  }, true);

  window.optagelseMirror = {
    update,
    isControl,
    // The mirrored text field of a widget id, or null.
    field(id) {
      const el = elements.get(id);
      return el && el.tagName === 'INPUT' ? el : null;
    },
    focusFollowingApp,
  };
})();
