import { ExecutionAlreadyExists, type SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { ExecutionStartError } from '../errors.js';

/** Starts one state-machine execution per payload; a repeated name is reported, not re-run. */
export interface ExecutionStarter {
  start(name: string, input: object): Promise<'started' | 'duplicate'>;
}

export const sfnExecutionStarter = (
  client: SFNClient,
  stateMachineArn: string,
): ExecutionStarter => ({
  async start(name, input) {
    try {
      await client.send(
        new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }),
      );
      return 'started';
    } catch (error) {
      if (
        error instanceof ExecutionAlreadyExists ||
        (error as Error).name === 'ExecutionAlreadyExists'
      ) {
        return 'duplicate';
      }
      throw new ExecutionStartError(`StartExecution ${name} failed: ${(error as Error).name}`, {
        cause: error,
      });
    }
  },
});
