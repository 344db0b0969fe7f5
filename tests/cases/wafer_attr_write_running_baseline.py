# case: updates a running baseline of die anomaly scores by assigning a plain tensor attribute on self inside construct -> attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaselineTracker(nn.Cell):
    def __init__(self, num_dies=24, momentum=0.9):
        super().__init__()
        self.momentum = momentum
        self.baseline = Tensor(np.zeros((num_dies,), np.float32))
        self.steps = 0

    def construct(self, die_scores):
        self.baseline = self.momentum * self.baseline + (1 - self.momentum) * die_scores
        self.steps = self.steps + 1
        residual = die_scores - self.baseline
        return ops.abs(residual).max()


def make():
    np.random.seed(12)
    return BaselineTracker(), (Tensor(np.random.rand(24).astype(np.float32)),)
