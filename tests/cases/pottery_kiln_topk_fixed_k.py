# case: report the k hottest thermocouples with k fixed in the constructor and mask those below the limit -> static topk, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotspotPickerFixed(nn.Cell):
    def __init__(self, k=3, cone6_c=1222.0):
        super().__init__()
        self.k = k
        self.limit = cone6_c

    def construct(self, temps):
        vals, idx = ops.topk(temps, self.k)
        excess = vals - self.limit
        excess = ops.where(excess > 0, excess, ops.zeros_like(excess))
        return excess, idx


def make():
    np.random.seed(16)
    temps = np.random.uniform(1180.0, 1260.0, size=(2, 16)).astype(np.float32)
    return HotspotPickerFixed(), (Tensor(temps),)
