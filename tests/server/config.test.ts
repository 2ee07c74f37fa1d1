// The class server's settings from the environment: the proxies it believes about a client's
// address (the limits per address count devices, not the proxy in front of them).
import { describe, expect, it } from 'vitest';
import { configFrom, trustProxyFrom } from '../../src/server/index.ts';

describe('TRUST_PROXY', () => {
  it('believes no proxy unless told', () => {
    expect(trustProxyFrom(undefined)).toBe(false);
    expect(trustProxyFrom('')).toBe(false);
    expect(trustProxyFrom('0')).toBe(false);
    expect(trustProxyFrom('false')).toBe(false);
    expect(configFrom({}, '/x').trustProxy).toBe(false);
  });

  it('reads hops, any proxy, and addresses or subnets', () => {
    expect(trustProxyFrom('1')).toBe(1);
    expect(trustProxyFrom(' 2 ')).toBe(2);
    expect(trustProxyFrom('true')).toBe(true);
    expect(trustProxyFrom('loopback')).toBe('loopback');
    expect(trustProxyFrom('loopback, 10.0.0.0/8, fd00::/8')).toBe('loopback, 10.0.0.0/8, fd00::/8');
    expect(configFrom({ TRUST_PROXY: '127.0.0.1' }, '/x').trustProxy).toBe('127.0.0.1');
  });

  it('refuses what is none of these, naming the setting and the part', () => {
    expect(() => trustProxyFrom('yes please')).toThrow('TRUST_PROXY: not a number of hops, an address, a subnet or loopback/linklocal/uniquelocal: yes please');
    expect(() => trustProxyFrom('loopback, proxy.school.example')).toThrow(/: proxy\.school\.example$/);
    expect(() => trustProxyFrom('abc')).toThrow(/: abc$/);
    expect(() => trustProxyFrom('10.0.0.0/8/1')).toThrow(/: 10\.0\.0\.0\/8\/1$/);
  });
});
