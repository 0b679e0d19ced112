export * from './fold';
export * from './periods';
export * from './status';
export * from './time';
