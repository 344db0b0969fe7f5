# case: optical-flow proxy computes frame differences then normalizes them with numpy percentile on the tensor -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RGBDiffStream(nn.Cell):
    """TSN RGB-difference stream: stacked frame differences fed to a small conv trunk."""

    def __init__(self, channels=3, width=8, clip_percentile=95.0):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Conv2d(channels, width, 3, pad_mode="same"), nn.ReLU()])
        self.clip_percentile = clip_percentile

    def normalized_diff(self, frames):
        diff = frames[1:] - frames[:-1]
        scale = np.percentile(np.abs(diff), self.clip_percentile)
        return ops.clamp(diff / (scale + 1e-6), -1.0, 1.0)

    def construct(self, frames):
        # frames: (T, C, H, W)
        d = self.normalized_diff(frames)
        h = self.trunk(d)
        return h.mean(axis=(0, 2, 3))


def make():
    np.random.seed(13)
    frames = Tensor(np.random.rand(5, 3, 8, 8).astype(np.float32))
    return RGBDiffStream(), (frames,)
