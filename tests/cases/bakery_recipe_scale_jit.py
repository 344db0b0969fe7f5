# case: @ms.jit function scaling baker's percentages to an ordered dough mass for several dough lines in a constant-length loop -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_LINES = 3


@ms.jit
def scale_lines(bakers_pct, target_dough_kg):
    outs = []
    for line in range(N_LINES):
        total = bakers_pct[line].sum()
        flour_kg = target_dough_kg[line] / ops.maximum(total / 100.0, 1e-3)
        outs.append(bakers_pct[line] / 100.0 * flour_kg)
    return ops.stack(outs)


def make():
    np.random.seed(28)
    pct = np.array([[100.0, 68.0, 2.0, 1.2, 20.0],
                    [100.0, 75.0, 2.2, 0.0, 30.0],
                    [100.0, 55.0, 1.8, 2.0, 0.0]], np.float32)
    return scale_lines, (Tensor(pct), Tensor(np.array([240.0, 120.0, 80.0], np.float32)))
