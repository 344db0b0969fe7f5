# case: computes mean membrane potential of firing neurons with a float mask (sum of masked values / count) instead of boolean indexing -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FiringStats(nn.Cell):
    def __init__(self, v_th=0.6):
        super().__init__()
        self.v_th = v_th

    def construct(self, v):
        mask = (v > self.v_th).astype(ms.float32)
        n_fired = mask.sum()
        mean_over = ((v - self.v_th) * mask).sum() / ops.maximum(n_fired, 1.0)
        silent_frac = 1.0 - n_fired / v.size
        return mean_over, n_fired, silent_frac


def make():
    np.random.seed(51)
    v = Tensor(np.random.rand(4, 6).astype(np.float32))
    return FiringStats(), (v,)
