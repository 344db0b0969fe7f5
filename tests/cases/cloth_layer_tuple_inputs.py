# case: variable number of garment layers passed as a tuple of tensors and iterated in construct (tuple length fixed at compile time) -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerStackEncoder(nn.Cell):
    def __init__(self, ch=3, feat=4):
        super().__init__()
        self.enc = nn.Conv2d(ch + 1, feat, 3, pad_mode="same")

    def construct(self, layers):
        feats = ()
        occupancy = None
        for rgba in layers:
            f = ops.relu(self.enc(rgba))
            feats = feats + (f,)
            a = rgba[:, 3:4]
            occupancy = a if occupancy is None else ops.maximum(occupancy, a)
        return ops.concat(feats, axis=1), occupancy


def make():
    np.random.seed(41)
    layers = tuple(Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32)) for _ in range(3))
    return LayerStackEncoder(), (layers,)
