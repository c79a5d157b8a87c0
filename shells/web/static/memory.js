// The memory panel: the current user's memories (newest first, or the best for a search),
// forget one, export all. Every call carries the token (api() in app.js).

export class MemoryPanel {
  constructor(api, showError) {
    this.api = api;
    this.showError = showError;
    this.list = document.getElementById("memory-list");
    this.status = document.getElementById("memory-status");
    this.query = document.getElementById("memory-query");
    document.getElementById("memory-search").addEventListener("submit", (event) => {
      event.preventDefault();
      this.load();
    });
    document.getElementById("memory-refresh").addEventListener("click", () => {
      this.query.value = "";
      this.load();
    });
    document.getElementById("memory-export").addEventListener("click", () => this.export());
  }

  async load() {
    const q = this.query.value.trim();
    const response = await this.api(`/api/memory?limit=100${q ? `&q=${encodeURIComponent(q)}` : ""}`);
    const data = await response.json();
    if (!response.ok) {
      this.status.textContent = data.error || `memory: HTTP ${response.status}`;
      this.list.replaceChildren();
      return;
    }
    document.getElementById("memory-user").textContent = `about ${data.user}`;
    this.status.textContent = data.memories.length
      ? `${data.memories.length} ${q ? "found" : "memories, newest first"}`
      : q ? "Nothing found." : "Nothing yet: tell me something about yourself.";
    this.list.replaceChildren(...data.memories.map((m) => this.item(m)));
  }

  item(memory) {
    const li = document.createElement("li");
    li.dataset.id = memory.id;
    li.dataset.kind = memory.kind;
    li.dataset.role = memory.role || "";
    const text = document.createElement("span");
    text.className = "text";
    text.textContent = memory.text;
    const meta = document.createElement("span");
    meta.className = "meta";
    const kind = document.createElement("span");
    kind.className = `kind ${memory.kind}`;
    kind.textContent = memory.kind === "turn" ? (memory.role === "assistant" ? "I said" : "you said")
      : memory.category || memory.kind;
    meta.append(kind, ` ${memory.timestamp.replace("T", " ")}`);
    text.append(meta);
    const forget = document.createElement("button");
    forget.type = "button";
    forget.className = "secondary forget";
    forget.textContent = "Forget";
    forget.title = "Forget this (and what was learnt from it)";
    forget.addEventListener("click", () => this.forget(memory.id));
    li.append(text, forget);
    return li;
  }

  async forget(id) {
    const response = await this.api(`/api/memory/${id}`, { method: "DELETE" });
    if (!response.ok) {
      const data = await response.json().catch(() => ({}));
      this.showError(data.error || `forget: HTTP ${response.status}`);
    }
    await this.load();
  }

  async export() {
    const response = await this.api("/api/memory/export");
    if (!response.ok) {
      this.showError(`export: HTTP ${response.status}`);
      return;
    }
    const blob = await response.blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    const disposition = response.headers.get("content-disposition") || "";
    link.download = (disposition.match(/filename="([^"]+)"/) || [])[1] || "memories.jsonl";
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    this.status.textContent = `Exported ${response.headers.get("x-memory-count") || "all"} memories.`;
  }
}
