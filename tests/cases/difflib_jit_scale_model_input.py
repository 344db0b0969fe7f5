# case: @ms.jit scale_model_input for a Karras-sigma scheduler divides by sqrt(sigma^2 + 1) with sigma gathered by a tensor step index, and a Python-int num_channels check -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

SIGMAS = Tensor(np.geomspace(14.6, 0.03, 20).astype(np.float32))
LATENT_CHANNELS = 4


def _expand_like(x, ref):
    return x.reshape((-1,) + (1,) * (ref.ndim - 1))


@ms.jit
def scale_model_input(sample, step_index, upcast=True):
    if sample.shape[1] != LATENT_CHANNELS:
        sample = sample[:, :LATENT_CHANNELS]
    if upcast:
        sample = sample.astype(ms.float32)
    sigma = ops.gather(SIGMAS, step_index, 0)
    sigma = ops.broadcast_to(sigma, (sample.shape[0],))
    return sample / _expand_like(ops.sqrt(sigma ** 2 + 1), sample)


def make():
    np.random.seed(33)
    sample = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float16))
    return scale_model_input, (sample, Tensor(3, ms.int32))
