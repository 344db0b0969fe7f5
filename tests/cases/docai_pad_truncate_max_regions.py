# case: truncate regions to a constructor max_regions and pad up to it from x.shape so every page has a fixed region count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionBatcher(nn.Cell):
    def __init__(self, max_regions=16, dim=4):
        super().__init__()
        self.max_regions = max_regions
        self.embed = nn.Dense(dim, 8)

    def pad_to_max(self, x):
        n = x.shape[0]
        if n >= self.max_regions:
            return x[:self.max_regions]
        return ops.pad(x, (0, 0, 0, self.max_regions - n))

    def construct(self, boxes):
        fixed = self.pad_to_max(boxes)
        valid = ops.arange(self.max_regions) < boxes.shape[0]
        return self.embed(fixed), valid


def make():
    np.random.seed(34)
    return RegionBatcher(), (Tensor(np.random.rand(11, 4).astype(np.float32)),)
