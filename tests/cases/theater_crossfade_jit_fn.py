# case: @ms.jit crossfade function blends two lighting looks over a fixed number of time steps with an equal-power curve -> jit function with constant loop, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_STEPS = 10


@ms.jit
def crossfade(look_a, look_b):
    frames = []
    for i in range(N_STEPS):
        t = i / (N_STEPS - 1)
        wa = np.cos(t * np.pi / 2)
        wb = np.sin(t * np.pi / 2)
        frames.append(look_a * wa + look_b * wb)
    return ops.stack(frames)


def make():
    np.random.seed(211)
    a = Tensor(np.random.rand(24).astype(np.float32))
    b = Tensor(np.random.rand(24).astype(np.float32))
    return crossfade, (a, b)
