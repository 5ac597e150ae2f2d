// A short list of passwords that appear at the top of every leaked-password list,
// plus the obvious ones for this site. Compared case-insensitively.
const commonPasswords = new Set([
  "password", "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssword",
  "12345678", "123456789", "1234567890", "0123456789", "87654321", "11111111", "00000000",
  "12341234", "123123123", "11223344", "88888888", "99999999", "qwertyui", "qwerty123",
  "qwertyuiop", "1q2w3e4r", "1qaz2wsx", "zaq12wsx", "asdfghjk", "asdf1234", "abcd1234",
  "abc12345", "abcdefgh", "iloveyou", "sunshine", "princess", "football", "baseball",
  "superman", "starwars", "trustno1", "whatever", "letmein1", "welcome1", "welcome123",
  "admin123", "administrator", "changeme", "monkey123", "dragon123", "computer",
  "internet", "michelle", "jennifer", "pokemon1", "doraemon", "pikachu1", "sakura123",
  "nihon123", "tokyo123", "pmopmopmo", "pmo12345", "project1", "projectmanager",
]);

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
