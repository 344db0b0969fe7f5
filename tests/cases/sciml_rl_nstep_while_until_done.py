# case: n-step return that accumulates rewards in a while loop until an episode end found in the data -> compile error or dynamic at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TruncatedNStep(nn.Cell):
    def __init__(self, n_step=5, gamma=0.9):
        super().__init__()
        self.n_step = n_step
        self.gamma = gamma

    def construct(self, rewards, dones, value_tail, start):
        horizon = rewards.shape[0]
        g = ops.zeros((), ms.float32)
        discount = ops.ones((), ms.float32)
        t = start
        collected = rewards[t:t + 1]
        while t < start + self.n_step and t < horizon:
            g = g + discount * rewards[t]
            discount = discount * self.gamma
            if dones[t] > 0.5:
                return g, collected
            t = t + 1
            collected = ops.concat((collected, rewards[t - 1:t]))
        return g + discount * value_tail[t], collected


def make():
    r = Tensor(np.array([1.0, 0.0, 0.5, 1.0, 0.0, 2.0, 1.0, 0.0], np.float32))
    d = Tensor(np.array([0, 0, 0, 0, 0, 1, 0, 0], np.float32))
    v = Tensor(np.linspace(0.1, 0.9, 9).astype(np.float32))
    return TruncatedNStep(), (r, d, v, Tensor(1, ms.int32))
