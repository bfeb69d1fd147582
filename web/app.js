// Easel's conversation page: start a painting through the HTTP API, watch its stages, comment to revise.
// Plain script, no build step and no dependencies: the page must run from the repository as it is.
"use strict";

(() => {
  const POLL_MS = 600;
  const POLL_MAX_MS = 5000;

  // The stages a revision goes through, in order, and the artifacts each one leaves behind.
  // "foreground" holds one artifact per foreground element, known only from the status.
  const STAGES = [
    { key: "analyze", title: "Reading the words", artifacts: [] },
    { key: "compose", title: "Composition", artifacts: ["initial", "regions"] },
    { key: "background", title: "Background", artifacts: ["background"] },
    { key: "foreground", title: "Figures", artifacts: null },
    { key: "merge", title: "Merged", artifacts: ["merged", "mattes"] },
    { key: "sketch", title: "Sketch", artifacts: ["sketch"] },
    { key: "stylize", title: "Painting", artifacts: ["target"] },
  ];

  const ARTIFACT_LABELS = {
    initial: "Initial image",
    regions: "Region map",
    background: "Background",
    merged: "Merged",
    sketch: "Sketch",
    target: "Painting",
  };

  const STAGE_MESSAGES = {
    queued: "Waiting for a free easel…",
    started: "Reading your words…",
    compose: "Composition laid out. Painting the background and the figures…",
    background: "Background painted.",
    foreground: "Figures painted. Putting it together…",
    carry: "Keeping what did not change…",
    merge: "Merged. Drawing the sketch…",
    sketch: "Sketch done. Applying the style…",
    stylize: "Style applied. Finishing…",
    finished: "This conversation is finished.",
    ended: "This generation has ended.",
  };

  const STYLE_LABELS = {
    impressionism: "Impressionism",
    realism: "Realism",
    fauvism: "Fauvism",
    abstract: "Abstract",
    "ukiyo-e": "Ukiyo-e",
    "chinese-ink": "Chinese ink",
    romanticism: "Romanticism",
    watercolor: "Watercolor",
    pointillism: "Pointillism",
  };

  const TERMINAL = new Set(["Completed", "Failed", "Terminated", "Canceled"]);

  const $ = (id) => document.getElementById(id);
  const el = {
    promptForm: $("prompt-form"),
    prompt: $("prompt"),
    paint: $("paint-button"),
    promptError: $("prompt-error"),
    seed: $("seed"),
    size: $("size"),
    style: $("style"),
    stylizer: $("stylizer"),
    variations: $("variations"),
    commentFrom: $("comment-from"),
    commentFromText: $("comment-from-text"),
    commentFromReset: $("comment-from-reset"),
    studio: $("studio"),
    frame: $("frame"),
    painting: $("painting"),
    canvasWait: $("canvas-wait"),
    canvasWaitText: $("canvas-wait-text"),
    title: $("painting-title"),
    meta: $("painting-meta"),
    actions: $("painting-actions"),
    commentForm: $("comment-form"),
    comment: $("comment"),
    send: $("send-button"),
    commentError: $("comment-error"),
    commentHint: $("comment-hint"),
    conversation: $("conversation"),
    progress: $("progress-status"),
    badge: $("revision-badge"),
    stages: $("stages"),
    styleBody: $("style-body"),
    elementsBody: $("elements-body"),
    progressBar: $("progress-bar"),
    progressEta: $("progress-eta"),
    recall: $("recall"),
    gallery: $("gallery"),
    galleryList: $("gallery-list"),
    galleryMore: $("gallery-more"),
    keyForm: $("key-form"),
    key: $("api-key"),
    keyError: $("key-error"),
  };

  // Everything the page knows about the current conversation; replaced when a new painting starts.
  let session = null;

  // ---- HTTP ---------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  // Turns a failed response into one readable sentence (problem+json: title and detail), never raw JSON.
  async function problemMessage(response) {
    let title = "";
    let detail = "";
    try {
      const text = await response.text();
      if (text) {
        const body = JSON.parse(text);
        if (body && typeof body === "object") {
          title = typeof body.title === "string" ? body.title : "";
          detail = typeof body.detail === "string" ? body.detail : "";
        }
      }
    } catch {
      // Not JSON (a proxy's HTML page, say): fall back to the status line below.
    }
    if (title && detail) return `${title} ${detail}`;
    if (detail || title) return detail || title;
    if (response.status === 404) return "Easel could not find that (404).";
    if (response.status >= 500) return `Easel ran into a problem on its side (${response.status}). Please try again.`;
    return `The request was refused (${response.status} ${response.statusText}).`;
  }

  // ---- API key ------------------------------------------------------------------------------
  // A serve started with EASEL_API_KEY answers 401 until the page sends the key. The page asks for it once, keeps it in
  // this browser, and sends it with every request it makes itself; the answers carry serve's session cookie (HttpOnly),
  // which lets the pictures and the event stream, loaded by the browser without headers, be read too.

  const KEY_STORE = "easel-api-key";
  let apiKey = readStoredKey();
  let keyEntered = null;

  function readStoredKey() {
    try {
      return localStorage.getItem(KEY_STORE) || "";
    } catch {
      return ""; // Storage disabled: the key lasts as long as the page.
    }
  }

  function storeKey(key) {
    apiKey = key;
    try {
      if (key) localStorage.setItem(KEY_STORE, key);
      else localStorage.removeItem(KEY_STORE);
    } catch {
      // Storage disabled: kept in memory only.
    }
  }

  // Shows the key form (once, however many requests are waiting) and resolves when a key has been entered.
  // A refusal of a key that has been replaced meanwhile just tries again with the new one.
  function askForKey(message, refused) {
    if (apiKey !== refused) return Promise.resolve();
    if (refused) showProblem(el.keyError, el.key, message);
    storeKey("");
    if (!keyEntered) {
      keyEntered = new Promise((resolve) => {
        el.keyForm.hidden = false;
        el.key.value = "";
        el.key.focus();
        el.keyForm.onsubmit = (event) => {
          event.preventDefault();
          const key = el.key.value.trim();
          if (!key) {
            showProblem(el.keyError, el.key, "Enter the API key first.");
            return;
          }
          clearProblem(el.keyError, el.key);
          el.keyForm.hidden = true;
          storeKey(key);
          keyEntered = null;
          resolve();
        };
      });
    }
    return keyEntered;
  }

  async function api(method, url, body) {
    let response;
    let sent;
    for (;;) {
      try {
        // A FormData body (a picture to recall) goes as multipart, with the browser's own content type.
        const raw = body === undefined || body instanceof FormData;
        const headers = raw ? { Accept: "application/json" } : { "Content-Type": "application/json; charset=utf-8", Accept: "application/json" };
        sent = apiKey;
        if (sent) headers.Authorization = `Bearer ${sent}`;
        response = await fetch(url, {
          method,
          headers,
          body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
          cache: "no-store",
        });
      } catch {
        throw new ApiError("Easel cannot be reached. Is the server still running?", 0);
      }
      if (response.status !== 401) break;
      await askForKey(await problemMessage(response), sent);
    }
    if (!response.ok) throw new ApiError(await problemMessage(response), response.status);
    const text = await response.text();
    if (!text) return {};
    try {
      return JSON.parse(text);
    } catch {
      throw new ApiError("Easel sent an answer this page cannot read.", response.status);
    }
  }

  // ---- Messages -------------------------------------------------------------------------------

  function showProblem(box, field, message) {
    box.textContent = message;
    box.hidden = false;
    if (field) field.setAttribute("aria-invalid", "true");
  }

  function clearProblem(box, field) {
    box.textContent = "";
    box.hidden = true;
    if (field) field.removeAttribute("aria-invalid");
  }

  function announce(text) {
    if (el.progress.textContent !== text) el.progress.textContent = text;
  }

  // ---- Starting a painting --------------------------------------------------------------------

  function readRequest() {
    const prompt = el.prompt.value.trim();
    if (!prompt) return { problem: "Describe the painting first — one sentence is enough.", field: el.prompt };
    const body = { prompt };

    const seed = el.seed.value.trim();
    if (seed) {
      if (!/^-?\d+$/.test(seed)) return { problem: "The seed must be a whole number, such as 7.", field: el.seed };
      body.seed = Number(seed);
    }
    const [width, height] = el.size.value.split("x").map(Number);
    body.width = width;
    body.height = height;
    if (el.style.value) body.style = el.style.value;
    body.stylizer = el.stylizer.value;
    const n = Number(el.variations.value);
    if (n > 1) body.n = n;
    return { body };
  }

  async function startPainting(event) {
    event.preventDefault();
    clearProblem(el.promptError, el.prompt);
    for (const field of [el.seed, el.size, el.style, el.stylizer]) field.removeAttribute("aria-invalid");
    const { body, problem, field } = readRequest();
    if (problem) {
      showProblem(el.promptError, field, problem);
      if (field === el.seed) el.seed.closest("details").open = true;
      field.focus();
      return;
    }

    el.paint.disabled = true;
    el.paint.textContent = "Starting…";
    try {
      const payload = await api("POST", "/api/generations", body);
      if (!payload || typeof payload.id !== "string") throw new ApiError("Easel accepted the request but sent no generation id.", 202);
      begin(payload.id, body.prompt);
      history.replaceState(null, "", `#${encodeURIComponent(payload.id)}`);
      loadGallery();
    } catch (error) {
      // Mark the field the API's sentence is about, so that the eye (and a screen reader) goes to it.
      const field = fieldOf(error.message);
      showProblem(el.promptError, field, error.message);
      if (field !== el.prompt) field.closest("details").open = true;
    } finally {
      el.paint.disabled = false;
      el.paint.textContent = "Paint";
    }
  }

  // Recall: a PNG Easel made carries its parameters; the server reads them and paints it again.
  async function startFromPicture() {
    const file = el.recall.files?.[0];
    if (!file) return;
    clearProblem(el.promptError, el.prompt);
    const form = new FormData();
    form.append("picture", file, file.name);
    try {
      const payload = await api("POST", "/api/generations", form);
      if (!payload || typeof payload.id !== "string") throw new ApiError("Easel accepted the picture but sent no generation id.", 202);
      begin(payload.id, "");
      history.replaceState(null, "", `#${encodeURIComponent(payload.id)}`);
      loadGallery();
    } catch (error) {
      showProblem(el.promptError, el.recall, error.message);
    } finally {
      el.recall.value = "";
    }
  }

  function fieldOf(message) {
    if (/\bseed\b/i.test(message)) return el.seed;
    if (/\b(size|width|height)\b/i.test(message)) return el.size;
    if (/\bstylizer\b/i.test(message)) return el.stylizer;
    if (/\bstyle\b/i.test(message) && !/\bprompt\b/i.test(message)) return el.style;
    return el.prompt;
  }

  function begin(id, prompt) {
    if (session) {
      clearTimeout(session.timer);
      session.events?.close();
    }
    session = {
      id,
      statusUrl: `/api/generations/${encodeURIComponent(id)}`,
      prompt,
      status: null,
      expectRevision: 0,
      pendingComment: null,
      timer: 0,
      delay: POLL_MS,
      signatures: {},
      manifests: {},
      events: null,
      // The painting the next comment continues from ({revision, candidate}); null for the latest revision's first.
      from: null,
    };
    showFrom(session);
    el.studio.hidden = false;
    $("welcome").hidden = true;
    // The examples are for an empty wall; once a painting hangs they would only push it down (on a phone).
    document.querySelector(".examples").hidden = true;
    el.title.textContent = prompt ? `“${prompt}”` : "";
    el.meta.textContent = "";
    el.actions.replaceChildren();
    el.painting.hidden = true;
    el.painting.removeAttribute("src");
    el.canvasWait.hidden = false;
    el.canvasWaitText.textContent = "Preparing the canvas…";
    el.stages.replaceChildren();
    el.conversation.replaceChildren();
    el.styleBody.innerHTML = '<p class="muted">Deciding…</p>';
    el.elementsBody.innerHTML = '<p class="muted">Reading your words…</p>';
    clearProblem(el.commentError, el.comment);
    announce("Started. Waiting for a free easel…");
    setBusy(true);
    follow(session);
    if (matchMedia("(max-width: 860px)").matches) el.studio.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  // ---- Polling ---------------------------------------------------------------------------------

  async function poll(current) {
    if (current !== session) return;
    let status;
    try {
      status = await api("GET", current.statusUrl);
      current.delay = POLL_MS;
    } catch (error) {
      if (current !== session) return;
      if (error.status === 404 || error.status === 400) {
        announce(error.message);
        setBusy(false, error.message);
        return;
      }
      // A blip (server restarting, network): say so and keep trying, more slowly.
      announce(`${error.message} Retrying…`);
      current.delay = Math.min(current.delay * 2, POLL_MAX_MS);
      current.timer = setTimeout(() => poll(current), current.delay);
      return;
    }
    if (current !== session) return;
    if (receive(current, status) && !current.events) current.timer = setTimeout(() => poll(current), current.delay);
  }

  // A new status (polled or pushed): render it; false once there is nothing to wait for.
  function receive(current, status) {
    current.status = status;
    if (!current.prompt && status.prompt) current.prompt = status.prompt;
    render(current);

    const terminal = TERMINAL.has(status.runtimeStatus);
    const done = status.ready && status.revision >= current.expectRevision;
    if (terminal || done) {
      current.pendingComment = done ? null : current.pendingComment;
      settle(current, terminal);
      return false;
    }
    return true;
  }

  // Server-Sent Events push each stage as it completes; where they are not available or the stream breaks, poll.
  function follow(current) {
    if (typeof EventSource !== "function") {
      poll(current);
      return;
    }
    const source = new EventSource(`${current.statusUrl}/events`);
    current.events = source;
    source.addEventListener("stage", (event) => {
      if (current !== session) {
        source.close();
        return;
      }
      let status;
      try {
        status = JSON.parse(event.data);
      } catch {
        return;
      }
      clearTimeout(current.timer);
      receive(current, status);
    });
    const stop = () => {
      source.close();
      if (current.events === source) current.events = null;
    };
    source.addEventListener("end", stop);
    source.addEventListener("error", () => {
      stop();
      if (current !== session) return;
      clearTimeout(current.timer);
      poll(current);
    });
  }

  function settle(current, terminal) {
    const status = current.status;
    if (terminal) {
      const message = status.runtimeStatus === "Failed"
        ? (status.error || "The painting failed.")
        : status.runtimeStatus === "Completed"
          ? "This conversation is finished; start a new painting to go on."
          : `This generation was ${status.runtimeStatus.toLowerCase()}.`;
      announce(message);
      setBusy(false, message, true);
      return;
    }
    announce(status.revision === 0
      ? "Your painting is ready. Tell Easel what to change."
      : `Revision ${status.revision} is ready.`);
    setBusy(false);
    renderConversation(current);
  }

  function setBusy(busy, reason, closed) {
    el.frame.setAttribute("aria-busy", busy ? "true" : "false");
    el.send.disabled = busy || !!closed;
    el.comment.disabled = !!closed;
    el.commentHint.textContent = closed
      ? reason
      : busy
        ? "You can write your comment while Easel paints, and send it when the painting is ready."
        : "Each comment paints a new revision from the last one.";
  }

  // ---- Rendering -------------------------------------------------------------------------------

  function render(current) {
    const s = current.status;
    const revision = s.revision ?? 0;
    const artifacts = s.artifacts || {};
    const revising = current.expectRevision > revision;

    el.badge.textContent = `revision ${revising ? current.expectRevision : revision}`;
    if (!revising && !s.ready && STAGE_MESSAGES[s.stage]) announce(STAGE_MESSAGES[s.stage]);
    if (revising) announce(`Revising: “${current.pendingComment ?? ""}”…`);

    renderPainting(current, revision, artifacts, revising);
    renderProgress(s, revising);
    renderStages(current, revising);
    renderStyle(current);
    renderElements(current);
    renderConversation(current);
  }

  function renderProgress(s, revising) {
    const progress = revising ? 0 : s.ready ? 1 : Math.max(0, Math.min(1, s.progress ?? 0));
    el.progressBar.value = progress;
    el.progressBar.setAttribute("aria-valuetext", `${Math.round(progress * 100)}%`);
    const eta = s.etaSeconds;
    el.progressEta.textContent = progress >= 1 || TERMINAL.has(s.runtimeStatus)
      ? ""
      : typeof eta === "number" && !revising ? `about ${Math.max(1, Math.ceil(eta))} s left` : "";
  }

  function renderPainting(current, revision, artifacts, revising) {
    const s = current.status;
    const history = s.history || [];
    const previous = history.length ? history[history.length - 1] : null;
    let src = null;
    let waiting = null;
    if (!revising && artifacts.target) {
      src = artifacts.target;
    } else if (previous && (revising || revision > previous.revision)) {
      src = previous.target;
      waiting = "Repainting…";
    } else {
      // The first painting: show the latest stage's image as it comes, under a veil.
      const latest = ["sketch", "merged", "background", "initial"].find((k) => artifacts[k]);
      if (latest) src = artifacts[latest];
      waiting = latest ? `${ARTIFACT_LABELS[latest]} — painting…` : "Preparing the canvas…";
    }

    if (src && el.painting.getAttribute("src") !== src) el.painting.src = src;
    el.painting.hidden = !src;
    el.painting.classList.toggle("veiled", !!waiting && !!src);
    el.painting.alt = waiting
      ? `Work in progress for “${current.prompt ?? ""}”`
      : `Painting of “${current.prompt ?? ""}”, ${styleLabel(s.style?.name)}, revision ${revision}`;
    el.canvasWait.hidden = !waiting;
    el.canvasWait.classList.toggle("over", !!src);
    if (waiting) el.canvasWaitText.textContent = waiting;

    el.title.textContent = current.prompt ? `“${current.prompt}”` : "";
    const meta = [];
    if (s.style?.name) meta.push(styleLabel(s.style.name));
    meta.push(`revision ${revision}`);
    if (s.width && s.height) meta.push(`${s.width} × ${s.height}`);
    if (s.seed !== null && s.seed !== undefined) meta.push(`seed ${s.seed}`);
    el.meta.textContent = meta.join(" · ");

    const target = !waiting && artifacts.target ? artifacts.target : "";
    const signature = `${target}|${target ? s.layers ?? "" : ""}`;
    if (current.signatures.actions !== signature) {
      current.signatures.actions = signature;
      el.actions.replaceChildren();
      if (target) {
        el.actions.append(
          link(target, "Download PNG", { download: fileName(current, revision, "target") }),
          link(target, "Open full size", { target: "_blank", rel: "noopener" }));
        // Layers: the background and each figure as separate layers, for Krita, GIMP or MyPaint.
        if (s.layers) el.actions.append(link(s.layers, "Download layers (.ora)", { download: `easel-${current.id.slice(0, 8)}-r${revision}-layers.ora` }));
      }
    }
  }

  function stageState(stage, s, index, firstOpen) {
    if (index < firstOpen) return "done";
    if (s.ready) return "done";
    if (index === firstOpen) return "active";
    // Background and figures are painted side by side.
    if (stage.key === "foreground" && STAGES[firstOpen].key === "background") return "active";
    return "pending";
  }

  function renderStages(current, revising) {
    const s = current.status;
    const artifacts = s.artifacts || {};
    const missing = new Set(s.missing || []);
    const foreground = (s.elements || []).filter((e) => e.role === "foreground" && !missing.has(e.name));
    const foregroundKeys = Object.keys(artifacts).filter((k) => k.startsWith("foreground-"));
    const expectedForeground = foreground.map((e) => `foreground-${e.name.replace(/ /g, "-")}`);

    const present = (stage) => {
      if (stage.key === "analyze") return !!s.style || (s.elements || []).length > 0;
      if (stage.key === "foreground") {
        const all = new Set([...expectedForeground, ...foregroundKeys]);
        if (all.size === 0) return !!artifacts.merged;
        return [...all].every((k) => artifacts[k]) || !!artifacts.merged;
      }
      return stage.artifacts.every((k) => artifacts[k]);
    };

    const open = revising ? 0 : STAGES.findIndex((stage) => !present(stage));
    const firstOpen = open === -1 ? STAGES.length : open;
    const signature = JSON.stringify([revising, s.revision, s.ready, firstOpen, artifacts, expectedForeground]);
    if (current.signatures.stages === signature) return;
    current.signatures.stages = signature;

    const items = STAGES.map((stage, index) => {
      const state = revising ? (index === 0 ? "active" : "pending") : stageState(stage, s, index, firstOpen);
      const li = document.createElement("li");
      li.className = `stage ${state}`;
      li.dataset.stage = stage.key;
      const head = document.createElement("div");
      head.className = "stage-head";
      const dot = document.createElement("span");
      dot.className = "stage-dot";
      dot.setAttribute("aria-hidden", "true");
      const name = document.createElement("span");
      name.className = "stage-name";
      name.textContent = stage.title;
      const note = document.createElement("span");
      note.className = "stage-state";
      note.textContent = state === "done" ? "done" : state === "active" ? "working…" : "waiting";
      head.append(dot, name, note);
      li.append(head);

      if (revising) return li;
      let keys = stage.artifacts ?? [...new Set([...expectedForeground.filter((k) => artifacts[k]), ...foregroundKeys])];
      if (stage.key === "analyze" && state === "done") {
        const summary = document.createElement("p");
        summary.className = "stage-summary";
        const count = (s.elements || []).length;
        summary.textContent = `${count} element${count === 1 ? "" : "s"}, ${emotionLabel(s.emotion)} mood`;
        li.append(summary);
      }
      if (stage.key === "foreground" && state === "done" && keys.length === 0) {
        const summary = document.createElement("p");
        summary.className = "stage-summary";
        summary.textContent = missing.size ? `No images for ${[...missing].join(", ")}` : "Nothing in front — scenery only";
        li.append(summary);
      }
      keys = keys.filter((k) => artifacts[k]);
      if (keys.length) {
        const strip = document.createElement("div");
        strip.className = "thumbs";
        for (const key of keys) strip.append(thumbnail(current, key, artifacts[key]));
        li.append(strip);
      }
      return li;
    });
    el.stages.replaceChildren(...items);
  }

  function thumbnail(current, key, url) {
    const label = artifactLabel(key);
    const a = link(url, "", { target: "_blank", rel: "noopener" });
    a.className = "thumb";
    a.dataset.artifact = key;
    a.setAttribute("aria-label", `${label} (opens full size)`);
    const img = document.createElement("img");
    img.src = url;
    img.alt = label;
    img.decoding = "async";
    img.className = key.startsWith("foreground-") ? "checker" : "";
    const caption = document.createElement("span");
    caption.className = "thumb-caption";
    caption.textContent = label;
    caption.setAttribute("aria-hidden", "true");
    a.append(img, caption);
    return a;
  }

  function renderStyle(current) {
    const style = current.status.style;
    const signature = JSON.stringify(style);
    if (current.signatures.style === signature) return;
    current.signatures.style = signature;
    if (!style) {
      el.styleBody.innerHTML = '<p class="muted">Deciding…</p>';
      return;
    }
    const name = document.createElement("p");
    name.className = "style-name";
    name.textContent = styleLabel(style.name);

    const reasons = document.createElement("ul");
    reasons.className = "reasons";
    for (const reason of style.reasons || []) {
      const li = document.createElement("li");
      li.textContent = reasonText(reason);
      reasons.append(li);
    }

    const scores = Object.entries(style.scores || {}).sort((a, b) => b[1] - a[1]).slice(0, 5);
    const table = document.createElement("ul");
    table.className = "scores";
    table.setAttribute("aria-label", "Score of each style");
    for (const [key, value] of scores) {
      const li = document.createElement("li");
      li.className = key === style.name ? "chosen" : "";
      const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
      const label = document.createElement("span");
      label.className = "score-name";
      label.textContent = styleLabel(key);
      const bar = document.createElement("span");
      bar.className = "score-bar";
      bar.setAttribute("aria-hidden", "true");
      const fill = document.createElement("span");
      fill.style.width = `${Math.max(2, percent)}%`;
      bar.append(fill);
      const number = document.createElement("span");
      number.className = "score-value";
      number.textContent = `${percent}%`;
      li.append(label, bar, number);
      table.append(li);
    }
    el.styleBody.replaceChildren(name, reasons, table);
  }

  function renderElements(current) {
    const s = current.status;
    const signature = JSON.stringify([s.elements, s.emotion, s.missing]);
    if (current.signatures.elements === signature) return;
    current.signatures.elements = signature;
    const elements = s.elements || [];
    if (!elements.length && !s.emotion) {
      el.elementsBody.innerHTML = '<p class="muted">Reading your words…</p>';
      return;
    }
    const parts = [];
    const emotion = document.createElement("p");
    emotion.className = `mood mood-${s.emotion?.category ?? "neutral"}`;
    const cues = s.emotion?.cues?.length ? ` — from ${s.emotion.cues.map((c) => `“${c}”`).join(", ")}` : "";
    emotion.innerHTML = '<span class="mood-dot" aria-hidden="true"></span>';
    emotion.append(`Mood: ${emotionLabel(s.emotion)}${cues}`);
    parts.push(emotion);

    const missing = new Set(s.missing || []);
    for (const [role, title] of [["foreground", "In front"], ["background", "Scenery"]]) {
      const group = elements.filter((e) => e.role === role);
      if (!group.length) continue;
      const heading = document.createElement("h3");
      heading.className = "group-title";
      heading.textContent = title;
      const list = document.createElement("ul");
      list.className = "chips";
      for (const e of group) {
        const li = document.createElement("li");
        li.className = `chip source-${e.source}${missing.has(e.name) ? " missing" : ""}`;
        const name = document.createElement("span");
        name.className = "chip-name";
        name.textContent = e.count > 1 ? `${e.name} × ${e.count}` : e.name;
        const origin = document.createElement("span");
        origin.className = "chip-origin";
        origin.textContent = sourceText(e);
        li.append(name, origin);
        if (missing.has(e.name)) {
          const note = document.createElement("span");
          note.className = "chip-origin";
          note.textContent = "no image yet — left out";
          li.append(note);
        }
        list.append(li);
      }
      parts.push(heading, list);
    }
    el.elementsBody.replaceChildren(...parts);
  }

  function renderConversation(current) {
    const s = current.status;
    if (!s) return;
    const history = s.history || [];
    const signature = JSON.stringify([history, current.pendingComment, current.expectRevision, s.ready]);
    if (current.signatures.conversation === signature) return;
    current.signatures.conversation = signature;

    const turns = [];
    for (const record of history) {
      turns.push(turn(current, record.revision === 0 ? current.prompt : record.text, record.revision, record, null));
    }
    if (current.pendingComment !== null && current.expectRevision > (history.at(-1)?.revision ?? -1)) {
      turns.push(turn(current, current.pendingComment, current.expectRevision, null, "Painting…"));
    } else if (!history.length) {
      turns.push(turn(current, current.prompt, 0, null, "Painting…"));
    }
    el.conversation.replaceChildren(...turns);
  }

  function turn(current, text, revision, record, pending) {
    const li = document.createElement("li");
    li.className = "turn";
    li.dataset.revision = String(revision);
    const said = document.createElement("p");
    said.className = "said";
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = revision === 0 ? "You asked" : `Comment ${revision}`;
    const words = document.createElement("span");
    words.className = "words";
    words.textContent = text ?? "";
    said.append(who, words);
    // The revisions form a tree: say where a revision branched off when it is not simply the one before's first.
    const from = record?.from;
    if (from && (from.revision !== revision - 1 || from.candidate)) {
      li.classList.add("branch");
      const branch = document.createElement("span");
      branch.className = "branched";
      branch.textContent = `on revision ${from.revision}${from.candidate ? `, variation ${from.candidate + 1}` : ""}`;
      said.append(branch);
    }
    if (record && revision > 0) {
      const manifest = current.manifests[revision];
      if (manifest && typeof manifest === "object") {
        const understood = document.createElement("span");
        understood.className = "understood";
        const edits = (manifest.edits || []).map(editText);
        understood.textContent = edits.length
          ? `Easel understood: ${edits.join(", ")}`
          : "Easel found nothing to change in this comment.";
        said.append(understood);
      } else if (manifest === undefined) {
        loadManifest(current, revision, record.target.replace(/target\.png$/, "manifest.json"));
      }
    }
    li.append(said);

    const reply = document.createElement("div");
    reply.className = "reply";
    if (record) {
      const img = document.createElement("img");
      img.src = record.target;
      img.alt = `Revision ${revision}: ${styleLabel(record.style)}`;
      img.className = "turn-image";
      const a = link(record.target, "", { target: "_blank", rel: "noopener" });
      a.className = "turn-link";
      a.setAttribute("aria-label", `Revision ${revision}, open full size`);
      a.append(img);
      const info = document.createElement("p");
      info.className = "turn-info";
      info.textContent = `Revision ${revision} · ${styleLabel(record.style)} `;
      info.append(link(record.target, "Download", { download: fileName(current, revision, "target") }));
      const candidates = Array.isArray(record.candidates) && record.candidates.length > 1 ? record.candidates : null;
      const latest = current.status?.history?.at(-1)?.revision;
      if (!candidates && revision !== latest) info.append(continueButton(current, revision, 0, `Continue from revision ${revision}`));
      reply.append(a, info);
      if (candidates) reply.append(variationPicker(current, revision, candidates));
    } else {
      const wait = document.createElement("p");
      wait.className = "turn-info pending";
      wait.textContent = pending;
      reply.append(wait);
    }
    li.append(reply);
    return li;
  }

  // A revision that painted several variations: each one, and a button to continue from it.
  function variationPicker(current, revision, candidates) {
    const list = document.createElement("ul");
    list.className = "variations";
    list.setAttribute("aria-label", `Variations of revision ${revision}`);
    candidates.forEach((url, candidate) => {
      const li = document.createElement("li");
      const picked = current.from?.revision === revision && current.from?.candidate === candidate;
      if (picked) li.className = "picked";
      const img = document.createElement("img");
      img.src = url;
      img.alt = `Variation ${candidate + 1} of revision ${revision}`;
      img.className = "variation-image";
      const a = link(url, "", { target: "_blank", rel: "noopener" });
      a.className = "turn-link";
      a.append(img);
      li.append(a, continueButton(current, revision, candidate, `Use variation ${candidate + 1}`));
      list.append(li);
    });
    return list;
  }

  function continueButton(current, revision, candidate, label) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary small continue";
    button.textContent = label;
    const picked = current.from?.revision === revision && current.from?.candidate === candidate;
    button.setAttribute("aria-pressed", String(picked));
    button.addEventListener("click", () => {
      current.from = { revision, candidate };
      current.signatures.conversation = "";
      showFrom(current);
      renderConversation(current);
      el.comment.focus();
    });
    return button;
  }

  // Says which painting the next comment goes on (branching), with a way back to the latest one.
  function showFrom(current) {
    const from = current.from;
    el.commentFrom.hidden = !from;
    el.commentHint.hidden = !!from;
    if (from) {
      el.commentFromText.textContent =
        `Your next comment continues from revision ${from.revision}${from.candidate ? `, variation ${from.candidate + 1}` : ""}.`;
    }
  }

  // Each revision's manifest says how the comment was read; fetched once, shown in the conversation.
  async function loadManifest(current, revision, url) {
    current.manifests[revision] = null;
    try {
      current.manifests[revision] = await api("GET", url);
    } catch {
      return; // The conversation reads fine without it.
    }
    if (current !== session) return;
    current.signatures.conversation = "";
    renderConversation(current);
  }

  function editText(edit) {
    const element = edit.element ?? "";
    switch (edit.kind) {
      case "add-element": return `add ${element}`;
      case "remove-element": return `remove ${element}`;
      case "more-of": return `more ${element}`;
      case "fewer-of": return `fewer ${element}`;
      case "change-style": return `paint it as ${styleLabel(edit.style)}`;
      default: return String(edit.kind ?? "").replace(/-/g, " ");
    }
  }

  // ---- Comments --------------------------------------------------------------------------------

  async function sendComment(event) {
    event.preventDefault();
    if (!session || el.send.disabled) return;
    clearProblem(el.commentError, el.comment);
    const text = el.comment.value.trim();
    if (!text) {
      showProblem(el.commentError, el.comment, "Write what to change first — for example “make it darker”.");
      el.comment.focus();
      return;
    }
    const current = session;
    const base = current.status?.revision ?? 0;
    const body = { text };
    const n = Number(el.variations.value);
    if (n > 1) body.n = n;
    if (current.from) body.from = current.from;
    el.send.disabled = true;
    try {
      await api("POST", `${current.statusUrl}/revisions`, body);
    } catch (error) {
      showProblem(el.commentError, el.comment, error.message);
      el.send.disabled = false;
      return;
    }
    if (current !== session) return;
    el.comment.value = "";
    current.from = null;
    showFrom(current);
    current.pendingComment = text;
    current.expectRevision = base + 1;
    current.signatures = {};
    setBusy(true);
    render(current);
    clearTimeout(current.timer);
    // The event stream, while it is open, brings the new revision's stages by itself.
    if (!current.events) current.timer = setTimeout(() => poll(current), POLL_MS);
  }

  // ---- Gallery ---------------------------------------------------------------------------------

  // The caller's own paintings, newest first; a click reopens one (through the address, like a shared link).
  async function loadGallery(token) {
    let page;
    try {
      page = await api("GET", `/api/generations?top=12${token ? `&continuationToken=${encodeURIComponent(token)}` : ""}`);
    } catch {
      return; // The page works without it.
    }
    const items = Array.isArray(page.items) ? page.items : [];
    if (!token) el.galleryList.replaceChildren();
    for (const item of items) el.galleryList.append(galleryItem(item));
    el.gallery.hidden = el.galleryList.children.length === 0;
    el.galleryMore.hidden = !page.continuationToken;
    el.galleryMore.onclick = () => loadGallery(page.continuationToken);
  }

  function galleryItem(item) {
    const li = document.createElement("li");
    li.className = "gallery-item";
    li.dataset.id = item.id;
    const button = document.createElement("button");
    button.type = "button";
    // Its visible text (prompt, revisions, date) is its name; the thumbnail is decoration.
    let picture;
    if (item.thumbnail) {
      picture = document.createElement("img");
      picture.src = item.thumbnail;
      picture.alt = "";
      picture.loading = "lazy";
    } else {
      picture = document.createElement("span");
      picture.className = "gallery-blank";
    }
    const caption = document.createElement("span");
    caption.className = "gallery-caption";
    caption.textContent = item.prompt ?? "";
    const meta = document.createElement("span");
    meta.className = "gallery-meta";
    const revisions = item.revisions === 1 ? "1 revision" : `${item.revisions} revisions`;
    meta.textContent = `${revisions} · ${new Date(item.createdTime).toLocaleString()}`;
    button.append(picture, caption, meta);
    button.addEventListener("click", () => {
      location.hash = encodeURIComponent(item.id);
      el.studio.scrollIntoView({ behavior: "smooth", block: "start" });
    });
    li.append(button);
    return li;
  }

  // ---- Helpers ---------------------------------------------------------------------------------

  function link(href, text, attributes) {
    const a = document.createElement("a");
    a.href = href;
    if (text) a.textContent = text;
    for (const [name, value] of Object.entries(attributes || {})) a.setAttribute(name, value);
    return a;
  }

  function fileName(current, revision, name) {
    return `easel-${current.id.slice(0, 8)}-r${revision}-${name}.png`;
  }

  function artifactLabel(key) {
    if (ARTIFACT_LABELS[key]) return ARTIFACT_LABELS[key];
    if (key.startsWith("foreground-")) return key.slice("foreground-".length).replace(/-/g, " ");
    return key;
  }

  function styleLabel(name) {
    return name ? STYLE_LABELS[name] ?? name : "";
  }

  function emotionLabel(emotion) {
    return emotion?.category ?? "neutral";
  }

  function sourceText(e) {
    if (e.source === "explicit") return e.cue && e.cue !== e.name ? `you wrote “${e.cue}”` : "you named it";
    if (e.source === "expanded") return `from “${e.cue}”`;
    if (e.source === "emotion") return `for the mood “${e.cue}”`;
    return e.source ?? "";
  }

  function reasonText(reason) {
    return reason === "default" ? "Nothing in the text pointed elsewhere, so Easel chose its default." : reason;
  }

  // Enter sends, Shift+Enter makes a new line; never while an input method is composing (Chinese, Japanese).
  function submitOnEnter(textarea, form) {
    textarea.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
      event.preventDefault();
      form.requestSubmit();
    });
  }

  // An example fills the prompt (it does not paint at once: the options may still change).
  for (const example of document.querySelectorAll(".example")) {
    example.addEventListener("click", () => {
      el.prompt.value = example.textContent;
      clearProblem(el.promptError, el.prompt);
      el.prompt.focus();
    });
  }

  el.promptForm.addEventListener("submit", startPainting);
  el.recall.addEventListener("change", startFromPicture);
  el.commentForm.addEventListener("submit", sendComment);
  el.commentFromReset.addEventListener("click", () => {
    if (!session) return;
    session.from = null;
    session.signatures.conversation = "";
    showFrom(session);
    renderConversation(session);
    el.comment.focus();
  });
  submitOnEnter(el.prompt, el.promptForm);
  submitOnEnter(el.comment, el.commentForm);
  el.prompt.addEventListener("input", () => clearProblem(el.promptError, el.prompt));
  el.comment.addEventListener("input", () => clearProblem(el.commentError, el.comment));

  // A reload (or a shared link) picks the conversation up again from the id in the address.
  function resumeFromAddress() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (/^[A-Za-z0-9_-]{1,100}$/.test(id) && id !== session?.id) begin(id, "");
  }
  window.addEventListener("hashchange", resumeFromAddress);
  resumeFromAddress();
  loadGallery();
})();
