# case: normaliser rescales the cloud into the unit sphere only when its max radius (a tensor) exceeds config.max_radius; both branches keep the (B, N, 3) shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormConfig:
    def __init__(self, center=True, max_radius=1.0, eps=1e-6):
        self.center = center
        self.max_radius = max_radius
        self.eps = eps


class UnitSphereNormalize(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.center = config.center
        self.max_radius = config.max_radius
        self.eps = config.eps

    def construct(self, xyz):
        if self.center:
            xyz = xyz - xyz.mean(axis=1, keep_dims=True)
        radius = ops.sqrt((xyz ** 2).sum(-1)).max()
        if radius > self.max_radius:
            xyz = xyz / (radius + self.eps)
        else:
            xyz = xyz * 1.0
        return xyz


def make():
    np.random.seed(3513)
    xyz = Tensor((np.random.rand(2, 64, 3) * 4.0).astype(np.float32))
    return UnitSphereNormalize(NormConfig()), (xyz,)
