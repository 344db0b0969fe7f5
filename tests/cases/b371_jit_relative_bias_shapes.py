# case: @ms.jit function computes a clipped relative-position bias table for music attention from the sequence length taken from x.shape and a module-level max distance -> shape-only values, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_REL_DIST = 8

def _relative_positions(length):
    pos = ops.arange(length)
    rel = pos.expand_dims(0) - pos.expand_dims(1)
    return ops.clamp(rel, -MAX_REL_DIST, MAX_REL_DIST) + MAX_REL_DIST

@ms.jit
def relative_bias_scores(q, k, bias_table):
    length = q.shape[-2]
    idx = _relative_positions(length)
    bias = ops.gather(bias_table, idx.reshape(-1), 0).reshape(length, length, -1).transpose(2, 0, 1)
    scores = ops.matmul(q, k.swapaxes(-1, -2)) / (q.shape[-1] ** 0.5)
    return ops.softmax(scores + bias.expand_dims(0), axis=-1)

def make():
    np.random.seed(3740)
    q = Tensor(np.random.randn(2, 4, 12, 8).astype(np.float32))
    k = Tensor(np.random.randn(2, 4, 12, 8).astype(np.float32))
    table = Tensor(np.random.randn(2 * MAX_REL_DIST + 1, 4).astype(np.float32) * 0.1)
    return relative_bias_scores, (q, k, table)
