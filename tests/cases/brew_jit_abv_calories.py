# case: @ms.jit function computing ABV, real extract and calories per pint from original and final gravity arrays with a Python-bool option -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def plato(sg):
    return -616.868 + 1111.14 * sg - 630.272 * sg ** 2 + 135.997 * sg ** 3


@ms.jit
def beer_stats(og, fg, use_alt_formula=False):
    if use_alt_formula:
        abv = (76.08 * (og - fg) / (1.775 - og)) * (fg / 0.794)
    else:
        abv = (og - fg) * 131.25
    oe, ae = plato(og), plato(fg)
    re = 0.1808 * oe + 0.8192 * ae
    abw = abv * 0.79 / fg
    kcal = (6.9 * abw + 4.0 * (re - 0.1)) * fg * 4.73
    return ops.stack([abv, re, kcal], axis=-1)


def make():
    np.random.seed(32)
    og = np.random.uniform(1.040, 1.070, size=5).astype(np.float32)
    fg = np.random.uniform(1.006, 1.016, size=5).astype(np.float32)
    return beer_stats, (Tensor(og), Tensor(fg))
