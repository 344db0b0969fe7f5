# case: compute the peak soaring altitude band by pulling the altimeter trace to NumPy (.asnumpy + np.percentile) inside construct -> NumPy on tensor in construct, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoaringBand(nn.Cell):
    def __init__(self, low_pct=25, high_pct=90):
        super().__init__()
        self.low_pct = low_pct
        self.high_pct = high_pct

    def construct(self, altitude_m):
        alt_np = altitude_m.asnumpy()
        lo = np.percentile(alt_np, self.low_pct)
        hi = np.percentile(alt_np, self.high_pct)
        band = Tensor(np.array([lo, hi], dtype=np.float32))
        return band, altitude_m.max() - altitude_m.min()


def make():
    np.random.seed(3186)
    alt = np.abs(np.cumsum(np.random.randn(120) * 4)).astype(np.float32) + 30
    return SoaringBand(), (Tensor(alt),)
