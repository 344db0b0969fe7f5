# case: creates a plain Python PenSummary object inside construct, mutates its fields with tensors and returns it -> custom class instance built in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PenSummary:
    def __init__(self, pen_id):
        self.pen_id = pen_id
        self.count = 0
        self.biomass = 0.0


class PenSummarizer(nn.Cell):
    def __init__(self, pen_id=3):
        super().__init__()
        self.pen_id = pen_id

    def construct(self, weights_g, valid):
        summary = PenSummary(self.pen_id)
        v = valid.astype(ms.float32)
        summary.count = v.sum()
        summary.biomass = (weights_g * v).sum() / 1000.0
        return summary


def make():
    np.random.seed(33)
    weights = Tensor((np.random.rand(20) * 800 + 100).astype(np.float32))
    valid = Tensor(np.random.rand(20) > 0.2)
    return PenSummarizer(), (weights, valid)
