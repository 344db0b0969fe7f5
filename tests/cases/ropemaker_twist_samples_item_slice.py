# case: trim the strand twist-per-metre log to the number of valid readings reported by the twist gauge -> slice length from tensor value, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def tpm_from_turns(turns, gauge_length_m=0.5):
    return turns / gauge_length_m


class TwistDeviation(nn.Cell):
    def __init__(self, nominal_tpm=120.0):
        super().__init__()
        self.nominal_tpm = nominal_tpm

    def construct(self, turns, n_valid):
        tpm = tpm_from_turns(turns)
        k = int(n_valid.item())
        valid = tpm[:k]
        dev = ops.abs(valid - self.nominal_tpm) / self.nominal_tpm
        return dev.mean(), dev.max()


def make():
    np.random.seed(11)
    turns = Tensor(np.random.normal(60.0, 2.0, size=(64,)).astype(np.float32))
    n_valid = Tensor(np.array([48], dtype=np.int32))
    return TwistDeviation(), (turns, n_valid)
