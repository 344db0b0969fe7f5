# case: @ms.jit noisy top-k gating function (Shazeer-style) with a Python-int k default, an isinstance guard on the optional noise argument and a softplus noise scale -> constants only, static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOP_K = 2
NUM_EXPERTS = 6


def _keep_topk(logits, k):
    top_vals, top_idx = ops.topk(logits, k)
    kth = top_vals[:, k - 1:k]
    return ops.where(logits >= kth, logits, ops.full_like(logits, -1e9)), top_idx


@ms.jit
def noisy_topk_gating(x, w_gate, w_noise, noise=None, k=TOP_K):
    clean_logits = ops.matmul(x, w_gate)
    if isinstance(noise, Tensor):
        noise_std = ops.softplus(ops.matmul(x, w_noise)) + 1e-2
        logits = clean_logits + noise * noise_std
    else:
        logits = clean_logits
    masked, top_idx = _keep_topk(logits, k)
    gates = ops.softmax(masked, axis=-1)
    importance = gates.sum(axis=0)
    cv_sq = importance.var() / (importance.mean() ** 2 + 1e-10)
    return gates, top_idx, cv_sq


def make():
    np.random.seed(45)
    x = Tensor(np.random.randn(10, 32).astype(np.float32))
    w_gate = Tensor(np.random.randn(32, NUM_EXPERTS).astype(np.float32) * 0.1)
    w_noise = Tensor(np.random.randn(32, NUM_EXPERTS).astype(np.float32) * 0.1)
    noise = Tensor(np.random.randn(10, NUM_EXPERTS).astype(np.float32))
    return noisy_topk_gating, (x, w_gate, w_noise, noise)
