# case: @ms.jit helper flattens feature tokens and adds column-position encodings built with ops.arange(tokens.shape[1]) and a Python-int reshape -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

D_TOKEN = 6


def _position_table(n_cols, d):
    pos = ops.arange(n_cols).astype(ms.float32)[:, None]
    freq = ops.exp(ops.arange(0, d, 2).astype(ms.float32) * (-np.log(100.0) / d))
    ang = pos * freq[None, :]
    return ops.cat([ops.sin(ang), ops.cos(ang)], axis=-1)


@ms.jit
def flatten_with_positions(tokens, scale):
    b, n_cols, d = tokens.shape
    pe = _position_table(n_cols, d)
    tokens = tokens + scale * pe[None]
    return tokens.reshape(b, n_cols * d)


def make():
    np.random.seed(47)
    tokens = Tensor(np.random.randn(5, 7, D_TOKEN).astype(np.float32))
    scale = Tensor(np.float32(0.1))
    return flatten_with_positions, (tokens, scale)
