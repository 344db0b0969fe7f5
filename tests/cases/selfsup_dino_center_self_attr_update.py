# case: DINO teacher centering where the running center (a plain Tensor attribute) is re-bound on self inside construct -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DINOLoss(nn.Cell):
    def __init__(self, out_dim=10, teacher_temp=0.04, student_temp=0.1, center_momentum=0.9):
        super().__init__()
        self.teacher_temp = teacher_temp
        self.student_temp = student_temp
        self.center_momentum = center_momentum
        self.center = Tensor(np.zeros((1, out_dim), np.float32))

    def update_center(self, teacher_output):
        batch_center = teacher_output.mean(axis=0, keep_dims=True)
        self.center = self.center * self.center_momentum + batch_center * (1 - self.center_momentum)

    def construct(self, student_output, teacher_output):
        s = ops.log_softmax(student_output / self.student_temp, axis=-1)
        t = ops.softmax((teacher_output - self.center) / self.teacher_temp, axis=-1)
        t = ops.stop_gradient(t)
        loss = (-(t * s).sum(axis=-1)).mean()
        self.update_center(teacher_output)
        return loss


def make():
    np.random.seed(18)
    s = Tensor(np.random.randn(4, 10).astype(np.float32))
    t = Tensor(np.random.randn(4, 10).astype(np.float32))
    return DINOLoss(), (s, t)
