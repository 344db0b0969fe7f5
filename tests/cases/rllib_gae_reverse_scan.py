# case: GAE advantage estimator scans the rollout backwards with reversed(range(T)), T from the reward tensor's shape, appending to a list -> loop count is a static shape, should compile statically (unrolled)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GAEConfig:
    gamma = 0.99
    gae_lambda = 0.95
    normalize_advantages = True


class GAE(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else GAEConfig()
        self.gamma = config.gamma
        self.lam = config.gae_lambda
        self.normalize = getattr(config, "normalize_advantages", False)

    def construct(self, rewards, values, dones, last_value):
        T = rewards.shape[0]
        advantages = []
        gae = ops.zeros_like(last_value)
        next_value = last_value
        for t in reversed(range(T)):
            not_done = 1.0 - dones[t]
            delta = rewards[t] + self.gamma * next_value * not_done - values[t]
            gae = delta + self.gamma * self.lam * not_done * gae
            advantages.append(gae)
            next_value = values[t]
        adv = ops.stack(advantages[::-1])
        returns = adv + values
        if self.normalize:
            adv = (adv - adv.mean()) / (adv.std() + 1e-8)
        return adv, returns


def make():
    np.random.seed(89)
    T, E = 8, 3
    rew = Tensor(np.random.rand(T, E).astype(np.float32))
    val = Tensor(np.random.randn(T, E).astype(np.float32))
    done = Tensor((np.random.rand(T, E) > 0.85).astype(np.float32))
    last = Tensor(np.random.randn(E).astype(np.float32))
    return GAE(), (rew, val, done, last)
