# case: product-based interaction computes pair indices with np.triu_indices on the field count inside construct (shape-only value) -> NumPy call in construct, Graph mode may fall back or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PNNConfig:
    def __init__(self, embed_dim=8, use_outer=False):
        self.embed_dim = embed_dim
        self.use_outer = use_outer


class ProductLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_outer = config.use_outer
        self.embed_dim = config.embed_dim

    def _pairs(self, num_fields):
        rows, cols = np.triu_indices(num_fields, k=1)
        return Tensor(rows, ms.int32), Tensor(cols, ms.int32)

    def construct(self, emb):
        rows, cols = self._pairs(emb.shape[1])
        p = ops.gather(emb, rows, 1)
        q = ops.gather(emb, cols, 1)
        inner = (p * q).sum(axis=-1)
        return ops.concat((emb.reshape(emb.shape[0], -1), inner), axis=1)


def make():
    np.random.seed(3914)
    emb = Tensor(np.random.randn(3, 5, 8).astype(np.float32))
    return ProductLayer(PNNConfig()), (emb,)
