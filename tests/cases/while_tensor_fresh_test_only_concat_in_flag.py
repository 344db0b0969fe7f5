# case: a self-consistent update grows a trajectory (under a constant flag) while the freshly computed change is above a tolerance -> fails at the concat
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SCFConfig:
    def __init__(self, hidden=16, tol=1e-2, max_steps=6, keep_trajectory=True):
        self.hidden = hidden
        self.tol = tol
        self.max_steps = max_steps
        self.keep_trajectory = keep_trajectory


class SelfConsistentUpdate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.update = nn.Dense(config.hidden, config.hidden)
        self.tol = config.tol
        self.max_steps = config.max_steps
        self.keep_trajectory = config.keep_trajectory

    def construct(self, h, adj):
        traj = h[None]
        delta = ops.norm(h)
        step = 0
        while delta > self.tol:
            new_h = 0.5 * h + 0.5 * ops.tanh(ops.matmul(adj, self.update(h)))
            delta = ops.norm(new_h - h)
            h = new_h
            if self.keep_trajectory:
                traj = ops.concat((traj, h[None]), axis=0)
            step += 1
        return h, traj


def make():
    np.random.seed(26)
    h = Tensor(np.random.randn(7, 16).astype(np.float32))
    a = (np.random.rand(7, 7) > 0.6).astype(np.float32)
    a = (a + a.T) / 4.0
    return SelfConsistentUpdate(SCFConfig()), (h, Tensor(a))
