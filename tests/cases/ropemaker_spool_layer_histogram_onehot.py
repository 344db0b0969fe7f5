# case: histogram of rope length per winding layer on a spool using one-hot over a fixed maximum layer count -> fixed-size one-hot, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_LAYERS = 12


class LayerLengthHistogram(nn.Cell):
    def __init__(self, layer_pitch_mm=4.0):
        super().__init__()
        self.layer_pitch_mm = layer_pitch_mm
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, radius_mm, seg_len_m, core_radius_mm):
        layer = ops.floor((radius_mm - core_radius_mm) / self.layer_pitch_mm).astype(ms.int32)
        layer = ops.clamp(layer, 0, MAX_LAYERS - 1)
        oh = ops.one_hot(layer, MAX_LAYERS, self.on, self.off)
        per_layer = ops.matmul(seg_len_m.reshape(1, -1), oh).reshape(-1)
        return per_layer, (per_layer > 0).astype(ms.int32).sum()


def make():
    np.random.seed(52)
    radius = np.sort(np.random.uniform(50, 90, size=(60,))).astype(np.float32)
    seg = np.random.uniform(0.8, 1.2, size=(60,)).astype(np.float32)
    core = Tensor(np.array(50.0, dtype=np.float32))
    return LayerLengthHistogram(), (Tensor(radius), Tensor(seg), core)
