# case: converts linear SNR to dB inside a try/except that falls back to a floor value on error -> try/except in construct is not supported by the static graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SnrToDb(nn.Cell):
    def __init__(self, floor_db=-10.0):
        super().__init__()
        self.floor_db = floor_db

    def construct(self, snr_lin):
        try:
            snr_db = 10.0 * ops.log10(snr_lin)
        except ValueError:
            snr_db = ops.full_like(snr_lin, self.floor_db)
        return ops.maximum(snr_db, self.floor_db)


def make():
    np.random.seed(13)
    snr = Tensor(np.random.uniform(0.05, 50.0, size=(3, 5)).astype(np.float32))
    return SnrToDb(), (snr,)
