# case: action sampling with the Gumbel-max trick over masked logits, log-prob gathered for the sampled action -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GumbelActor(nn.Cell):
    def __init__(self, obs_dim=5, n_actions=6, hidden=16, eps=1e-10):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.ELU(), nn.Dense(hidden, n_actions)])
        self.eps = eps
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def _gumbel(self, shape):
        u = ops.rand(shape)
        return -ops.log(-ops.log(u + self.eps) + self.eps)

    def construct(self, obs, legal):
        logits = self.net(obs)
        logits = ops.select(legal > 0, logits, ops.full_like(logits, -1e9))
        noisy = logits + self._gumbel(logits.shape)
        action = ops.argmax(noisy, dim=-1)
        logp = self.log_softmax(logits)
        act_logp = ops.gather_elements(logp, 1, action.reshape(-1, 1)).squeeze(-1)
        return action, act_logp


def make():
    np.random.seed(34)
    ms.set_seed(34)
    obs = Tensor(np.random.randn(3, 5).astype(np.float32))
    legal = np.ones((3, 6), np.int32)
    legal[0, 3:] = 0
    return GumbelActor(), (obs, Tensor(legal))
