# case: distillation student runs its teacher inside a home-made `with no_grad():` context manager in construct -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class no_grad:
    """Drop-in for torch.no_grad() written while porting."""

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class DistillStudent(nn.Cell):
    def __init__(self, in_dim=8, hidden=16, num_classes=4, temperature=2.0):
        super().__init__()
        self.teacher = nn.SequentialCell(nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, num_classes))
        self.student = nn.SequentialCell(nn.Dense(in_dim, num_classes))
        self.temperature = temperature
        self.kl = nn.KLDivLoss(reduction="batchmean")

    def soft(self, logits):
        return ops.softmax(logits / self.temperature, -1)

    def construct(self, x):
        with no_grad():
            teacher_logits = self.teacher(x)
        student_logits = self.student(x)
        log_p = ops.log_softmax(student_logits / self.temperature, -1)
        loss = self.kl(log_p, self.soft(teacher_logits)) * self.temperature ** 2
        return loss, student_logits


def make():
    np.random.seed(18)
    x = np.random.randn(4, 8).astype(np.float32)
    return DistillStudent(), (Tensor(x),)
