# case: prune schedule keeps top-k weights where k is the count of weights above a magnitude floor (tensor value) -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DensityTopKPruner(nn.Cell):
    """Keeps the largest weights; budget follows how many are already 'alive'."""

    def __init__(self, shape=(8, 8), floor=0.02, keep_ratio=0.5):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(*shape).astype(np.float32) * 0.05), name="w")
        self.floor = floor
        self.keep_ratio = keep_ratio

    def _budget(self, flat):
        alive = (ops.abs(flat) > self.floor).astype(ms.int32).sum()
        return (alive.astype(ms.float32) * self.keep_ratio).astype(ms.int32)

    def construct(self, x):
        flat = self.weight.reshape(-1)
        k = self._budget(flat)
        values, _ = ops.topk(ops.abs(flat), k)
        thr = values.min()
        mask = (ops.abs(self.weight) >= thr).astype(ms.float32)
        return ops.matmul(x, self.weight * mask)


def make():
    np.random.seed(2)
    net = DensityTopKPruner()
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return net, (x,)
