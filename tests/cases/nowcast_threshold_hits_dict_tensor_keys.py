# case: tally exceedance counts per threshold in a dict keyed by the threshold tensors themselves -> dict with tensor keys in graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExceedanceTable(nn.Cell):
    def __init__(self):
        super().__init__()
        self.thresholds = Tensor(np.array([0.1, 1.0, 5.0, 10.0], np.float32))

    def construct(self, rain):
        table = {}
        for i in range(4):
            thr = self.thresholds[i]
            table[thr] = (rain >= thr).astype(ms.float32).sum()
        out = []
        for key in table:
            out.append(table[key])
        return ops.stack(out)


def make():
    np.random.seed(13)
    rain = Tensor(np.random.exponential(3.0, (10, 10)).astype(np.float32))
    return ExceedanceTable(), (rain,)
