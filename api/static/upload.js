// Upload from the page: paste or drop a text, preview its extraction (POST /extract,
// nothing stored), then commit it (PUT /documents/{id}, or POST /documents for an id
// made from the text); a conflict (409) offers to replace the stored article.
// The token lives in sessionStorage only. Every text shown goes through textContent.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const TOKEN_KEY = "kg-token";
  let previewed = null;        // {text, id, title, view} of the last preview

  const tokenInput = $("token");
  tokenInput.value = sessionStorage.getItem(TOKEN_KEY) || "";
  tokenInput.addEventListener("input", () => {
    if (tokenInput.value) sessionStorage.setItem(TOKEN_KEY, tokenInput.value);
    else sessionStorage.removeItem(TOKEN_KEY);
  });

  function status(text, kind) {
    const s = $("upload-status");
    s.textContent = text;
    s.className = "up-status" + (kind ? " up-" + kind : "");
  }

  function statusWithLink(text, href, linkText) {
    status(text, "ok");
    const a = document.createElement("a");
    a.id = "stored-link";
    a.href = href;
    a.textContent = linkText;
    $("upload-status").appendChild(a);
  }

  function headers(contentType) {
    const h = {"Accept": "application/json"};
    if (contentType) h["Content-Type"] = contentType;
    if (tokenInput.value.trim()) h["Authorization"] = "Bearer " + tokenInput.value.trim();
    return h;
  }

  async function problem(response) {
    try {
      const body = await response.json();
      return body.detail || body.title || response.statusText;
    } catch (e) {
      return response.status + " " + response.statusText;
    }
  }

  function explain(response, detail) {
    if (response.status === 401) return "令牌不对或未填写（401）：" + detail;
    if (response.status === 403) return "此服务只读，不能写入（403）：" + detail;
    if (response.status === 413) return "文本太大（413）：" + detail;
    if (response.status === 503) return "服务忙或超时（503）：" + detail;
    return "出错了（" + response.status + "）：" + detail;
  }

  function showPreview(view) {
    $("preview").hidden = false;
    window.kgArticle.render($("preview"), view);
    const note = document.createElement("p");
    note.className = "up-banner";
    note.textContent = "预览：尚未保存。 Preview — nothing is stored yet.";
    if (view.existing && !view.existing.same_text)
      note.textContent += " 编号 " + view.document + " 已有另一篇文章，保存时会询问是否替换。";
    else if (view.existing)
      note.textContent += " 编号 " + view.document + " 已存有同一正文。";
    const commitHere = document.createElement("button");    // the form's commit button is above the fold
    commitHere.type = "button";
    commitHere.className = "up-commit-here";
    commitHere.textContent = "保存到图谱 Commit";
    commitHere.addEventListener("click", () => commit(false));
    note.appendChild(commitHere);
    $("preview").prepend(note);
    note.scrollIntoView({block: "start", behavior: "smooth"});
  }

  async function preview(body, contentType, query) {
    status("正在抽取…");
    $("commit-button").disabled = true;
    $("conflict").hidden = true;
    let response;
    try {
      response = await fetch("/extract" + (query || ""), {method: "POST", headers: headers(contentType), body});
    } catch (e) {
      status("无法连接服务：" + e, "error");
      return;
    }
    if (!response.ok) {
      status(explain(response, await problem(response)), "error");
      return;
    }
    const view = await response.json();
    previewed = {text: view.text, id: $("doc-id").value.trim(), title: $("doc-title").value.trim(), view};
    showPreview(view);
    status("预览完成：" + view.mentions.length + " 处提及，" + view.facts.length + " 条事实。", "ok");
    $("commit-button").disabled = false;
  }

  function jsonBody() {
    const body = {text: $("article-text").value};
    const id = $("doc-id").value.trim(), title = $("doc-title").value.trim();
    if (id) body.id = id;
    if (title) body.title = title;
    return body;
  }

  $("upload-form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (!$("article-text").value.trim()) {
      status("请先粘贴正文或拖入文件。", "error");
      return;
    }
    preview(JSON.stringify(jsonBody()), "application/json");
  });

  // a file goes to the server as it is: its decoder reads GBK, Big5, UTF-16 … and the
  // preview's text (decoded) fills the text box, so what is committed is what was seen
  async function takeFile(file) {
    if (!file) return;
    const bytes = await file.arrayBuffer();
    const id = $("doc-id").value.trim();
    await preview(bytes, "text/plain", id ? "?id=" + encodeURIComponent(id) : "");
    if (previewed) {
      $("article-text").value = previewed.text;
      if (!$("doc-title").value.trim() && previewed.view.title) $("doc-title").value = previewed.view.title;
      previewed.title = $("doc-title").value.trim();
    }
  }

  $("file-input").addEventListener("change", (event) => takeFile(event.target.files[0]));
  const zone = $("drop-zone");
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("up-over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("up-over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("up-over");
    const file = event.dataTransfer.files && event.dataTransfer.files[0];
    if (file) takeFile(file);
  });
  // an edit after the preview needs a new preview before committing
  function stale() {
    $("commit-button").disabled = true;
    for (const b of document.querySelectorAll(".up-commit-here")) b.disabled = true;
  }
  $("article-text").addEventListener("input", stale);
  $("doc-id").addEventListener("input", stale);

  async function commit(replace) {
    const body = jsonBody();
    let url = "/documents", method = "POST";
    if (body.id) {
      url = "/documents/" + encodeURIComponent(body.id);
      method = "PUT";
    }
    if (replace) url += "?replace=true";
    status("正在保存…");
    let response;
    try {
      response = await fetch(url, {method, headers: headers("application/json"), body: JSON.stringify(body)});
    } catch (e) {
      status("无法连接服务：" + e, "error");
      return;
    }
    if (response.status === 409) {
      const detail = await problem(response);
      $("conflict-text").textContent = "已有编号为 " + (body.id || "") + " 的另一篇文章（409）。" +
        "要用这篇替换它吗？ " + detail;
      $("conflict").hidden = false;
      $("conflict").scrollIntoView({block: "nearest", behavior: "smooth"});
      status("未保存：编号冲突。", "error");
      return;
    }
    if (!response.ok) {
      status(explain(response, await problem(response)), "error");
      return;
    }
    const out = await response.json();
    $("conflict").hidden = true;
    $("commit-button").disabled = true;
    for (const b of document.querySelectorAll(".up-commit-here")) b.disabled = true;
    const what = out.unchanged ? "已存有同一正文，未改变。" : (replace ? "已替换。" : "已保存。");
    statusWithLink(what + " ", "/articles/" + encodeURIComponent(out.document), "查看文章 " + out.document + " →");
    $("upload-status").scrollIntoView({block: "nearest", behavior: "smooth"});
  }

  $("commit-button").addEventListener("click", () => commit(false));
  $("replace-button").addEventListener("click", () => commit(true));
  $("cancel-button").addEventListener("click", () => {
    $("conflict").hidden = true;
    status("未保存：保留已存的文章。");
  });
})();
