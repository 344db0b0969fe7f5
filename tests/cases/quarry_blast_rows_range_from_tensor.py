# case: generate delay times for each blast row where the number of rows comes from int(tensor), stacking a list grown in the loop -> loop count from data, list grown in loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayTimingPlanner(nn.Cell):
    def __init__(self, inter_row_ms=42.0, holes_per_row=6):
        super().__init__()
        self.inter_row = inter_row_ms
        self.holes_per_row = holes_per_row
        self.in_row = Tensor(np.arange(holes_per_row, dtype=np.float32) * 17.0)

    def construct(self, n_rows, row_burden):
        delays = []
        for r in range(int(n_rows)):
            base = r * self.inter_row * (row_burden[r] / 3.0)
            delays.append(self.in_row + base)
        timing = ops.stack(delays)
        return timing


def make():
    np.random.seed(181)
    n_rows = Tensor(np.int32(4))
    burden = Tensor(np.random.uniform(2.8, 3.6, 8).astype(np.float32))
    return DelayTimingPlanner(), (n_rows, burden)
