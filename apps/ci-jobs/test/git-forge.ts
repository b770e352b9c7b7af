export { forgeRepository } from '@slipway/testing';
