# case: step a fermentation tank in a while loop until residual sugar drops below the dry threshold, carrying only fixed-shape tensors and a day counter -> tensor-conditioned while loop with constant shapes, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UntilDry(nn.Cell):
    def __init__(self, dry_gl=4.0, max_days=40):
        super().__init__()
        self.dry_gl = dry_gl
        self.max_days = max_days
        self.rate = ms.Parameter(Tensor(0.15, ms.float32))

    def construct(self, sugar, temp):
        day = Tensor(0, ms.int32)
        while sugar.max() > self.dry_gl and day < self.max_days:
            sugar = sugar * (1.0 - self.rate * temp / 25.0)
            day = day + 1
        return sugar, day


def make():
    np.random.seed(162)
    sugar = Tensor(np.array([235.0, 220.0, 210.0], np.float32))
    temp = Tensor(np.array([24.0, 27.0, 22.0], np.float32))
    return UntilDry(), (sugar, temp)
