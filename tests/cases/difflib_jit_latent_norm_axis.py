# case: @ms.jit latent standardisation helper reduces over an axis read from a tensor (layout flag from the dataloader) -> reduce axis from tensor data
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

LATENT_SCALING = 0.18215
EPS = 1e-6


def _reduce_dims(layout_axis):
    return int(layout_axis)


@ms.jit
def normalize_latents(latents, layout_axis):
    axis = _reduce_dims(layout_axis)
    mean = ops.mean(latents, axis=axis, keep_dims=True)
    std = ops.std(latents, axis=axis, keepdims=True)
    return (latents - mean) / (std + EPS) * LATENT_SCALING


def make():
    np.random.seed(32)
    latents = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    return normalize_latents, (latents, Tensor(1, ms.int32))
