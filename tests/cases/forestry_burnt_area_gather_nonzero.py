# case: post-fire fuel model has a sub-Cell that gathers pixels whose burn index exceeds a threshold via argwhere indices, then averages remaining fuel -> dynamic shape from argwhere/gather
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BurntPixelPicker(nn.Cell):
    def __init__(self, dnbr_threshold=0.27):
        super().__init__()
        self.dnbr_threshold = dnbr_threshold

    def construct(self, dnbr, fuel):
        idx = ops.argwhere(dnbr.reshape(-1) > self.dnbr_threshold).squeeze(1)
        return ops.gather(fuel.reshape(-1), idx, 0)


class ResidualFuel(nn.Cell):
    def __init__(self):
        super().__init__()
        self.picker = BurntPixelPicker()

    def construct(self, pre_nbr, post_nbr, fuel_t_ha):
        dnbr = pre_nbr - post_nbr
        burnt_fuel = self.picker(dnbr, fuel_t_ha)
        return burnt_fuel.mean(), burnt_fuel.shape[0]


def make():
    np.random.seed(17)
    pre = Tensor(np.random.uniform(0.3, 0.8, (10, 10)).astype(np.float32))
    post = Tensor(np.random.uniform(-0.2, 0.6, (10, 10)).astype(np.float32))
    fuel = Tensor(np.random.uniform(0, 30, (10, 10)).astype(np.float32))
    return ResidualFuel(), (pre, post, fuel)
