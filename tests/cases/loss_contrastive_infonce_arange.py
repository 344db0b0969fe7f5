# case: InfoNCE / NT-Xent over a batch with targets from ops.arange(batch) and a diagonal mask; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NTXentLoss(nn.Cell):
    def __init__(self, temperature=0.1):
        super().__init__()
        self.temperature = temperature
        self.ce = nn.CrossEntropyLoss()

    def construct(self, z1, z2):
        b = z1.shape[0]
        z = ops.cat((z1, z2), axis=0)
        z = z / ops.norm(z, dim=1, keepdim=True)
        sim = ops.matmul(z, z.T) / self.temperature
        eye = ops.eye(2 * b, 2 * b, ms.float32)
        sim = sim - eye * 1e9
        targets = ops.cat((ops.arange(b, 2 * b), ops.arange(0, b))).astype(ms.int32)
        return self.ce(sim, targets)


def make():
    z1 = Tensor(np.random.randn(8, 16).astype(np.float32))
    z2 = Tensor(np.random.randn(8, 16).astype(np.float32))
    return NTXentLoss(), (z1, z2)
