// JavaScript half of web/platform/browser_bridge.h. The page (index.html) owns the DOM pieces
// (the accessibility mirror, whose text fields carry typing; the widget list); these functions are how the WebAssembly side reaches them.
mergeInto(LibraryManager.library, {
  optagelse_js_text_field_focus: function (active, x, y, w, h, numeric) {
    if (window.optagelsePage) window.optagelsePage.setTextFieldFocus(!!active);
  },
  optagelse_js_publish_widgets: function (json) {
    if (window.optagelsePage) window.optagelsePage.publishWidgets(UTF8ToString(json));
  },
  optagelse_js_input_events: function () {
    return window.optagelsePage ? window.optagelsePage.inputEvents() : 0;
  },
  optagelse_js_frame_drawn: function () {
    if (window.optagelse) window.optagelse.drawnFrames = (window.optagelse.drawnFrames || 0) + 1;
  },
  optagelse_js_ready: function () {
    if (window.optagelsePage) window.optagelsePage.ready();
  },
  // Resizes the canvas's drawing buffer the way GLFW learns of it, without glfwSetWindowSize
  // (which in Emscripten 3.1.6 asks for full screen when the size equals the screen's).
  optagelse_js_set_canvas_size__deps: ['$Browser'],
  optagelse_js_set_canvas_size: function (width, height) {
    Browser.setCanvasSize(width, height);
  },
  // Opens the browser's file picker; the chosen file's bytes go to optagelse_file_chosen.
  optagelse_js_choose_file__deps: ['malloc', 'free'],
  optagelse_js_choose_file: function (accept) {
    var picker = document.createElement('input');
    picker.type = 'file';
    picker.accept = UTF8ToString(accept);
    picker.style.display = 'none';
    picker.id = 'file-picker';
    picker.addEventListener('change', function () {
      var file = picker.files && picker.files[0];
      picker.remove();
      if (!file) return;
      file.arrayBuffer().then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        var data = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, data);
        var nameSize = lengthBytesUTF8(file.name) + 1;
        var name = _malloc(nameSize);
        stringToUTF8(file.name, name, nameSize);
        _optagelse_file_chosen(data, bytes.length, name);
        _free(name);
        _free(data);
      });
    });
    document.body.appendChild(picker);
    picker.click();
  },
  // Starts a download of a same-origin URL (the session cookie goes with it).
  optagelse_js_download: function (url) {
    var link = document.createElement('a');
    link.href = UTF8ToString(url);
    link.download = '';
    document.body.appendChild(link);
    link.click();
    link.remove();
  },
  // Sends the whole page to a same-origin URL (the sign-in's redirect to the OpenID provider).
  optagelse_js_navigate: function (url) {
    window.location.assign(UTF8ToString(url));
  },
  // The page address's query ("?screen=apply" after a sign-in), then drops it from the address bar.
  optagelse_js_take_query__deps: ['malloc'],
  optagelse_js_take_query: function () {
    var query = window.location.search || '';
    if (query) {
      try { window.history.replaceState(null, '', window.location.pathname + window.location.hash); } catch (e) {}
    }
    var size = lengthBytesUTF8(query) + 1;
    var pointer = _malloc(size);
    stringToUTF8(query, pointer, size);
    return pointer;
  },
  optagelse_js_set_cursor: function (css) {
    Module['canvas'].style.cursor = UTF8ToString(css);
  },
  // localStorage (may be unavailable, e.g. in some private modes: then nothing is kept).
  optagelse_js_storage_set: function (key, value) {
    try { window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
  },
  optagelse_js_storage_get__deps: ['malloc'],
  optagelse_js_storage_get: function (key) {
    var value = null;
    try { value = window.localStorage.getItem(UTF8ToString(key)); } catch (e) {}
    if (value === null) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var pointer = _malloc(size);
    stringToUTF8(value, pointer, size);
    return pointer;
  },
  optagelse_js_measure: function (name, milliseconds) {
    if (!window.optagelse) return;
    var log = window.optagelse.measurements || (window.optagelse.measurements = {});
    var key = UTF8ToString(name);
    (log[key] || (log[key] = [])).push(milliseconds);
  },
  optagelse_js_clipboard_write: function (text) {
    if (window.optagelsePage) window.optagelsePage.clipboardWrite(UTF8ToString(text));
  },
});
