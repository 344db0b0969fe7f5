# case: re-ID matcher picks as many gallery candidates as pass the similarity threshold, topk k taken from a tensor count -> dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReIDConfig:
    def __init__(self, emb_dim=32, sim_thresh=0.1, normalize=True):
        self.emb_dim = emb_dim
        self.sim_thresh = sim_thresh
        self.normalize = normalize


def l2_normalize(x, axis=-1, eps=1e-12):
    return x / ops.sqrt((x * x).sum(axis=axis, keepdims=True) + eps)


class EmbeddingMatcher(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.sim_thresh = config.sim_thresh
        self.normalize = config.normalize

    def _num_candidates(self, sim):
        return int((sim > self.sim_thresh).sum())

    def construct(self, query, gallery):
        if self.normalize:
            query = l2_normalize(query)
            gallery = l2_normalize(gallery)
        sim = ops.matmul(query, gallery.T).reshape(-1)
        k = self._num_candidates(sim)
        vals, idx = ops.topk(sim, k)
        return vals, idx


def make():
    np.random.seed(31)
    q = Tensor(np.random.randn(1, 32).astype(np.float32))
    g = Tensor(np.random.randn(10, 32).astype(np.float32))
    return EmbeddingMatcher(ReIDConfig()), (q, g)
