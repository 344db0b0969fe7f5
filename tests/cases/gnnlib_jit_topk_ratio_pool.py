# case: @ms.jit top-k pooling function keeping ceil(ratio * N) nodes where N comes from x.shape[0], gathering kept nodes -> static graph
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

POOL_RATIO = 0.5


def num_keep(num_nodes, ratio=POOL_RATIO):
    return max(int(math.ceil(ratio * num_nodes)), 1)


@ms.jit
def topk_pool(x, weight):
    n = x.shape[0]
    k = num_keep(n)
    score = ops.tanh(ops.matmul(x, weight).squeeze(-1) / ops.norm(weight))
    vals, perm = ops.topk(score, k)
    x_out = ops.gather(x, perm, 0) * vals.expand_dims(-1)
    return x_out, perm


def make():
    np.random.seed(3462)
    n = 15
    x = Tensor(np.random.randn(n, 8).astype(np.float32))
    w = Tensor(np.random.randn(8, 1).astype(np.float32))
    return topk_pool, (x, w)
