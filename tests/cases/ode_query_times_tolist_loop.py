# case: dense output loops over query times via t_query.tolist() and evaluates a linear interpolant per Python float -> Graph mode error (tolist in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearDenseOutput(nn.Cell):
    def __init__(self, dt=0.1):
        super().__init__()
        self.dt = dt

    def construct(self, traj, t_query):
        outs = []
        for tq in t_query.tolist():
            i = int(tq / self.dt)
            frac = tq / self.dt - i
            outs.append(traj[i] * (1.0 - frac) + traj[i + 1] * frac)
        return ops.stack(outs)


def make():
    np.random.seed(16)
    t = np.arange(0, 11, dtype=np.float32) * 0.1
    traj = np.stack([np.exp(-t), np.sin(t)], axis=1).astype(np.float32)
    tq = np.array([0.05, 0.33, 0.71, 0.94], dtype=np.float32)
    return LinearDenseOutput(), (Tensor(traj), Tensor(tq))
