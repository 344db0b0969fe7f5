# case: exponential moving-average REINFORCE baseline kept in a non-trainable Parameter and updated with ops.assign inside construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ExponentialBaseline(nn.Cell):
    def __init__(self, beta=0.8):
        super().__init__()
        self.beta = beta
        self.value = Parameter(Tensor(0.0, ms.float32), name="bl_value", requires_grad=False)
        self.initialised = Parameter(Tensor(False, ms.bool_), name="bl_init", requires_grad=False)

    def construct(self, cost):
        batch_mean = cost.mean()
        new_v = ops.select(self.initialised, self.beta * self.value + (1.0 - self.beta) * batch_mean, batch_mean)
        ops.assign(self.value, new_v)
        ops.assign(self.initialised, Tensor(True, ms.bool_))
        return ops.stop_gradient(new_v).broadcast_to(cost.shape)


class ReinforceWithEMA(nn.Cell):
    def __init__(self, beta=0.8):
        super().__init__()
        self.baseline = ExponentialBaseline(beta)

    def construct(self, log_likelihood, cost):
        bl = self.baseline(cost)
        return ((cost - bl) * log_likelihood).mean(), bl


def make():
    np.random.seed(27)
    ll = Tensor(-np.random.rand(6).astype(np.float32))
    cost = Tensor(np.random.uniform(4, 6, 6).astype(np.float32))
    return ReinforceWithEMA(), (ll, cost)
