// The semantic extensions (x-paging, x-filter, x-sort, x-example-requests) name
// parameters, headers and record fields; the conformance kit follows those names.
// This checks every name against the operation it sits in, on the resolved
// document: a misspelt parameter or field would otherwise silently weaken a check.
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

// The schema a JSON pointer into a body reaches, following object properties and array items.
function schemaAt(schema, pointer) {
  if (pointer === '') {
    return schema;
  }
  let current = schema;
  for (const token of pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (!current || typeof current !== 'object') {
      return undefined;
    }
    current = /^[0-9]+$/.test(token) && current.items ? current.items : (current.properties || {})[token];
  }
  return current;
}

function successSchema(operation) {
  const response = (operation.responses || {})['200'] || {};
  const media = (response.content || {})['application/json'] || {};
  return { schema: media.schema, headers: response.headers || {} };
}

function checkOperation(pathTemplate, pathItem, method, operation, basePath) {
  const problems = [];
  const report = (message, ...where) => problems.push({ message, path: [...basePath, method, ...where] });
  const parameters = [...(pathItem.parameters || []), ...(operation.parameters || [])];
  const declared = (name, location) => parameters.some((p) => p.name === name && (!location || p.in === location));
  const { schema, headers } = successSchema(operation);
  const paging = operation['x-paging'];
  let itemSchema;

  if (paging) {
    for (const key of ['offset', 'limit']) {
      if (typeof paging[key] === 'string' && !declared(paging[key], 'query')) {
        report(`x-paging.${key} names "${paging[key]}", which is not a query parameter of the operation`, 'x-paging', key);
      }
    }
    const items = typeof paging.items === 'string' ? schemaAt(schema, paging.items) : undefined;
    if (!items || items.type !== 'array') {
      report(`x-paging.items "${paging.items}" does not point at an array in the 200 response body`, 'x-paging', 'items');
    } else {
      itemSchema = items.items;
    }
    for (const key of ['total', 'page-size', 'page-number', 'page-count']) {
      if (paging[key] !== undefined && (schemaAt(schema, paging[key]) || {}).type !== 'integer') {
        report(`x-paging.${key} "${paging[key]}" does not point at an integer in the 200 response body`, 'x-paging', key);
      }
    }
    if (paging['total-in-item'] !== undefined && (schemaAt(itemSchema, paging['total-in-item']) || {}).type !== 'integer') {
      report(`x-paging.total-in-item "${paging['total-in-item']}" is not an integer field of the records`, 'x-paging', 'total-in-item');
    }
    const header = paging['total-header'];
    if (header !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === String(header).toLowerCase())) {
      report(`x-paging.total-header "${header}" is not a header of the 200 response`, 'x-paging', 'total-header');
    }
  }

  (operation.parameters || []).forEach((parameter, index) => {
    const where = ['parameters', index];
    const filter = parameter['x-filter'];
    const sort = parameter['x-sort'];
    if ((filter && filter.field !== undefined) || sort) {
      if (!itemSchema) {
        report(`parameter "${parameter.name}" names record fields, but the operation has no x-paging.items to find the records`, ...where);
        return;
      }
    }
    if (filter && filter.field !== undefined && !schemaAt(itemSchema, filter.field)) {
      report(`x-filter.field "${filter.field}" of parameter "${parameter.name}" is not a field of the records`, ...where, 'x-filter', 'field');
    }
    if (filter && filter['exact-when']) {
      Object.keys(filter['exact-when']).filter((name) => !declared(name)).forEach((name) =>
        report(`x-filter.exact-when names "${name}", which is not a parameter of the operation`, ...where, 'x-filter', 'exact-when'));
    }
    if (sort) {
      if (typeof sort.direction === 'string' && !declared(sort.direction, 'query')) {
        report(`x-sort.direction names "${sort.direction}", which is not a query parameter of the operation`, ...where, 'x-sort', 'direction');
      }
      Object.entries(sort.fields || {}).filter(([, pointer]) => !schemaAt(itemSchema, pointer)).forEach(([key, pointer]) =>
        report(`x-sort.fields maps "${key}" to "${pointer}", which is not a field of the records`, ...where, 'x-sort', 'fields', key));
      const values = (parameter.schema || {}).enum;
      if (Array.isArray(values)) {
        const keys = Object.keys(sort.fields || {});
        values.filter((v) => !keys.includes(String(v))).forEach((v) =>
          report(`x-sort.fields has no field for the enum value "${v}" of parameter "${parameter.name}"`, ...where, 'x-sort', 'fields'));
        keys.filter((k) => !values.map(String).includes(k)).forEach((k) =>
          report(`x-sort.fields names "${k}", which is not an enum value of parameter "${parameter.name}"`, ...where, 'x-sort', 'fields', k));
      }
    }
  });

  const template = new RegExp('^' + pathTemplate.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/?]+') + '$');
  (operation['x-example-requests'] || []).forEach((example, index) => {
    const where = ['x-example-requests', index, 'request'];
    const match = /^([A-Z]+) (?:[a-z]+:\/\/[^/]+)?([^?\s]*)(?:\?(\S*))?$/.exec(String(example.request));
    if (!match) {
      return; // the shape rule reports it
    }
    if (match[1].toLowerCase() !== method || !template.test(match[2])) {
      report(`example request "${example.request}" is not a ${method.toUpperCase()} of ${pathTemplate}`, ...where);
    }
    (match[3] || '').split('&').filter(Boolean).map((pair) => decodeURIComponent(pair.split('=')[0]))
      .filter((name) => !declared(name, 'query'))
      .forEach((name) => report(`example request sends "${name}", which is not a query parameter of the operation`, ...where));
  });
  return problems;
}

export default (pathItem, _options, context) => {
  const pathTemplate = String(context.path[context.path.length - 1]);
  return METHODS.filter((method) => pathItem && pathItem[method])
    .flatMap((method) => checkOperation(pathTemplate, pathItem, method, pathItem[method], context.path));
};
