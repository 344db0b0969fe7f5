# case: SEIR model whose transmission rate per region comes from a Dense sub-Cell on covariates, with an optional reporting delay handled by an `is None` test and an isinstance guard on population -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BetaNet(nn.Cell):
    def __init__(self, n_cov=3, hidden=8):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(n_cov, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, cov):
        return ops.softplus(self.net(cov)).reshape(-1) * 0.3


class SEIRStep(nn.Cell):
    def __init__(self, sigma=0.2, gamma=0.1):
        super().__init__()
        self.sigma = sigma
        self.gamma = gamma

    def construct(self, beta, s, e, i, r, n):
        exp_ = beta * s * i / n
        inc = self.sigma * e
        rec = self.gamma * i
        return s - exp_, e + exp_ - inc, i + inc - rec, r + rec


class CovariateSEIR(nn.Cell):
    def __init__(self, days=10, n_cov=3):
        super().__init__()
        self.beta_net = BetaNet(n_cov)
        self.step = SEIRStep()
        self.days = days

    def construct(self, cov, state, population, delay_weights=None):
        if isinstance(population, (int, float)):
            population = ops.full_like(state[0], population)
        beta = self.beta_net(cov)
        s, e, i, r = state[0], state[1], state[2], state[3]
        onsets = []
        for _ in range(self.days):
            s, e, i, r = self.step(beta, s, e, i, r, population)
            onsets.append(i)
        curve = ops.stack(onsets)
        if delay_weights is not None:
            curve = ops.matmul(delay_weights, curve)
        return curve


def make():
    np.random.seed(39)
    regions = 5
    cov = np.random.randn(regions, 3).astype(np.float32)
    i0 = np.random.uniform(1, 10, size=regions)
    state = np.stack([1000.0 - i0, np.zeros(regions), i0, np.zeros(regions)]).astype(np.float32)
    return CovariateSEIR(), (Tensor(cov), Tensor(state), 1000.0)
