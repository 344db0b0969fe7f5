# case: classic STA/LTA via cumulative sums with window lengths from the constructor and an ops.select trigger function -> all shapes fixed by constructor ints, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassicStaLta(nn.Cell):
    def __init__(self, nsta=5, nlta=20, thr_on=2.0):
        super().__init__()
        self.nsta = nsta
        self.nlta = nlta
        self.thr_on = thr_on

    def moving_mean(self, cs, n):
        head = ops.zeros((n,), cs.dtype)
        shifted = ops.concat((head, cs[:-n]))
        return (cs - shifted) / n

    def construct(self, trace):
        cf = trace * trace
        cs = ops.cumsum(cf, axis=0)
        sta = self.moving_mean(cs, self.nsta)
        lta = self.moving_mean(cs, self.nlta)
        ratio = sta / (lta + 1e-6)
        warm = ops.arange(trace.shape[0]) >= self.nlta
        ratio = ops.select(warm, ratio, ops.zeros_like(ratio))
        trig = (ratio > self.thr_on).astype(ms.float32)
        return ratio, trig


def make():
    np.random.seed(30)
    tr = (0.2 * np.random.randn(100)).astype(np.float32)
    tr[60:70] += 2.0
    return ClassicStaLta(), (Tensor(tr),)
