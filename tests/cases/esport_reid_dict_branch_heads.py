# case: re-identification model keeps its projection heads in a dict built in construct with constant string keys and picks one by a Python string mode -> constant dict lookup, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiHeadReID(nn.Cell):
    def __init__(self, in_dim=10, emb_dim=6, mode="appearance"):
        super().__init__()
        self.appearance = nn.Dense(in_dim, emb_dim)
        self.behavior = nn.Dense(in_dim, emb_dim)
        self.mode = mode

    def construct(self, round_a, round_b):
        feats = {"appearance": self.appearance(round_a), "behavior": self.behavior(round_a)}
        feats_b = {"appearance": self.appearance(round_b), "behavior": self.behavior(round_b)}
        za = ops.L2Normalize(axis=-1)(feats[self.mode])
        zb = ops.L2Normalize(axis=-1)(feats_b[self.mode])
        sim = ops.matmul(za, zb.T)
        return ops.argmax(sim, dim=1)


def make():
    np.random.seed(46)
    a = Tensor(np.random.randn(5, 10).astype(np.float32))
    b = Tensor(np.random.randn(5, 10).astype(np.float32))
    return MultiHeadReID(10, 6, "behavior"), (a, b)
