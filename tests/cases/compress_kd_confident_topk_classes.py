# case: KD loss restricted to the teacher's top-k classes, k counted from confident teacher probs -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKDistillLoss(nn.Cell):
    """Distil only over the classes the teacher finds plausible."""

    def __init__(self, temperature=4.0, conf_thresh=0.05, alpha=0.7):
        super().__init__()
        self.temperature = temperature
        self.conf_thresh = conf_thresh
        self.alpha = alpha
        self.softmax = nn.Softmax(axis=-1)
        self.log_softmax = nn.LogSoftmax(axis=-1)
        self.ce = nn.CrossEntropyLoss()

    def _num_confident(self, probs):
        per_row = (probs > self.conf_thresh).astype(ms.int32).sum(axis=-1)
        return per_row.max()

    def construct(self, student_logits, teacher_logits, labels):
        t_prob = self.softmax(teacher_logits / self.temperature)
        k = self._num_confident(t_prob)
        t_top, idx = ops.topk(t_prob, int(k))
        s_top = ops.gather_elements(student_logits / self.temperature, 1, idx)
        s_logp = self.log_softmax(s_top)
        t_top = t_top / t_top.sum(axis=-1, keepdims=True)
        kd = (t_top * (ops.log(t_top + 1e-8) - s_logp)).sum(axis=-1).mean()
        kd = kd * self.temperature * self.temperature
        return self.alpha * kd + (1.0 - self.alpha) * self.ce(student_logits, labels)


def make():
    np.random.seed(0)
    s = Tensor(np.random.randn(4, 10).astype(np.float32))
    t = Tensor((np.random.randn(4, 10) * 3).astype(np.float32))
    y = Tensor(np.random.randint(0, 10, (4,)).astype(np.int32))
    return TopKDistillLoss(), (s, t, y)
