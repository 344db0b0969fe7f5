# case: estimates yeast viability by multiplying a fixed-size threshold mask into the pixel grid instead of selecting pixels -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ViabilityEstimator(nn.Cell):
    def __init__(self, stain_threshold=0.55, chamber_volume_nl=0.25):
        super().__init__()
        self.stain_threshold = stain_threshold
        self.chamber_volume_nl = chamber_volume_nl

    def stained_mask(self, blue_channel):
        return (blue_channel > self.stain_threshold).astype(ms.float32)

    def construct(self, rgb):
        blue = rgb[:, 2]
        green = rgb[:, 1]
        mask = self.stained_mask(blue)
        dead_signal = (blue * mask).sum(axis=(1, 2))
        live_signal = (green * (1.0 - mask)).sum(axis=(1, 2))
        viability = live_signal / (live_signal + dead_signal + 1e-6)
        density = (live_signal + dead_signal) / self.chamber_volume_nl
        return viability, density


def make():
    np.random.seed(3)
    rgb = np.random.rand(2, 3, 16, 16).astype(np.float32)
    return ViabilityEstimator(), (Tensor(rgb),)
