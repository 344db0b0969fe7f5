# case: gait-phase reward that branches on the tensor mean phase (swing vs stance) but both branches produce the same-shape per-env reward -> Graph-mode control flow on a tensor, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaitConfig:
    swing_weight = 0.5
    stance_weight = 1.0
    phase_offset = 0.5


def foot_clearance(foot_z, target=0.08):
    return ops.exp(-ops.square(foot_z - target).sum(-1) / 0.01)


class GaitReward(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.swing_weight = config.swing_weight
        self.stance_weight = config.stance_weight
        self.phase_offset = config.phase_offset

    def construct(self, phase, foot_z, foot_vel):
        if phase.mean() > self.phase_offset:
            reward = self.swing_weight * foot_clearance(foot_z)
        else:
            reward = -self.stance_weight * ops.square(foot_vel).sum(-1)
        return reward


def make():
    np.random.seed(39)
    phase = Tensor(np.random.rand(8).astype(np.float32))
    fz = Tensor(np.random.uniform(0, 0.15, size=(8, 4)).astype(np.float32))
    fv = Tensor(np.random.randn(8, 4).astype(np.float32) * 0.1)
    return GaitReward(GaitConfig()), (phase, fz, fv)
