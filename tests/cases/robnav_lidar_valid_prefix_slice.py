# case: count valid lidar returns with a tensor sum and slice the sorted ranges to that count -> slice length from tensor value, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestReturns(nn.Cell):
    def __init__(self, min_range=0.12, max_range=8.0):
        super().__init__()
        self.min_range = min_range
        self.max_range = max_range

    def valid_mask(self, ranges):
        ok = ops.logical_and(ranges > self.min_range, ranges < self.max_range)
        return ok

    def construct(self, ranges):
        mask = self.valid_mask(ranges)
        n_valid = mask.astype(ms.int32).sum()
        # push invalid beams to the end, then keep only the valid ones
        padded = ops.where(mask, ranges, ops.full_like(ranges, 1e6))
        sorted_r, _ = ops.sort(padded)
        nearest = sorted_r[:n_valid]
        return nearest.mean()


def make():
    np.random.seed(0)
    scan = np.random.uniform(0.0, 10.0, size=(36,)).astype(np.float32)
    scan[::7] = 0.0
    return NearestReturns(), (Tensor(scan),)
