# case: normalises numeric cell values and guards the division by the column range with try/except ZeroDivisionError inside construct -> try statement unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnNormalizer(nn.Cell):
    def __init__(self, fallback=0.0):
        super().__init__()
        self.fallback = fallback

    def col_range(self, values):
        return values.max(axis=0) - values.min(axis=0)

    def construct(self, values):
        # values: (rows, cols) parsed numeric cells
        lo = values.min(axis=0)
        rng = self.col_range(values)
        try:
            normed = (values - lo) / rng
        except ZeroDivisionError:
            normed = ops.zeros_like(values) + self.fallback
        return normed


def make():
    np.random.seed(27)
    vals = Tensor((np.random.rand(6, 4) * 50).astype(np.float32))
    return ColumnNormalizer(), (vals,)
