# case: distiller uses self.training (Python bool set by set_train) to decide whether to add the KD term and a use_mse constructor flag to pick the loss -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Distiller(nn.Cell):
    def __init__(self, d_in=10, n_cls=4, temperature=2.0, use_mse=False):
        super().__init__()
        self.teacher = nn.Dense(d_in, n_cls)
        self.student = nn.Dense(d_in, n_cls)
        self.t = temperature
        self.use_mse = use_mse
        self.teacher.set_grad(False)

    def kd_term(self, s, t):
        if self.use_mse:
            return ops.mse_loss(s, t)
        p_t = ops.softmax(t / self.t, axis=-1)
        return -(p_t * ops.log_softmax(s / self.t, axis=-1)).sum(-1).mean()

    def construct(self, x):
        s_logits = self.student(x)
        if not self.training:
            return s_logits, ops.zeros((), ms.float32)
        t_logits = ops.stop_gradient(self.teacher(x))
        return s_logits, self.kd_term(s_logits, t_logits)


def make():
    np.random.seed(31)
    net = Distiller()
    net.set_train(True)
    x = Tensor(np.random.randn(5, 10).astype(np.float32))
    return net, (x,)
