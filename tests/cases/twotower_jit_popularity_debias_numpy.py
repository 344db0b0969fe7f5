# case: @ms.jit scoring function subtracts a popularity penalty computed with np.log1p on item_counts.asnumpy() -> NumPy on tensor data inside jit, error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def debiased_scores(user_vec, item_table, item_counts, beta=0.3):
    raw = ops.matmul(item_table, user_vec)
    penalty = Tensor(beta * np.log1p(item_counts.asnumpy()), ms.float32)
    return raw - penalty


def make():
    np.random.seed(39)
    user = Tensor(np.random.randn(8).astype(np.float32))
    norms = np.linalg.norm(np.random.randn(15, 8), axis=1, keepdims=True)
    table = Tensor((np.random.randn(15, 8) / norms).astype(np.float32))
    counts = Tensor(np.random.randint(0, 1000, size=15).astype(np.float32))
    return debiased_scores, (user, table, counts)
