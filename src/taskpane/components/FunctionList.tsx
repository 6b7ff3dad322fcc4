import { useEffect, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { FUNCTIONS } from '../texts';

interface FunctionMetadata {
  name: string;
  description?: string;
  parameters: { name: string; optional?: boolean }[];
}

const useStyles = makeStyles({
  list: { margin: 0, fontSize: tokens.fontSizeBase200 },
  name: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  description: { margin: 0, color: tokens.colorNeutralForeground2 },
});

function signature(f: FunctionMetadata): string {
  const params = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `DUBAN.${f.name}(${params.join(', ')})`;
}

// Read from the functions.json the build generates, so the list never drifts from what Excel
// registered.
function FunctionDefinitions() {
  const styles = useStyles();
  const [functions, setFunctions] = useState<FunctionMetadata[] | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    fetch('functions.json')
      .then((response) => response.json() as Promise<{ functions: FunctionMetadata[] }>)
      .then((metadata) => live && setFunctions(metadata.functions))
      .catch(() => live && setFunctions('failed'));
    return () => {
      live = false;
    };
  }, []);
  if (functions === 'loading') return <Caption1>{FUNCTIONS.loading}</Caption1>;
  if (functions === 'failed') return <Caption1>{FUNCTIONS.failed}</Caption1>;
  return (
    <dl className={styles.list}>
      {functions.map((f) => (
        <div key={f.name}>
          <dt className={styles.name}>{signature(f)}</dt>
          <dd className={styles.description}>{f.description ?? ''}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The DUBAN.* worksheet functions, fetched only when the user opens the section. */
export function FunctionList() {
  const [opened, setOpened] = useState(false);
  return (
    <Accordion collapsible onToggle={() => setOpened(true)}>
      <AccordionItem value="functions">
        <AccordionHeader>{FUNCTIONS.heading}</AccordionHeader>
        <AccordionPanel>
          <Caption1 as="p">{FUNCTIONS.intro}</Caption1>
          {opened && <FunctionDefinitions />}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
