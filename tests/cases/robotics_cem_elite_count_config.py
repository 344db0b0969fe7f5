# case: CEM planner with elite count fixed by config and topk over sampled returns -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossEntropyPlanner(nn.Cell):
    def __init__(self, state_dim=4, action_dim=2, horizon=4, pop_size=40,
                 elite_frac=0.2, iterations=4, momentum=0.1):
        super().__init__()
        self.horizon = horizon
        self.action_dim = action_dim
        self.pop_size = pop_size
        self.num_elites = max(1, int(elite_frac * pop_size))
        self.iterations = iterations
        self.momentum = momentum
        self.dynamics = nn.Dense(state_dim + action_dim, state_dim)

    def rollout_return(self, state, actions):
        s = ops.broadcast_to(state, (self.pop_size, state.shape[-1]))
        total = ops.zeros((self.pop_size,), ms.float32)
        for t in range(self.horizon):
            s = self.dynamics(ops.concat((s, actions[:, t]), axis=-1))
            total = total - (s * s).sum(axis=-1)
        return total

    def construct(self, state, noise):
        mu = ops.zeros((self.horizon, self.action_dim), ms.float32)
        sigma = ops.ones((self.horizon, self.action_dim), ms.float32)
        for i in range(self.iterations):
            actions = ops.clamp(mu + sigma * noise[i], -1.0, 1.0)
            returns = self.rollout_return(state, actions)
            _, elite_idx = ops.topk(returns, self.num_elites)
            elites = actions[elite_idx]
            mu = self.momentum * mu + (1 - self.momentum) * elites.mean(axis=0)
            sigma = self.momentum * sigma + (1 - self.momentum) * elites.std(axis=0)
        return mu[0]


def make():
    np.random.seed(3)
    state = Tensor(np.random.randn(1, 4).astype(np.float32))
    noise = Tensor(np.random.randn(4, 40, 4, 2).astype(np.float32))
    return CrossEntropyPlanner(), (state, noise)
