# case: compute per-frame marionette string strain by iterating over the rows of a fixed-size tension tensor -> for over a tensor with static first dim, unrolled, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrainAccumulator(nn.Cell):
    def __init__(self, rest_len=0.8, stiffness=120.0, n_strings=9):
        super().__init__()
        self.rest_len = rest_len
        self.stiffness = stiffness
        self.zero = Tensor(np.zeros(n_strings, np.float32))

    def construct(self, lengths):
        total = self.zero
        peak = self.zero
        for frame in lengths:
            strain = ops.relu(frame - self.rest_len) / self.rest_len
            total = total + strain * self.stiffness
            peak = ops.maximum(peak, strain)
        return total, peak


def make():
    np.random.seed(50)
    lengths = (0.8 + 0.05 * np.random.randn(12, 9)).astype(np.float32)
    return StrainAccumulator(), (Tensor(lengths),)
