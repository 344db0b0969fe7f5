# case: instance-discrimination memory bank: gather rows by sample indices, momentum-update them and scatter back with a fixed-length index -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MemoryBank(nn.Cell):
    def __init__(self, n_samples=64, dim=16, momentum=0.5):
        super().__init__()
        bank = np.random.randn(n_samples, dim).astype(np.float32)
        bank /= np.linalg.norm(bank, axis=1, keepdims=True)
        self.bank = Parameter(Tensor(bank), name="bank", requires_grad=False)
        self.momentum = momentum
        self.norm = ops.L2Normalize(axis=1)
        self.scatter_update = ops.ScatterUpdate()

    def construct(self, feats, indices):
        old = ops.gather(self.bank, indices, 0)
        new = self.norm(self.momentum * old + (1 - self.momentum) * ops.stop_gradient(feats))
        self.scatter_update(self.bank, indices, new)
        return self.bank


class InstanceDiscrimination(nn.Cell):
    def __init__(self, n_samples=64, dim=16, temperature=0.07):
        super().__init__()
        self.memory = MemoryBank(n_samples, dim)
        self.temperature = temperature
        self.norm = ops.L2Normalize(axis=1)

    def construct(self, feats, indices):
        feats = self.norm(feats)
        logits = ops.matmul(feats, self.memory.bank.T) / self.temperature
        loss = ops.cross_entropy(logits, indices)
        self.memory(feats, indices)
        return loss


def make():
    np.random.seed(20)
    feats = Tensor(np.random.randn(4, 16).astype(np.float32))
    idx = Tensor(np.array([3, 17, 40, 5], np.int32))
    return InstanceDiscrimination(), (feats, idx)
