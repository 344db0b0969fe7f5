# case: n-step bootstrapped returns over a rollout with n from the config, computed by shifted static slices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def shift_up(x, k, fill=0.0):
    """x[t+k] aligned to t, padded with `fill` at the tail."""
    if k == 0:
        return x
    pad = ops.full((k,) + x.shape[1:], fill, dtype=x.dtype)
    return ops.concat((x[k:], pad), axis=0)


class NStepReturns(nn.Cell):
    def __init__(self, n_step=3, gamma=0.99):
        super().__init__()
        self.n_step = n_step
        self.gamma = gamma

    def construct(self, rewards, dones, bootstrap_values):
        ret = ops.zeros_like(rewards)
        alive = ops.ones_like(rewards)
        for k in range(self.n_step):
            ret = ret + (self.gamma ** k) * alive * shift_up(rewards, k)
            alive = alive * (1.0 - shift_up(dones, k, 1.0))
        boot = shift_up(bootstrap_values, self.n_step)
        return ret + (self.gamma ** self.n_step) * alive * boot


def make():
    np.random.seed(19)
    T, N = 10, 4
    r = Tensor(np.random.rand(T, N).astype(np.float32))
    d = Tensor((np.random.rand(T, N) < 0.1).astype(np.float32))
    v = Tensor(np.random.rand(T, N).astype(np.float32))
    return NStepReturns(), (r, d, v)
