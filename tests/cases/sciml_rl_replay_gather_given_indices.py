# case: DQN TD loss gathering a minibatch from buffer parameters with externally sampled indices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QNet(nn.Cell):
    def __init__(self, obs_dim=4, n_actions=3, hidden=32):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.ReLU(), nn.Dense(hidden, n_actions)])

    def construct(self, obs):
        return self.body(obs)


class BufferTDLoss(nn.Cell):
    def __init__(self, qnet, target, capacity=64, obs_dim=4, gamma=0.99):
        super().__init__()
        self.qnet = qnet
        self.target = target
        self.gamma = gamma
        zeros = np.zeros((capacity, obs_dim), np.float32)
        self.obs = ms.Parameter(Tensor(zeros), name="obs", requires_grad=False)
        self.next_obs = ms.Parameter(Tensor(zeros), name="next_obs", requires_grad=False)
        self.act = ms.Parameter(Tensor(np.zeros((capacity,), np.int32)), name="act", requires_grad=False)
        self.rew = ms.Parameter(Tensor(np.zeros((capacity,), np.float32)), name="rew", requires_grad=False)
        self.done = ms.Parameter(Tensor(np.zeros((capacity,), np.float32)), name="done", requires_grad=False)

    def fetch(self, idx):
        return (ops.gather(self.obs, idx, 0), ops.gather(self.act, idx, 0), ops.gather(self.rew, idx, 0),
                ops.gather(self.next_obs, idx, 0), ops.gather(self.done, idx, 0))

    def construct(self, idx):
        obs, act, rew, nxt, done = self.fetch(idx)
        q = ops.gather_elements(self.qnet(obs), 1, act.expand_dims(-1)).squeeze(-1)
        q_next = ops.stop_gradient(self.target(nxt).max(axis=1))
        td_target = rew + self.gamma * (1.0 - done) * q_next
        return nn.SmoothL1Loss()(q, td_target).mean()


def make():
    np.random.seed(9)
    loss = BufferTDLoss(QNet(), QNet())
    loss.obs.set_data(Tensor(np.random.rand(64, 4).astype(np.float32)))
    loss.rew.set_data(Tensor(np.random.rand(64).astype(np.float32)))
    idx = Tensor(np.random.randint(0, 64, 16).astype(np.int32))
    return loss, (idx,)
