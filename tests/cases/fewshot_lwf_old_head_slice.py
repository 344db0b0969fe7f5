# case: LwF distillation slices the logits of old classes with a count read from a tensor -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def soft_cross_entropy(student_logits, teacher_logits, T):
    log_p = ops.log_softmax(student_logits / T, axis=-1)
    q = ops.softmax(teacher_logits / T, axis=-1)
    return -(q * log_p).sum(-1).mean() * (T * T)


class IncrementalClassifier(nn.Cell):
    def __init__(self, in_dim=8, total_classes=6, temperature=2.0, alpha=0.5):
        super().__init__()
        self.backbone = nn.Dense(in_dim, 16)
        self.head = nn.Dense(16, total_classes)
        self.T = temperature
        self.alpha = alpha
        self.ce = nn.CrossEntropyLoss()

    def construct(self, x, y, teacher_logits, seen_class_mask):
        feats = ops.relu(self.backbone(x))
        logits = self.head(feats)
        loss = self.ce(logits, y)
        n_old = seen_class_mask.astype(ms.int32).sum()
        old_logits = logits[:, :n_old]
        distill = soft_cross_entropy(old_logits, teacher_logits[:, :n_old], self.T)
        return loss + self.alpha * distill


def make():
    np.random.seed(9)
    x = Tensor(np.random.randn(5, 8).astype(np.float32))
    y = Tensor(np.array([4, 5, 0, 1, 4], dtype=np.int32))
    teacher = Tensor(np.random.randn(5, 6).astype(np.float32))
    seen = Tensor(np.array([1, 1, 1, 1, 0, 0], dtype=np.bool_))
    return IncrementalClassifier(), (x, y, teacher, seen)
