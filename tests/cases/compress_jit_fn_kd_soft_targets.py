# case: @ms.jit distillation loss function with helper functions and Python-float default temperature -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def soften(logits, temperature):
    return ops.softmax(logits / temperature, axis=-1)


def cross_entropy_soft(log_probs, targets):
    return -(targets * log_probs).sum(axis=-1).mean()


@ms.jit
def kd_loss(student_logits, teacher_logits, labels, temperature=3.0, alpha=0.8):
    num_classes = student_logits.shape[-1]
    targets = soften(teacher_logits, temperature)
    log_p = ops.log_softmax(student_logits / temperature, axis=-1)
    soft = cross_entropy_soft(log_p, targets) * temperature * temperature
    one_hot = ops.one_hot(labels, num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    hard = cross_entropy_soft(ops.log_softmax(student_logits, axis=-1), one_hot)
    return alpha * soft + (1.0 - alpha) * hard


def make():
    np.random.seed(35)
    s = Tensor(np.random.randn(5, 4).astype(np.float32))
    t = Tensor(np.random.randn(5, 4).astype(np.float32))
    y = Tensor(np.array([0, 1, 2, 3, 0], np.int32))
    return kd_loss, (s, t, y)
