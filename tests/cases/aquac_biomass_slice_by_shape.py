# case: estimates biomass from the first half of the length buffer using a size taken from x.shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HalfPenBiomass(nn.Cell):
    def __init__(self, a=0.012, b=3.05, kg=True):
        super().__init__()
        self.a = a
        self.b = b
        self.kg = kg

    def weight(self, lengths_cm):
        w = self.a * ops.pow(lengths_cm, self.b)
        if self.kg:
            w = w / 1000.0
        return w

    def construct(self, lengths_cm):
        half = lengths_cm.shape[1] // 2
        near_cam = lengths_cm[:, :half]
        far_cam = lengths_cm[:, half:]
        return self.weight(near_cam).sum(axis=1), self.weight(far_cam).sum(axis=1)


def make():
    np.random.seed(3)
    lengths = Tensor((np.random.rand(3, 20) * 25 + 10).astype(np.float32))
    return HalfPenBiomass(), (lengths,)
