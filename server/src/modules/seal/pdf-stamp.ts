import { createHash } from 'node:crypto';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import { drawRoundSeal } from './seal-image';
import { sealFont } from './seal-font';

/** Room for the CMS: two RSA-2048 certificates and the signature fit in well under 8 KB. */
const SIGNATURE_BYTES = 8192;
const SEAL_SIZE_PT = 120;
const MARGIN_PT = 36;

/** CMS SignedData (detached) over the PDF's ByteRange, with the seal and issuer certificates. */
class SealSigner extends Signer {
  constructor(
    private readonly keyPem: string,
    private readonly certPem: string,
    private readonly issuerCertPem: string,
  ) {
    super();
  }

  async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const cert = forge.pki.certificateFromPem(this.certPem);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    p7.addCertificate(cert);
    p7.addCertificate(forge.pki.certificateFromPem(this.issuerCertPem));
    p7.addSigner({
      key: forge.pki.privateKeyFromPem(this.keyPem),
      certificate: cert,
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.messageDigest },
        { type: forge.pki.oids.signingTime, value: (signingTime ?? new Date()) as unknown as string },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}

export interface StampInput {
  pdf: Uint8Array;
  enterpriseName: string;
  keyPem: string;
  certPem: string;
  issuerCertPem: string;
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

/**
 * Stamps a PDF: the round seal drawn on the last page's lower right, and a PDF signature
 * (adbe.pkcs7.detached, as PDF readers verify) whose widget is that seal, so a reader shows the
 * document as signed by the seal certificate and any later change as breaking it.
 */
export async function stampPdf(input: StampInput): Promise<StampResult> {
  const doc = await PDFDocument.load(input.pdf, { updateMetadata: false });
  const font = sealFont();
  doc.registerFontkit(font.fontkit as never);
  const face = await doc.embedFont(font.bytes, { subset: true });
  const pages = doc.getPages();
  const page = pages[pages.length - 1];
  const { width } = page.getSize();
  const cx = width - MARGIN_PT - SEAL_SIZE_PT / 2;
  const cy = MARGIN_PT + SEAL_SIZE_PT / 2;
  drawRoundSeal(page, face, { cx, cy, size: SEAL_SIZE_PT, name: input.enterpriseName, kind: '电子公章' });
  pdflibAddPlaceholder({
    pdfPage: page,
    reason: input.reason,
    contactInfo: '',
    name: 'Electronic seal',
    location: 'Sichuan',
    signingTime: input.at,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
    widgetRect: [cx - SEAL_SIZE_PT / 2, cy - SEAL_SIZE_PT / 2, cx + SEAL_SIZE_PT / 2, cy + SEAL_SIZE_PT / 2],
    appName: 'Tianfu Tongban',
  });
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signed = await new SignPdf().sign(prepared, new SealSigner(input.keyPem, input.certPem, input.issuerCertPem), input.at);
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
  const trimmed = hex.replace(/(00)+$/, '');
  return { byteRange, cms: Buffer.from(trimmed.length % 2 === 0 ? trimmed : `${trimmed}0`, 'hex') };
}
