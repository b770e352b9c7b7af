import { Money, sumMoney, usdNumber } from './money';

describe('Money', () => {
  it('adds decimal amounts exactly, where binary floats do not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney(['0.1', '0.2']).toFixed()).toBe('0.3');
  });

  it('sums ledger amounts of 15 decimals without rounding, and none to 0', () => {
    const amounts = Array.from({ length: 1000 }, () => '0.000000000000001');
    expect(sumMoney(amounts).toFixed()).toBe('0.000000000001');
    expect(sumMoney([]).toFixed()).toBe('0');
  });

  it('prints small and large amounts without exponent notation', () => {
    expect(new Money('0.0000000000000000001').toString()).toBe('0.0000000000000000001');
    expect(new Money('123456789012345678901234567890').toString()).toBe('123456789012345678901234567890');
  });

  it('turns an exact amount into the JSON number nearest it', () => {
    expect(usdNumber(new Money('0.008505'))).toBe(0.008505);
    expect(usdNumber(new Money('21474836469999999.999785251636'))).toBe(21474836470000000);
  });
});
