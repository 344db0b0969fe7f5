# case: demand-response controller accepts either a scalar price or a tensor price and uses isinstance to handle both -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemandResponse(nn.Cell):
    def __init__(self, base_sp=22.0, max_shift=3.0, price_ref=0.15):
        super().__init__()
        self.base_sp = base_sp
        self.max_shift = max_shift
        self.price_ref = price_ref

    def construct(self, occupancy, price):
        if isinstance(price, (int, float)):
            price_t = ops.full_like(occupancy, price)
        else:
            price_t = price
        shift = self.max_shift * ops.tanh(price_t / self.price_ref - 1.0)
        shift = shift * (1.0 - 0.5 * occupancy)
        return self.base_sp + shift


def make():
    np.random.seed(31)
    net = DemandResponse()
    occ = Tensor(np.random.rand(12).astype(np.float32))
    return net, (occ, 0.32)
