# case: airspeed estimator optionally subtracts a wind vector, switched by a Python bool config flag set in __init__ -> constant-folded branch, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AirspeedEstimator(nn.Cell):
    def __init__(self, use_wind=True, smooth=3):
        super().__init__()
        self.use_wind = use_wind
        self.smooth = smooth
        self.pool = nn.AvgPool1d(kernel_size=smooth, stride=1)

    def construct(self, ground_vel, wind_vel):
        v = ground_vel
        if self.use_wind:
            v = v - wind_vel
        speed = ops.sqrt((v * v).sum(axis=-1))
        smoothed = self.pool(speed.reshape(1, 1, -1)).reshape(-1)
        return smoothed


def make():
    np.random.seed(3206)
    g = np.random.randn(50, 2).astype(np.float32) * 10
    w = np.tile(np.array([[3.0, -1.0]], dtype=np.float32), (50, 1))
    return AirspeedEstimator(), (Tensor(g), Tensor(w))
