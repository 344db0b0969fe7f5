# case: collects all water levels above flood stage with masked_select and averages them -> masked_select gives a data-dependent shape (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FloodExceedanceStats(nn.Cell):
    def __init__(self, flood_stage=3.2):
        super().__init__()
        self.flood_stage = flood_stage

    def construct(self, levels):
        above = levels > self.flood_stage
        peaks = ops.masked_select(levels, above)
        excess = peaks - self.flood_stage
        return excess.sum() / (excess.shape[0] + 1e-6), peaks.max()


def make():
    np.random.seed(2)
    levels = np.random.uniform(1.0, 4.5, size=(5, 30)).astype(np.float32)
    levels[0, 3] = 4.4
    return FloodExceedanceStats(), (Tensor(levels),)
