# case: @ms.jit sampling function with temperature, top-k from a module constant and min-p filtering done with ops.topk and ops.where, keyword defaults forwarded through a helper -> all sizes are Python constants; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOP_K = 4
MIN_P = 0.05


def _filter(top_logits, min_p=MIN_P, **kwargs):
    probs = ops.softmax(top_logits / kwargs.get("temperature", 1.0), axis=-1)
    floor = probs.max(axis=-1, keepdims=True) * min_p
    return ops.where(probs >= floor, probs, ops.zeros_like(probs))


@ms.jit
def sample_top_k(logits, gumbel):
    top_logits, top_ids = ops.topk(logits, TOP_K, dim=-1)
    probs = _filter(top_logits, temperature=0.8)
    scores = ops.log(probs + 1e-9) + gumbel[:, :TOP_K]
    choice = ops.argmax(scores, dim=-1, keepdim=True)
    return ops.gather_elements(top_ids, 1, choice.astype(top_ids.dtype)).squeeze(-1)


def make():
    np.random.seed(3666)
    logits = Tensor(np.random.randn(2, 20).astype(np.float32))
    gumbel = Tensor(np.random.gumbel(size=(2, 20)).astype(np.float32))
    return sample_top_k, (logits, gumbel)
