# case: ensemble of three small teacher MLPs in a CellList, logits stacked and averaged as soft target for the student -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyNet(nn.Cell):
    def __init__(self, d_in, hidden, n_cls):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(d_in, hidden), nn.ReLU(), nn.Dense(hidden, n_cls)])

    def construct(self, x):
        return self.net(x)


class EnsembleKD(nn.Cell):
    def __init__(self, n_teachers=3, d_in=12, n_cls=5, temperature=3.0):
        super().__init__()
        self.teachers = nn.CellList([TinyNet(d_in, 24, n_cls) for _ in range(n_teachers)])
        self.student = TinyNet(d_in, 8, n_cls)
        self.t = temperature

    def construct(self, x):
        logits = [t(x) for t in self.teachers]
        t_mean = ops.stop_gradient(ops.stack(logits, axis=0).mean(axis=0))
        s = self.student(x)
        p_t = ops.softmax(t_mean / self.t, axis=-1)
        return -(p_t * ops.log_softmax(s / self.t, axis=-1)).sum(-1).mean()


def make():
    np.random.seed(17)
    x = Tensor(np.random.randn(4, 12).astype(np.float32))
    return EnsembleKD(), (x,)
