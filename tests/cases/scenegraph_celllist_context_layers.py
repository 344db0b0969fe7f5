# case: stacked object-context attention layers held in an nn.CellList and iterated in construct, with a Python list of per-layer outputs stacked at the end -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContextAttention(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.v = nn.Dense(dim, dim)
        self.scale = dim ** -0.5

    def construct(self, x, valid):
        att = ops.matmul(self.q(x), self.k(x).T) * self.scale
        att = att + (1.0 - valid[None, :]) * -1e4
        return x + ops.matmul(ops.softmax(att, axis=-1), self.v(x))


class ObjectContextEncoder(nn.Cell):
    def __init__(self, dim=16, num_layers=3):
        super().__init__()
        self.layers = nn.CellList([ContextAttention(dim) for _ in range(num_layers)])

    def construct(self, obj_feats, valid):
        outs = []
        x = obj_feats
        for layer in self.layers:
            x = layer(x, valid)
            outs.append(x)
        return ops.stack(outs, axis=0)


def make():
    np.random.seed(46)
    feats = Tensor(np.random.randn(7, 16).astype(np.float32))
    valid = Tensor(np.array([1, 1, 1, 1, 1, 0, 0], dtype=np.float32))
    return ObjectContextEncoder(), (feats, valid)
