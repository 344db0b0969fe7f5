# case: inner-loop update clipping a tuple of gradients by global norm with a tensor-valued scale (ops.minimum), no Python branching -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def global_norm(grads):
    return ops.sqrt(sum(ops.reduce_sum(ops.square(g)) for g in grads))


def clip_by_global_norm(grads, max_norm, eps=1e-6):
    norm = global_norm(grads)
    scale = ops.minimum(max_norm / (norm + eps), 1.0)
    return tuple(g * scale for g in grads), norm


class ClippedInnerStep(nn.Cell):
    def __init__(self, max_norm=0.5, inner_lr=0.1, clip=True):
        super().__init__()
        self.max_norm = max_norm
        self.inner_lr = inner_lr
        self.clip = clip

    def construct(self, params, grads):
        norm = global_norm(grads)
        if self.clip:
            grads, norm = clip_by_global_norm(grads, self.max_norm)
        new_params = tuple(p - self.inner_lr * g for p, g in zip(params, grads))
        return new_params, norm


def make():
    np.random.seed(27)
    step = ClippedInnerStep()
    params = (Tensor(np.random.randn(4, 3).astype(np.float32)), Tensor(np.random.randn(3).astype(np.float32)))
    grads = (Tensor(np.random.randn(4, 3).astype(np.float32) * 2), Tensor(np.random.randn(3).astype(np.float32)))
    return step, (params, grads)
