# case: an @ms.jit sinusoidal timestep-embedding function (diffusers get_timestep_embedding) that uses math/NumPy only on Python constants (math.log, np.float32) and ops on the tensor; expected static
import math

import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

EMBED_DIM = 8
MAX_PERIOD = 10000


@ms.jit
def get_timestep_embedding(timesteps, flip_sin_to_cos=True, downscale_freq_shift=1.0):
    half_dim = EMBED_DIM // 2
    exponent = -math.log(MAX_PERIOD) * ops.arange(0, half_dim, dtype=ms.float32)
    exponent = exponent / (half_dim - downscale_freq_shift)
    emb = ops.exp(exponent)
    emb = timesteps[:, None].astype(ms.float32) * emb[None, :]
    emb = emb * np.float32(1.0)
    emb = ops.cat([ops.sin(emb), ops.cos(emb)], axis=-1)
    if flip_sin_to_cos:
        emb = ops.cat([emb[:, half_dim:], emb[:, :half_dim]], axis=-1)
    return emb


def make():
    t = Tensor(np.array([1, 10, 100], np.int32))
    return get_timestep_embedding, (t,)


if __name__ == "__main__":
    f, args = make()
    print(f(*args).shape)
