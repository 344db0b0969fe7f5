# case: mastering session collects loudness stats into a plain Python report object created inside construct and returns its fields -> plain class instantiated in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MasterReport:
    def __init__(self, peak, rms):
        self.peak = peak
        self.rms = rms

    def crest(self):
        return self.peak / (self.rms + 1e-6)


class LoudnessMeter(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, program):
        peak = ops.abs(program).max()
        rms = ops.sqrt((program * program).mean())
        report = MasterReport(peak, rms)
        return report.crest(), report.peak


def make():
    np.random.seed(51)
    x = (np.random.randn(4096) * 0.3).astype(np.float32)
    return LoudnessMeter(), (Tensor(x),)
