# case: multi-action RL policy picks top-k actions with a TopK primitive and k from the constructor, then gathers their log-probs; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore import ops as P


class Policy(nn.Cell):
    def __init__(self, obs_dim=6, n_actions=10):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(obs_dim, 16), nn.ReLU(), nn.Dense(16, n_actions)])

    def construct(self, obs):
        return self.net(obs)


class Net(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.policy = Policy()
        self.k = k
        self.topk = P.TopK(sorted=True)
        self.log_softmax = P.LogSoftmax(axis=-1)

    def construct(self, obs):
        logits = self.policy(obs)
        values, actions = self.topk(logits, self.k)
        logp = self.log_softmax(logits)
        chosen = P.gather_elements(logp, 1, actions)
        return actions, chosen.sum(axis=1) + values.mean()


def make():
    return Net(), (Tensor(np.random.randn(5, 6).astype(np.float32)),)
