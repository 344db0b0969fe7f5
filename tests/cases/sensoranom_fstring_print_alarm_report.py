# case: print an f-string report with the max error and alarm count during scoring -> print of tensor data in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReportingDetector(nn.Cell):
    def __init__(self, threshold=0.8, verbose=True):
        super().__init__()
        self.threshold = threshold
        self.verbose = verbose

    def construct(self, err):
        alarms = (err > self.threshold).astype(ms.int32)
        n_alarms = alarms.sum()
        if self.verbose:
            print(f"max err {err.max()} alarms {n_alarms}")
        return alarms


def make():
    np.random.seed(9)
    err = Tensor(np.abs(np.random.randn(3, 16)).astype(np.float32))
    return ReportingDetector(), (err,)
