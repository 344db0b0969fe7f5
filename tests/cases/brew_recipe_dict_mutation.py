# case: builds a dict of ingredient totals inside construct, mutates it per malt type in a loop and returns the dict -> Python dict built and mutated in construct, may be limited in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MALTS = ("pale", "munich", "crystal", "chocolate")


class GrainBillSummary(nn.Cell):
    def __init__(self, scale=2.25):
        super().__init__()
        self.scale = scale

    def construct(self, grain_kg):
        bill = {}
        for i, name in enumerate(MALTS):
            bill[name] = grain_kg[i] * self.scale
        bill["total"] = grain_kg.sum() * self.scale
        if bill["chocolate"] > 0.5:
            bill["dark"] = bill["chocolate"]
        return bill


def make():
    np.random.seed(22)
    grain = np.array([4.0, 1.0, 0.3, 0.1], dtype=np.float32)
    return GrainBillSummary(), (Tensor(grain),)
