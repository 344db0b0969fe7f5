# case: solves for the gravity at a target Plato with Newton iterations in a while loop on the tensor residual, shapes unchanged each iteration -> tensor-valued loop condition but static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlatoToGravity(nn.Cell):
    def __init__(self, tol=1e-5, max_iter=20):
        super().__init__()
        self.tol = tol
        self.max_iter = max_iter

    def plato(self, sg):
        return -616.868 + 1111.14 * sg - 630.272 * sg ** 2 + 135.997 * sg ** 3

    def dplato(self, sg):
        return 1111.14 - 2 * 630.272 * sg + 3 * 135.997 * sg ** 2

    def construct(self, target_plato):
        sg = ops.ones_like(target_plato) * 1.04
        resid = self.plato(sg) - target_plato
        it = 0
        while ops.abs(resid).max() > self.tol and it < self.max_iter:
            sg = sg - resid / self.dplato(sg)
            resid = self.plato(sg) - target_plato
            it += 1
        return sg


def make():
    np.random.seed(35)
    p = np.random.uniform(8, 16, size=6).astype(np.float32)
    return PlatoToGravity(), (Tensor(p),)
