# case: RL action selector returns (action, logp) when exploring but a bare tensor when greedy, chosen by a tensor epsilon test; expect error at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QNet(nn.Cell):
    def __init__(self, obs_dim=4, n_actions=3):
        super().__init__()
        self.fc = nn.Dense(obs_dim, n_actions)

    def construct(self, obs):
        return self.fc(obs)


def select(q, explore):
    if explore:
        probs = ops.softmax(q, axis=-1)
        action = ops.multinomial(probs, 1, False)
        return action, ops.log(ops.gather_elements(probs, 1, action))
    return q.argmax(axis=-1)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.q = QNet()

    def construct(self, obs, rand, epsilon):
        q = self.q(obs)
        out = select(q, rand < epsilon)
        return out


def make():
    obs = Tensor(np.random.randn(2, 4).astype(np.float32))
    return Net(), (obs, Tensor(0.3, ms.float32), Tensor(0.1, ms.float32))
