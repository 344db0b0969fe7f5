# case: drop the warm-up half of the twist gauge log using the log's own shape -> shape-derived slice, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def tpm_from_turns(turns, gauge_length_m=0.5):
    return turns / gauge_length_m


class TwistSteadyState(nn.Cell):
    def __init__(self, nominal_tpm=120.0, warmup_fraction=0.25):
        super().__init__()
        self.nominal_tpm = nominal_tpm
        self.warmup_fraction = warmup_fraction

    def construct(self, turns):
        tpm = tpm_from_turns(turns)
        n = tpm.shape[0]
        start = int(n * self.warmup_fraction)
        steady = tpm[start:]
        dev = ops.abs(steady - self.nominal_tpm) / self.nominal_tpm
        return dev.mean(), dev.max()


def make():
    np.random.seed(12)
    turns = Tensor(np.random.normal(60.0, 2.0, size=(64,)).astype(np.float32))
    return TwistSteadyState(), (turns,)
