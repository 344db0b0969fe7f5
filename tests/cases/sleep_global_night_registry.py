# case: jit-compiled nightly scorer that records every night's efficiency in a module-level list (global state mutated in the graph) -> error or silently traced once
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NIGHT_LOG = []
WAKE = 0


@ms.jit
def score_night(stages):
    asleep = (stages != WAKE).astype(ms.float32)
    eff = asleep.mean() * 100.0
    NIGHT_LOG.append(eff)
    return eff


def make():
    np.random.seed(24)
    stages = np.random.randint(0, 5, size=(50,)).astype(np.int32)
    return score_night, (Tensor(stages),)
