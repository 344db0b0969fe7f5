# case: average peak ground amplitudes only over stations flagged as healthy, using boolean-mask indexing -> boolean-mask indexing yields a dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NetworkAmplitude(nn.Cell):
    def __init__(self, min_snr=3.0):
        super().__init__()
        self.min_snr = min_snr

    def construct(self, pga, snr, station_ok):
        # pga, snr: (n_stations,), station_ok: bool (n_stations,)
        usable = ops.logical_and(station_ok, snr > self.min_snr)
        good_pga = pga[usable]
        log_pga = ops.log(good_pga + 1e-6)
        return log_pga.mean(), good_pga.shape[0]


def make():
    np.random.seed(2)
    n_sta = 12
    pga = np.abs(np.random.randn(n_sta)).astype(np.float32)
    snr = (np.random.rand(n_sta) * 8).astype(np.float32)
    ok = np.random.rand(n_sta) > 0.2
    return NetworkAmplitude(), (Tensor(pga), Tensor(snr), Tensor(ok))
