# case: list the five worst-tuned pipes of a rank with topk using a constant k from config, and count how many exceed tolerance -> constant k, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstPipeFinder(nn.Cell):
    def __init__(self, tolerance_cents=3.0, n_report=5):
        super().__init__()
        self.tol = tolerance_cents
        self.n_report = n_report

    def construct(self, deviation_cents):
        err = ops.abs(deviation_cents)
        n_bad = (err > self.tol).astype(ms.int32).sum()
        worst_err, worst_idx = ops.topk(err, self.n_report)
        return worst_err, worst_idx, n_bad


def make():
    np.random.seed(333)
    dev = (4.0 * np.random.randn(49)).astype(np.float32)
    return WorstPipeFinder(), (Tensor(dev),)
