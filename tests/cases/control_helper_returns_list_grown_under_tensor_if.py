# case: a helper keeps the rows whose score passes a tensor test in a list it returns; the caller stacks it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegatives(nn.Cell):
    def __init__(self, rows=4, threshold=0.0):
        super().__init__()
        self.rows = rows
        self.threshold = threshold

    def collect(self, scores):
        picked = []
        for i in range(self.rows):
            if scores[i].max() > self.threshold:
                picked.append(scores[i])
        return picked

    def construct(self, scores):
        picked = self.collect(scores)
        hard = ops.stack(picked)
        return hard.mean(axis=0)


def make():
    np.random.seed(4)
    return HardNegatives(), (Tensor(np.random.randn(4, 3).astype(np.float32)),)
