# case: sheave accelerometer RMS per sheave and per time block in an @ms.jit function with constant axes -> constant reduce axes, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

BLOCK = 32


def rms(x, axis):
    return ops.sqrt((x * x).mean(axis=axis))


@ms.jit
def sheave_rms(accel):
    centered = accel - accel.mean(axis=1, keep_dims=True)
    per_sheave = rms(centered, 1)
    n_blocks = accel.shape[1] // BLOCK
    blocks = centered.reshape(accel.shape[0], n_blocks, BLOCK)
    per_block = rms(blocks, 2)
    crest = ops.abs(centered).max(axis=1) / per_sheave
    return per_sheave, per_block, crest


def make():
    np.random.seed(61)
    acc = np.random.randn(6, 256).astype(np.float32)
    return sheave_rms, (Tensor(acc),)
