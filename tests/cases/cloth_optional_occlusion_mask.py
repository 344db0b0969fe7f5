# case: garment renderer that applies an occlusion mask only when one is passed (is None test on an optional argument) -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GarmentRenderer(nn.Cell):
    def __init__(self, in_ch=3):
        super().__init__()
        self.shade = nn.Conv2d(in_ch, in_ch, 3, pad_mode="same")

    def construct(self, cloth, person, occlusion=None):
        shaded = ops.sigmoid(self.shade(cloth))
        if occlusion is not None:
            shaded = shaded * (1.0 - occlusion)
            person = person * occlusion + shaded
        else:
            person = person + shaded
        return person


def make():
    np.random.seed(36)
    cloth = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    person = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    occ = Tensor((np.random.rand(1, 1, 8, 8) > 0.7).astype(np.float32))
    return GarmentRenderer(), (cloth, person, occ)
