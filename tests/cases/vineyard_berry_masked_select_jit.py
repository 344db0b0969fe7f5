# case: an @ms.jit function pulls the seed-browning scores of berries whose skin hue passes the phenolic ripeness cutoff with ops.masked_select and averages them -> masked_select output size from data, Graph mode dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HUE_CUTOFF = 0.6


@ms.jit
def ripe_seed_browning(hue, seed_brown):
    ripe = hue > HUE_CUTOFF
    picked = ops.masked_select(seed_brown, ripe)
    return picked.mean(), picked.shape[0]


def make():
    np.random.seed(171)
    hue = Tensor(np.random.rand(50).astype(np.float32))
    seed_brown = Tensor(np.random.rand(50).astype(np.float32))
    return ripe_seed_browning, (hue, seed_brown)
