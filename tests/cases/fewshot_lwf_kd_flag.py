# case: Learning-without-Forgetting loss with a distillation flag, KL on the old-class logits sliced by a config count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def kd_kl(student_logits, teacher_logits, T):
    log_p = ops.log_softmax(student_logits / T, axis=-1)
    log_q = ops.log_softmax(teacher_logits / T, axis=-1)
    return (ops.exp(log_q) * (log_q - log_p)).sum(-1).mean() * T * T


class LwFLearner(nn.Cell):
    def __init__(self, in_dim=8, n_old=4, n_new=2, temperature=2.0, lam=1.0, use_distill=True):
        super().__init__()
        self.backbone = nn.SequentialCell([nn.Dense(in_dim, 16), nn.ReLU()])
        self.head = nn.Dense(16, n_old + n_new)
        self.n_old = n_old
        self.T = temperature
        self.lam = lam
        self.use_distill = use_distill
        self.ce = nn.CrossEntropyLoss()

    def construct(self, x, y, old_logits):
        logits = self.head(self.backbone(x))
        loss = self.ce(logits, y)
        if self.use_distill:
            loss = loss + self.lam * kd_kl(logits[:, :self.n_old], old_logits, self.T)
        return loss


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(5, 8).astype(np.float32))
    y = Tensor(np.array([4, 5, 4, 5, 4], dtype=np.int32))
    old_logits = Tensor(np.random.randn(5, 4).astype(np.float32))
    return LwFLearner(), (x, y, old_logits)
