# case: snow-depth station series are sorted and truncated to the number of valid readings counted from the data -> slice with a tensor bound, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationDepthSummary(nn.Cell):
    def __init__(self, missing_value=-999.0):
        super().__init__()
        self.missing_value = missing_value

    def construct(self, depths):
        valid = depths > self.missing_value
        n_valid = valid.astype(ms.int32).sum()
        ordered, _ = ops.sort(depths, descending=True)
        kept = ordered[:n_valid]
        return kept.mean()


def make():
    np.random.seed(2)
    d = np.random.uniform(0.2, 2.5, size=(24,)).astype(np.float32)
    d[[3, 7, 11]] = -999.0
    return StationDepthSummary(), (Tensor(d),)
