// An operationId must start with a verb that fits its HTTP method, so that the
// generated Java method reads naturally (listImageGroups, createX, deleteY).
const VERBS = {
  get: ['list', 'get', 'show', 'query', 'search', 'count', 'check', 'download'],
  head: ['check', 'head'],
  options: ['options'],
  trace: ['trace'],
  post: ['create', 'add', 'batch', 'run', 'start', 'stop', 'search', 'execute', 'upload'],
  put: ['update', 'replace', 'set', 'put'],
  patch: ['update', 'patch', 'modify'],
  delete: ['delete', 'remove', 'batch'],
};

export default (operationId, _options, context) => {
  const method = String(context.path[context.path.length - 2]).toLowerCase();
  const verbs = VERBS[method];
  if (!verbs || typeof operationId !== 'string') {
    return [];
  }
  const fits = verbs.some((verb) => new RegExp(`^${verb}[A-Z][A-Za-z0-9]*$`).test(operationId));
  return fits
    ? []
    : [{ message: `operationId "${operationId}" must be lowerCamelCase starting with one of: ${verbs.join(', ')} (fits ${method.toUpperCase()})` }];
};
