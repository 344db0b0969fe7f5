# case: firing report cell builds an f-string run tag containing the reached peak temperature tensor inside construct and returns it with the score -> f-string on tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FiringReport(nn.Cell):
    def __init__(self, kiln_name="L&L e23T"):
        super().__init__()
        self.kiln_name = kiln_name
        self.score = nn.Dense(4, 1)

    def construct(self, curve_stats):
        peak = curve_stats[:, 0].max()
        tag = f"{self.kiln_name} peak={peak}"
        quality = self.score(curve_stats).mean()
        return quality, tag


def make():
    np.random.seed(151)
    stats = np.random.rand(6, 4).astype(np.float32)
    stats[:, 0] = np.random.uniform(1200, 1240, 6)
    return FiringReport(), (Tensor(stats),)
