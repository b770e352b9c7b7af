import { amzDateOf, parseSigV4Authorization, sha256Hex, sigV4Authorization } from './aws-sigv4';

/** AWS's published Signature Version 4 test suite (aws-sig-v4-test-suite): its example credentials and clock. */
const SUITE = {
  region: 'us-east-1',
  service: 'service',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  amzDate: '20150830T123600Z',
};
const CREDENTIAL = 'AKIDEXAMPLE/20150830/us-east-1/service/aws4_request';

const signed = (method: string, url: string) =>
  sigV4Authorization({
    ...SUITE,
    method,
    url: new URL(url),
    headers: { Host: 'example.amazonaws.com', 'X-Amz-Date': SUITE.amzDate },
    payloadHash: sha256Hex(''),
  });

describe('AWS Signature Version 4', () => {
  it('matches the suite’s get-vanilla signature', () => {
    expect(signed('GET', 'https://example.amazonaws.com/')).toBe(
      `AWS4-HMAC-SHA256 Credential=${CREDENTIAL}, SignedHeaders=host;x-amz-date, ` +
        'Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('matches post-vanilla (another method, same empty body)', () => {
    expect(signed('POST', 'https://example.amazonaws.com/')).toMatch(
      /Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b$/,
    );
  });

  it('sorts the query as get-vanilla-query-order-key-case does', () => {
    expect(signed('GET', 'https://example.amazonaws.com/?Param2=value2&Param1=value1')).toMatch(
      /Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500$/,
    );
  });

  it('encodes a UTF-8 path as get-utf8 does', () => {
    expect(signed('GET', 'https://example.amazonaws.com/ሴ')).toMatch(
      /Signature=8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85$/,
    );
  });

  it('reads back what it writes', () => {
    expect(parseSigV4Authorization(signed('GET', 'https://example.amazonaws.com/'))).toEqual({
      accessKeyId: 'AKIDEXAMPLE',
      scope: ['20150830', 'us-east-1', 'service', 'aws4_request'],
      signedHeaders: ['host', 'x-amz-date'],
      signature: '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    });
    expect(parseSigV4Authorization('Bearer abc')).toBeUndefined();
  });

  it('formats x-amz-date from a Date', () => {
    expect(amzDateOf(new Date('2015-08-30T12:36:00.123Z'))).toBe('20150830T123600Z');
  });
});
