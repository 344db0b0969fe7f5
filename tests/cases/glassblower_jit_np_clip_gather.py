# case: ms.jit function that clamps gather weight estimates to the punty's rated load with np.clip on a tensor -> NumPy function applied to a tensor under jit
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PUNTY_MAX_G = 1500.0


@ms.jit
def clamp_gather_weights(volume_cm3, density):
    grams = volume_cm3 * density
    safe = np.clip(grams, 0.0, PUNTY_MAX_G)
    return safe.sum()


def make():
    np.random.seed(211)
    vol = np.random.uniform(50.0, 700.0, size=(8,)).astype(np.float32)
    return clamp_gather_weights, (Tensor(vol), Tensor(np.array(2.5, np.float32)))
