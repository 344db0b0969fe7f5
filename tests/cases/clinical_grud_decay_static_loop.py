# case: GRU-D style cell with exponential decay on time deltas, looping over range(x.shape[1]) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InputDecay(nn.Cell):
    def __init__(self, n_vars):
        super().__init__()
        self.w = ms.Parameter(Tensor(np.full(n_vars, 0.1, np.float32)), name="decay_w")
        self.b = ms.Parameter(Tensor(np.zeros(n_vars, np.float32)), name="decay_b")

    def construct(self, delta):
        return ops.exp(-ops.relu(delta * self.w + self.b))


class GRUD(nn.Cell):
    def __init__(self, n_vars=4, hidden=8, empirical_mean=None):
        super().__init__()
        mean = np.zeros(n_vars, np.float32) if empirical_mean is None else np.asarray(empirical_mean, np.float32)
        self.x_mean = Tensor(mean)
        self.decay = InputDecay(n_vars)
        self.cell = nn.GRUCell(3 * n_vars, hidden)
        self.hidden = hidden

    def construct(self, x, mask, delta):
        batch, steps = x.shape[0], x.shape[1]
        h = ops.zeros((batch, self.hidden), ms.float32)
        x_last = self.x_mean.broadcast_to((batch, x.shape[2]))
        for t in range(steps):
            m_t = mask[:, t]
            x_last = m_t * x[:, t] + (1 - m_t) * x_last
            gamma = self.decay(delta[:, t])
            x_hat = m_t * x[:, t] + (1 - m_t) * (gamma * x_last + (1 - gamma) * self.x_mean)
            h = self.cell(ops.concat((x_hat, m_t, delta[:, t]), -1), h)
        return h


def make():
    np.random.seed(26)
    x = Tensor(np.random.randn(2, 5, 4).astype(np.float32))
    mask = Tensor((np.random.rand(2, 5, 4) > 0.4).astype(np.float32))
    delta = Tensor((np.random.rand(2, 5, 4) * 3).astype(np.float32))
    return GRUD(), (x, mask, delta)
