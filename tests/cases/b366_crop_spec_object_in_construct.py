# case: multi-crop head that builds a plain-Python CropBatch record in construct, appends views to its list attribute and reads its fields back -> Graph mode rejects the custom class created in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CropBatch:
    def __init__(self, n_global):
        self.n_global = n_global
        self.views = []

    def add(self, view):
        self.views.append(view)
        return self

    def global_views(self):
        return self.views[:self.n_global]


class MultiCropHead(nn.Cell):
    def __init__(self, in_dim=8, out_dim=5, n_global=2):
        super().__init__()
        self.head = nn.Dense(in_dim, out_dim)
        self.n_global = n_global

    def construct(self, *views):
        batch = CropBatch(self.n_global)
        for v in views:
            batch.add(v.mean(axis=(2, 3)))
        teacher_in = ops.concat(batch.global_views(), axis=0)
        student_in = ops.concat(batch.views, axis=0)
        return self.head(teacher_in), self.head(student_in)


def make():
    np.random.seed(3692)
    views = [Tensor(np.random.randn(2, 8, 6, 6).astype(np.float32)) for _ in range(2)]
    views += [Tensor(np.random.randn(2, 8, 3, 3).astype(np.float32)) for _ in range(2)]
    return MultiCropHead(), tuple(views)
