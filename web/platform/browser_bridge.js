// JavaScript half of web/platform/browser_bridge.h. The page (index.html) owns the DOM pieces
// (hidden text input, widget registry); these functions are how the WebAssembly side reaches them.
mergeInto(LibraryManager.library, {
  optagelse_js_text_field_focus: function (active, x, y, w, h, numeric) {
    if (window.optagelsePage) window.optagelsePage.setTextFieldFocus(!!active, x, y, w, h, !!numeric);
  },
  optagelse_js_publish_widgets: function (json) {
    if (window.optagelsePage) window.optagelsePage.publishWidgets(UTF8ToString(json));
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
  optagelse_js_set_cursor: function (css) {
    Module['canvas'].style.cursor = UTF8ToString(css);
  },
  optagelse_js_clipboard_write: function (text) {
    if (window.optagelsePage) window.optagelsePage.clipboardWrite(UTF8ToString(text));
  },
});
