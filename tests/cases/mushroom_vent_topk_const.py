# case: pick the three most humid growing shelves to vent with a fixed k from config -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def relative_humidity(vapour, saturation):
    return ops.clamp(vapour / saturation, 0.0, 1.0) * 100.0


class VentScheduler(nn.Cell):
    def __init__(self, target_rh=88.0, n_vents=3):
        super().__init__()
        self.target_rh = target_rh
        self.n_vents = n_vents

    def excess(self, rh):
        return ops.relu(rh - self.target_rh)

    def construct(self, vapour, saturation):
        rh = relative_humidity(vapour, saturation)
        over = self.excess(rh)
        vals, idx = ops.topk(over, self.n_vents)
        open_mask = ops.zeros_like(over)
        open_mask = ops.tensor_scatter_elements(open_mask, idx, ops.ones_like(vals), axis=0)
        return vals, open_mask


def make():
    np.random.seed(302)
    vapour = Tensor(np.random.uniform(20, 30, size=(12,)).astype(np.float32))
    saturation = Tensor(np.full((12,), 31.0, dtype=np.float32))
    return VentScheduler(), (vapour, saturation)
