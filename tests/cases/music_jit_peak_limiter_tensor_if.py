# case: @ms.jit soft limiter that rescales only when the tensor peak exceeds 1.0 (tensor if, both paths same shape) -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def soft_clip(x, knee=0.8):
    over = ops.relu(ops.abs(x) - knee)
    return ops.sign(x) * (ops.minimum(ops.abs(x), knee) + ops.tanh(over) * (1.0 - knee))


@ms.jit
def limit(audio, ceiling=1.0, use_soft_clip=True):
    peak = ops.abs(audio).max()
    if peak > ceiling:
        audio = audio * (ceiling / peak)
    if use_soft_clip:
        audio = soft_clip(audio)
    return audio, peak


def make():
    np.random.seed(33)
    audio = Tensor((0.8 * np.random.randn(2, 256)).astype(np.float32))
    return limit, (audio,)
