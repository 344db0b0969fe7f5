# case: codes computed inline over a .tolist() loop, made a Tensor and returned
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def status_of(r, fail, warn):
    if r < fail:
        return 2
    if r < warn:
        return 1
    return 0


class StringHealth(nn.Cell):
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

    def construct(self, currents, ids):
        ratios = currents / currents.max()
        codes = []
        for r in ratios.tolist():
            codes.append(2 if r < self.fail else 0)
        out = Tensor(codes, ms.int32)
        return out, ratios


def make():
    np.random.seed(23)
    cur = np.random.normal(8.0, 0.2, size=(10,)).astype(np.float32)
    cur[2] = 3.0
    return StringHealth(), (Tensor(cur), Tensor(np.arange(10).astype(np.int32)))
