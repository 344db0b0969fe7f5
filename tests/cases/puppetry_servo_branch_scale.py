# case: when servo jitter is high scale the trajectory down, else pass it through -> tensor-valued if with same-shaped branches, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def jitter(traj):
    return ops.abs(traj[2:] - 2 * traj[1:-1] + traj[:-2]).mean()


class JitterDamper(nn.Cell):
    def __init__(self, jitter_limit=1.0, damp=0.5):
        super().__init__()
        self.jitter_limit = jitter_limit
        self.damp = damp

    def construct(self, traj):
        if jitter(traj) > self.jitter_limit:
            out = traj * self.damp
        else:
            out = traj
        return out


def make():
    np.random.seed(39)
    traj = np.random.randn(30, 8).astype(np.float32) * 2.0
    return JitterDamper(), (Tensor(traj),)
