# case: passage encoder stores the last encoded passage matrix on self inside construct so the index builder can read it -> attribute write in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IndexConfig:
    hidden_size = 16
    dim = 8
    cache_embeddings = True


class PassageIndexer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = nn.Dense(config.hidden_size, config.dim)
        self.cache_embeddings = config.cache_embeddings
        self.last_doc_embeds = None

    def _encode(self, hidden, mask):
        m = mask.astype(hidden.dtype).expand_dims(-1)
        pooled = (hidden * m).sum(axis=1) / m.sum(axis=1)
        return self.encoder(pooled)

    def construct(self, query, doc_hidden, doc_mask):
        docs = self._encode(doc_hidden, doc_mask)
        if self.cache_embeddings:
            self.last_doc_embeds = docs
        return ops.matmul(query, docs.T)


def make():
    np.random.seed(13)
    q = Tensor(np.random.randn(2, 8).astype(np.float32))
    dh = Tensor(np.random.randn(5, 7, 16).astype(np.float32))
    dm = Tensor((np.arange(7)[None] < np.array([[7], [4], [6], [2], [5]])).astype(np.int32))
    return PassageIndexer(IndexConfig()), (q, dh, dm)
