# case: find indices of diamond saw segments whose wear exceeds the replacement limit with ops.nonzero -> dynamic output shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentWearTracker(nn.Cell):
    """Tracks wear of diamond segments on a gang saw blade."""

    def __init__(self, n_segments=40, wear_limit_mm=1.8, cut_rate=0.002):
        super().__init__()
        self.n_segments = n_segments
        self.wear_limit = wear_limit_mm
        self.cut_rate = cut_rate

    def wear_after(self, height_mm, cut_area_m2, hardness):
        return height_mm - self.cut_rate * cut_area_m2 * hardness

    def construct(self, height_mm, cut_area_m2, hardness):
        remaining = self.wear_after(height_mm, cut_area_m2, hardness)
        worn = remaining < self.wear_limit
        worn_idx = ops.nonzero(worn)
        return remaining, worn_idx


def make():
    np.random.seed(31)
    height = Tensor(np.random.uniform(1.5, 4.0, 40).astype(np.float32))
    area = Tensor(np.random.uniform(50, 300, 40).astype(np.float32))
    hardness = Tensor(np.random.uniform(0.8, 1.4, 40).astype(np.float32))
    return SegmentWearTracker(), (height, area, hardness)
