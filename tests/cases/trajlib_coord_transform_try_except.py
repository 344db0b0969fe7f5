# case: agent-centric coordinate transform wraps the rotation in try/except and falls back to translation only if the heading input is malformed -> try/except in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def rotation_matrix(theta):
    c, s = ops.cos(theta), ops.sin(theta)
    return ops.stack([ops.stack([c, -s], axis=-1), ops.stack([s, c], axis=-1)], axis=-2)


class AgentCentricTransform(nn.Cell):
    def __init__(self, agent_centric=True):
        super().__init__()
        self.agent_centric = agent_centric

    def construct(self, traj, origin, heading):
        local = traj - origin.expand_dims(1)
        if not self.agent_centric:
            return local
        try:
            rot = rotation_matrix(-heading)
            local = ops.matmul(local, rot.swapaxes(-1, -2))
        except ValueError:
            pass
        return local


def make():
    np.random.seed(26)
    traj = Tensor(np.random.randn(8, 10, 2).astype(np.float32))
    origin = Tensor(np.random.randn(8, 2).astype(np.float32))
    heading = Tensor(np.random.uniform(-3, 3, 8).astype(np.float32))
    return AgentCentricTransform(), (traj, origin, heading)
