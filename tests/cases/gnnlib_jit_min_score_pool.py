# case: @ms.jit SAG-style pooling function that keeps nodes whose score exceeds min_score via boolean-mask indexing of x -> dynamic node count
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_SCORE = 0.5


def score_nodes(x, weight):
    return ops.sigmoid(ops.matmul(x, weight).squeeze(-1))


@ms.jit
def min_score_pool(x, weight, batch):
    score = score_nodes(x, weight)
    keep = score > MIN_SCORE
    x_out = x[keep] * score[keep].expand_dims(-1)
    batch_out = batch[keep]
    return x_out, batch_out


def make():
    np.random.seed(3461)
    n = 16
    x = Tensor(np.random.randn(n, 8).astype(np.float32))
    w = Tensor(np.random.randn(8, 1).astype(np.float32))
    batch = Tensor(np.repeat(np.arange(2), 8).astype(np.int32))
    return min_score_pool, (x, w, batch)
