# case: distillation wrapper accepts Optional teacher outputs (None, a tensor, or a tuple whose first item is the logits) guarded with `is None` and isinstance, mixing temperature-scaled KD with the hard loss -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KDConfig:
    def __init__(self, temperature=3.0, kd_weight=0.9):
        self.temperature = temperature
        self.kd_weight = kd_weight


class StudentWithKD(nn.Cell):
    def __init__(self, student, config):
        super().__init__()
        self.student = student
        self.t = config.temperature
        self.kd_weight = config.kd_weight

    def _teacher_logits(self, teacher_out):
        if isinstance(teacher_out, (list, tuple)):
            return teacher_out[0]
        return teacher_out

    def construct(self, x, labels, teacher_out=None):
        logits = self.student(x)
        hard = ops.cross_entropy(logits, labels)
        if teacher_out is None:
            return hard, logits
        t_logits = self._teacher_logits(teacher_out)
        if isinstance(t_logits, Tensor):
            q = ops.softmax(t_logits / self.t, axis=-1)
            log_p = ops.log_softmax(logits / self.t, axis=-1)
            soft = -(q * log_p).sum(axis=-1).mean() * self.t * self.t
            return self.kd_weight * soft + (1 - self.kd_weight) * hard, logits
        return hard, logits


def make():
    np.random.seed(3806)
    cell = StudentWithKD(nn.Dense(12, 5), KDConfig())
    x = Tensor(np.random.randn(4, 12).astype(np.float32))
    y = Tensor(np.random.randint(0, 5, (4,)).astype(np.int32))
    teacher = (Tensor(np.random.randn(4, 5).astype(np.float32)), Tensor(np.random.randn(4, 12).astype(np.float32)))
    return cell, (x, y, teacher)
