export * from './vocabulary';
export * from './schema';
export * from './lines';
export * from './range';
export * from './actuals-schema';
export * from './aws-services';
