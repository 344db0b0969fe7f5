# case: BYOL loss that builds a plain Python stats object from tensors inside construct and mutates it -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossStats:
    """Bookkeeping helper, the way one would write it in PyTorch."""

    def __init__(self, total, count):
        self.total = total
        self.count = count

    def add(self, value):
        self.total = self.total + value
        self.count = self.count + 1

    def mean(self):
        return self.total / self.count


class BYOLPredictorLoss(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.predictor = nn.SequentialCell([nn.Dense(dim, dim), nn.ReLU(), nn.Dense(dim, dim)])
        self.norm = ops.L2Normalize(axis=-1)

    def cosine_loss(self, p, z):
        return (2 - 2 * (self.norm(p) * self.norm(ops.stop_gradient(z))).sum(axis=-1)).mean()

    def construct(self, online1, online2, target1, target2):
        p1 = self.predictor(online1)
        p2 = self.predictor(online2)
        stats = LossStats(ops.zeros((), ms.float32), 0)
        stats.add(self.cosine_loss(p1, target2))
        stats.add(self.cosine_loss(p2, target1))
        return stats.mean()


def make():
    np.random.seed(13)
    xs = [Tensor(np.random.randn(4, 16).astype(np.float32)) for _ in range(4)]
    return BYOLPredictorLoss(), tuple(xs)
