# case: MPPI controller computing importance weights with numpy exp on the tensor costs -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MPPIController(nn.Cell):
    def __init__(self, horizon=6, action_dim=2, num_samples=24, lam=1.0, noise_sigma=0.3):
        super().__init__()
        self.horizon = horizon
        self.num_samples = num_samples
        self.lam = lam
        self.noise_sigma = noise_sigma
        self.cost_net = nn.Dense(horizon * action_dim, 1)

    def trajectory_cost(self, controls):
        return self.cost_net(controls.reshape(self.num_samples, -1)).squeeze(-1)

    def construct(self, nominal, eps):
        controls = nominal.expand_dims(0) + self.noise_sigma * eps
        costs = self.trajectory_cost(controls)
        beta = costs.min()
        weights = np.exp(-(costs - beta) / self.lam)
        weights = weights / weights.sum()
        update = (Tensor(weights).reshape(-1, 1, 1) * eps).sum(axis=0)
        return nominal + self.noise_sigma * update


def make():
    np.random.seed(18)
    nominal = Tensor(np.zeros((6, 2), np.float32))
    eps = Tensor(np.random.randn(24, 6, 2).astype(np.float32))
    return MPPIController(), (nominal, eps)
