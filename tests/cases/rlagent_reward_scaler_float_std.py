# case: reward scaling that converts the rollout reward std to a Python float before dividing -> compile error at line 24 (STRICT)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RewardScaler(nn.Cell):
    def __init__(self, gamma=0.99, clip=10.0, eps=1e-8):
        super().__init__()
        self.gamma = gamma
        self.clip = clip
        self.eps = eps

    def _discounted(self, rewards):
        ret = ops.zeros_like(rewards[0])
        outs = []
        for t in range(rewards.shape[0]):
            ret = ret * self.gamma + rewards[t]
            outs.append(ret)
        return ops.stack(outs)

    def construct(self, rewards):
        returns = self._discounted(rewards)
        scale = float(returns.std()) + self.eps
        scaled = rewards / scale
        return ops.clamp(scaled, -self.clip, self.clip)


def make():
    np.random.seed(16)
    rewards = Tensor((np.random.rand(7, 3) * 5).astype(np.float32))
    return RewardScaler(), (rewards,)
