# case: computes mean fish length with an optional validity mask tested with `is None` -> static graph, the None check is resolved at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeanLength(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, lengths, mask=None):
        if mask is None:
            return lengths.mean(axis=-1)
        m = mask.astype(lengths.dtype)
        return (lengths * m).sum(axis=-1) / (m.sum(axis=-1) + self.eps)


class PenLengthMonitor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mean_len = MeanLength()

    def construct(self, lengths, mask):
        all_mean = self.mean_len(lengths)
        valid_mean = self.mean_len(lengths, mask)
        return valid_mean - all_mean


def make():
    np.random.seed(23)
    lengths = Tensor((np.random.rand(5, 12) * 30 + 8).astype(np.float32))
    mask = Tensor(np.random.rand(5, 12) > 0.3)
    return PenLengthMonitor(), (lengths, mask)
