# case: SIM-style hard search sets k to the shortest real history length in the batch so no padded behaviour is ever selected -> topk size taken from tensor values, expect rejection or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetrievalConfig:
    def __init__(self, emb_dim=8, top_k=None, normalize_keys=False):
        self.emb_dim = emb_dim
        self.top_k = top_k
        self.normalize_keys = normalize_keys


class AdaptiveTopKSearch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_k = config.top_k
        self.normalize_keys = config.normalize_keys

    def _resolve_k(self, lengths):
        if self.top_k is not None:
            return self.top_k
        return int(lengths.min())

    def construct(self, target, hist, lengths):
        if self.normalize_keys:
            hist = ops.L2Normalize(axis=-1)(hist)
        rel = (hist * target.expand_dims(1)).sum(-1)
        k = self._resolve_k(lengths)
        top_scores, top_idx = ops.topk(rel, k)
        idx = ops.broadcast_to(top_idx.expand_dims(-1), top_idx.shape + (hist.shape[2],))
        selected = ops.gather_elements(hist, 1, idx)
        weights = ops.softmax(top_scores, axis=-1).expand_dims(-1)
        return (selected * weights).sum(axis=1)


def make():
    np.random.seed(38524)
    cfg = RetrievalConfig()
    target = Tensor(np.random.randn(3, cfg.emb_dim).astype(np.float32))
    hist = Tensor(np.random.randn(3, 10, cfg.emb_dim).astype(np.float32))
    lengths = Tensor(np.array([7, 3, 9], dtype=np.int32))
    return AdaptiveTopKSearch(cfg), (target, hist, lengths)
