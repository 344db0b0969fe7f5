# case: PPO clipped loss that normalises advantages only over valid (non-terminal-padding) steps via boolean-mask indexing; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLIP = 0.2


class Policy(nn.Cell):
    def __init__(self, obs_dim=6, n_act=4):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(obs_dim, 32), nn.Tanh(), nn.Dense(32, n_act)])

    def construct(self, obs, act):
        logp = ops.log_softmax(self.net(obs), axis=-1)
        return ops.gather_elements(logp, 1, act[:, None]).squeeze(-1)


class PPOLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.policy = Policy()

    def construct(self, obs, act, old_logp, adv, valid):
        logp = self.policy(obs, act)
        ratio = ops.exp(logp - old_logp)
        adv_v = adv[valid]
        adv_n = (adv_v - adv_v.mean()) / (adv_v.std() + 1e-8)
        r_v = ratio[valid]
        surr1 = r_v * adv_n
        surr2 = ops.clamp(r_v, 1 - CLIP, 1 + CLIP) * adv_n
        return -ops.minimum(surr1, surr2).mean()


def make():
    n = 16
    valid = np.ones(n, np.bool_)
    valid[12:] = False
    return PPOLoss(), (Tensor(np.random.randn(n, 6).astype(np.float32)),
                       Tensor(np.random.randint(0, 4, (n,)).astype(np.int32)),
                       Tensor(np.random.randn(n).astype(np.float32) - 1.0),
                       Tensor(np.random.randn(n).astype(np.float32)), Tensor(valid))
