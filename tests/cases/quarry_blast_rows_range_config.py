# case: generate delay times for each blast row over range(config n_rows), stacking a fixed-length list -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayTimingPlanner(nn.Cell):
    def __init__(self, n_rows=4, inter_row_ms=42.0, holes_per_row=6):
        super().__init__()
        self.n_rows = n_rows
        self.inter_row = inter_row_ms
        self.in_row = Tensor(np.arange(holes_per_row, dtype=np.float32) * 17.0)

    def construct(self, row_burden):
        delays = []
        for r in range(self.n_rows):
            base = r * self.inter_row * (row_burden[r] / 3.0)
            delays.append(self.in_row + base)
        timing = ops.stack(delays)
        return timing


def make():
    np.random.seed(182)
    burden = Tensor(np.random.uniform(2.8, 3.6, 8).astype(np.float32))
    return DelayTimingPlanner(), (burden,)
