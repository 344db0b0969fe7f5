# case: agent history featuriser that adds velocity/heading channels according to config flags and a training-only noise branch -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KinematicFeatures(nn.Cell):
    def __init__(self, use_velocity=True, use_heading=True, noise_std=0.0, dt=0.1):
        super().__init__()
        self.use_velocity = use_velocity
        self.use_heading = use_heading
        self.noise_std = noise_std
        self.dt = dt
        self.out_dim = 2 + 2 * int(use_velocity) + 2 * int(use_heading)

    def construct(self, xy):
        feats = [xy]
        vel = (xy[:, 1:] - xy[:, :-1]) / self.dt
        vel = ops.concat([vel[:, :1], vel], axis=1)
        if self.use_velocity:
            feats.append(vel)
        if self.use_heading:
            yaw = ops.atan2(vel[..., 1:], vel[..., :1])
            feats.append(ops.concat([ops.cos(yaw), ops.sin(yaw)], axis=-1))
        x = ops.concat(feats, axis=-1)
        if self.training and self.noise_std > 0:
            x = x + ops.randn_like(x) * self.noise_std
        return x


class HistoryEncoder(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.feat = KinematicFeatures()
        self.proj = nn.Dense(self.feat.out_dim, hidden)

    def construct(self, xy):
        return ops.relu(self.proj(self.feat(xy))).max(axis=1)


def make():
    np.random.seed(32)
    xy = Tensor(np.cumsum(np.random.randn(5, 8, 2), axis=1).astype(np.float32))
    return HistoryEncoder(), (xy,)
