'use strict';

/**
 * The router definition for serverless-step-functions (`${file(./statemachines/definition.cjs)}`):
 * statemachines/router.asl.json with each `${XFunctionArn}` Task Resource bound to the
 * serverless.yml function that implements it. The local runner binds the same placeholders.
 */
const fs = require('node:fs');
const path = require('node:path');

const ASL_PATH = path.join(__dirname, 'router.asl.json');

/** Placeholder name -> function key in serverless.yml. */
const FUNCTION_BINDINGS = Object.freeze({
  ClassifyFunctionArn: 'classify',
  InvokeEuFunctionArn: 'invokeEu',
  InvokeGlobalFunctionArn: 'invokeGlobal',
  AuditFunctionArn: 'audit',
});

const PLACEHOLDER = /^\$\{([A-Za-z0-9]+)\}$/;

/** Calls `visit` on every Task state, nested Parallel branches and Map processors included. */
const forEachTask = (states, visit) => {
  for (const [name, state] of Object.entries(states)) {
    if (state.Type === 'Task') visit(name, state);
    for (const branch of state.Branches ?? []) forEachTask(branch.States, visit);
    const processor = state.ItemProcessor ?? state.Iterator;
    if (processor) forEachTask(processor.States, visit);
  }
};

/** The placeholder a Task Resource names, or undefined for a literal ARN. */
const placeholderOf = (resource) =>
  typeof resource === 'string' ? PLACEHOLDER.exec(resource)?.[1] : undefined;

/** The ASL with every placeholder replaced by `Fn::GetAtt [<function key>, Arn]`; unknown ones throw. */
const bindDefinition = (asl, bindings = FUNCTION_BINDINGS) => {
  const definition = structuredClone(asl);
  forEachTask(definition.States, (name, state) => {
    const placeholder = placeholderOf(state.Resource);
    if (placeholder === undefined) return;
    const functionKey = bindings[placeholder];
    if (!functionKey) {
      throw new Error(
        `state ${name}: no function bound to \${${placeholder}} in statemachines/definition.cjs`,
      );
    }
    state.Resource = { 'Fn::GetAtt': [functionKey, 'Arn'] };
  });
  return definition;
};

const readAsl = () => JSON.parse(fs.readFileSync(ASL_PATH, 'utf8'));

module.exports = () => bindDefinition(readAsl());
module.exports.FUNCTION_BINDINGS = FUNCTION_BINDINGS;
module.exports.bindDefinition = bindDefinition;
module.exports.forEachTask = forEachTask;
module.exports.placeholderOf = placeholderOf;
module.exports.readAsl = readAsl;
