import QRCode from "qrcode";

/** Where a participant checks in with `code`: the check-in page, the code filled in. */
export const checkInUrl = (origin: string, code: string) => `${origin}/check-in?code=${code}`;

/** The check-in URL as an SVG QR code, drawn on the server (no script on the trainer's screen). */
export function checkInQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
}
