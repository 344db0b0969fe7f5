# case: inner-product interaction that falls back to a mean-pooled vector when all fields of the batch are missing, decided by a tensor condition -> branches return different shapes, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PNNConfig:
    num_fields = 4
    embed_dim = 8
    product_type = "inner"


def _pair_indices(num_fields):
    rows, cols = np.triu_indices(num_fields, k=1)
    return Tensor(rows, ms.int32), Tensor(cols, ms.int32)


class InnerProductInteraction(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.rows, self.cols = _pair_indices(config.num_fields)
        self.product_type = config.product_type

    def construct(self, emb, field_present):
        if field_present.sum() > 0:
            p = ops.gather(emb, self.rows, 1)
            q = ops.gather(emb, self.cols, 1)
            out = (p * q).sum(axis=-1)
        else:
            out = emb.mean(axis=1)
        return out


def make():
    np.random.seed(3913)
    emb = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    present = Tensor(np.array([1, 1, 0, 1], np.float32))
    return InnerProductInteraction(PNNConfig()), (emb, present)
