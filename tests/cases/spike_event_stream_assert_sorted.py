# case: event encoder validates timestamps with assert on tensor values before binning -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CheckedEventBinner(nn.Cell):
    def __init__(self, num_bins=4, num_pixels=9, check_inputs=True):
        super().__init__()
        self.num_bins = num_bins
        self.num_pixels = num_pixels
        self.check_inputs = check_inputs

    def _validate(self, ts):
        assert (ts[1:] >= ts[:-1]).all(), "events must be sorted by timestamp"
        assert ts.min() >= 0, "negative timestamp"

    def construct(self, addr, ts):
        if self.check_inputs:
            self._validate(ts)
        span = ops.maximum(ts[-1] - ts[0], 1e-6)
        bins = ops.clamp(((ts - ts[0]) / span * self.num_bins).astype(ms.int32), 0, self.num_bins - 1)
        idx = ops.stack([bins, addr], axis=1)
        grid = ops.zeros((self.num_bins, self.num_pixels), ms.float32)
        return ops.tensor_scatter_add(grid, idx, ops.ones(addr.shape, ms.float32))


def make():
    rng = np.random.default_rng(37)
    addr = Tensor(rng.integers(0, 9, 16).astype(np.int32))
    ts = Tensor(np.sort(rng.random(16)).astype(np.float32))
    return CheckedEventBinner(), (addr, ts)
