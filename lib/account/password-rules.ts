// Plain constants, free of zod, so client components can show them without bundling the validator.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
