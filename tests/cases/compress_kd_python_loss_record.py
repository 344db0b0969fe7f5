# case: distillation wrapper that collects loss terms in a plain Python record object built inside construct and returned -> compile error at line 41
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossRecord:
    def __init__(self, ce, kd):
        self.ce = ce
        self.kd = kd

    def total(self, alpha):
        return alpha * self.kd + (1.0 - alpha) * self.ce


class TinyStudent(nn.Cell):
    def __init__(self, in_dim=10, num_classes=4):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, 16)
        self.fc2 = nn.Dense(16, num_classes)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x)))


class DistillWrapper(nn.Cell):
    def __init__(self, temperature=2.0, alpha=0.5):
        super().__init__()
        self.student = TinyStudent()
        self.t = temperature
        self.alpha = alpha
        self.ce = nn.CrossEntropyLoss()

    def construct(self, x, teacher_logits, labels):
        logits = self.student(x)
        log_p = ops.log_softmax(logits / self.t, axis=-1)
        q = ops.softmax(teacher_logits / self.t, axis=-1)
        kd = ops.kl_div(log_p, q, reduction="batchmean") * self.t * self.t
        record = LossRecord(self.ce(logits, labels), kd)
        return record.total(self.alpha), record


def make():
    np.random.seed(11)
    x = Tensor(np.random.randn(3, 10).astype(np.float32))
    t = Tensor(np.random.randn(3, 4).astype(np.float32))
    y = Tensor(np.array([1, 0, 3], np.int32))
    return DistillWrapper(), (x, t, y)
