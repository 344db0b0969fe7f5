# case: pick the k hottest thermocouples where k is the number of zones over the cone-6 limit (int of a tensor) -> data-dependent topk size, problem in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotspotPicker(nn.Cell):
    def __init__(self, cone6_c=1222.0):
        super().__init__()
        self.limit = cone6_c

    def overheated(self, temps):
        return int((temps > self.limit).sum())

    def construct(self, temps):
        k = self.overheated(temps)
        k = max(k, 1)
        vals, idx = ops.topk(temps, k)
        return vals - self.limit, idx


def make():
    np.random.seed(15)
    temps = np.random.uniform(1180.0, 1260.0, size=(16,)).astype(np.float32)
    return HotspotPicker(), (Tensor(temps),)
