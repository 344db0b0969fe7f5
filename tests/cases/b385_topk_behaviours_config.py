# case: SIM-style hard search keeps the top-k most relevant behaviours per user with k read from the retrieval config and gathers them for attention -> k is a Python int, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetrievalConfig:
    def __init__(self, emb_dim=8, top_k=4, normalize_keys=True):
        self.emb_dim = emb_dim
        self.top_k = top_k
        self.normalize_keys = normalize_keys


class TopKBehaviourSearch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_k = config.top_k
        self.normalize_keys = config.normalize_keys

    def _relevance(self, target, hist, mask):
        if self.normalize_keys:
            hist = hist / ops.sqrt((hist * hist).sum(-1, keepdims=True) + 1e-6)
        rel = (hist * target.expand_dims(1)).sum(-1)
        return rel - (1.0 - mask) * 1e4

    def construct(self, target, hist, mask):
        rel = self._relevance(target, hist, mask)
        k = min(self.top_k, hist.shape[1])
        top_scores, top_idx = ops.topk(rel, k)
        idx = ops.broadcast_to(top_idx.expand_dims(-1), (top_idx.shape[0], k, hist.shape[2]))
        selected = ops.gather_elements(hist, 1, idx)
        weights = ops.softmax(top_scores, axis=-1).expand_dims(-1)
        return (selected * weights).sum(axis=1)


def make():
    np.random.seed(38523)
    cfg = RetrievalConfig()
    mask = (np.arange(10)[None, :] < np.array([[10], [6], [8]])).astype(np.float32)
    target = Tensor(np.random.randn(3, cfg.emb_dim).astype(np.float32))
    hist = Tensor(np.random.randn(3, 10, cfg.emb_dim).astype(np.float32))
    return TopKBehaviourSearch(cfg), (target, hist, Tensor(mask))
