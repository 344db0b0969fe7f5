# case: DQN update that samples a prioritized minibatch with np.random.choice(p=priorities) on a tensor inside construct; expect error at STRICT, LAX may interpret it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BATCH = 4
GAMMA = 0.99


class QNet(nn.Cell):
    def __init__(self, obs_dim=4, n_act=2):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(obs_dim, 32), nn.ReLU(), nn.Dense(32, n_act)])

    def construct(self, x):
        return self.net(x)


class PrioritizedTDLoss(nn.Cell):
    def __init__(self, alpha=0.6):
        super().__init__()
        self.q = QNet()
        self.target = QNet()
        self.alpha = alpha

    def construct(self, obs, act, rew, nxt, done, prio):
        p = prio ** self.alpha
        p = p / p.sum()
        idx = np.random.choice(obs.shape[0], BATCH, p=p)
        idx = Tensor(idx, ms.int32)
        o, a, r = obs[idx], act[idx], rew[idx]
        q = ops.gather_elements(self.q(o), 1, a[:, None]).squeeze(-1)
        tgt = r + GAMMA * (1.0 - done[idx]) * self.target(nxt[idx]).max(axis=-1)
        td = q - ops.stop_gradient(tgt)
        return (td ** 2).mean()


def make():
    n = 16
    f = lambda *s: Tensor(np.random.rand(*s).astype(np.float32))
    act = Tensor(np.random.randint(0, 2, (n,)).astype(np.int32))
    return PrioritizedTDLoss(), (f(n, 4), act, f(n), f(n, 4), Tensor(np.zeros(n, np.float32)), f(n))
