# case: n-step returns over a [T, B] rollout with n from config, shifted slices padded back to T -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NStepReturns(nn.Cell):
    def __init__(self, n_step=3, gamma=0.99):
        super().__init__()
        self.n_step = n_step
        self.gamma = gamma

    def _shift(self, x, k):
        # x[t + k], zero-padded at the end
        if k == 0:
            return x
        pad = ops.zeros((k,) + x.shape[1:], x.dtype)
        return ops.concat((x[k:], pad), axis=0)

    def construct(self, rewards, dones, values):
        # rewards/dones/values: [T, B]
        alive = ops.ones_like(rewards)
        ret = ops.zeros_like(rewards)
        for k in range(self.n_step):
            ret = ret + (self.gamma ** k) * alive * self._shift(rewards, k)
            alive = alive * (1.0 - self._shift(dones, k))
        boot = self._shift(values, self.n_step)
        return ret + (self.gamma ** self.n_step) * alive * boot


def make():
    np.random.seed(27)
    r = Tensor(np.random.rand(8, 2).astype(np.float32))
    d = Tensor((np.random.rand(8, 2) > 0.85).astype(np.float32))
    v = Tensor(np.random.rand(8, 2).astype(np.float32))
    return NStepReturns(), (r, d, v)
