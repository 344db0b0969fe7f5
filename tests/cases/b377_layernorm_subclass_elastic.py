# case: once-for-all elastic LayerNorm subclass normalises only the first x.shape[-1] features by slicing gamma/beta with the input's static width -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ElasticLayerNorm(nn.LayerNorm):
    def __init__(self, max_features, eps=1e-5):
        super().__init__((max_features,), epsilon=eps)
        self.eps = eps

    def construct(self, x):
        d = x.shape[-1]
        mean = x.mean(axis=-1, keep_dims=True)
        var = ((x - mean) ** 2).mean(axis=-1, keep_dims=True)
        y = (x - mean) / ops.sqrt(var + self.eps)
        return y * self.gamma[:d] + self.beta[:d]


class ElasticFFN(nn.Cell):
    def __init__(self, max_hidden=32, active_hidden=None):
        super().__init__()
        self.active_hidden = max_hidden if active_hidden is None else active_hidden
        self.fc = nn.Dense(max_hidden, max_hidden)
        self.norm = ElasticLayerNorm(max_hidden)

    def construct(self, x):
        h = self.fc(x)[:, : self.active_hidden]
        return self.norm(ops.gelu(h))


def make():
    np.random.seed(3805)
    cell = ElasticFFN(active_hidden=24)
    x = Tensor(np.random.randn(3, 32).astype(np.float32))
    return cell, (x,)
