import { useState } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowDown20Regular } from '@fluentui/react-icons';
import type { PresetName } from '../../engine/model';
import type { TaskpaneActions } from '../actions';
import { GENERATION } from '../texts';
import { NOTICE_PANE } from '../noticeTexts';
import { messageOf } from './messageOf';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Whether this page can hand a file to the browser's downloads: a link with the download attribute. */
const pageCanDownload = () => typeof URL.createObjectURL === 'function' && 'download' in HTMLAnchorElement.prototype;

function download(bytes: Uint8Array<ArrayBuffer>, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: DOCX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // After the click has handed the file over; revoking at once can cancel it in some engines.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface BulletinDownloadProps {
  actions: TaskpaneActions;
  month: string;
  preset: PresetName;
  disabled: boolean;
  onBusyChange: (busy: boolean) => void;
}

type Said = { intent: 'success' | 'warning' | 'error'; text: string };

/** 下载 Word 版通报: the month's 通报 as a .docx, or, where the host drops downloads, how to get one. */
export function BulletinDownload({ actions, month, preset, disabled, onBusyChange }: BulletinDownloadProps) {
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [said, setSaid] = useState<Said | null>(null);

  async function run() {
    setRunning(true);
    onBusyChange(true);
    setSaid(null);
    try {
      const result = await actions.bulletinDocx(month, preset, () => undefined);
      if (result.kind === 'invalid') setSaid({ intent: 'error', text: GENERATION.invalid(result.validation.errors) });
      else if (!result.downloadable || !pageCanDownload()) setSaid({ intent: 'warning', text: NOTICE_PANE.noDownload(month) });
      else {
        download(result.bytes, result.fileName);
        setSaid({ intent: 'success', text: NOTICE_PANE.downloaded(result.fileName) });
      }
    } catch (error) {
      setSaid({ intent: 'error', text: messageOf(error) });
    } finally {
      setRunning(false);
      onBusyChange(false);
    }
  }

  return (
    <div className={styles.root}>
      <Button icon={<DocumentArrowDown20Regular />} disabledFocusable={running || disabled} onClick={() => void run()}>
        {NOTICE_PANE.docx}
      </Button>
      <Caption1>{NOTICE_PANE.docxHint}</Caption1>
      <div role="status" aria-live="polite">
        {said && (
          <MessageBar intent={said.intent} layout="multiline">
            <MessageBarBody>{said.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
