/**
 * Whose conversations the popup's figures cover. The platform assesses the
 * whole shop, but this browser sees only the agent logged in here: when it
 * has seen other agent accounts of the same shop, or team settings say the
 * shop has several agents, the signup verdict covers this agent only.
 */
import type { AccountInfo } from '../events';
import { shopOfAccount } from '../id-hash';

export interface SignupScope {
  /** True when the verdict must say it covers this agent only. */
  agentOnly: boolean;
  /** Agent accounts of this shop seen in this browser (this one included). */
  agentsSeen: number;
}

export function signupScope(account: AccountInfo, accounts: readonly AccountInfo[], teamAgentCount: number): SignupScope {
  const shop = shopOfAccount(account.key);
  const keys = new Set([account.key, ...accounts.filter((a) => shopOfAccount(a.key) === shop).map((a) => a.key)]);
  return { agentOnly: keys.size > 1 || teamAgentCount > 1, agentsSeen: keys.size };
}
