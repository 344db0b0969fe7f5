# case: the curd press model computes whey expulsion inside a `with` block around a helper context manager in construct -> with statement on a Python context manager, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PressPhase:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


class WheyExpulsion(nn.Cell):
    """First-order whey drainage under pressing pressure."""

    def __init__(self, k_drain=0.08):
        super().__init__()
        self.k_drain = ms.Parameter(Tensor(np.float32(k_drain)), name="k_drain")

    def construct(self, pressure_kpa, minutes):
        with PressPhase("main_press"):
            rate = self.k_drain * ops.sqrt(pressure_kpa)
            retained = ops.exp(-rate * minutes)
        return 1.0 - retained


def make():
    np.random.seed(3227)
    p = np.random.uniform(5, 40, (4, 1)).astype(np.float32)
    m = np.linspace(0, 120, 13, dtype=np.float32)[None, :]
    return WheyExpulsion(), (Tensor(p), Tensor(m))
