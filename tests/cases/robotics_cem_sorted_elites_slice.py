# case: CEM refinement that sorts sampled costs and slices the first num_elites (a Python int) indices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortedEliteCEM(nn.Cell):
    def __init__(self, action_dim=3, num_samples=20, num_elites=5, iterations=3, min_std=0.05):
        super().__init__()
        self.num_samples = num_samples
        self.num_elites = num_elites
        self.iterations = iterations
        self.min_std = min_std
        self.q_net = nn.SequentialCell(nn.Dense(6 + action_dim, 32), nn.ReLU(), nn.Dense(32, 1))

    def evaluate(self, obs, actions):
        o = ops.broadcast_to(obs, (self.num_samples, obs.shape[-1]))
        return self.q_net(ops.concat((o, actions), axis=-1)).squeeze(-1)

    def construct(self, obs, noise):
        mean = ops.zeros((noise.shape[-1],), ms.float32)
        std = ops.ones((noise.shape[-1],), ms.float32)
        for i in range(self.iterations):
            actions = ops.tanh(mean + std * noise[i])
            q = self.evaluate(obs, actions)
            _, order = ops.sort(q, descending=True)
            elite_idx = order[:self.num_elites]
            elites = ops.gather(actions, elite_idx, 0)
            mean = elites.mean(axis=0)
            std = ops.maximum(elites.std(axis=0), Tensor(self.min_std, ms.float32))
        return mean


def make():
    np.random.seed(36)
    obs = Tensor(np.random.randn(1, 6).astype(np.float32))
    noise = Tensor(np.random.randn(3, 20, 3).astype(np.float32))
    return SortedEliteCEM(), (obs, noise)
