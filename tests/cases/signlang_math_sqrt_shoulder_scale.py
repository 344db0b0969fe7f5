# case: scales body keypoints by shoulder width computed with math.sqrt on tensor elements -> Python math on tensors inside construct in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShoulderScaler(nn.Cell):
    def __init__(self, l_shoulder=5, r_shoulder=6):
        super().__init__()
        self.ls = l_shoulder
        self.rs = r_shoulder

    def construct(self, body):
        # body: (17, 2) single frame
        dx = body[self.ls, 0] - body[self.rs, 0]
        dy = body[self.ls, 1] - body[self.rs, 1]
        width = math.sqrt(dx * dx + dy * dy)
        centre = (body[self.ls] + body[self.rs]) / 2
        return (body - centre) / (width + 1e-6)


def make():
    np.random.seed(17)
    return ShoulderScaler(), (Tensor(np.random.rand(17, 2).astype(np.float32)),)
