# case: running-statistics EMA buffer (center for DINO-style loss) updated with ops.assign, decay from a config flag; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

OUT_DIM = 12


class CenteredSoftLoss(nn.Cell):
    def __init__(self, out_dim=OUT_DIM, center_momentum=0.9, t_student=0.1, t_teacher=0.04,
                 update_center=True):
        super().__init__()
        self.center = Parameter(Tensor(np.zeros((1, out_dim), np.float32)), name="center",
                                requires_grad=False)
        self.m = center_momentum
        self.ts = t_student
        self.tt = t_teacher
        self.update_center = update_center

    def _update(self, teacher_out):
        batch_center = teacher_out.mean(axis=0, keep_dims=True)
        new_center = self.center * self.m + batch_center * (1.0 - self.m)
        ops.assign(self.center, new_center)

    def construct(self, student_out, teacher_out):
        t = ops.softmax((teacher_out - self.center) / self.tt, axis=-1)
        logs = ops.log_softmax(student_out / self.ts, axis=-1)
        loss = -(ops.stop_gradient(t) * logs).sum(axis=-1).mean()
        if self.update_center:
            self._update(teacher_out)
        return loss


def make():
    s = Tensor(np.random.randn(6, OUT_DIM).astype(np.float32))
    t = Tensor(np.random.randn(6, OUT_DIM).astype(np.float32))
    return CenteredSoftLoss(), (s, t)
