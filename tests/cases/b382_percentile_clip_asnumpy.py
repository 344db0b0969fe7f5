# case: radiometric pre-processing clips each band to its 2nd/98th percentile computed with np.percentile on .asnumpy() inside construct -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadiometryConfig:
    low_pct = 2.0
    high_pct = 98.0
    rescale = True


def _percentile_bounds(cube, low, high):
    arr = cube.asnumpy().reshape(cube.shape[0], cube.shape[1], -1)
    lo = np.percentile(arr, low, axis=-1)
    hi = np.percentile(arr, high, axis=-1)
    return Tensor(lo[..., None, None].astype(np.float32)), Tensor(hi[..., None, None].astype(np.float32))


class PercentileClip(nn.Cell):
    def __init__(self, config=RadiometryConfig, **kwargs):
        super().__init__()
        self.low_pct = kwargs.get("low_pct", config.low_pct)
        self.high_pct = kwargs.get("high_pct", config.high_pct)
        self.rescale = config.rescale

    def construct(self, cube):
        lo, hi = _percentile_bounds(cube, self.low_pct, self.high_pct)
        x = ops.clip_by_value(cube, lo, hi)
        if self.rescale:
            x = (x - lo) / (hi - lo + 1e-6)
        return x


def make():
    np.random.seed(3841)
    cube = Tensor(np.random.rand(2, 8, 5, 5).astype(np.float32))
    return PercentileClip(low_pct=1.0), (cube,)
