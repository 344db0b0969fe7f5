# case: shared-trunk actor-critic with optional action mask (None guard) and isinstance check on a temperature argument -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SharedActorCritic(nn.Cell):
    def __init__(self, obs_dim=8, n_actions=5, hidden=32, temperature=1.0, use_layernorm=True):
        super().__init__()
        layers = [nn.Dense(obs_dim, hidden), nn.ReLU()]
        if use_layernorm:
            layers.append(nn.LayerNorm((hidden,)))
        self.trunk = nn.SequentialCell(layers)
        self.actor = nn.Dense(hidden, n_actions)
        self.critic = nn.Dense(hidden, 1)
        self.temperature = temperature
        self.softmax = nn.Softmax(axis=-1)

    def _temp(self, temperature):
        if temperature is None:
            return self.temperature
        if isinstance(temperature, (int, float)):
            return float(temperature)
        return temperature

    def construct(self, obs, action_mask=None, temperature=None):
        h = self.trunk(obs)
        logits = self.actor(h) / self._temp(temperature)
        if action_mask is not None:
            logits = logits + (1.0 - action_mask) * -1e9
        return self.softmax(logits), self.critic(h).squeeze(-1)


def make():
    np.random.seed(29)
    obs = Tensor(np.random.randn(3, 8).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 0, 1, 0], [1, 1, 1, 1, 1], [0, 1, 0, 0, 1]], np.float32))
    return SharedActorCritic(), (obs, mask, 0.5)
