# case: robust panel mean by Huber-style iteration that stops when the update is below tolerance, carrying only fixed-shape tensors -> while on tensor value but shapes stay fixed, expected to compile in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HuberPanelMean(nn.Cell):
    def __init__(self, delta=1.5, tol=1e-4, max_iter=30):
        super().__init__()
        self.delta = delta
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, ratings):
        mu = ratings.mean(axis=0)
        step = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while step > self.tol and it < self.max_iter:
            r = ratings - mu
            w = ops.minimum(ops.ones_like(r), self.delta / (ops.abs(r) + 1e-6))
            new = (w * ratings).sum(axis=0) / w.sum(axis=0)
            step = ops.abs(new - mu).max()
            mu = new
            it = it + 1
        return mu, it


def make():
    np.random.seed(63)
    ratings = np.random.rand(12, 6).astype(np.float32) * 9
    ratings[0] = 9.0
    return HuberPanelMean(), (Tensor(ratings),)
