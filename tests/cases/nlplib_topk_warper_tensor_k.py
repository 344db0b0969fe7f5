# case: jitted sampling step whose top_k arrives as a per-request Tensor and is turned into a Python int inside a module-level warper helper -> top-k size from tensor data, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FILTER_VALUE = -1e9


def _top_k_warp(logits, top_k):
    k = int(top_k)
    k = min(max(k, 1), logits.shape[-1])
    values, _ = ops.topk(logits, k)
    kth = values[..., -1:]
    return ops.where(logits < kth, ops.full_like(logits, FILTER_VALUE), logits)


def _temperature_warp(logits, temperature):
    return logits / temperature


@ms.jit
def sample_step(logits, top_k, temperature):
    logits = _temperature_warp(logits, temperature)
    logits = _top_k_warp(logits, top_k)
    probs = ops.softmax(logits, axis=-1)
    return ops.argmax(probs, dim=-1)


def make():
    np.random.seed(3369)
    logits = Tensor(np.random.randn(3, 50).astype(np.float32))
    top_k = Tensor(np.array(8, dtype=np.int32))
    temperature = Tensor(np.array(0.7, dtype=np.float32))
    return sample_step, (logits, top_k, temperature)
