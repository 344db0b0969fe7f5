# case: epsilon-greedy action selection written with ops.select between random and greedy actions (same shape/dtype, no Python branch); expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, mint


class QNet(nn.Cell):
    def __init__(self, obs_dim=4, n_actions=3):
        super().__init__()
        self.fc1 = nn.Dense(obs_dim, 16)
        self.fc2 = nn.Dense(16, n_actions)

    def construct(self, obs):
        return self.fc2(ops.relu(self.fc1(obs)))


class Net(nn.Cell):
    def __init__(self, n_actions=3):
        super().__init__()
        self.q = QNet(n_actions=n_actions)
        self.n_actions = n_actions

    def construct(self, obs, rand, rand_action, epsilon):
        q = self.q(obs)
        greedy = mint.argmax(q, dim=-1).astype(ms.int32)
        explore = rand < epsilon
        action = ops.select(explore, rand_action, greedy)
        q_taken = ops.gather_elements(q, 1, action.view(-1, 1))
        return action, q_taken.squeeze(-1)


def make():
    obs = Tensor(np.random.randn(5, 4).astype(np.float32))
    rand = Tensor(np.random.rand(5).astype(np.float32))
    rand_action = Tensor(np.random.randint(0, 3, (5,)).astype(np.int32))
    return Net(), (obs, rand, rand_action, Tensor(0.1, ms.float32))
