# case: agent wrapper forwards *args/**kwargs from a helper into its policy and value sub-Cells, optional action mask keyword passed by name -> argument forwarding is resolved at compile time, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class Policy(nn.Cell):
    def __init__(self, obs_dim, num_actions):
        super().__init__()
        self.fc = nn.Dense(obs_dim, num_actions)

    def construct(self, obs, action_mask=None, temperature=1.0):
        logits = self.fc(obs) / temperature
        if action_mask is not None:
            logits = ops.where(action_mask, logits, ops.full_like(logits, NEG_INF))
        return logits


class ValueFn(nn.Cell):
    def __init__(self, obs_dim):
        super().__init__()
        self.fc = nn.Dense(obs_dim, 1)

    def construct(self, obs, **unused):
        return self.fc(obs).squeeze(-1)


class Agent(nn.Cell):
    def __init__(self, obs_dim, num_actions, share_inputs=True):
        super().__init__()
        self.share_inputs = share_inputs
        self.policy = Policy(obs_dim, num_actions)
        self.value = ValueFn(obs_dim)

    def _call_heads(self, *args, **kwargs):
        return self.policy(*args, **kwargs), self.value(*args)

    def construct(self, obs, action_mask):
        logits, v = self._call_heads(obs, action_mask=action_mask, temperature=0.8)
        return ops.log_softmax(logits, -1), v


def make():
    np.random.seed(149)
    obs = Tensor(np.random.randn(5, 6).astype(np.float32))
    mask = np.random.rand(5, 4) > 0.3
    mask[:, 1] = True
    return Agent(6, 4), (obs, Tensor(mask))
