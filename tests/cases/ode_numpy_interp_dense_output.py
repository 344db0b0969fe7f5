# case: dense output calls np.interp on tensor trajectory values inside construct -> Graph mode error (NumPy on tensors)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExpDecayRollout(nn.Cell):
    def __init__(self, steps=20, dt=0.1, rate=0.7):
        super().__init__()
        self.steps = steps
        self.dt = dt
        self.rate = rate

    def construct(self, y0):
        y = y0
        ys = [y0]
        for _ in range(self.steps):
            y = y - self.dt * self.rate * y
            ys.append(y)
        return ops.stack(ys)


class DenseOutputNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rollout = ExpDecayRollout()
        self.t_grid = np.arange(21, dtype=np.float32) * 0.1

    def construct(self, y0, t_query):
        traj = self.rollout(y0)
        vals = np.interp(t_query, self.t_grid, traj)
        return Tensor(vals)


def make():
    np.random.seed(17)
    y0 = Tensor(np.array(1.5, dtype=np.float32))
    tq = Tensor(np.array([0.15, 0.8, 1.45], dtype=np.float32))
    return DenseOutputNet(), (y0, tq)
