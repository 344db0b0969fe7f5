# case: build a polarity voxel grid after dropping padded events with a boolean mask -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventVoxelizer(nn.Cell):
    """Turns a padded (N, 4) event list [x, y, t, p] into a (2*B, H, W) voxel grid."""

    def __init__(self, height=8, width=8, num_bins=4, pad_value=-1.0):
        super().__init__()
        self.height = height
        self.width = width
        self.num_bins = num_bins
        self.pad_value = pad_value
        self.scatter_add = ops.TensorScatterAdd()

    def _normalize_time(self, t):
        t0, t1 = t.min(), t.max()
        return (t - t0) / (t1 - t0 + 1e-6) * (self.num_bins - 1)

    def construct(self, events):
        events = events[events[:, 0] != self.pad_value]
        x = events[:, 0].astype(ms.int32)
        y = events[:, 1].astype(ms.int32)
        t_bin = ops.round(self._normalize_time(events[:, 2])).astype(ms.int32)
        pol = (events[:, 3] > 0).astype(ms.int32)
        chan = pol * self.num_bins + t_bin
        idx = ops.stack([chan, y, x], axis=1)
        grid = ops.zeros((2 * self.num_bins, self.height, self.width), ms.float32)
        ones = ops.ones((idx.shape[0],), ms.float32)
        return self.scatter_add(grid, idx, ones)


def make():
    rng = np.random.default_rng(0)
    n_valid, n_pad = 20, 12
    ev = np.stack([rng.integers(0, 8, n_valid), rng.integers(0, 8, n_valid),
                   np.sort(rng.random(n_valid)), rng.choice([-1, 1], n_valid)], axis=1)
    pad = np.full((n_pad, 4), -1.0)
    events = Tensor(np.concatenate([ev, pad]).astype(np.float32))
    return EventVoxelizer(), (events,)
