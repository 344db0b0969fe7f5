# case: shift yield summary collected in a dict with constant string keys inside construct and returned as a tuple of its values -> constant-key dict, expected fine in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftYieldSummary(nn.Cell):
    def __init__(self, loaf_g=800.0):
        super().__init__()
        self.loaf_g = loaf_g

    def construct(self, dough_kg, baked_loaves, rejected):
        summary = {"planned": dough_kg * 1000.0 / self.loaf_g}
        summary["baked"] = baked_loaves.sum()
        summary["sellable"] = summary["baked"] - rejected.sum()
        yield_ratio = summary["sellable"] / summary["planned"]
        return summary["planned"], summary["sellable"], yield_ratio


def make():
    np.random.seed(38)
    baked = np.random.randint(90, 110, size=(6,)).astype(np.float32)
    rej = np.random.randint(0, 6, size=(6,)).astype(np.float32)
    return ShiftYieldSummary(), (Tensor(500.0, ms.float32), Tensor(baked), Tensor(rej))
