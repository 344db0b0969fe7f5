# case: splits a gravity log into early and late halves using the static length from x.shape -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GravityHalves(nn.Cell):
    def __init__(self, og=1.052):
        super().__init__()
        self.og = og

    def apparent_attenuation(self, sg):
        return (self.og - sg) / (self.og - 1.0)

    def construct(self, sg_log):
        n = sg_log.shape[1]
        half = n // 2
        early = sg_log[:, :half]
        late = sg_log[:, half:]
        early_rate = (early[:, 0] - early[:, -1]) / half
        late_rate = (late[:, 0] - late[:, -1]) / (n - half)
        att = self.apparent_attenuation(sg_log[:, -1])
        return ops.stack([early_rate, late_rate, att], axis=1)


def make():
    np.random.seed(1)
    tanks, days = 4, 12
    t = np.arange(days, dtype=np.float32)[None, :]
    rates = np.random.uniform(2.0, 4.0, size=(tanks, 1)).astype(np.float32)
    sg = 1.052 - 0.042 * (1 - np.exp(-t / rates))
    return GravityHalves(), (Tensor(sg.astype(np.float32)),)
