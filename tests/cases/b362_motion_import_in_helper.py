# case: camera-motion compensation helper imports math inside the method called from construct to build a rotation -> error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CMCConfig:
    def __init__(self, angle_deg=2.0, enable_cmc=True):
        self.angle_deg = angle_deg
        self.enable_cmc = enable_cmc


class CameraMotionCompensation(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.angle_deg = config.angle_deg
        self.enable_cmc = config.enable_cmc

    def _rotation(self):
        import math
        a = math.radians(self.angle_deg)
        return Tensor([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]], ms.float32)

    def construct(self, centers, translation):
        if self.enable_cmc:
            rot = self._rotation()
            centers = ops.matmul(centers, rot.T) + translation
        return centers


def make():
    np.random.seed(151)
    c = Tensor(np.random.rand(6, 2).astype(np.float32) * 100)
    t = Tensor(np.random.randn(2).astype(np.float32))
    return CameraMotionCompensation(CMCConfig()), (c, t)
