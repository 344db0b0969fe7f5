# case: tide gauge datum conversion accepts a scale given as Python float or a Tensor, dispatched with isinstance on a non-tensor constant -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DatumShift(nn.Cell):
    def __init__(self, datum_offset_m=1.23, units_scale=0.001):
        super().__init__()
        self.offset = datum_offset_m
        self.units_scale = units_scale

    def to_metres(self, raw):
        scale = self.units_scale
        if isinstance(scale, (int, float)):
            return raw * scale
        return raw * ops.cast(scale, raw.dtype)

    def construct(self, raw_mm, lat_correction):
        level = self.to_metres(raw_mm) - self.offset
        return level + lat_correction.reshape(-1, 1)


def make():
    np.random.seed(35)
    raw = Tensor(np.random.uniform(500, 3500, (4, 36)).astype(np.float32))
    corr = Tensor(np.random.uniform(-0.05, 0.05, 4).astype(np.float32))
    return DatumShift(), (raw, corr)
