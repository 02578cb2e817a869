import { createHash } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import * as pkijs from 'pkijs';
import { addUnsignedAttribute, buildSignedData, contentInfoDer, OID, sha256, signatureValueOf, type SignerMaterial } from './cades';
import { drawRoundSeal } from './seal-image';
import { sealTypeface } from './seal-font';
import { issueTimestampToken } from './timestamp-authority';

/** Room for the CMS: the seal's and the TSA's certificates, each with the issuer's, two signatures. */
const SIGNATURE_BYTES = 12288;
const SEAL_SIZE_PT = 120;
const MARGIN_PT = 36;
const SEAL_KIND = '电子公章';

/**
 * PAdES B-T (ETSI EN 319 142-1): a CAdES detached signature over the PDF's ByteRange, and a
 * signature timestamp from the region's TSA over its signature value, as an unsigned attribute.
 */
class SealSigner extends Signer {
  constructor(
    private readonly seal: SignerMaterial,
    private readonly tsa: SignerMaterial,
  ) {
    super();
  }

  async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const { signedData, signerInfo } = buildSignedData({ signer: this.seal, contentType: OID.data, digest: sha256(pdfBuffer) });
    const token = issueTimestampToken({ tsa: this.tsa, imprint: sha256(signatureValueOf(signerInfo)), at: signingTime ?? new Date() });
    addUnsignedAttribute(signerInfo, OID.signatureTimeStampToken, pkijs.ContentInfo.fromBER(new Uint8Array(token)).toSchema());
    return contentInfoDer(signedData);
  }
}

export interface StampInput {
  pdf: Uint8Array;
  enterpriseName: string;
  /** The seal's key and certificate, and the issuer's certificate as its chain. */
  seal: SignerMaterial;
  /** The region's time-stamping authority. */
  tsa: SignerMaterial;
  at: Date;
  /** Shown in the reader's signature panel (ASCII: PDF text strings of other scripts are not portable there). */
  reason: string;
}

export interface StampResult {
  pdf: Buffer;
  /** SHA-256 of the CMS signature: how a stamped copy is found again in the seal's usage records. */
  signatureSha256: string;
  pages: number;
}

/** Embeds the faces that draw `text`, each once, and answers which embedded font draws a character. */
async function embedSealFonts(doc: PDFDocument, text: string): Promise<(char: string) => PDFFont> {
  const typeface = sealTypeface();
  const parsed = new Map<Uint8Array, unknown>();
  // pdf-lib asks its fontkit to parse the bytes it was given: hand back the face parsed once per node.
  doc.registerFontkit({ create: (data: Uint8Array) => parsed.get(data) ?? fontkit.create(Buffer.from(data)) } as never);
  const embedded = new Map<string, PDFFont>();
  for (const char of new Set(Array.from(text))) {
    const face = typeface.faceFor(char);
    if (embedded.has(face.key)) continue;
    parsed.set(face.bytes, face.parsed);
    embedded.set(face.key, await doc.embedFont(face.bytes, { subset: true }));
  }
  return (char) => embedded.get(typeface.faceFor(char).key) as PDFFont;
}

/**
 * Stamps a PDF: the round seal drawn on the last page's lower right, and a PAdES B-T signature
 * (ETSI.CAdES.detached) whose widget is that seal, so a reader shows the document as signed by
 * the seal certificate at the time the region's TSA attests, and any later change as breaking it.
 */
export async function stampPdf(input: StampInput): Promise<StampResult> {
  const doc = await PDFDocument.load(input.pdf, { updateMetadata: false });
  const fontFor = await embedSealFonts(doc, input.enterpriseName + SEAL_KIND);
  const pages = doc.getPages();
  const page = pages[pages.length - 1];
  const { width } = page.getSize();
  const cx = width - MARGIN_PT - SEAL_SIZE_PT / 2;
  const cy = MARGIN_PT + SEAL_SIZE_PT / 2;
  drawRoundSeal(page, fontFor, { cx, cy, size: SEAL_SIZE_PT, name: input.enterpriseName, kind: SEAL_KIND });
  pdflibAddPlaceholder({
    pdfPage: page,
    reason: input.reason,
    contactInfo: '',
    name: 'Electronic seal',
    location: 'Sichuan',
    signingTime: input.at,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: [cx - SEAL_SIZE_PT / 2, cy - SEAL_SIZE_PT / 2, cx + SEAL_SIZE_PT / 2, cy + SEAL_SIZE_PT / 2],
    appName: 'Tianfu Tongban',
  });
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signed = await new SignPdf().sign(prepared, new SealSigner(input.seal, input.tsa), input.at);
  const located = locateSignature(signed);
  return { pdf: signed, signatureSha256: located ? createHash('sha256').update(located.cms).digest('hex') : '', pages: pages.length };
}

export interface LocatedSignature {
  byteRange: [number, number, number, number];
  cms: Buffer;
}

/** The last signature of a PDF: its ByteRange and the DER of its /Contents. */
export function locateSignature(pdf: Buffer): LocatedSignature | null {
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges[ranges.length - 1];
  if (!last) return null;
  const byteRange = [Number(last[1]), Number(last[2]), Number(last[3]), Number(last[4])] as [number, number, number, number];
  const [a, b, c] = byteRange;
  const hex = text.slice(a + b + 1, c - 1);
  if (!/^[0-9a-fA-F]*$/.test(hex)) return null;
  // The placeholder is zero-padded: the CMS is as long as its outer DER header says.
  const bytes = Buffer.from(hex.length % 2 === 0 ? hex : `${hex}0`, 'hex');
  const length = derLength(bytes);
  return { byteRange, cms: length === null ? bytes : bytes.subarray(0, length) };
}

/** Total length of the DER element at the start of `bytes` (definite lengths only), or null. */
function derLength(bytes: Buffer): number | null {
  if (bytes.length < 2) return null;
  const first = bytes[1];
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  if (count === 0 || count > 4 || bytes.length < 2 + count) return null;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + bytes[2 + i];
  return 2 + count + length;
}
