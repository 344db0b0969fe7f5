# case: @ms.jit_class accumulator of per-position mean/sq-sum mutated inside construct while fitting PaDiM stats -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningMoments:
    def __init__(self, total, sq_total, count):
        self.total = total
        self.sq_total = sq_total
        self.count = count

    def update(self, x):
        self.total = self.total + x.sum(axis=0)
        self.sq_total = self.sq_total + (x * x).sum(axis=0)
        self.count = self.count + x.shape[0]


class PadimDiagonalFitter(nn.Cell):
    def __init__(self, eps=1e-3):
        super().__init__()
        self.eps = eps

    def construct(self, embeddings):
        c, h, w = embeddings.shape[1:]
        moments = RunningMoments(ops.zeros((c, h, w)), ops.zeros((c, h, w)), 0)
        for chunk in ops.split(embeddings, 2, axis=0):
            moments.update(chunk)
        mean = moments.total / moments.count
        var = moments.sq_total / moments.count - mean * mean + self.eps
        return mean, var


def make():
    np.random.seed(12)
    emb = np.random.randn(6, 4, 5, 5).astype(np.float32)
    return PadimDiagonalFitter(), (Tensor(emb),)
