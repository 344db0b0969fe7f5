# case: teacher ensemble picks the teacher with lowest CE on the batch via int(argmin) and indexes the CellList with it -> tensor value as Python index in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BestTeacherKD(nn.Cell):
    def __init__(self, d_in=12, n_cls=5, n_teachers=3, temperature=2.0):
        super().__init__()
        self.teachers = nn.CellList([nn.Dense(d_in, n_cls) for _ in range(n_teachers)])
        self.student = nn.Dense(d_in, n_cls)
        self.ce = nn.CrossEntropyLoss()
        self.t = temperature

    def construct(self, x, y):
        ce_per_teacher = ops.stack([self.ce(t(x), y) for t in self.teachers])
        best = int(ops.argmin(ce_per_teacher))
        t_logits = ops.stop_gradient(self.teachers[best](x))
        s_logits = self.student(x)
        p_t = ops.softmax(t_logits / self.t, axis=-1)
        return -(p_t * ops.log_softmax(s_logits / self.t, axis=-1)).sum(-1).mean()


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(6, 12).astype(np.float32))
    y = Tensor(np.random.randint(0, 5, size=(6,)).astype(np.int32))
    return BestTeacherKD(), (x, y)
