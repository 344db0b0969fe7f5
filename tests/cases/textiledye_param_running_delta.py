# case: colour matching cell keeps a running mean delta-E in a Parameter updated with ops.assign inside construct -> Parameter side effect, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RunningDeltaE(nn.Cell):
    def __init__(self, momentum=0.9):
        super().__init__()
        self.momentum = momentum
        self.running_de = Parameter(Tensor(0.0, ms.float32), name="running_de", requires_grad=False)

    def delta_e(self, a, b):
        d = a - b
        return ops.sqrt((d * d).sum(axis=-1))

    def construct(self, lab_batch, lab_std):
        de = self.delta_e(lab_batch, lab_std)
        new = self.momentum * self.running_de + (1.0 - self.momentum) * de.mean()
        ops.assign(self.running_de, new)
        return de, self.running_de


def make():
    np.random.seed(33)
    std = np.array([38.0, 22.0, -40.0], np.float32)
    lab = (std + np.random.randn(12, 3)).astype(np.float32)
    return RunningDeltaE(), (Tensor(lab), Tensor(std))
