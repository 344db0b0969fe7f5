# case: pick the k most humid growing shelves to vent, k read from the sensor count tensor -> topk with k from data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def relative_humidity(vapour, saturation):
    return ops.clamp(vapour / saturation, 0.0, 1.0) * 100.0


class VentScheduler(nn.Cell):
    def __init__(self, target_rh=88.0):
        super().__init__()
        self.target_rh = target_rh

    def excess(self, rh):
        return ops.relu(rh - self.target_rh)

    def construct(self, vapour, saturation, n_open):
        rh = relative_humidity(vapour, saturation)
        over = self.excess(rh)
        k = int(n_open)
        vals, idx = ops.topk(over, k)
        return vals, idx


def make():
    np.random.seed(301)
    vapour = Tensor(np.random.uniform(20, 30, size=(12,)).astype(np.float32))
    saturation = Tensor(np.full((12,), 31.0, dtype=np.float32))
    n_open = Tensor(np.array(3, dtype=np.int32))
    return VentScheduler(), (vapour, saturation, n_open)
