# case: calibration loop tracks seen batches and running max in module-level globals updated inside construct -> error or constant-folded global in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CALIB_STATE = {"batches": 0, "amax": 0.0}


class GlobalCalibObserver(nn.Cell):
    def __init__(self, bits=8):
        super().__init__()
        self.qmax = 2 ** (bits - 1) - 1

    def construct(self, x):
        global CALIB_STATE
        CALIB_STATE["batches"] += 1
        amax = ops.amax(ops.abs(x))
        CALIB_STATE["amax"] = ops.maximum(amax, CALIB_STATE["amax"])
        scale = CALIB_STATE["amax"] / self.qmax
        return ops.round(x / scale) * scale


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(3, 5).astype(np.float32))
    return GlobalCalibObserver(), (x,)
