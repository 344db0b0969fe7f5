# case: ScaleIntensityRangePercentiles transform Cell sorts the voxels and picks the lower/upper percentile values at positions computed from the number of nonzero (body) voxels -> indices derived from tensor values via int(), expected rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileConfig:
    def __init__(self, lower=5.0, upper=95.0, b_min=0.0, b_max=1.0, clip=True, relative=False):
        self.lower = lower
        self.upper = upper
        self.b_min = b_min
        self.b_max = b_max
        self.clip = clip
        self.relative = relative


def _percentile_position(count, q):
    return int(count * q / 100.0)


class ScaleIntensityRangePercentiles(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else PercentileConfig()
        self.lower, self.upper = config.lower, config.upper
        self.b_min, self.b_max = config.b_min, config.b_max
        self.clip = config.clip

    def _body_percentiles(self, img):
        flat = img.reshape(-1)
        n_body = (flat != 0).astype(ms.int32).sum()
        sorted_vals, _ = ops.sort(flat, descending=True)
        lo_pos = _percentile_position(n_body, 100.0 - self.lower)
        hi_pos = _percentile_position(n_body, 100.0 - self.upper)
        return sorted_vals[lo_pos], sorted_vals[hi_pos]

    def construct(self, img):
        a_min, a_max = self._body_percentiles(img)
        scaled = (img - a_min) / ops.maximum(a_max - a_min, Tensor(1e-8, ms.float32))
        out = scaled * (self.b_max - self.b_min) + self.b_min
        if self.clip:
            out = ops.clamp(out, self.b_min, self.b_max)
        return out


def make():
    np.random.seed(36)
    img = (np.random.rand(1, 8, 8, 8) * 500 + 10).astype(np.float32)
    img[:, :, :3] = 0
    return ScaleIntensityRangePercentiles(), (Tensor(img),)
