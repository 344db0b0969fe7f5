# case: list the worst-tuned pipes, with how many to list taken from the count of pipes beyond tolerance (k from tensor data) -> topk with data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstPipeFinder(nn.Cell):
    def __init__(self, tolerance_cents=3.0):
        super().__init__()
        self.tol = tolerance_cents

    def construct(self, deviation_cents):
        err = ops.abs(deviation_cents)
        n_bad = (err > self.tol).astype(ms.int32).sum()
        k = int(n_bad)
        worst_err, worst_idx = ops.topk(err, k)
        return worst_err, worst_idx


def make():
    np.random.seed(332)
    dev = (4.0 * np.random.randn(49)).astype(np.float32)
    return WorstPipeFinder(), (Tensor(dev),)
