# case: compute link SNR in dB, convert it with float() and choose the modulation order by Python comparisons -> error (float of tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinkAdaptation(nn.Cell):
    def __init__(self, thresholds=(5.0, 12.0, 20.0)):
        super().__init__()
        self.thresholds = thresholds

    def snr_db(self, h_re, h_im, noise_var):
        gain = (h_re * h_re + h_im * h_im).mean()
        return 10.0 * ops.log(gain / noise_var) / np.log(10.0)

    def construct(self, h_re, h_im, noise_var):
        snr = float(self.snr_db(h_re, h_im, noise_var))
        bits = 1
        for t in self.thresholds:
            if snr > t:
                bits = bits * 2
        return Tensor(bits, ms.int32), snr


def make():
    np.random.seed(31)
    re = Tensor(np.random.randn(4, 16).astype(np.float32))
    im = Tensor(np.random.randn(4, 16).astype(np.float32))
    return LinkAdaptation(), (re, im, Tensor(0.05, ms.float32))
