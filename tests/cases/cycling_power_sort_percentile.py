# case: 95th percentile of power via ops.sort and a Python-int index computed from the tensor shape -> sort plus static index, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortedPercentiles(nn.Cell):
    def __init__(self, qs=(0.5, 0.75, 0.95), ftp=250.0):
        super().__init__()
        self.qs = qs
        self.ftp = ftp

    def construct(self, watts):
        sorted_w, _ = ops.sort(watts)
        n = watts.shape[0]
        out = []
        for q in self.qs:
            idx = int(q * (n - 1))
            out.append(sorted_w[idx] / self.ftp)
        return ops.stack(out)


def make():
    np.random.seed(132)
    watts = np.clip(np.random.normal(205, 65, 900), 0, 1000).astype(np.float32)
    return SortedPercentiles(), (Tensor(watts),)
