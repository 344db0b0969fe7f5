# case: DINO loss with teacher centering and sharpening, center kept as a Parameter and updated by EMA with ops.assign, multi-crop loop over python ranges -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DINOLossConfig:
    def __init__(self, out_dim=10, ncrops=4, n_global=2, student_temp=0.1,
                 teacher_temp=0.04, center_momentum=0.9):
        self.out_dim = out_dim
        self.ncrops = ncrops
        self.n_global = n_global
        self.student_temp = student_temp
        self.teacher_temp = teacher_temp
        self.center_momentum = center_momentum


class DINOLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cfg = config
        self._register_center(config.out_dim)

    def _register_center(self, dim):
        self.center = Parameter(Tensor(np.zeros((1, dim), np.float32)), name="center", requires_grad=False)

    def _update_center(self, teacher_output):
        batch_center = teacher_output.mean(axis=0, keep_dims=True)
        m = self.cfg.center_momentum
        ops.assign(self.center, self.center * m + batch_center * (1 - m))

    def construct(self, student_output, teacher_output):
        student_out = ops.split(student_output / self.cfg.student_temp, student_output.shape[0] // self.cfg.ncrops)
        teacher_out = ops.softmax((teacher_output - self.center) / self.cfg.teacher_temp, axis=-1)
        teacher_out = ops.split(ops.stop_gradient(teacher_out), teacher_output.shape[0] // self.cfg.n_global)
        total, n_terms = 0.0, 0
        for iq, q in enumerate(teacher_out):
            for v in range(self.cfg.ncrops):
                if v == iq:
                    continue
                loss = (-q * ops.log_softmax(student_out[v], axis=-1)).sum(axis=-1)
                total = total + loss.mean()
                n_terms += 1
        self._update_center(teacher_output)
        return total / n_terms


def make():
    np.random.seed(3670)
    cfg = DINOLossConfig()
    s = Tensor(np.random.randn(2 * cfg.ncrops, cfg.out_dim).astype(np.float32))
    t = Tensor(np.random.randn(2 * cfg.n_global, cfg.out_dim).astype(np.float32))
    return DINOLoss(cfg), (s, t)
