# case: string health report converts current ratios with .tolist() and builds a Python list of status codes in a loop -> host round trip of tensor data in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StringHealthReport(nn.Cell):
    def __init__(self, warn=0.85, fail=0.5):
        super().__init__()
        self.warn = warn
        self.fail = fail

    def status_code(self, r):
        if r < self.fail:
            return 2
        if r < self.warn:
            return 1
        return 0

    def construct(self, currents):
        ratios = currents / currents.max()
        codes = []
        for r in ratios.tolist():
            codes.append(self.status_code(r))
        return Tensor(codes, ms.int32), ratios


def make():
    np.random.seed(23)
    cur = np.random.normal(8.0, 0.2, size=(10,)).astype(np.float32)
    cur[2] = 3.0
    cur[6] = 6.5
    return StringHealthReport(), (Tensor(cur),)
