# case: jit function that builds overlapping document windows with a generator expression fed to ops.stack -> generator in a graph function, may be unsupported in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WINDOW = 6
STRIDE = 3


@ms.jit
def overlapping_window_means(emb):
    seq_len = emb.shape[0]
    starts = range(0, seq_len - WINDOW + 1, STRIDE)
    windows = ops.stack(tuple(emb[s:s + WINDOW].mean(axis=0) for s in starts), axis=0)
    return windows


def make():
    np.random.seed(30)
    emb = Tensor(np.random.randn(18, 8).astype(np.float32))
    return overlapping_window_means, (emb,)
