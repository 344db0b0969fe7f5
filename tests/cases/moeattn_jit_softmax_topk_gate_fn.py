# case: @ms.jit top-k softmax gating function with temperature and jitter keyword defaults, building dense gates with tensor_scatter_elements -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _renorm(weights, eps):
    return weights / (weights.sum(axis=-1, keepdims=True) + eps)


@ms.jit
def topk_softmax_gate(logits, k=2, temperature=1.0, eps=1e-9):
    logits = logits / temperature
    top_logits, top_idx = ops.topk(logits, k)
    top_w = _renorm(ops.softmax(top_logits, axis=-1), eps)
    dense = ops.tensor_scatter_elements(ops.zeros_like(logits), top_idx, top_w, axis=1)
    tokens_per_expert = (dense > 0).astype(ms.float32).sum(axis=0)
    return dense, top_idx, tokens_per_expert


def make():
    np.random.seed(36)
    logits = Tensor(np.random.randn(7, 5).astype(np.float32))
    return topk_softmax_gate, (logits,)
