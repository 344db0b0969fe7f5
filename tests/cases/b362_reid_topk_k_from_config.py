# case: re-ID matcher keeps a fixed top_k gallery candidates taken from the config, counts passing pairs only as a tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReIDConfig:
    def __init__(self, emb_dim=32, sim_thresh=0.1, top_k=4, normalize=True):
        self.emb_dim = emb_dim
        self.sim_thresh = sim_thresh
        self.top_k = top_k
        self.normalize = normalize


def l2_normalize(x, axis=-1, eps=1e-12):
    return x / ops.sqrt((x * x).sum(axis=axis, keepdims=True) + eps)


class EmbeddingMatcher(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.sim_thresh = config.sim_thresh
        self.normalize = config.normalize
        self.top_k = getattr(config, "top_k", 5)

    def _num_candidates(self, sim):
        return (sim > self.sim_thresh).astype(ms.int32).sum()

    def construct(self, query, gallery):
        if self.normalize:
            query = l2_normalize(query)
            gallery = l2_normalize(gallery)
        sim = ops.matmul(query, gallery.T).reshape(-1)
        n_pass = self._num_candidates(sim)
        k = min(self.top_k, gallery.shape[0])
        vals, idx = ops.topk(sim, k)
        return vals, idx, n_pass


def make():
    np.random.seed(32)
    q = Tensor(np.random.randn(1, 32).astype(np.float32))
    g = Tensor(np.random.randn(10, 32).astype(np.float32))
    return EmbeddingMatcher(ReIDConfig()), (q, g)
