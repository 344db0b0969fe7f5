# case: student training loss whose teacher logits and sample weights are optional, guarded by `is None` checks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StudentNet(nn.Cell):
    def __init__(self, in_dim=6, hidden=12, num_classes=3):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, num_classes)])

    def construct(self, x):
        return self.body(x)


class StudentWithLoss(nn.Cell):
    def __init__(self, temperature=2.0, alpha=0.5):
        super().__init__()
        self.net = StudentNet()
        self.t = temperature
        self.alpha = alpha
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def construct(self, x, labels, teacher_logits=None, sample_weight=None):
        logits = self.net(x)
        loss = self.ce(logits, labels)
        if teacher_logits is not None:
            log_p = ops.log_softmax(logits / self.t, axis=-1)
            q = ops.softmax(teacher_logits / self.t, axis=-1)
            kd = (q * (ops.log(q + 1e-8) - log_p)).sum(axis=-1) * self.t * self.t
            loss = (1.0 - self.alpha) * loss + self.alpha * kd
        if sample_weight is None:
            return loss.mean()
        return (loss * sample_weight).sum() / sample_weight.sum()


def make():
    np.random.seed(33)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    y = Tensor(np.array([0, 2, 1, 1], np.int32))
    t = Tensor(np.random.randn(4, 3).astype(np.float32))
    return StudentWithLoss(), (x, y, t)
