# case: CEM planner whose elite count is derived from a tensor-valued elite fraction -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CEMPlanner(nn.Cell):
    """Cross-entropy method over action sequences with a learned cost model."""

    def __init__(self, horizon=5, action_dim=2, num_samples=32, iterations=3):
        super().__init__()
        self.horizon = horizon
        self.action_dim = action_dim
        self.num_samples = num_samples
        self.iterations = iterations
        self.cost_model = nn.Dense(horizon * action_dim, 1)

    def score(self, samples):
        flat = samples.reshape(self.num_samples, -1)
        return -self.cost_model(flat).squeeze(-1)

    def refit(self, samples, returns, elite_frac):
        n_elite = ops.cast(elite_frac * self.num_samples, ms.int32)
        _, idx = ops.topk(returns, n_elite)
        elites = ops.gather(samples, idx, 0)
        return elites.mean(axis=0), elites.std(axis=0) + 1e-3

    def construct(self, noise, elite_frac):
        mean = ops.zeros((self.horizon, self.action_dim), ms.float32)
        std = ops.ones((self.horizon, self.action_dim), ms.float32)
        for it in range(self.iterations):
            samples = mean + std * noise[it]
            returns = self.score(samples)
            mean, std = self.refit(samples, returns, elite_frac)
        return mean[0]


def make():
    np.random.seed(2)
    noise = Tensor(np.random.randn(3, 32, 5, 2).astype(np.float32))
    return CEMPlanner(), (noise, Tensor(0.25, ms.float32))
