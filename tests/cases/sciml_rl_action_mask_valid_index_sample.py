# case: single-env actor that samples uniformly among the legal actions listed via nonzero of the action mask -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LegalActionSampler(nn.Cell):
    def __init__(self, obs_dim=10, n_actions=9, hidden=32, explore=True):
        super().__init__()
        self.policy = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.ReLU(), nn.Dense(hidden, n_actions)])
        self.explore = explore

    def greedy_legal(self, logits, legal):
        masked = ops.where(legal, logits, ops.full_like(logits, -1e9))
        return ops.argmax(masked, dim=-1)

    def construct(self, obs, legal, u):
        logits = self.policy(obs)
        if not self.explore:
            return self.greedy_legal(logits, legal)
        legal_ids = ops.nonzero(legal).reshape(-1)
        n_legal = legal_ids.shape[0]
        pick = ops.floor(u * n_legal).astype(ms.int32)
        return legal_ids[pick]


def make():
    np.random.seed(16)
    obs = Tensor(np.random.rand(10).astype(np.float32))
    legal = Tensor(np.array([1, 0, 1, 1, 0, 0, 1, 0, 1], np.bool_))
    return LegalActionSampler(), (obs, legal, Tensor(0.42, ms.float32))
