'use strict';

/**
 * The deployed ingest function's Environment: the same variables as serverless.yml, except
 * STATE_MACHINE_ARN, which CloudFormation resolves (`Ref: RouterStateMachine`) so a template
 * packaged offline with a placeholder account id still starts the right state machine.
 * Used as `resources.extensions.IngestLambdaFunction.Properties.Environment` (replaced whole).
 */
module.exports = async ({ resolveVariable }) => {
  const [shared, own] = await Promise.all([
    resolveVariable('self:provider.environment'),
    resolveVariable('self:functions.ingest.environment'),
  ]);
  return {
    Variables: { ...shared, ...own, STATE_MACHINE_ARN: { Ref: 'RouterStateMachine' } },
  };
};
