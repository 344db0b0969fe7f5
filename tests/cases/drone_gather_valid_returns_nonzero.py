# case: gathers only the valid lidar returns using indices from nonzero of the validity flags, then normalises their intensities -> data-dependent gather size, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidReturnGather(nn.Cell):
    def __init__(self, min_intensity=0.1):
        super().__init__()
        self.min_intensity = min_intensity

    def construct(self, returns):
        # returns: (N, 4) = x, y, z, intensity
        ok = returns[:, 3] > self.min_intensity
        idx = ops.nonzero(ok).reshape(-1)
        kept = ops.gather(returns, idx, 0)
        inten = kept[:, 3]
        inten = (inten - inten.min()) / (inten.max() - inten.min() + 1e-6)
        return kept[:, :3], inten


def make():
    np.random.seed(29)
    r = np.random.rand(24, 4).astype(np.float32)
    return ValidReturnGather(), (Tensor(r),)
