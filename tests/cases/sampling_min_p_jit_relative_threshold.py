# case: jit function for min-p sampling masks tokens whose probability is below min_p times the max probability and renormalises -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_P = 0.1


@ms.jit
def min_p_filter(logits, gumbel):
    probs = ops.softmax(logits, axis=-1)
    top_prob = probs.max(axis=-1, keepdims=True)
    keep = probs >= MIN_P * top_prob
    filtered = probs * keep.astype(probs.dtype)
    filtered = filtered / filtered.sum(axis=-1, keepdims=True)
    token = ops.argmax(ops.log(filtered + 1e-10) + gumbel, dim=-1)
    return token, filtered


def make():
    np.random.seed(38)
    logits = Tensor(np.random.randn(2, 15).astype(np.float32) * 2)
    g = Tensor(np.random.gumbel(size=(2, 15)).astype(np.float32))
    return min_p_filter, (logits, g)
