# case: module-level scaled_dot_product_attention function under @ms.jit with an optional boolean attention mask applied by ops.masked_fill and an is_causal flag defaulting to False -> masked_fill keeps shapes and the None/flag checks are constants, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MASK_VALUE = -1e9


def _causal_bool_mask(q_len, k_len):
    return ops.tril(ops.ones((q_len, k_len), ms.int32)).astype(ms.bool_)


@ms.jit
def scaled_dot_product_attention(query, key, value, attn_mask=None, is_causal=False, scale=None):
    scale = scale if scale is not None else 1.0 / (query.shape[-1] ** 0.5)
    scores = ops.matmul(query, key.swapaxes(-1, -2)) * scale
    if is_causal:
        scores = ops.masked_fill(scores, ops.logical_not(_causal_bool_mask(query.shape[-2], key.shape[-2])), MASK_VALUE)
    if attn_mask is not None:
        if attn_mask.dtype == ms.bool_:
            scores = ops.masked_fill(scores, ops.logical_not(attn_mask), MASK_VALUE)
        else:
            scores = scores + attn_mask
    return ops.matmul(ops.softmax(scores, axis=-1), value)


def make():
    np.random.seed(68)
    q = Tensor(np.random.randn(2, 2, 4, 8).astype(np.float32))
    k = Tensor(np.random.randn(2, 2, 6, 8).astype(np.float32))
    v = Tensor(np.random.randn(2, 2, 6, 8).astype(np.float32))
    m = np.ones((2, 1, 1, 6), dtype=bool)
    m[1, ..., 4:] = False
    return scaled_dot_product_attention, (q, k, v, Tensor(m))
