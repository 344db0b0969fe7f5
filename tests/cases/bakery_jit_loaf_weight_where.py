# case: @ms.jit function averaging loaf weights of QC-passed loaves using ops.where with three arguments and fixed-size gather of reference slots -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

REFERENCE_SLOTS = Tensor(np.array([0, 10, 20, 30, 40], np.int32))


@ms.jit
def passed_loaf_stats(weights_g, qc_pass):
    passed = ops.where(qc_pass, weights_g, ops.zeros_like(weights_g))
    n = qc_pass.astype(ms.float32).sum()
    mean = passed.sum() / ops.maximum(n, 1.0)
    ref = ops.gather(weights_g, REFERENCE_SLOTS, 0)
    return mean, ref - mean


def make():
    np.random.seed(40)
    w = (800 + np.random.randn(50) * 15).astype(np.float32)
    qc = np.random.rand(50) > 0.2
    return passed_loaf_stats, (Tensor(w), Tensor(qc))
