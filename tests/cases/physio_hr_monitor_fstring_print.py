# case: heart-rate monitor Cell prints an f-string with the computed heart-rate tensor inside construct for logging -> may compile (print is supported) or error on f-string formatting of a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HRMonitor(nn.Cell):
    def __init__(self, fs=128.0, verbose=True):
        super().__init__()
        self.fs = fs
        self.verbose = verbose

    def construct(self, rr_samples):
        rr_sec = rr_samples.astype(ms.float32) / self.fs
        hr = 60.0 / rr_sec.mean()
        tachy = hr > 100.0
        if self.verbose:
            print(f"mean HR = {hr} bpm, tachycardia: {tachy}")
        return hr, tachy


def make():
    np.random.seed(12)
    rr = np.random.randint(90, 120, size=12).astype(np.int32)
    return HRMonitor(), (Tensor(rr),)
