# case: iteratively pulls low-confidence joints toward the hand centroid with a while loop bounded by a constructor int -> constant loop bound, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CentroidRefiner(nn.Cell):
    def __init__(self, num_iters=3, step=0.5):
        super().__init__()
        self.num_iters = num_iters
        self.step = step

    def construct(self, xy, conf):
        # xy: (T, 21, 2), conf: (T, 21)
        w = conf.expand_dims(-1)
        i = 0
        while i < self.num_iters:
            centroid = (xy * w).sum(axis=1, keepdims=True) / (w.sum(axis=1, keepdims=True) + 1e-6)
            xy = xy + self.step * (1 - w) * (centroid - xy)
            i += 1
        return xy


def make():
    np.random.seed(45)
    xy = Tensor(np.random.rand(4, 21, 2).astype(np.float32))
    conf = Tensor(np.random.rand(4, 21).astype(np.float32))
    return CentroidRefiner(), (xy, conf)
