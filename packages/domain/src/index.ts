export * from './closed-sets';
export * from './fold';
export * from './periods';
export * from './permissions';
export * from './status';
export * from './time';
export * from './unit-match';
export * from './uploads';
