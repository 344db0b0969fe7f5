# case: TD(lambda) returns looping backwards over range() of a horizon tensor taken from the batch -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LambdaReturn(nn.Cell):
    def __init__(self, gamma=0.99, lam=0.9):
        super().__init__()
        self.gamma = gamma
        self.lam = lam

    def _mix(self, reward, next_value, next_return, nonterminal):
        blend = (1.0 - self.lam) * next_value + self.lam * next_return
        return reward + self.gamma * nonterminal * blend

    def construct(self, rewards, values, dones, horizon):
        # rewards/dones: [T, B], values: [T+1, B]; horizon: scalar tensor <= T
        ret = values[horizon]
        out = ops.zeros_like(rewards)
        for i in range(horizon):
            t = horizon - 1 - i
            ret = self._mix(rewards[t], values[t + 1], ret, 1.0 - dones[t])
            out[t] = ret
        return out


def make():
    np.random.seed(19)
    rewards = Tensor(np.random.rand(5, 2).astype(np.float32))
    values = Tensor(np.random.rand(6, 2).astype(np.float32))
    dones = Tensor(np.zeros((5, 2), np.float32))
    return LambdaReturn(), (rewards, values, dones, Tensor(4, ms.int32))
