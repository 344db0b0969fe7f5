# case: @ms.jit sampling step with temperature and top-k filtering via constant k and masked_fill; fixed shapes -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOP_K = 4
TEMPERATURE = 0.7


def top_k_filter(logits, k):
    vals, _ = ops.topk(logits, k)
    thresh = vals[:, -1:]
    return ops.masked_fill(logits, logits < thresh, float("-inf"))


@ms.jit
def sample_step(logits):
    logits = logits / TEMPERATURE
    logits = top_k_filter(logits, TOP_K)
    probs = ops.softmax(logits, axis=-1)
    best = ops.argmax(probs, dim=-1)
    return best, probs


def make():
    return sample_step, (Tensor(np.random.rand(2, 12).astype(np.float32)),)
