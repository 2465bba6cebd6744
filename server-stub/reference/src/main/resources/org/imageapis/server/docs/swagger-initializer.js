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

  // Under each spec's title, a link to its rendered reference page at /reference/<api>.html.
  var ReferenceLink = function () {
    return {
      wrapComponents: {
        info: function (Original, system) {
          return function (props) {
            var React = system.React;
            var api = /openapi\/([a-z0-9-]+)\.yaml$/.exec(props.url || "");
            return React.createElement("div", null,
              React.createElement(Original, props),
              api && React.createElement("p", { className: "reference-link" },
                React.createElement("a", { href: "../reference/" + api[1] + ".html" }, "Reference documentation")));
          };
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
    plugins: [SwaggerUIBundle.plugins.DownloadUrl, ThisServerFirst, ReferenceLink],
    layout: "StandaloneLayout"
  });
};
