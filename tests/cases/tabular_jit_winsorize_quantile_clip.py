# case: @ms.jit winsorisation clips each column at empirical quantiles taken from sorted values at indices computed from x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _quantile_index(n_rows, q):
    return min(n_rows - 1, max(0, int(round(q * (n_rows - 1)))))


@ms.jit
def winsorize(x, lower_q=0.1, upper_q=0.9):
    n_rows = x.shape[0]
    sorted_x, _ = ops.sort(x, axis=0)
    lo = sorted_x[_quantile_index(n_rows, lower_q)]
    hi = sorted_x[_quantile_index(n_rows, upper_q)]
    clipped = ops.minimum(ops.maximum(x, lo), hi)
    span = ops.maximum(hi - lo, 1e-6)
    return (clipped - lo) / span


def make():
    np.random.seed(44)
    x = np.random.standard_cauchy((11, 3)).astype(np.float32)
    return winsorize, (Tensor(x),)
