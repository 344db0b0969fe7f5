# case: refines alpha in a while loop until the mean change falls below a tolerance, appending each stage to a list -> list grown in tensor-conditioned loop, error expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecurrentAlphaRefiner(nn.Cell):
    def __init__(self, tol=1e-3, max_iter=5):
        super().__init__()
        self.tol = tol
        self.max_iter = max_iter
        self.conv = nn.Conv2d(4, 1, 3, pad_mode="same")

    def step(self, alpha, image):
        delta = ops.tanh(self.conv(ops.concat((image, alpha), 1)))
        return ops.clamp(alpha + 0.1 * delta, 0.0, 1.0)

    def construct(self, alpha, image):
        stages = []
        change = Tensor(1.0, ms.float32)
        it = 0
        while change > self.tol and it < self.max_iter:
            new_alpha = self.step(alpha, image)
            change = ops.abs(new_alpha - alpha).mean()
            alpha = new_alpha
            stages.append(alpha)
            it += 1
        return ops.stack(stages).mean(0)


def make():
    np.random.seed(5)
    alpha = Tensor(np.random.rand(1, 1, 12, 12).astype(np.float32))
    image = Tensor(np.random.rand(1, 3, 12, 12).astype(np.float32))
    return RecurrentAlphaRefiner(), (alpha, image)
