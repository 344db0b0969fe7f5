# case: pick the N brightest stars of a render batch where N comes from the show's visible-count tensor -> graph mode rejects or goes dynamic since top-k size comes from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def apparent_flux(magnitude):
    # Pogson relation: flux ratio relative to magnitude 0
    return ops.pow(10.0, -0.4 * magnitude)


class BrightestStarPicker(nn.Cell):
    def __init__(self, extinction=0.12):
        super().__init__()
        self.extinction = extinction

    def construct(self, magnitudes, airmass, visible_count):
        observed = magnitudes + self.extinction * airmass
        flux = apparent_flux(observed)
        k = int(visible_count)
        top_flux, top_idx = ops.topk(flux, k)
        return top_flux, top_idx


def make():
    np.random.seed(321)
    mags = Tensor(np.random.uniform(-1.0, 6.5, size=(512,)).astype(np.float32))
    airmass = Tensor(np.random.uniform(1.0, 2.5, size=(512,)).astype(np.float32))
    visible = Tensor(np.array(64, dtype=np.int32))
    return BrightestStarPicker(), (mags, airmass, visible)
