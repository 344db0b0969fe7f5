# case: bisque firing scorer times its forward pass with a small Python context manager in a with block inside construct -> with statement on a plain Python object in graph
import time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StageTimer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.t0 = time.time()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.time() - self.t0
        return False


class BisqueScorer(nn.Cell):
    def __init__(self, n_feats=6):
        super().__init__()
        self.mlp = nn.SequentialCell(nn.Dense(n_feats, 8), nn.Tanh(), nn.Dense(8, 1))

    def construct(self, feats):
        with StageTimer("mlp"):
            out = self.mlp(feats)
        return ops.sigmoid(out)


def make():
    np.random.seed(191)
    feats = np.random.rand(4, 6).astype(np.float32)
    return BisqueScorer(), (Tensor(feats),)
