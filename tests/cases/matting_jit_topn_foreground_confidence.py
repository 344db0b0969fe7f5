# case: jit function sorts alpha values and averages the top n where n counts confident foreground pixels -> slice with tensor-valued bound
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def foreground_confidence(alpha, thr):
    flat = alpha.reshape(-1)
    sorted_vals, _ = ops.sort(flat, descending=True)
    n = (flat > thr).astype(ms.int32).sum()
    top = sorted_vals[:n]
    return top.mean()


def make():
    np.random.seed(20)
    alpha = np.random.rand(10, 10).astype(np.float32)
    alpha[0, :] = 0.99
    return foreground_confidence, (Tensor(alpha), Tensor(0.9, ms.float32))
