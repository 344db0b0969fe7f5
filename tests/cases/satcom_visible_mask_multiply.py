# case: averages SNR over visible satellites by multiplying with a float visibility mask and dividing by the clipped count -> fixed-size mask arithmetic, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisibleMeanSnr(nn.Cell):
    def __init__(self, min_elevation_deg=10.0):
        super().__init__()
        self.min_elev = min_elevation_deg

    def visibility(self, elev):
        return (elev > self.min_elev).astype(ms.float32)

    def construct(self, elev, snr):
        mask = self.visibility(elev)
        n_vis = ops.clamp(mask.sum(axis=1, keepdims=True), min=1.0)
        mean_snr = (snr * mask).sum(axis=1, keepdims=True) / n_vis
        return mean_snr, mask


def make():
    np.random.seed(30)
    elev = Tensor(np.random.uniform(-20, 80, size=(6, 12)).astype(np.float32))
    snr = Tensor(np.random.uniform(0, 20, size=(6, 12)).astype(np.float32))
    return VisibleMeanSnr(), (elev, snr)
