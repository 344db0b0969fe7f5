# case: solid and wake blockage correction of a measured drag coefficient in a Cell that imports math inside construct -> import statement inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MODEL_AREA = 0.018
TEST_SECTION_AREA = 0.72


class BlockageCorrection(nn.Cell):
    def __init__(self, k1=0.74, tunnel_factor=0.25):
        super().__init__()
        self.k1 = k1
        self.tunnel_factor = tunnel_factor

    def construct(self, cd_measured, model_volume):
        import math
        eps_solid = self.k1 * model_volume / math.pow(TEST_SECTION_AREA, 1.5)
        eps_wake = self.tunnel_factor * (MODEL_AREA / TEST_SECTION_AREA) * cd_measured
        eps_total = eps_solid + eps_wake
        return cd_measured / ((1.0 + eps_total) ** 2)


def make():
    np.random.seed(181)
    cd = (0.32 + 0.01 * np.random.randn(12)).astype(np.float32)
    return BlockageCorrection(), (Tensor(cd), Tensor(np.float32(0.004)))
