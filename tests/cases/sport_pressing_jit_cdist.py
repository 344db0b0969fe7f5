# case: jit function measuring pressing intensity as the number of defenders within a radius of each attacker via cdist and a threshold mask -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

PRESS_RADIUS = 5.0


@ms.jit
def pressing_intensity(attackers, defenders):
    d = ops.cdist(attackers, defenders)
    close = (d < PRESS_RADIUS).astype(ms.float32)
    per_attacker = close.sum(axis=1)
    nearest = d.min(axis=1)
    return per_attacker, nearest.mean()


def make():
    np.random.seed(34)
    att = (np.random.rand(11, 2) * [105, 68]).astype(np.float32)
    dfn = (att + np.random.randn(11, 2) * 6).astype(np.float32)
    return pressing_intensity, (Tensor(att), Tensor(dfn))
