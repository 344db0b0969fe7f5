# case: LiDAR DEM residual (elevation minus smoothed surface) thresholded and the anomalous cell coordinates extracted with nonzero -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurfaceSmoother(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, dem):
        return self.pool(dem)


class BuriedWallDetector(nn.Cell):
    def __init__(self, sigma_factor=1.5):
        super().__init__()
        self.smoother = SurfaceSmoother()
        self.sigma_factor = sigma_factor

    def residual(self, dem):
        return dem - self.smoother(dem)

    def construct(self, dem):
        res = self.residual(dem)
        std = res.std()
        anomalous = ops.abs(res[0, 0]) > self.sigma_factor * std
        coords = ops.nonzero(anomalous)
        return coords, res


def make():
    np.random.seed(1)
    dem = np.random.randn(1, 1, 24, 24).astype(np.float32) * 0.2
    dem[0, 0, 10:12, 4:20] += 1.0
    return BuriedWallDetector(), (Tensor(dem),)
