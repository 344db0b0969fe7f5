# case: RandSpatialCrop Cell crops a fixed-size ROI whose start corner is sampled on the host and passed in as an int tensor, slicing img[:, s0:s0+r0, ...] with tensor starts -> slice bounds from tensor values, expected dynamic or rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CropConfig:
    def __init__(self, roi_size=(4, 4, 4), random_size=False, max_roi_size=None):
        self.roi_size = roi_size
        self.random_size = random_size
        self.max_roi_size = max_roi_size


class Randomizable:
    def _check_roi(self, spatial_shape):
        return tuple(min(r, s) for r, s in zip(self.roi_size, spatial_shape))


class RandSpatialCrop(nn.Cell, Randomizable):
    def __init__(self, config=None):
        super().__init__()
        config = config or CropConfig()
        self.roi_size = config.roi_size
        self.random_size = config.random_size

    def construct(self, img, start):
        roi = self._check_roi(img.shape[1:])
        s0, s1, s2 = start[0], start[1], start[2]
        return img[:, s0:s0 + roi[0], s1:s1 + roi[1], s2:s2 + roi[2]]


def make():
    np.random.seed(32)
    img = Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32))
    start = Tensor(np.random.randint(0, 5, size=(3,)).astype(np.int32))
    return RandSpatialCrop(), (img, start)
