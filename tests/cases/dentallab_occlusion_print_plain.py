# case: occlusion contact analyzer prints the total bite force with a plain print(label, tensor) inside construct -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BiteForceEstimator(nn.Cell):
    def __init__(self, stiffness=120.0, verbose=True):
        super().__init__()
        self.stiffness = stiffness
        self.verbose = verbose

    def construct(self, penetration_um):
        force = self.stiffness * ops.relu(penetration_um) * 1e-3
        total = force.sum()
        if self.verbose:
            print("total bite force (N):", total)
        return force / (total + 1e-6)


def make():
    np.random.seed(332)
    pen = np.random.randn(40).astype(np.float32) * 30.0
    return BiteForceEstimator(), (Tensor(pen),)
