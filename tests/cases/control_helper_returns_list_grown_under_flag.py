# case: near miss: the helper's list is grown under a Python flag and a constant index test
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegatives(nn.Cell):
    def __init__(self, rows=4, skip_first=True):
        super().__init__()
        self.rows = rows
        self.skip_first = skip_first

    def collect(self, scores):
        picked = []
        for i in range(self.rows):
            if not self.skip_first or i > 0:
                picked.append(ops.where(scores[i] > 0, scores[i], ops.zeros_like(scores[i])))
        return picked

    def construct(self, scores):
        picked = self.collect(scores)
        hard = ops.stack(picked)
        return hard.mean(axis=0)


def make():
    np.random.seed(4)
    return HardNegatives(), (Tensor(np.random.randn(4, 3).astype(np.float32)),)
