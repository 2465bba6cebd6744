// Replaces the webjar's petstore initializer: the bundled specs, with this server added as the first
// (selected) entry of each spec's server list, so that "Try it out" shows and calls this server. The cloud
// endpoints stay listed after it. The specs served at /openapi/ are unchanged: only the copy in the page is.
window.onload = function () {
  var thisServer = new URL("..", window.location.href).href.replace(/\/$/, "");

  var ThisServerFirst = function () {
    return {
      statePlugins: {
        spec: {
          wrapActions: {
            updateJsonSpec: function (original) {
              return function (spec) {
                var servers = Array.isArray(spec.servers) ? spec.servers : [];
                return original(Object.assign({}, spec, {
                  servers: [{ url: thisServer, description: "This reference server" }].concat(servers)
                }));
              };
            }
          }
        }
      }
    };
  };

  window.ui = SwaggerUIBundle({
    // DocsResource puts here one { url, name } per API of the registry, named by the spec's title.
    urls: /* API_URLS */ [],
    dom_id: "#swagger-ui",
    deepLinking: true,
    displayOperationId: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl, ThisServerFirst],
    layout: "StandaloneLayout"
  });
};
