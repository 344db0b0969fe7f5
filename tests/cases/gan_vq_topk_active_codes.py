# case: VQ codebook diagnostic that returns the top-k most used codes where k is the number of codes used at least once -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CodebookMonitor(nn.Cell):
    def __init__(self, num_codes=10, dim=4, report_top=True):
        super().__init__()
        w = np.random.RandomState(4).randn(num_codes, dim).astype(np.float32)
        self.codebook = Parameter(Tensor(w), name="codebook")
        self.num_codes = num_codes
        self.report_top = report_top

    def quantize(self, flat):
        d = ops.cdist(flat, self.codebook)
        idx = ops.argmin(d, axis=1)
        return idx, ops.gather(self.codebook, idx, 0)

    def histogram(self, idx):
        oh = ops.one_hot(idx, self.num_codes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return oh.sum(axis=0)

    def construct(self, flat):
        idx, q = self.quantize(flat)
        hist = self.histogram(idx)
        if self.report_top:
            k = (hist > 0).astype(ms.int32).sum()
            top_counts, top_ids = ops.topk(hist, k)
            return q, top_ids, top_counts
        return q, idx, hist


def make():
    np.random.seed(0)
    flat = Tensor(np.random.randn(12, 4).astype(np.float32))
    return CodebookMonitor(), (flat,)
