# case: runs a residual alpha refiner a fixed number of iterations from the constructor and keeps every stage in a list -> constant loop, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualStep(nn.Cell):
    def __init__(self, ch=8):
        super().__init__()
        self.conv1 = nn.Conv2d(4, ch, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(ch, 1, 3, pad_mode="same")

    def construct(self, image, alpha):
        h = ops.relu(self.conv1(ops.concat((image, alpha), 1)))
        return ops.clamp(alpha + 0.1 * ops.tanh(self.conv2(h)), 0.0, 1.0)


class IterativeRefiner(nn.Cell):
    def __init__(self, iters=3):
        super().__init__()
        self.iters = iters
        self.step = ResidualStep()

    def construct(self, image, alpha):
        stages = []
        for _ in range(self.iters):
            alpha = self.step(image, alpha)
            stages.append(alpha)
        return alpha, ops.stack(stages, 0)


def make():
    np.random.seed(25)
    image = Tensor(np.random.rand(1, 3, 12, 12).astype(np.float32))
    alpha = Tensor(np.random.rand(1, 1, 12, 12).astype(np.float32))
    return IterativeRefiner(), (image, alpha)
