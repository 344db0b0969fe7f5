# case: a module-level router helper computes its mask under mindspore._no_grad(); construct calls it
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor


def router(scores, jitter_eps=0.01):
    with mindspore._no_grad():
        thr, idx = scores.max(axis=-1, keepdims=True, return_indices=True)
        factor = scores.abs().clamp(min=thr)
        mask = ((thr - scores) / factor) > (2 * jitter_eps)
    return scores.masked_fill(mask, float("-inf")), idx


class Moe(nn.Cell):
    def construct(self, scores):
        return router(scores)


def make():
    np.random.seed(0)
    return Moe(), (Tensor(np.random.rand(4, 6).astype(np.float32)),)
