// Replaces the webjar's petstore initializer: the four bundled specs, with this server added as the first
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
    plugins: [SwaggerUIBundle.plugins.DownloadUrl, ThisServerFirst],
    layout: "StandaloneLayout"
  });
};
