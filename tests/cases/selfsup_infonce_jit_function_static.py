# case: functional InfoNCE written as an @ms.jit function with temperature and label shift derived from shapes -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _l2_normalize(x, eps=1e-8):
    return x / ops.sqrt((x * x).sum(axis=-1, keepdims=True) + eps)


@ms.jit
def info_nce(query, positive_key, negative_keys, temperature=0.1):
    query = _l2_normalize(query)
    positive_key = _l2_normalize(positive_key)
    negative_keys = _l2_normalize(negative_keys)
    positive_logit = (query * positive_key).sum(axis=1, keepdims=True)
    negative_logits = ops.matmul(query, negative_keys.swapaxes(-2, -1))
    logits = ops.concat((positive_logit, negative_logits), axis=1)
    labels = ops.zeros(logits.shape[0], ms.int32)
    return ops.cross_entropy(logits / temperature, labels)


def make():
    np.random.seed(30)
    q = Tensor(np.random.randn(5, 16).astype(np.float32))
    p = Tensor(np.random.randn(5, 16).astype(np.float32))
    n = Tensor(np.random.randn(12, 16).astype(np.float32))
    return info_nce, (q, p, n)
