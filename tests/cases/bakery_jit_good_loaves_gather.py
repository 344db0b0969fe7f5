# case: @ms.jit function gathering weights of the first n good loaves, n counted from the QC pass flags (int of a tensor sum) -> gather index length from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def good_loaf_weights(weights_g, qc_pass):
    order = ops.argsort(-qc_pass.astype(ms.float32))
    n_good = int(qc_pass.astype(ms.int32).sum())
    idx = order[:n_good]
    good = ops.gather(weights_g, idx, 0)
    return good.mean(), good.std()


def make():
    np.random.seed(39)
    w = (800 + np.random.randn(50) * 15).astype(np.float32)
    qc = np.random.rand(50) > 0.2
    return good_loaf_weights, (Tensor(w), Tensor(qc))
