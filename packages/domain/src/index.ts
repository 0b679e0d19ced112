export * from './fold';
export * from './time';
