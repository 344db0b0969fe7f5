# case: loops over wafer rows, appends rows whose defect density exceeds a limit to a Python list and stacks them -> list length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FailingRowCollector(nn.Cell):
    def __init__(self, density_limit=0.2):
        super().__init__()
        self.density_limit = density_limit

    def row_density(self, row):
        return row.astype(ms.float32).mean()

    def construct(self, defect_map):
        bad_rows = []
        for i in range(defect_map.shape[0]):
            row = defect_map[i]
            if self.row_density(row) > self.density_limit:
                bad_rows.append(row.astype(ms.float32))
        if len(bad_rows) == 0:
            return ops.zeros((1, defect_map.shape[1]), ms.float32)
        return ops.stack(bad_rows)


def make():
    np.random.seed(9)
    m = (np.random.rand(8, 10) > 0.75).astype(np.int32)
    return FailingRowCollector(), (Tensor(m),)
