# case: summarise a padded tide table by building a validity mask from the length field with a comparison against an arange -> fixed padded shape, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TideTablePadded(nn.Cell):
    """Tide table rows: (hour_of_day, height_m), padded to a fixed max length."""

    def __init__(self, max_rows=8, chart_datum=0.0):
        super().__init__()
        self.row_ids = Tensor(np.arange(max_rows, dtype=np.int32))
        self.chart_datum = chart_datum

    def construct(self, table, n_valid):
        valid = (self.row_ids < n_valid).astype(ms.float32)
        h = table[:, 1] - self.chart_datum
        mean_hw = (h * valid).sum() / valid.sum()
        highest = ops.where(valid > 0, h, ops.full_like(h, -10.0)).max()
        return mean_hw, highest


def make():
    np.random.seed(3302)
    rows = 8
    table = np.zeros((rows, 2), np.float32)
    n = 5
    table[:n, 0] = np.sort(np.random.uniform(0, 24, n))
    table[:n, 1] = np.random.uniform(3.5, 5.5, n)
    return TideTablePadded(), (Tensor(table), Tensor(n, ms.int32))
