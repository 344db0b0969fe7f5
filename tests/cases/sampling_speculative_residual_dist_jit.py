# case: jit function builds the speculative-decoding residual distribution max(p_target - p_draft, 0) renormalised per position -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _normalize(x, eps=1e-8):
    return x / (x.sum(axis=-1, keepdims=True) + eps)


@ms.jit
def residual_distribution(p_target, p_draft):
    residual = ops.relu(p_target - p_draft)
    residual = _normalize(residual)
    fallback = ops.sum(residual, dim=-1, keepdim=True) < 0.5
    return ops.where(fallback, p_target, residual)


def make():
    np.random.seed(20)
    pt = np.random.dirichlet(np.ones(10), size=4).astype(np.float32)
    pd = np.random.dirichlet(np.ones(10), size=4).astype(np.float32)
    return residual_distribution, (Tensor(pt), Tensor(pd))
