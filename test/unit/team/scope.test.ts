import { describe, expect, it } from 'vitest';
import { signupScope } from '@/lib/team/scope';

describe('signupScope', () => {
  it.each<[string, string, string[], number, boolean, number]>([
    ['one agent, no team setting', 'm1:a', ['m1:a'], 0, false, 1],
    ['a second agent of the same shop seen here', 'm1:a', ['m1:a', 'm1:b'], 0, true, 2],
    ['another shop\'s agent does not count', 'm1:a', ['m1:a', 'm2:b'], 0, false, 1],
    ['team settings say 3 agents', 'm1:a', ['m1:a'], 3, true, 1],
    ['team settings say 1 agent', 'm1:a', ['m1:a'], 1, false, 1],
  ])('%s', (_name, key, accounts, teamCount, agentOnly, agentsSeen) => {
    expect(signupScope({ key }, accounts.map((k) => ({ key: k })), teamCount)).toEqual({ agentOnly, agentsSeen });
  });
});
