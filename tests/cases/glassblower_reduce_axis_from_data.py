# case: sum furnace heat-input tables along the axis given by a mode tensor (0 = per burner, 1 = per hour) -> reduce axis taken from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeatInputSummary(nn.Cell):
    def __init__(self, btu_per_unit=3412.0):
        super().__init__()
        self.btu = btu_per_unit

    def construct(self, table_kwh, mode):
        axis = int(mode)
        total = table_kwh.sum(axis=axis)
        return total * self.btu


def make():
    np.random.seed(161)
    table = np.random.uniform(2.0, 8.0, size=(4, 6)).astype(np.float32)
    return HeatInputSummary(), (Tensor(table), Tensor(np.array(1, np.int32)))
