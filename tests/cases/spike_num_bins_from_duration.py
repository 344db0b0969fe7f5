# case: number of temporal bins derived from recording duration of the event tensor -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DurationBinnedFrames(nn.Cell):
    """Bins events into fixed-duration frames (dt seconds each)."""

    def __init__(self, dt=0.1, num_pixels=16):
        super().__init__()
        self.dt = dt
        self.num_pixels = num_pixels

    def _num_frames(self, ts):
        return int((ts.max() - ts.min()) / self.dt) + 1

    def construct(self, addr, ts):
        n_frames = self._num_frames(ts)
        frame_idx = ((ts - ts.min()) / self.dt).astype(ms.int32)
        frames = ops.zeros((n_frames, self.num_pixels), ms.float32)
        idx = ops.stack([frame_idx, addr], axis=1)
        frames = ops.tensor_scatter_add(frames, idx, ops.ones(addr.shape, ms.float32))
        return frames


def make():
    rng = np.random.default_rng(14)
    n = 30
    addr = Tensor(rng.integers(0, 16, n).astype(np.int32))
    ts = Tensor(np.sort(rng.random(n) * 0.55).astype(np.float32))
    return DurationBinnedFrames(), (addr, ts)
