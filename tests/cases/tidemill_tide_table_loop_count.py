# case: sum high-water heights from a padded tide table by looping over the number of valid entries read from the table's length field -> loop count from a tensor value, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TideTableSummary(nn.Cell):
    """Tide table rows: (hour_of_day, height_m), padded to a fixed max length."""

    def __init__(self, chart_datum=0.0):
        super().__init__()
        self.chart_datum = chart_datum

    def construct(self, table, n_valid):
        total = Tensor(0.0, ms.float32)
        highest = Tensor(-10.0, ms.float32)
        for i in range(int(n_valid)):
            h = table[i, 1] - self.chart_datum
            total = total + h
            highest = ops.maximum(highest, h)
        return total / n_valid.astype(ms.float32), highest


def make():
    np.random.seed(3301)
    rows = 8
    table = np.zeros((rows, 2), np.float32)
    n = 5
    table[:n, 0] = np.sort(np.random.uniform(0, 24, n))
    table[:n, 1] = np.random.uniform(3.5, 5.5, n)
    return TideTableSummary(), (Tensor(table), Tensor(n, ms.int32))
