# case: text-to-image retrieval head returns top-k gallery indices with k from config, then gathers embeddings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetrievalHead(nn.Cell):
    def __init__(self, dim=16, top_k=4, normalize=True):
        super().__init__()
        self.query_proj = nn.Dense(dim, dim)
        self.top_k = top_k
        self.normalize = normalize

    def _l2(self, x):
        return ops.L2Normalize(axis=-1)(x)

    def construct(self, queries, gallery):
        q = self.query_proj(queries)
        if self.normalize:
            q = self._l2(q)
            gallery = self._l2(gallery)
        sims = ops.matmul(q, gallery.T)                      # (Q, G)
        k = min(self.top_k, gallery.shape[0])
        scores, idx = ops.topk(sims, k)
        retrieved = ops.gather(gallery, idx.reshape(-1), 0)
        retrieved = retrieved.reshape(queries.shape[0], k, -1)
        return scores, retrieved


def make():
    np.random.seed(8)
    net = RetrievalHead()
    q = Tensor(np.random.randn(3, 16).astype(np.float32))
    g = Tensor(np.random.randn(10, 16).astype(np.float32))
    return net, (q, g)
