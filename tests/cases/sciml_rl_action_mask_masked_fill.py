# case: categorical policy that masks invalid actions with masked_fill before softmax/argmax -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedCategoricalHead(nn.Cell):
    def __init__(self, hidden=32, n_actions=6, neg_inf=-1e9, temperature=1.0):
        super().__init__()
        self.logits = nn.Dense(hidden, n_actions)
        self.neg_inf = neg_inf
        self.temperature = temperature

    def construct(self, h, valid):
        logits = self.logits(h) / self.temperature
        logits = ops.masked_fill(logits, ops.logical_not(valid), self.neg_inf)
        probs = ops.softmax(logits, axis=-1)
        return logits, probs


class MaskedActor(nn.Cell):
    def __init__(self, obs_dim=10, hidden=32, n_actions=6, deterministic=True):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.ReLU()])
        self.head = MaskedCategoricalHead(hidden, n_actions)
        self.deterministic = deterministic

    def construct(self, obs, valid):
        logits, probs = self.head(self.encoder(obs), valid)
        if self.deterministic:
            action = ops.argmax(logits, dim=-1)
        else:
            action = ops.multinomial(probs, 1).squeeze(-1)
        log_p = ops.log(ops.gather_elements(probs, 1, action.expand_dims(-1)) + 1e-12)
        return action, log_p.squeeze(-1)


def make():
    np.random.seed(15)
    obs = Tensor(np.random.rand(4, 10).astype(np.float32))
    valid = np.random.rand(4, 6) > 0.4
    valid[:, 0] = True
    return MaskedActor(), (obs, Tensor(valid))
