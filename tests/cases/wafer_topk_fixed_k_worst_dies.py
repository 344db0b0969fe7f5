# case: reports the k worst dies per wafer with topk where k is a constructor argument, then gathers their coordinates -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstDies(nn.Cell):
    def __init__(self, k=5):
        super().__init__()
        self.k = k

    def construct(self, scores, die_xy):
        # scores: (wafers, dies), die_xy: (dies, 2)
        worst, idx = ops.topk(scores, self.k)
        xy = ops.gather(die_xy, idx.reshape(-1), 0).reshape(scores.shape[0], self.k, 2)
        radius = ops.sqrt((xy ** 2).sum(axis=-1))
        return worst, radius


def make():
    np.random.seed(23)
    scores = Tensor(np.random.rand(3, 40).astype(np.float32))
    xy = Tensor(np.random.uniform(-10, 10, size=(40, 2)).astype(np.float32))
    return WorstDies(), (scores, xy)
