# case: adaptive sampler keeps inserting midpoints while the largest gap between samples exceeds a threshold (tensor-valued while condition), growing z_vals by concat -> shape changes across loop iterations
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveConfig:
    def __init__(self, min_spacing=0.2, max_rounds=None):
        self.min_spacing = min_spacing
        self.max_rounds = max_rounds


def midpoints(z):
    return 0.5 * (z[..., 1:] + z[..., :-1])


class AdaptiveUpsampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.min_spacing = config.min_spacing
        self.max_rounds = config.max_rounds

    def _refine(self, z_vals):
        mids = midpoints(z_vals)
        return ops.sort(ops.concat((z_vals, mids), axis=-1), axis=-1)[0]

    def construct(self, z_vals):
        gap = (z_vals[..., 1:] - z_vals[..., :-1]).max()
        while gap > self.min_spacing:
            z_vals = self._refine(z_vals)
            gap = (z_vals[..., 1:] - z_vals[..., :-1]).max()
        return z_vals


def make():
    z = np.tile(np.linspace(2.0, 6.0, 5, dtype=np.float32), (4, 1))
    return AdaptiveUpsampler(AdaptiveConfig()), (Tensor(z),)
