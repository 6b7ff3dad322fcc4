// The task pane until the full one arrives: the add-in's name and its functions, read from the
// generated functions.json so the list never drifts from what Excel registered.

interface FunctionMetadata {
  name: string;
  description?: string;
  parameters: { name: string; optional?: boolean }[];
}

function signature(f: FunctionMetadata): string {
  const params = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `DUBAN.${f.name}(${params.join(', ')})`;
}

async function showFunctions(list: HTMLElement): Promise<void> {
  try {
    const response = await fetch('functions.json');
    const { functions } = (await response.json()) as { functions: FunctionMetadata[] };
    list.replaceChildren(
      ...functions.flatMap((f) => {
        const dt = document.createElement('dt');
        dt.textContent = signature(f);
        const dd = document.createElement('dd');
        dd.textContent = f.description ?? '';
        return [dt, dd];
      }),
    );
  } catch {
    list.textContent = '无法读取函数列表，请检查加载项服务器是否运行。';
  }
}

Office.onReady(() => {
  const list = document.getElementById('functions');
  if (list) void showFunctions(list);
});
