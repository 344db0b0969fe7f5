# case: when servo jitter is high keep only the first four servos (head rig), else return all servos -> tensor-valued if whose branches return different shapes, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def jitter(traj):
    return ops.abs(traj[2:] - 2 * traj[1:-1] + traj[:-2]).mean()


class JitterGuard(nn.Cell):
    def __init__(self, jitter_limit=1.0, head_servos=4):
        super().__init__()
        self.jitter_limit = jitter_limit
        self.head_servos = head_servos

    def construct(self, traj):
        if jitter(traj) > self.jitter_limit:
            out = traj[:, :self.head_servos]
        else:
            out = traj
        return out * 0.5


def make():
    np.random.seed(38)
    traj = np.random.randn(30, 8).astype(np.float32) * 2.0
    return JitterGuard(), (Tensor(traj),)
