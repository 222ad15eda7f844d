export * from './vocabulary';
export * from './schema';
export * from './lines';
export * from './range';
