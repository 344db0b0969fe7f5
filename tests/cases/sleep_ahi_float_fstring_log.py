# case: apnea-hypopnea index converted with float() and logged via an f-string print inside construct -> error (host conversion of tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AHIMonitor(nn.Cell):
    def __init__(self, hours=7.5, verbose=True):
        super().__init__()
        self.hours = hours
        self.verbose = verbose

    def construct(self, apnea_flags, hypopnea_flags):
        n_events = apnea_flags.sum() + hypopnea_flags.sum()
        ahi = float(n_events) / self.hours
        if self.verbose:
            print(f"AHI = {ahi:.1f} events/h")
        return Tensor(ahi, ms.float32)


def make():
    np.random.seed(12)
    apnea = (np.random.rand(50) > 0.8).astype(np.float32)
    hypo = (np.random.rand(50) > 0.7).astype(np.float32)
    return AHIMonitor(), (Tensor(apnea), Tensor(hypo))
