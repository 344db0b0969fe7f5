# case: relational KD computes per-class feature prototypes only for classes present in the batch using ops.unique -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrototypeKD(nn.Cell):
    def __init__(self, d_s=8, d_t=16):
        super().__init__()
        self.adapter = nn.Dense(d_s, d_t)

    def prototypes(self, feats, labels, classes):
        onehot = (labels.reshape(1, -1) == classes.reshape(-1, 1)).astype(ms.float32)
        counts = onehot.sum(axis=1, keepdims=True)
        return ops.matmul(onehot, feats) / counts

    def construct(self, f_s, f_t, labels):
        classes, _ = ops.unique(labels)
        p_s = self.prototypes(self.adapter(f_s), labels, classes)
        p_t = self.prototypes(f_t, labels, classes)
        return ops.mse_loss(p_s, p_t)


def make():
    np.random.seed(21)
    f_s = Tensor(np.random.randn(10, 8).astype(np.float32))
    f_t = Tensor(np.random.randn(10, 16).astype(np.float32))
    y = Tensor(np.array([0, 2, 2, 5, 0, 5, 2, 0, 5, 2], dtype=np.int32))
    return PrototypeKD(), (f_s, f_t, y)
