# case: yaw-misalignment estimator chooses between vane-based and LiDAR-based correction with a Python bool constructor flag -> flag is a constant, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YawCorrection(nn.Cell):
    def __init__(self, use_lidar=False, vane_offset_deg=2.5):
        super().__init__()
        self.use_lidar = use_lidar
        self.vane_offset_deg = vane_offset_deg
        self.lidar_gain = nn.Dense(4, 1)

    def wrap180(self, a):
        return ops.fmod(a + 540.0, 360.0) - 180.0

    def construct(self, vane_deg, lidar_feats):
        if self.use_lidar:
            err = self.lidar_gain(lidar_feats).squeeze(-1)
        else:
            err = self.wrap180(vane_deg - self.vane_offset_deg)
        return err.mean(), ops.abs(err).max()


def make():
    np.random.seed(26)
    vane = Tensor(np.random.uniform(-15, 15, size=(20,)).astype(np.float32))
    lidar = Tensor(np.random.randn(20, 4).astype(np.float32))
    return YawCorrection(), (vane, lidar)
