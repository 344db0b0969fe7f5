# case: count distinct winding layers visited in a spool traverse schedule using ops.unique -> unique output length depends on the data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TraverseSummary(nn.Cell):
    def __init__(self, layer_pitch_mm=4.0):
        super().__init__()
        self.layer_pitch_mm = layer_pitch_mm

    def layer_of(self, radius_mm, core_radius_mm):
        return ops.floor((radius_mm - core_radius_mm) / self.layer_pitch_mm).astype(ms.int32)

    def construct(self, radius_mm, core_radius_mm):
        layers = self.layer_of(radius_mm, core_radius_mm)
        distinct, idx = ops.unique(layers)
        per_layer = ops.zeros(distinct.shape, ms.float32)
        return distinct, idx, per_layer


def make():
    np.random.seed(51)
    radius = np.sort(np.random.uniform(50, 90, size=(60,))).astype(np.float32)
    core = Tensor(np.array(50.0, dtype=np.float32))
    return TraverseSummary(), (Tensor(radius), core)
