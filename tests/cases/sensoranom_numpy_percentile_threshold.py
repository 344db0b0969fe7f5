# case: compute a 99th-percentile error threshold via asnumpy and np.percentile inside construct -> host round trip not supported in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileThreshold(nn.Cell):
    def __init__(self, q=99.0):
        super().__init__()
        self.q = q

    def construct(self, err):
        host = err.asnumpy()
        thr = np.percentile(host, self.q)
        thr_t = Tensor(thr, ms.float32)
        flags = (err > thr_t).astype(ms.float32)
        return flags, thr_t


def make():
    np.random.seed(7)
    err = Tensor(np.abs(np.random.randn(5, 20)).astype(np.float32))
    return PercentileThreshold(), (err,)
