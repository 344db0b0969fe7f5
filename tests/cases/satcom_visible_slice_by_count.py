# case: counts visible satellites from an elevation mask and slices the sorted elevation list with that tensor count -> slice bound from tensor value, Graph mode fails or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisibleSatSelector(nn.Cell):
    def __init__(self, min_elevation_deg=10.0):
        super().__init__()
        self.min_elev = min_elevation_deg

    def count_visible(self, elev):
        return (elev > self.min_elev).astype(ms.int32).sum()

    def construct(self, elev, snr):
        order = ops.argsort(elev, axis=0, descending=True)
        elev_sorted = ops.gather(elev, order, 0)
        snr_sorted = ops.gather(snr, order, 0)
        n_vis = self.count_visible(elev)
        vis_elev = elev_sorted[:n_vis]
        vis_snr = snr_sorted[:n_vis]
        return vis_elev, vis_snr.mean()


def make():
    np.random.seed(0)
    elev = Tensor(np.random.uniform(-20, 80, size=(12,)).astype(np.float32))
    snr = Tensor(np.random.uniform(0, 20, size=(12,)).astype(np.float32))
    return VisibleSatSelector(), (elev, snr)
