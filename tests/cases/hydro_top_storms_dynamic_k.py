# case: picks the top-k storm totals where k is the number of storms above a depth threshold (int of a tensor) -> data-dependent k for topk
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeavyStormRanker(nn.Cell):
    def __init__(self, depth_threshold_mm=25.0):
        super().__init__()
        self.depth_threshold_mm = depth_threshold_mm

    def construct(self, storm_depths):
        n_heavy = (storm_depths > self.depth_threshold_mm).astype(ms.int32).sum()
        k = int(n_heavy)
        values, indices = ops.topk(storm_depths, k)
        return values, indices


def make():
    np.random.seed(16)
    depths = np.random.gamma(2.0, 10.0, size=(20,)).astype(np.float32)
    depths[0] = 60.0
    return HeavyStormRanker(), (Tensor(depths),)
