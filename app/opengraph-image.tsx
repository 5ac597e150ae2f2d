import { shareImage, shareImageSize, shareImageType } from "./_components/og/share-image";

// Every page without a share image of its own (home, lists, listings search…) gets this one.
export const alt = "PMOキャリアガイド：PMOの仕事・キャリア・資格・求人";
export const size = shareImageSize;
export const contentType = shareImageType;

export default function Image() {
  return shareImage({ kind: "PMOのキャリアサイト", title: "PMOの仕事内容・キャリアパス・資格・求人がわかる", note: "ガイド・自己診断・キャリアプラン・求人検索" });
}
