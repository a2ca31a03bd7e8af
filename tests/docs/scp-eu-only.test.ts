import { readFileSync } from 'node:fs';
import { EU_MEMBER_STATE_REGIONS } from '../../shared/routing/regions';

interface Statement {
  Sid: string;
  Effect: string;
  Action: string | string[];
  Resource: string;
  Condition?: Record<string, Record<string, string | string[]>>;
}

const scp = JSON.parse(readFileSync('docs/scp-eu-only.json', 'utf8')) as { Statement: Statement[] };
const bySid = (sid: string) => scp.Statement.find((s) => s.Sid === sid);

describe('the optional EU-only service control policy', () => {
  it('only denies: an SCP never grants', () => {
    expect(scp.Statement.every((s) => s.Effect === 'Deny')).toBe(true);
  });

  it('denies every global inference profile', () => {
    expect(bySid('DenyGlobalInferenceProfiles')?.Resource).toBe(
      'arn:aws:bedrock:*:*:inference-profile/global.*',
    );
  });

  it('denies the unspecified region that global routing carries', () => {
    expect(bySid('DenyGlobalRoutedModelCalls')?.Condition).toEqual({
      StringEquals: { 'aws:RequestedRegion': 'unspecified' },
    });
  });

  it('allows Bedrock only in the EU member-state regions of the routing catalog', () => {
    const regions = bySid('DenyBedrockOutsideEuMemberStates')?.Condition?.StringNotEquals?.[
      'aws:RequestedRegion'
    ];
    expect([...(regions as string[])].sort()).toEqual([...EU_MEMBER_STATE_REGIONS].sort());
  });
});
