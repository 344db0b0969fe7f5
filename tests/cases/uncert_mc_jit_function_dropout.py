# case: ms.jit function applies a fixed weight matrix with functional dropout a constant number of times and returns predictive mean and std -> constant Python loop in jit, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

N_SAMPLES = 4


@ms.jit
def mc_predict(x, w, b):
    outs = []
    for _ in range(N_SAMPLES):
        h = ops.dropout(x, p=0.2, training=True)
        outs.append(ops.matmul(h, w) + b)
    stacked = ops.stack(outs, axis=0)
    mean = stacked.mean(axis=0)
    std = ops.sqrt(stacked.var(axis=0) + 1e-6)
    return mean, std


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    w = Tensor(np.random.randn(6, 2).astype(np.float32) * 0.3)
    b = Tensor(np.zeros(2, np.float32))
    return mc_predict, (x, w, b)
