# case: refine region boxes with a shared offset head for a fixed number of iterations in a while loop over a Python int counter -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OffsetHead(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim + 4, 4)

    def construct(self, feats, boxes):
        return ops.tanh(self.fc(ops.concat([feats, boxes], axis=1)))


class IterativeBoxRefiner(nn.Cell):
    def __init__(self, dim=8, num_iters=3, step=2.0):
        super().__init__()
        self.head = OffsetHead(dim)
        self.num_iters = num_iters
        self.step = step

    def construct(self, feats, boxes):
        i = 0
        while i < self.num_iters:
            boxes = boxes + self.step * self.head(feats, boxes / 100.0)
            i += 1
        return boxes


def make():
    np.random.seed(46)
    feats = Tensor(np.random.randn(6, 8).astype(np.float32))
    boxes = Tensor(np.random.rand(6, 4).astype(np.float32) * 100)
    return IterativeBoxRefiner(), (feats, boxes)
