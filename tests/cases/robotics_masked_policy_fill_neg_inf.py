# case: policy masks invalid actions by filling their logits with a large negative value -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedActorCritic(nn.Cell):
    def __init__(self, obs_dim=10, num_actions=5, hidden=64, mask_value=-1e9):
        super().__init__()
        self.trunk = nn.SequentialCell(nn.Dense(obs_dim, hidden), nn.Tanh())
        self.actor = nn.Dense(hidden, num_actions)
        self.critic = nn.Dense(hidden, 1)
        self.mask_value = mask_value
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def apply_mask(self, logits, action_mask):
        fill = ops.full_like(logits, self.mask_value)
        return ops.select(action_mask, logits, fill)

    def construct(self, obs, action_mask, actions):
        h = self.trunk(obs)
        logits = self.apply_mask(self.actor(h), action_mask)
        logp_all = self.log_softmax(logits)
        onehot = ops.one_hot(actions, logits.shape[-1],
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        logp = (logp_all * onehot).sum(axis=-1)
        value = self.critic(h).squeeze(-1)
        return logp, value


def make():
    np.random.seed(1)
    obs = Tensor(np.random.randn(4, 10).astype(np.float32))
    mask = Tensor(np.random.rand(4, 5) > 0.3)
    mask[:, 0] = True
    actions = Tensor(np.zeros(4, dtype=np.int32))
    return MaskedActorCritic(), (obs, mask, actions)
