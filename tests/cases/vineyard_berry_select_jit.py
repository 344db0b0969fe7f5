# case: an @ms.jit function averages the seed-browning scores of berries passing the phenolic ripeness cutoff using ops.select with a zero tensor -> three-argument select, fixed shapes, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HUE_CUTOFF = 0.6


@ms.jit
def ripe_seed_browning(hue, seed_brown):
    ripe = hue > HUE_CUTOFF
    kept = ops.select(ripe, seed_brown, ops.zeros_like(seed_brown))
    n = ripe.astype(ms.float32).sum()
    return kept.sum() / ops.maximum(n, 1.0), n


def make():
    np.random.seed(172)
    hue = Tensor(np.random.rand(50).astype(np.float32))
    seed_brown = Tensor(np.random.rand(50).astype(np.float32))
    return ripe_seed_browning, (hue, seed_brown)
