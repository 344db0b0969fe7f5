# case: @ms.jit functional RMSNorm + rotary-free projection with view over .shape and keepdims reductions -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _rms(x, eps):
    variance = x.pow(2).mean(-1, keep_dims=True)
    return x * ops.rsqrt(variance + eps)


@ms.jit
def rms_norm_project(hidden_states, weight, proj, eps=1e-6):
    input_dtype = hidden_states.dtype
    bsz, seq_len, dim = hidden_states.shape
    h = hidden_states.astype(ms.float32)
    h = _rms(h, eps)
    h = (weight * h).astype(input_dtype)
    flat = h.view(bsz * seq_len, dim)
    out = ops.matmul(flat, proj)
    return out.view(bsz, seq_len, -1)


def make():
    np.random.seed(37)
    hs = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    weight = Tensor(np.ones(8, dtype=np.float32))
    proj = Tensor(np.random.randn(8, 4).astype(np.float32))
    return rms_norm_project, (hs, weight, proj)
