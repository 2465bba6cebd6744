// Replaces the webjar's petstore initializer: the four bundled specs, and "Try it out" sent to
// this server (the specs name the cloud endpoints) while the specs are served unchanged.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    urls: [
      { url: "../openapi/modelarts.yaml", name: "ModelArts image groups" },
      { url: "../openapi/workspace.yaml", name: "Workspace image servers" },
      { url: "../openapi/hss.yaml", name: "HSS basic images" },
      { url: "../openapi/swr.yaml", name: "SWR shared repositories" }
    ],
    dom_id: "#swagger-ui",
    deepLinking: true,
    displayOperationId: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
    requestInterceptor: function (request) {
      var target = new URL(request.url, window.location.href);
      if (target.origin !== window.location.origin) {
        request.url = window.location.origin + target.pathname + target.search;
      }
      return request;
    }
  });
};
