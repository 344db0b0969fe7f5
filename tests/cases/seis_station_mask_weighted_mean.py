# case: network-average log amplitude where bad stations are removed by multiplying a float mask and dividing by the mask sum -> fixed-size mask arithmetic, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedNetworkMean(nn.Cell):
    def __init__(self, min_snr=3.0):
        super().__init__()
        self.min_snr = min_snr

    def construct(self, pga, snr, station_ok):
        usable = ops.logical_and(station_ok, snr > self.min_snr).astype(ms.float32)
        log_pga = ops.log(pga + 1e-6)
        n_used = usable.sum()
        mean = (log_pga * usable).sum() / ops.maximum(n_used, 1.0)
        resid = (log_pga - mean) * usable
        return mean, resid, n_used


def make():
    np.random.seed(31)
    n_sta = 12
    pga = np.abs(np.random.randn(n_sta)).astype(np.float32)
    snr = (np.random.rand(n_sta) * 8).astype(np.float32)
    ok = np.random.rand(n_sta) > 0.2
    return MaskedNetworkMean(), (Tensor(pga), Tensor(snr), Tensor(ok))
