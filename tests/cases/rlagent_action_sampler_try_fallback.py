# case: categorical action sampler wrapped in try/except that falls back to argmax -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StochasticActor(nn.Cell):
    def __init__(self, obs_dim=6, n_actions=4, hidden=16, temperature=1.0):
        super().__init__()
        self.temperature = temperature
        self.net = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.ReLU(), nn.Dense(hidden, n_actions)])
        self.softmax = nn.Softmax(axis=-1)
        self.argmax = ops.Argmax(axis=-1, output_type=ms.int32)

    def _sample(self, probs):
        u = ops.uniform(probs.shape[:1] + (1,), Tensor(0.0, ms.float32), Tensor(1.0, ms.float32))
        cdf = ops.cumsum(probs, -1)
        return (cdf < u).astype(ms.int32).sum(axis=-1)

    def construct(self, obs):
        logits = self.net(obs) / self.temperature
        probs = self.softmax(logits)
        try:
            action = self._sample(probs)
        except RuntimeError:
            action = self.argmax(probs)
        return action, probs


def make():
    np.random.seed(18)
    obs = Tensor(np.random.randn(4, 6).astype(np.float32))
    return StochasticActor(), (obs,)
