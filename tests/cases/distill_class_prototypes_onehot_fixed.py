# case: relational KD computes prototypes for all num_classes with one_hot and a clamped count, absent classes masked out -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrototypeKD(nn.Cell):
    def __init__(self, num_classes=6, d_s=8, d_t=16):
        super().__init__()
        self.num_classes = num_classes
        self.adapter = nn.Dense(d_s, d_t)

    def prototypes(self, feats, onehot):
        counts = onehot.sum(axis=0).reshape(-1, 1)
        return ops.matmul(onehot.T, feats) / counts.clip(1.0, None), counts

    def construct(self, f_s, f_t, labels):
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        p_s, counts = self.prototypes(self.adapter(f_s), onehot)
        p_t, _ = self.prototypes(f_t, onehot)
        present = (counts > 0).astype(ms.float32)
        err = ((p_s - p_t) ** 2).mean(axis=1, keep_dims=True)
        return (err * present).sum() / present.sum()


def make():
    np.random.seed(22)
    f_s = Tensor(np.random.randn(10, 8).astype(np.float32))
    f_t = Tensor(np.random.randn(10, 16).astype(np.float32))
    y = Tensor(np.array([0, 2, 2, 5, 0, 5, 2, 0, 5, 2], dtype=np.int32))
    return PrototypeKD(), (f_s, f_t, y)
