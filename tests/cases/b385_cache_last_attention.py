# case: DIN attention unit keeps the last attention map on the cell (`self.last_attention = weights`) for offline analysis because keep_attention defaults to True -> attribute of self written in construct, expect Graph mode to reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DINConfig:
    def __init__(self, emb_dim=8, hidden=16, keep_attention=True, softmax_scores=False):
        self.emb_dim = emb_dim
        self.hidden = hidden
        self.keep_attention = keep_attention
        self.softmax_scores = softmax_scores


class AttentionCacheMixin:
    def _maybe_cache(self, weights):
        if getattr(self, "keep_attention", False):
            self.last_attention = weights
        return weights


class LocalActivationUnit(nn.Cell, AttentionCacheMixin):
    def __init__(self, config):
        super().__init__()
        self.keep_attention = config.keep_attention
        self.softmax_scores = config.softmax_scores
        self.last_attention = None
        self.mlp = nn.SequentialCell([nn.Dense(3 * config.emb_dim, config.hidden), nn.PReLU(),
                                      nn.Dense(config.hidden, 1)])

    def construct(self, query, keys, mask):
        q = ops.broadcast_to(query.expand_dims(1), keys.shape)
        scores = self.mlp(ops.concat((q, keys, q * keys), axis=-1)).squeeze(-1)
        if self.softmax_scores:
            scores = ops.softmax(ops.where(mask > 0, scores, ops.full_like(scores, -1e9)), axis=-1)
        else:
            scores = scores * mask
        weights = self._maybe_cache(scores)
        return ops.matmul(weights.expand_dims(1), keys).squeeze(1)


def make():
    np.random.seed(38510)
    cfg = DINConfig()
    mask = (np.arange(5)[None, :] < np.array([[2], [5], [4], [1]])).astype(np.float32)
    query = Tensor(np.random.randn(4, cfg.emb_dim).astype(np.float32))
    keys = Tensor(np.random.randn(4, 5, cfg.emb_dim).astype(np.float32))
    return LocalActivationUnit(cfg), (query, keys, Tensor(mask))
