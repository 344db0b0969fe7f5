# case: dense output finds the step interval containing a query time with searchsorted and slices a window traj[i - 1:i + 1] using that tensor index -> data-dependent slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IntervalLookup(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, t_steps, traj, t_query):
        i = ops.searchsorted(t_steps, t_query)
        window_t = t_steps[i - 1:i + 1]
        window_y = traj[i - 1:i + 1]
        w = (t_query - window_t[0]) / (window_t[1] - window_t[0])
        return window_y[0] * (1.0 - w) + window_y[1] * w


def make():
    np.random.seed(21)
    t = np.cumsum(np.random.uniform(0.05, 0.2, size=12)).astype(np.float32)
    traj = np.stack([np.cos(t), np.sin(t)], axis=1).astype(np.float32)
    tq = Tensor(np.array(float(t[5] + 0.01), dtype=np.float32))
    return IntervalLookup(), (Tensor(t), Tensor(traj), tq)
