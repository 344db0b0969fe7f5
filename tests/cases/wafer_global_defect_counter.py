# case: accumulates a module-level global count of defective wafers from tensor data inside construct -> global state mutation in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFECTIVE_WAFERS = 0


class WaferGate(nn.Cell):
    def __init__(self, max_defects=12):
        super().__init__()
        self.max_defects = max_defects

    def construct(self, wafer_maps):
        global DEFECTIVE_WAFERS
        per_wafer = (wafer_maps > 0).astype(ms.int32).sum(axis=(1, 2))
        rejected = (per_wafer > self.max_defects).astype(ms.int32).sum()
        DEFECTIVE_WAFERS = DEFECTIVE_WAFERS + rejected
        return per_wafer, DEFECTIVE_WAFERS


def make():
    np.random.seed(13)
    maps = (np.random.rand(5, 10, 10) > 0.85).astype(np.int32)
    return WaferGate(), (Tensor(maps),)
