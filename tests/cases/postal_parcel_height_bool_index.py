# case: parcel dimensioner takes depth pixels above the belt plane with a boolean mask index and reports the parcel height from their mean -> boolean-mask indexing, output size from data, dynamic or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


BELT_DEPTH_MM = 1200.0


class ParcelHeightEstimator(nn.Cell):
    def __init__(self, min_height_mm=15.0):
        super().__init__()
        self.min_height = min_height_mm

    def construct(self, depth_map):
        height = BELT_DEPTH_MM - depth_map
        on_parcel = height > self.min_height
        parcel_px = height[on_parcel]
        return parcel_px.mean(), parcel_px.max()


def make():
    np.random.seed(31)
    depth = np.full((24, 32), BELT_DEPTH_MM, dtype=np.float32)
    depth[6:18, 8:22] -= 180.0 + np.random.rand(12, 14).astype(np.float32) * 5
    depth += np.random.randn(24, 32).astype(np.float32)
    return ParcelHeightEstimator(), (Tensor(depth),)
