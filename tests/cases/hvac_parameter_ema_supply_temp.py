# case: supply-air temperature tracker keeps an exponential moving average in a non-trainable Parameter updated with ops.assign -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SupplyTempEMA(nn.Cell):
    def __init__(self, n_ahus=3, momentum=0.9):
        super().__init__()
        self.momentum = momentum
        self.ema = Parameter(Tensor(np.full(n_ahus, 13.0, np.float32)), name="ema", requires_grad=False)

    def construct(self, supply_temp):
        batch_mean = supply_temp.mean(axis=0)
        new_ema = self.momentum * self.ema + (1.0 - self.momentum) * batch_mean
        ops.assign(self.ema, new_ema)
        deviation = supply_temp - new_ema
        return deviation


def make():
    np.random.seed(21)
    net = SupplyTempEMA()
    st = Tensor((12.5 + np.random.randn(10, 3)).astype(np.float32))
    return net, (st,)
