export * from './vocabulary';
export * from './schema';
export * from './workbook-schema';
export * from './linked-scenarios';
export * from './lines';
export * from './range';
export * from './actuals-schema';
export * from './aws-services';
