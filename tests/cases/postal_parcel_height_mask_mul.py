# case: parcel dimensioner weights depth heights by a float mask of on-parcel pixels (mask used by multiplication) to get mean and max height -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


BELT_DEPTH_MM = 1200.0


def masked_mean(values, mask):
    return (values * mask).sum() / ops.maximum(mask.sum(), Tensor(1.0, ms.float32))


class ParcelHeightEstimator(nn.Cell):
    def __init__(self, min_height_mm=15.0):
        super().__init__()
        self.min_height = min_height_mm

    def construct(self, depth_map):
        height = BELT_DEPTH_MM - depth_map
        on_parcel = (height > self.min_height).astype(ms.float32)
        mean_h = masked_mean(height, on_parcel)
        max_h = (height * on_parcel).max()
        return mean_h, max_h


def make():
    np.random.seed(32)
    depth = np.full((24, 32), BELT_DEPTH_MM, dtype=np.float32)
    depth[6:18, 8:22] -= 180.0 + np.random.rand(12, 14).astype(np.float32) * 5
    depth += np.random.randn(24, 32).astype(np.float32)
    return ParcelHeightEstimator(), (Tensor(depth),)
