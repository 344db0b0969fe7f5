# case: group-wise correlation cost volume over a configured disparity range, built with a Python loop and stack -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def groupwise_correlation(f1, f2, num_groups):
    b, c, h, w = f1.shape
    cpg = c // num_groups
    prod = (f1 * f2).reshape(b, num_groups, cpg, h, w)
    return prod.mean(axis=2)


class GwcCostVolume(nn.Cell):
    def __init__(self, max_disp=6, num_groups=2):
        super().__init__()
        self.max_disp = max_disp
        self.num_groups = num_groups

    def construct(self, left, right):
        b, c, h, w = left.shape
        vols = []
        for d in range(self.max_disp):
            if d > 0:
                corr = groupwise_correlation(left[..., d:], right[..., :-d], self.num_groups)
                corr = ops.pad(corr, (d, 0, 0, 0))
            else:
                corr = groupwise_correlation(left, right, self.num_groups)
            vols.append(corr)
        return ops.stack(vols, axis=2)


def make():
    np.random.seed(21)
    left = Tensor(np.random.randn(1, 8, 4, 12).astype(np.float32))
    right = Tensor(np.random.randn(1, 8, 4, 12).astype(np.float32))
    return GwcCostVolume(), (left, right)
