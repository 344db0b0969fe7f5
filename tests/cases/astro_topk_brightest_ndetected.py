# case: keep the brightest N sources where N is the number of detections above threshold, topk with k=int(tensor) -> k from tensor value, dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrightestSources(nn.Cell):
    def __init__(self, flux_limit=10.0):
        super().__init__()
        self.flux_limit = flux_limit

    def n_detected(self, flux):
        return (flux > self.flux_limit).astype(ms.int32).sum()

    def construct(self, flux, ra, dec):
        n = self.n_detected(flux)
        k = int(n)
        top_flux, order = ops.topk(flux, k)
        return top_flux, ops.gather(ra, order, 0), ops.gather(dec, order, 0)


def make():
    np.random.seed(4)
    flux = np.random.exponential(8.0, 25).astype(np.float32)
    ra = np.random.uniform(150.0, 150.5, 25).astype(np.float32)
    dec = np.random.uniform(2.0, 2.5, 25).astype(np.float32)
    return BrightestSources(), (Tensor(flux), Tensor(ra), Tensor(dec))
