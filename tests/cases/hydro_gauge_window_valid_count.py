# case: slices the last river gauge readings with a length computed from the count of valid readings -> dynamic slice length from tensor value, error or dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaugeWindowMean(nn.Cell):
    """Average the most recent valid stage readings of a river gauge."""

    def __init__(self, missing_value=-999.0):
        super().__init__()
        self.missing_value = missing_value

    def count_valid(self, stage):
        valid = (stage > self.missing_value).astype(ms.int32)
        return valid.sum()

    def construct(self, stage):
        n_valid = self.count_valid(stage)
        recent = stage[:n_valid]
        return recent.mean()


def make():
    np.random.seed(0)
    stage = np.random.uniform(1.0, 4.0, size=(24,)).astype(np.float32)
    stage[18:] = -999.0
    return GaugeWindowMean(), (Tensor(stage),)
