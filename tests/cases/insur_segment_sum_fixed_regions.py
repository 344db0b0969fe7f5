# case: aggregate claims by region id with unsorted_segment_sum using a fixed number of regions from the constructor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionalExperience(nn.Cell):
    def __init__(self, n_regions=5):
        super().__init__()
        self.n_regions = n_regions

    def construct(self, region_ids, losses, exposure):
        loss_by_region = ops.unsorted_segment_sum(losses, region_ids, self.n_regions)
        exp_by_region = ops.unsorted_segment_sum(exposure, region_ids, self.n_regions)
        rate = loss_by_region / (exp_by_region + 1e-6)
        relativity = rate / (losses.sum() / exposure.sum())
        return relativity


def make():
    np.random.seed(29)
    r = Tensor(np.random.randint(0, 5, size=(40,)).astype(np.int32))
    l = Tensor(np.random.gamma(1.2, 300.0, size=(40,)).astype(np.float32))
    e = Tensor(np.random.uniform(0.3, 1.0, size=(40,)).astype(np.float32))
    return RegionalExperience(), (r, l, e)
