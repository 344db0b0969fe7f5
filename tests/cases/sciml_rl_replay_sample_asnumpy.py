# case: DQN loss that samples a minibatch from an in-graph replay buffer using asnumpy indices -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QNet(nn.Cell):
    def __init__(self, obs_dim=4, n_actions=3, hidden=32):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.ReLU(), nn.Dense(hidden, n_actions)])

    def construct(self, obs):
        return self.body(obs)


class ReplayDQNLoss(nn.Cell):
    def __init__(self, qnet, capacity=64, obs_dim=4, batch_size=8, gamma=0.99):
        super().__init__()
        self.qnet = qnet
        self.batch_size = batch_size
        self.gamma = gamma
        self.obs_buf = ms.Parameter(Tensor(np.zeros((capacity, obs_dim), np.float32)), requires_grad=False)
        self.rew_buf = ms.Parameter(Tensor(np.zeros((capacity,), np.float32)), requires_grad=False)

    def sample_idx(self, size):
        n = int(size.asnumpy())
        return Tensor(np.random.randint(0, n, self.batch_size).astype(np.int32))

    def construct(self, size, actions):
        idx = self.sample_idx(size)
        obs = ops.gather(self.obs_buf, idx, 0)
        rew = ops.gather(self.rew_buf, idx, 0)
        q = self.qnet(obs)
        q_a = ops.gather_elements(q, 1, actions.expand_dims(1)).squeeze(1)
        return ops.reduce_mean(ops.square(q_a - rew))


def make():
    np.random.seed(8)
    loss = ReplayDQNLoss(QNet())
    loss.obs_buf.set_data(Tensor(np.random.rand(64, 4).astype(np.float32)))
    actions = Tensor(np.random.randint(0, 3, 8).astype(np.int32))
    return loss, (Tensor(40, ms.int32), actions)
