# case: build a dict of per-zone humidity and temperature means keyed by constant zone names inside construct and return its values as a tuple -> constant-key dict, expected fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ZONES = ("washed_rind", "bloomy", "alpine")


class ZoneSummary(nn.Cell):
    def construct(self, rh, temp):
        summary = {}
        for i, name in enumerate(ZONES):
            summary[name] = ops.stack((rh[i].mean(), temp[i].mean()))
        return summary["washed_rind"], summary["bloomy"], summary["alpine"]


def make():
    np.random.seed(3224)
    rh = (88 + 6 * np.random.rand(3, 48)).astype(np.float32)
    temp = (10 + 3 * np.random.rand(3, 48)).astype(np.float32)
    return ZoneSummary(), (Tensor(rh), Tensor(temp))
