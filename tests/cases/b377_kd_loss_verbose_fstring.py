# case: knowledge-distillation loss with temperature logs the soft and hard loss terms through an f-string print when the config's verbose flag is on (it is on here) -> expected error or fallback in Graph mode (f-string formatting of tensors)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DistillConfig:
    def __init__(self, temperature=4.0, alpha=0.7, verbose=True):
        self.temperature = temperature
        self.alpha = alpha
        self.verbose = verbose


def soft_kl(student_logits, teacher_logits, t):
    log_p = ops.log_softmax(student_logits / t, axis=-1)
    q = ops.softmax(teacher_logits / t, axis=-1)
    return (q * (ops.log(q + 1e-8) - log_p)).sum(axis=-1).mean() * (t * t)


class DistillationLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.t = config.temperature
        self.alpha = config.alpha
        self.verbose = config.verbose
        self.ce = nn.CrossEntropyLoss()

    def construct(self, student_logits, teacher_logits, labels):
        soft = soft_kl(student_logits, teacher_logits, self.t)
        hard = self.ce(student_logits, labels)
        loss = self.alpha * soft + (1.0 - self.alpha) * hard
        if self.verbose:
            print(f"[distill] T={self.t} soft={soft} hard={hard}")
        return loss


def make():
    np.random.seed(3781)
    cell = DistillationLoss(DistillConfig())
    s = Tensor(np.random.randn(4, 10).astype(np.float32))
    t = Tensor(np.random.randn(4, 10).astype(np.float32))
    y = Tensor(np.random.randint(0, 10, (4,)).astype(np.int32))
    return cell, (s, t, y)
