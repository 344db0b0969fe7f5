# case: @ms.jit cosine scorer scales by 1/sqrt(dim) using math.sqrt on the static embedding width -> Python builtin on a shape only, expected static
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

DEFAULT_EPS = 1e-6


def _normalize(x, eps=DEFAULT_EPS):
    return x / ops.sqrt((x * x).sum(axis=-1, keepdims=True) + eps)


@ms.jit
def scaled_cosine_scores(query, docs):
    dim = query.shape[-1]
    q = _normalize(query)
    d = _normalize(docs)
    scale = math.sqrt(dim)
    scores = ops.matmul(q, d.T) * scale
    return scores - scores.max(axis=-1, keepdims=True)


def make():
    np.random.seed(27)
    q = Tensor(np.random.randn(3, 16).astype(np.float32))
    d = Tensor(np.random.randn(7, 16).astype(np.float32))
    return scaled_cosine_scores, (q, d)
